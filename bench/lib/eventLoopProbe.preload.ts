/**
 * Preloaded into every server process under test (`node --import tsx --import <this> ...`; cluster
 * workers inherit it): measures the process's event-loop delay with the same histogram as the
 * server's /health (perf_hooks, 10 ms resolution) but over a window the benchmark chooses, and
 * serves it on a private port. Nothing of it is part of the server.
 *
 * Contract: when BENCH_PROBE_DIR is set, each process listens on 127.0.0.1:<random> and writes
 * `<pid>.json` = {pid, port, primary} into that directory. GET /reset starts a new window;
 * GET /read answers {pid, windowMs, p50, p90, p99, max, samples, cpuMs} (milliseconds) for the
 * window since the last reset.
 */
import cluster from "node:cluster";
import { writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";

const dir = process.env.BENCH_PROBE_DIR;
if (dir) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let windowStart = performance.now();
  let cpuStart = process.cpuUsage();
  const ms = (ns: number) => Math.round((ns / 1e6) * 100) / 100;
  const server = http.createServer((req, res) => {
    if (req.url === "/reset") {
      histogram.reset();
      windowStart = performance.now();
      cpuStart = process.cpuUsage();
    }
    const cpu = process.cpuUsage(cpuStart);
    res.setHeader("content-type", "application/json");
    res.end(
      JSON.stringify({
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
