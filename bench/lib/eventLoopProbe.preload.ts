/**
 * Preloaded into every server process under test (`node --import tsx --import <this> ...`; cluster
 * workers inherit it): measures the process's event-loop delay with the same histogram as the
 * server's /health (perf_hooks, 10 ms resolution) but over a window the benchmark chooses, and
 * serves it on a private port. Nothing of it is part of the server. Values are the delay beyond the
 * 10 ms sampling interval (perf_hooks itself reports whole intervals, ~10 ms on an idle loop).
 *
 * Contract: when BENCH_PROBE_DIR is set, each process listens on 127.0.0.1:<random> and writes
 * `<pid>.json` = {pid, port, primary} into that directory. GET /reset starts a new window;
 * GET /read answers {pid, windowMs, p50, p90, p99, max, samples, cpuMs, threads} (milliseconds)
 * for the window since the last reset; `threads` is the CPU time of each busy thread (Linux).
 */
import cluster from "node:cluster";
import { readdir, readFile, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";

const dir = process.env.BENCH_PROBE_DIR;
if (dir) {
  const resolutionMs = 10;
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  let windowStart = performance.now();
  let cpuStart = process.cpuUsage();
  // perf_hooks records whole sampling intervals (resolution + delay); report the delay alone.
  const ms = (ns: number) => Math.max(0, Math.round((ns / 1e6 - resolutionMs) * 100) / 100);
  // CPU time of each thread of the process (Linux /proc), in clock ticks of 10 ms.
  const threadTicks = async (): Promise<Map<number, { ticks: number; nice: number }>> => {
    const ticks = new Map<number, { ticks: number; nice: number }>();
    try {
      for (const tid of await readdir("/proc/self/task")) {
        const stat = await readFile(`/proc/self/task/${tid}/stat`, "utf8").catch(() => "");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        // After the name: state(0) ... utime(11) stime(12) ... nice(16)
        ticks.set(Number(tid), { ticks: Number(fields[11]) + Number(fields[12]), nice: Number(fields[16]) });
      }
    } catch {
      // not Linux
    }
    return ticks;
  };
  let threadsAtStart = new Map<number, { ticks: number; nice: number }>();
  const server = http.createServer(async (req, res) => {
    if (req.url === "/reset") {
      histogram.reset();
      windowStart = performance.now();
      cpuStart = process.cpuUsage();
      threadsAtStart = await threadTicks();
    }
    const cpu = process.cpuUsage(cpuStart);
    const threads = [...(await threadTicks()).entries()]
      .map(([tid, t]) => ({ tid, main: tid === process.pid, nice: t.nice, cpuMs: (t.ticks - (threadsAtStart.get(tid)?.ticks ?? 0)) * 10 }))
      .filter((t) => t.cpuMs > 0)
      .sort((a, b) => b.cpuMs - a.cpuMs);
    res.setHeader("content-type", "application/json");
    res.end(
      JSON.stringify({
        threads,
        pid: process.pid,
        windowMs: Math.round(performance.now() - windowStart),
        p50: ms(histogram.percentile(50)),
        p90: ms(histogram.percentile(90)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
        samples: histogram.count,
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      }),
    );
  });
  server.unref();
  server.listen(0, "127.0.0.1", () => {
    const { port } = server.address() as AddressInfo;
    void writeFile(join(dir, `${process.pid}.json`), JSON.stringify({ pid: process.pid, port, primary: cluster.isPrimary }));
  });
}
