/**
 * Keeps a lexicon cache in step with lexicon changes made by other server processes: a dedicated
 * connection (not from the request pool) LISTENs on the PostgreSQL channel `lexicon_changed`, and
 * every notification refreshes the cache. Lexicon mutations NOTIFY in the same transaction as
 * their change (`notifyLexiconChanged`), so a notification is delivered only once the change is
 * committed and visible.
 *
 * Contract: if the connection fails or drops, the listener reconnects with backoff (100 ms doubling
 * to 5 s) and refreshes the cache after every (re)connect, since notifications sent while it was
 * away are lost. It never throws into the process; `stop()` ends it for good.
 */
import pg from "pg";

import type { Logger } from "../../logger.js";
import type { LexiconCache } from "./lexiconCache.js";

/** The PostgreSQL channel lexicon mutations notify on. */
export const LEXICON_CHANNEL = "lexicon_changed";
/** `application_name` of the listener's connection (visible in pg_stat_activity). */
export const LISTENER_APPLICATION_NAME = "ocotillo-lexicon-listener";

export interface LexiconListener {
  /** Resolves once the first LISTEN succeeded (or when stopped). */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

export interface LexiconListenerOptions {
  /** Connection settings of the dedicated connection (e.g. the pool's options). */
  connection: pg.ClientConfig;
  cache: LexiconCache;
  log: Logger;
  /** Backoff bounds, for tests. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export function startLexiconListener(options: LexiconListenerOptions): LexiconListener {
  const { cache, log } = options;
  const minDelay = options.minDelayMs ?? 100;
  const maxDelay = options.maxDelayMs ?? 5_000;
  let stopped = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let delay = minDelay;
  let failures = 0;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const refresh = (reason: string): void => {
    cache.refresh().catch((error: unknown) => log.warn({ err: error, reason }, "lexicon cache refresh failed"));
  };

  const scheduleReconnect = (): void => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, maxDelay);
  };

  const connect = async (): Promise<void> => {
    if (stopped) return;
    const current = new pg.Client({ ...options.connection, statement_timeout: undefined, application_name: LISTENER_APPLICATION_NAME });
    client = current;
    let dropped = false;
    const onDrop = (error?: unknown): void => {
      if (dropped) return;
      dropped = true;
      if (client === current) client = null;
      current.end().catch(() => undefined);
      if (stopped) return;
      failures += 1;
      // The first failure of a streak is worth a line; the retries are not.
      if (failures === 1) log.warn({ err: error }, "lexicon listener lost its connection; reconnecting");
      scheduleReconnect();
    };
    current.on("error", onDrop);
    current.on("end", () => onDrop());
    current.on("notification", (message) => {
      if (message.channel === LEXICON_CHANNEL) refresh("notification");
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${LEXICON_CHANNEL}`);
      if (stopped) {
        await current.end().catch(() => undefined);
        return;
      }
      if (failures > 0) log.info("lexicon listener reconnected");
      failures = 0;
      delay = minDelay;
      refresh("listen");
      markReady();
    } catch (error) {
      onDrop(error);
    }
  };

  void connect();

  return {
    ready,
    stop: async () => {
      stopped = true;
      markReady();
      if (timer) clearTimeout(timer);
      timer = null;
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}

/** Something that can run a raw statement: a Prisma client or transaction client. */
export interface RawExecutor {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
}

/** Sends NOTIFY lexicon_changed; inside a transaction it is delivered only if that commits. */
export async function notifyLexiconChanged(db: RawExecutor, detail: string): Promise<void> {
  await db.$executeRaw`SELECT pg_notify('lexicon_changed', ${detail})`;
}
