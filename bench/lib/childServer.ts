/**
 * A server under test, run as a child process of the benchmark (its own event loop and cores).
 *
 * Contract: `startChildServer` resolves once GET <url>/health answers 200 and rejects (with the
 * child's last output) if the process exits first or does not become healthy within `readyTimeoutMs`.
 * `stop()` sends SIGTERM to that one child (a cluster primary forwards it to its workers) and
 * resolves when it has exited, sending SIGKILL after 15 s.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface ChildServerOptions {
  /** Shown in errors. */
  name: string;
  /** Script relative to the repository root, run with `node --import tsx` (or absolute). */
  script: string;
  /** Another Node binary (the bench's Node, benchNode.ts); the script then runs without tsx. */
  nodeBinary?: string;
  env: Record<string, string>;
  /** Extra node flags after `--import tsx`, e.g. `--cpu-prof` or another `--import`. */
  nodeFlags?: string[];
  readyTimeoutMs?: number;
}

export interface ChildServer {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  server.close();
  await once(server, "close");
  return port;
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited with ${child.exitCode ?? child.signalCode} before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms:\n${output()}`);
}

export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const port = await freePort();
  const loader = options.nodeBinary ? [] : ["--import", "tsx"];
  const child = spawn(options.nodeBinary ?? process.execPath, [...loader, ...(options.nodeFlags ?? []), options.script], {
    cwd: REPO_ROOT,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await waitHealthy(url, child, options.readyTimeoutMs ?? 180_000, () => tail);
  } catch (error) {
    if (child.exitCode === null) child.kill("SIGKILL");
    throw new Error(`${options.name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const pid = child.pid ?? 0;
  return {
    name: options.name,
    url,
    pid,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
