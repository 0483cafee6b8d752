/**
 * Owns SIGTERM/SIGINT for the process (Apollo's own handlers are off: stopOnTerminationSignals):
 * the first signal runs `run` once, later signals are ignored; if `run` has not exited the process
 * when `graceMs` plus a margin has passed (a pool stuck reconnecting, a thread that will not
 * end), the process exits 0 anyway: the HTTP server has drained or closed its connections by then.
 */
import type { Logger } from "../logger.js";

/** Time past the grace period that closing pools and threads may take before the process exits regardless. */
export const SHUTDOWN_MARGIN_MS = 2_000;

export function onShutdownSignal(graceMs: number, logger: Logger, run: (signal: string) => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      logger.warn({ signal, graceMs }, "shutdown did not finish within the grace period: exiting");
      process.exit(0);
    }, graceMs + SHUTDOWN_MARGIN_MS).unref();
    void run(signal);
  };
  process.on("SIGTERM", () => handler("SIGTERM"));
  process.on("SIGINT", () => handler("SIGINT"));
}
