/**
 * Event-loop delay of this process over a sliding window, for /health and metrics.
 * Values are milliseconds by which the loop was late beyond the 10 ms sampling interval (0 on an
 * idle loop).
 */
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

export interface EventLoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/** Sampling interval of the histogram, milliseconds. */
const RESOLUTION_MS = 10;

export class EventLoopMonitor {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private readonly timer: NodeJS.Timeout;
  private last: EventLoopDelay = { p50: 0, p99: 0, max: 0 };

  constructor(windowMs = 10_000) {
    this.histogram.enable();
    this.timer = setInterval(() => this.roll(), windowMs);
    this.timer.unref();
  }

  /** Delay percentiles of the current window (or the last full one if the current is empty). */
  snapshot(): EventLoopDelay {
    return this.histogram.count > 0 ? this.read() : this.last;
  }

  stop(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }

  private roll(): void {
    if (this.histogram.count > 0) this.last = this.read();
    this.histogram.reset();
  }

  private read(): EventLoopDelay {
    // perf_hooks records the whole interval between samples (resolution + delay): an idle loop
    // reads ~10 ms. The delay is what exceeds the resolution.
    const ms = (ns: number): number => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 100) / 100);
    return {
      p50: ms(this.histogram.percentile(50)),
      p99: ms(this.histogram.percentile(99)),
      max: ms(this.histogram.max),
    };
  }
}
