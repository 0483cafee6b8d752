/**
 * Reads the event-loop probes of a server under test (see eventLoopProbe.preload.ts).
 *
 * Contract: `probeFlags()` are the node flags that load the probe (with BENCH_PROBE_DIR=<dir>);
 * `EventLoopProbes.find(dir, pids)` waits until the probes of the serving processes have
 * registered (the primary's too when it serves alone; only workers' when there are workers);
 * `reset()` starts a window in every serving process, `read()` returns each one's delay
 * percentiles and CPU time over it, and `worst()` the largest p99/max among them.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface EventLoopWindow {
  pid: number;
  windowMs: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  samples: number;
  cpuMs: number;
  /** CPU time of each busy thread over the window (Linux; main = the event-loop thread). */
  threads: { tid: number; main: boolean; nice: number; cpuMs: number }[];
}

const PRELOAD = fileURLToPath(new URL("./eventLoopProbe.preload.ts", import.meta.url));

export async function probeDirectory(): Promise<string> {
  return mkdtemp(join(tmpdir(), "ocotillo-bench-probe-"));
}

export function probeFlags(): string[] {
  return ["--import", PRELOAD];
}

interface Registration {
  pid: number;
  port: number;
  primary: boolean;
}

export class EventLoopProbes {
  private constructor(
    private readonly registrations: Registration[],
    private readonly dir: string,
  ) {}

  /** Waits (up to 20 s) for `servingProcesses` probes: 1 = the primary alone, N > 1 = N workers. */
  static async find(dir: string, servingProcesses: number): Promise<EventLoopProbes> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const files = await readdir(dir);
      const registrations: Registration[] = [];
      for (const file of files) {
        try {
          registrations.push(JSON.parse(await readFile(join(dir, file), "utf8")) as Registration);
        } catch {
          // being written
        }
      }
      const serving = registrations.filter((r) => (servingProcesses === 1 ? r.primary : !r.primary));
      if (serving.length >= servingProcesses) return new EventLoopProbes(serving, dir);
      if (Date.now() > deadline) throw new Error(`event-loop probes: ${serving.length} of ${servingProcesses} registered`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async call(path: string): Promise<EventLoopWindow[]> {
    return Promise.all(
      this.registrations.map(async (r) => (await (await fetch(`http://127.0.0.1:${r.port}${path}`)).json()) as EventLoopWindow),
    );
  }

  reset(): Promise<EventLoopWindow[]> {
    return this.call("/reset");
  }

  read(): Promise<EventLoopWindow[]> {
    return this.call("/read");
  }

  static worst(windows: EventLoopWindow[]): { p99: number; max: number; cpuMs: number } {
    return {
      p99: Math.max(...windows.map((w) => w.p99)),
      max: Math.max(...windows.map((w) => w.max)),
      cpuMs: windows.reduce((sum, w) => sum + w.cpuMs, 0),
    };
  }

  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
