/**
 * Runs `src/main.ts` as a real child process (as `npm start` does), or with `options.args` another
 * entry (the compiled `dist/main.js`), for tests of start-up, multi-process serving and signals.
 * `options.unset` names variables of this process's environment the child must not see.
 * Output is collected; `exited` resolves with the exit code.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export interface SpawnedServer {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
  /** Resolves once every worker listens and /health answers (any status); rejects if the process exits first. */
  ready: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface SpawnOptions {
  args?: string[];
  unset?: string[];
}

export async function spawnServer(env: Record<string, string>, options: SpawnOptions = {}): Promise<SpawnedServer> {
  const port = await freePort();
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !options.unset?.includes(name)));
  const child = spawn(process.execPath, options.args ?? ["--import", "tsx", "src/main.ts"], {
    env: { ...inherited, NODE_ENV: "test", LOG_LEVEL: "warn", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  return {
    child,
    url,
    output: () => output,
    exited,
    ready: async () => {
      let done = false;
      void exited.then(() => (done = true));
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        if (done) throw new Error(`server exited during start-up:\n${output}`);
        // The start-up banner is printed once every worker listens (one process or WEB_CONCURRENCY).
        if (output.includes("Health:")) {
          try {
            await fetch(`${url}/health`);
            return;
          } catch {
            // listening, but not answering yet
          }
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`server did not start within 60 s:\n${output}`);
    },
  };
}
