/**
 * The peer server of the benchmark: PostGraphile 5 with the Amber preset on the bench database,
 * run by the Node 22 binary of `.bench-peer/` (bench/peer/installPeer.ts copies this file there,
 * so `postgraphile` resolves from `.bench-peer/node_modules`). Not part of the project's code.
 *
 * Contract: listens on HOST:PORT; GET /health answers 200 once the schema is built; POST /graphql
 * is PostGraphile's endpoint (no GraphiQL, no explain, no websockets). DATABASE_URL, PEER_POOL_MAX
 * (default 10, our server's DATABASE_POOL_MAX default).
 */
import { createServer } from "node:http";
import process from "node:process";

import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      poolConfig: { max: Number(process.env.PEER_POOL_MAX ?? 10) },
    }),
  ],
  grafserv: { graphqlPath: "/graphql", graphiql: false, websockets: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
await pgl.getSchema();
const handler = serv.createHandler();
const server = createServer((req, res) => {
  if (req.url === "/health") {
    res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return;
  }
  handler(req, res, () => res.writeHead(404).end());
});
server.listen(Number(process.env.PORT), process.env.HOST ?? "127.0.0.1");
const stop = () => server.close(() => pgl.release().finally(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
