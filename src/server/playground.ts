/**
 * GraphiQL served from node_modules, so the playground works on a closed network (no CDN).
 * Routes: GET /graphiql (the page) and GET /graphiql/assets/<file> (four fixed files).
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

import type { Router } from "express";
import express from "express";

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

const assets: Record<string, { path: string; type: string }> = {
  "react.js": { path: join(packageDir("react"), "umd/react.production.min.js"), type: "text/javascript" },
  "react-dom.js": { path: join(packageDir("react-dom"), "umd/react-dom.production.min.js"), type: "text/javascript" },
  "graphiql.js": { path: join(packageDir("graphiql"), "graphiql.min.js"), type: "text/javascript" },
  "graphiql.css": { path: join(packageDir("graphiql"), "graphiql.min.css"), type: "text/css" },
};

/** Example operation shown when the playground opens. */
const defaultQuery = `# Ocotillo GraphQL playground. Press the run button (or Ctrl-Enter).
{
  wells(first: 3) {
    totalCount
    edges {
      node {
        name
        currentLocation { latitude longitude }
      }
    }
  }
}
`;

function page(endpoint: string): string {
  const config = JSON.stringify({ endpoint, defaultQuery }).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ocotillo GraphQL playground</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script>
const config = ${config};
const fetcher = GraphiQL.createFetcher({ url: config.endpoint });
ReactDOM.createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: config.defaultQuery, shouldPersistHeaders: true })
);
</script>
</body>
</html>`;
}

export function playgroundRouter(endpoint = "/graphql"): Router {
  const router = express.Router();
  router.get("/graphiql", (_req, res) => {
    res.type("html").send(page(endpoint));
  });
  router.get("/graphiql/assets/:name", (req, res) => {
    const asset = assets[req.params.name];
    if (!asset) {
      res.status(404).type("text").send("not found");
      return;
    }
    res.type(asset.type).set("cache-control", "public, max-age=86400").sendFile(asset.path);
  });
  return router;
}
