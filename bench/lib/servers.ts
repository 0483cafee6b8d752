/**
 * The two servers the scenarios measure, started as child processes on the bench database.
 *
 * Contract: `startOurServer` runs the server as deployed: the compiled build with the flags of
 * `npm run start:prod` on the bench's Node (benchNode.ts), NODE_ENV=production, LOG_LEVEL=warn,
 * WEB_CONCURRENCY=workers, OIDC authentication against `authEnv`, with the event-loop probe
 * preloaded, and resolves when it is healthy and every serving process's probe has registered;
 * `startRawServer` runs bench/baseline/rawPgServer.ts on the same Node. `startProbedServer` runs
 * any script so (without `nodeBinary`: the machine's Node with tsx, for a source tree).
 * `stop()` ends the child and removes its probe files.
 */
import { benchNode, compiledServer, SERVER_NODE_FLAGS } from "./benchNode.js";
import { probeDirectory, probeFlags, EventLoopProbes } from "./eventLoopProbe.js";
import { startChildServer, type ChildServer } from "./childServer.js";

export { SERVER_NODE_FLAGS } from "./benchNode.js";

export interface ServerUnderTest {
  server: ChildServer;
  graphqlUrl: string;
  probes: EventLoopProbes;
  stop(): Promise<void>;
}

export interface OurServerOptions {
  databaseUrl: string;
  workers: number;
  /** Authentication settings (the bench identity provider's). */
  authEnv: Record<string, string>;
  /** Extra environment (e.g. DATABASE_POOL_MAX). */
  env?: Record<string, string>;
  /** Write a V8 CPU profile of every serving process into this directory on exit. */
  cpuProfileDir?: string;
  /** Extra node flags (experiments). */
  nodeFlags?: string[];
}

/** A server script (relative to the repository root, or absolute) as a child process with the probe, as `npm start` runs it. */
export async function startProbedServer(
  name: string,
  script: string,
  workers: number,
  env: Record<string, string>,
  extraFlags: string[],
  nodeBinary?: string,
): Promise<ServerUnderTest> {
  const dir = await probeDirectory();
  const server = await startChildServer({
    name,
    script,
    ...(nodeBinary ? { nodeBinary } : {}),
    env: { NODE_ENV: "production", LOG_LEVEL: "warn", BENCH_PROBE_DIR: dir, ...env },
    nodeFlags: [...probeFlags(), ...extraFlags],
  });
  try {
    const probes = await EventLoopProbes.find(dir, workers);
    return {
      server,
      graphqlUrl: `${server.url}/graphql`,
      probes,
      stop: async () => {
        await server.stop();
        await probes.dispose();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export async function startOurServer(options: OurServerOptions): Promise<ServerUnderTest> {
  const flags = [...SERVER_NODE_FLAGS, ...(options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : []), ...(options.nodeFlags ?? [])];
  return startProbedServer(
    options.workers === 1 ? "ocotillo-graphql" : `ocotillo-graphql ×${options.workers}`,
    await compiledServer(),
    options.workers,
    { DATABASE_URL: options.databaseUrl, WEB_CONCURRENCY: String(options.workers), ...options.authEnv, ...options.env },
    flags,
    await benchNode(),
  );
}

export async function startRawServer(databaseUrl: string, cpuProfileDir?: string): Promise<ServerUnderTest> {
  const flags = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [];
  return startProbedServer("raw pg + Apollo", "bench/baseline/rawPgServer.ts", 1, { DATABASE_URL: databaseUrl }, flags, await benchNode());
}
