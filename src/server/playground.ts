/**
 * GraphiQL served from node_modules, so the playground works on a closed network (no CDN).
 * Routes: GET /graphiql (the page) and GET /graphiql/assets/<file> (four fixed files).
 * The page opens with example tabs (a well page, a hydrograph, a search; `exampleTabs`) and the
 * headers editor open on `{"Authorization": "Bearer <token>"}`, a placeholder that is not sent
 * until replaced; headers persist in the browser's storage (toggle in the settings).
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

/** Example operation of a tab opened with the + button. */
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

/**
 * Placeholder of the headers editor. The page's fetcher never sends it: an Authorization header
 * is sent only once the placeholder has been replaced by a real token.
 */
export const AUTH_HEADER_PLACEHOLDER = "Bearer <token>";
const defaultHeaders = JSON.stringify({ Authorization: AUTH_HEADER_PLACEHOLDER }, null, 2);

/** A tab the playground opens with (when the browser has no saved tabs). */
export interface ExampleTab {
  query: string;
  variables: Record<string, unknown>;
}

/** The example operations preloaded as tabs: a well page, a hydrograph, a search. */
export const exampleTabs: ExampleTab[] = [
  {
    query: `# A well page: one request, every relation batched.
# Variables are in the panel below; put a token in the Headers panel to act as a user.
query WellPage($name: String!) {
  wellByName(name: $name) {
    id name siteName releaseStatus purposes wellStatus monitoringStatus
    wellDepth { value unit } holeDepth { value unit } casingDiameter { value unit } casingMaterials
    measuringPointDescription measuringPointHeight { value unit }
    currentLocation { latitude longitude elevation { value unit } utm { easting northing zone } }
    groups { name }
    alternateIds { alternateId organization relation }
    screens { top { value unit } bottom { value unit } screenType }
    waterLevelStats { count min max mean latest { measuredAt depthToWater { value unit } } }
    groundwaterLevels(first: 10) {
      totalCount
      edges { node { measuredAt depthToWater { value unit } method } }
    }
    deployments { installedOn removedOn sensor { name model serialNumber } }
  }
}
`,
    variables: { name: "NM-00001" },
  },
  {
    query: `# A hydrograph: manual and transducer depth to water of a well over a window, as columns.
query Hydrograph($wellId: ID!, $from: DateTime, $to: DateTime) {
  well(id: $wellId) { name waterLevelStats { count min max } }
  hydrograph(wellId: $wellId, from: $from, to: $to, maxPoints: 1000) {
    manual { count totalCount times values }
    continuous { count totalCount downsampled times values }
    blocks { start end status comment }
  }
}
`,
    variables: { wellId: "1", from: "2020-01-01T00:00:00Z", to: null },
  },
  {
    query: `# Search wells, springs, contacts and assets, best match first.
query Search($query: String!) {
  search(query: $query, first: 10) {
    label group description score
    thing { id name thingType }
    contact { id name }
    asset { id name }
  }
}
`,
    variables: { query: "NM-0000" },
  },
];

function page(endpoint: string): string {
  const tabs = exampleTabs.map((tab) => ({
    query: tab.query,
    variables: JSON.stringify(tab.variables, null, 2),
    headers: defaultHeaders,
  }));
  const config = JSON.stringify({ endpoint, defaultQuery, defaultHeaders, tabs, placeholder: AUTH_HEADER_PLACEHOLDER })
    .replace(/</g, "\\u003c");
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
const send = GraphiQL.createFetcher({ url: config.endpoint });
// The Authorization placeholder is a hint, never sent: paste a token over "<token>" to use it.
const fetcher = (params, options) => {
  const headers = Object.assign({}, options && options.headers);
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === "authorization" && headers[name] === config.placeholder) delete headers[name];
  }
  return send(params, Object.assign({}, options, { headers }));
};
ReactDOM.createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: config.defaultQuery,
    defaultTabs: config.tabs,
    defaultHeaders: config.defaultHeaders,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: true,
    showPersistHeadersSettings: true,
    defaultEditorToolsVisibility: "headers",
  })
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
