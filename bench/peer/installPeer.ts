/**
 * The peer of the benchmark, installed on first use into `.bench-peer/` (git-ignored), never into
 * the project's dependencies: `postgraphile@5`. It runs on the bench's Node (benchNode.ts; it needs
 * Node ≥ 22), like every server under test.
 *
 * Contract: `installPeer()` resolves with the bench's Node binary and the server script inside
 * `.bench-peer/`, running `npm install` there only when PostGraphile is missing; the server
 * script (bench/peer/postgraphileServer.mjs) is copied in on every call, so edits take effect.
 */
import { execFile } from "node:child_process";
import { access, copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

import { benchNode } from "../lib/benchNode.js";
import { REPO_ROOT } from "../lib/childServer.js";

export const PEER_DIR = join(REPO_ROOT, ".bench-peer");
const PACKAGES = ["postgraphile@5"];
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
  const nodeBinary = await benchNode();
  const postgraphile = join(PEER_DIR, "node_modules", "postgraphile", "package.json");
  if (!(await exists(postgraphile))) {
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
