/**
 * Starts PostGraphile 5 (bench/peer/postgraphileServer.mjs under the Node 22 of `.bench-peer/`) as
 * a child process on the bench database; resolves when /health answers (its schema is built).
 */
import { startChildServer, type ChildServer } from "../lib/childServer.js";
import { installPeer } from "./installPeer.js";

export interface PeerServer {
  server: ChildServer;
  graphqlUrl: string;
  stop(): Promise<void>;
}

export async function startPeerServer(databaseUrl: string, log: (line: string) => void): Promise<PeerServer> {
  const { nodeBinary, script } = await installPeer(log);
  const server = await startChildServer({
    name: "PostGraphile 5",
    script,
    nodeBinary,
    env: { DATABASE_URL: databaseUrl, GRAPHILE_ENV: "production", NODE_ENV: "production" },
  });
  return { server, graphqlUrl: `${server.url}/graphql`, stop: () => server.stop() };
}
