/**
 * A pool of executor threads (executorWorker.ts) that run heavy GraphQL operations off the
 * serving thread.
 *
 * Contract:
 * - `ExecutorPool.start` resolves once every thread has its database handle and GraphQL server
 *   ready, and rejects (after stopping the others) if one cannot start.
 * - `run(job)` gives the job to the thread with the fewest jobs in flight and resolves with its
 *   answer; it rejects with ExecutorUnavailableError when the pool is stopping, the job cannot be
 *   handed to the thread (postMessage throws), or the thread dies or fails the job (a thread that
 *   dies is replaced). Jobs are read-only, so a caller may run a rejected job elsewhere.
 * - `notifyLexiconChanged()` makes every thread re-read its lexicon cache.
 * - `stop()` lets jobs in flight finish (up to `graceMs`), then has every thread close its server
 *   and pool and end (terminated after 5 s if it does not).
 */
import { Worker } from "node:worker_threads";

import type { Logger } from "../../logger.js";
import { siblingModule } from "../siblingModule.js";
import type { ExecutorAnswer, ExecutorJob, ExecutorSettings, FromExecutor, ToExecutor } from "./executorProtocol.js";

const ENTRY = siblingModule(import.meta.url, "executorWorker");
/** From source, a thread starts in the bootstrap, which registers tsx; compiled, in the entry itself. */
const THREAD_START = ENTRY.isTypeScript ? new URL("./executorBootstrap.mjs", import.meta.url) : ENTRY.url;

export class ExecutorUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExecutorUnavailableError";
  }
}

interface Pending {
  resolve(answer: ExecutorAnswer): void;
  reject(error: Error): void;
}

class ExecutorThread {
  readonly pending = new Map<number, Pending>();
  readonly worker: Worker;
  readonly ready: Promise<void>;
  exited = false;

  constructor(settings: ExecutorSettings, onExit: (thread: ExecutorThread, reason: string) => void) {
    // No inherited node flags: the process's `--import` hooks (tsx, preloads) do not work in
    // worker threads; from source, the bootstrap registers the TypeScript loader itself.
    this.worker = new Worker(THREAD_START, { workerData: { entry: ENTRY.url.href, settings }, execArgv: [] });
    let markReady: () => void = () => undefined;
    let failStart: (error: Error) => void = () => undefined;
    this.ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      failStart = reject;
    });
    this.worker.on("message", (message: FromExecutor) => {
      if (message.type === "ready") markReady();
      else if (message.type === "start-failed") failStart(new Error(`executor thread failed to start: ${message.message}`));
      else {
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.type === "answer") pending?.resolve(message.answer);
        else pending?.reject(new ExecutorUnavailableError(`executor failed the operation: ${message.message}`));
      }
    });
    this.worker.on("error", (error) => {
      failStart(error);
      this.fail(`executor thread crashed: ${error.message}`);
    });
    this.worker.on("exit", (code) => {
      this.exited = true;
      const reason = `executor thread exited with code ${code}`;
      failStart(new Error(reason));
      this.fail(reason);
      onExit(this, reason);
    });
  }

  private fail(reason: string): void {
    for (const pending of this.pending.values()) pending.reject(new ExecutorUnavailableError(reason));
    this.pending.clear();
  }

  post(message: ToExecutor): void {
    this.worker.postMessage(message);
  }
}

export class ExecutorPool {
  #threads: ExecutorThread[] = [];
  #nextId = 1;
  #stopping = false;
  #answered = 0;

  private constructor(
    private readonly settings: ExecutorSettings,
    private readonly log: Logger,
  ) {}

  static async start(settings: ExecutorSettings, size: number, log: Logger): Promise<ExecutorPool> {
    const pool = new ExecutorPool(settings, log);
    for (let i = 0; i < size; i += 1) pool.#threads.push(pool.#spawn());
    try {
      await Promise.all(pool.#threads.map((t) => t.ready));
    } catch (error) {
      await pool.stop(0);
      throw error;
    }
    return pool;
  }

  #spawn(): ExecutorThread {
    return new ExecutorThread(this.settings, (thread, reason) => {
      this.#threads = this.#threads.filter((t) => t !== thread);
      if (this.#stopping) return;
      this.log.error({ reason }, "executor thread died: starting a replacement");
      const replacement = this.#spawn();
      this.#threads.push(replacement);
      replacement.ready.catch((error: unknown) => this.log.error({ err: error }, "executor replacement failed to start"));
    });
  }

  /** Jobs answered since start (over all threads, replacements included). */
  get answered(): number {
    return this.#answered;
  }

  /** Jobs in flight over all threads. */
  get inFlight(): number {
    return this.#threads.reduce((sum, t) => sum + t.pending.size, 0);
  }

  run(job: Omit<ExecutorJob, "id">): Promise<ExecutorAnswer> {
    if (this.#stopping) return Promise.reject(new ExecutorUnavailableError("executor pool is stopping"));
    const candidates = this.#threads.filter((t) => !t.exited);
    const thread = candidates.reduce<ExecutorThread | undefined>(
      (best, t) => (best === undefined || t.pending.size < best.pending.size ? t : best),
      undefined,
    );
    if (!thread) return Promise.reject(new ExecutorUnavailableError("no executor thread is running"));
    const id = this.#nextId++;
    return new Promise<ExecutorAnswer>((resolve, reject) => {
      const answered = (answer: ExecutorAnswer) => {
        this.#answered += 1;
        resolve(answer);
      };
      thread.pending.set(id, { resolve: answered, reject });
      const fail = (error: unknown) => {
        thread.pending.delete(id);
        reject(new ExecutorUnavailableError(error instanceof Error ? error.message : String(error)));
      };
      // The hand-off itself can fail (a value structured clone cannot copy or nest that deep):
      // the job is then refused like any job the pool cannot take, never left pending.
      thread.ready.then(() => {
        try {
          thread.post({ type: "run", job: { ...job, id } });
        } catch (error) {
          fail(error);
        }
      }, fail);
    });
  }

  notifyLexiconChanged(): void {
    for (const thread of this.#threads) if (!thread.exited) thread.post({ type: "lexicon-changed" });
  }

  async stop(graceMs = 10_000): Promise<void> {
    this.#stopping = true;
    const deadline = Date.now() + graceMs;
    while (this.inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    // Each thread closes its server and pool, then ends; one that does not within 5 s is terminated.
    await Promise.all(
      this.#threads.map(async (thread) => {
        if (thread.exited) return;
        const exited = new Promise<void>((resolve) => thread.worker.once("exit", () => resolve()));
        thread.post({ type: "stop" });
        const timer = setTimeout(() => void thread.worker.terminate(), 5_000);
        await exited;
        clearTimeout(timer);
      }),
    );
    this.#threads = [];
  }
}
