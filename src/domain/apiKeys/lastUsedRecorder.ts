/**
 * Records when API keys were last used without a write per request (ADR 29).
 *
 * Contract: `touch(keyId, at)` only remembers the newest time in memory; `flush()` writes every
 * remembered time in one statement (never moving `last_used_at` backwards) and forgets them. A
 * started recorder flushes every `intervalMs` (default one minute) from a timer created outside
 * any request, so a key's row is written at most once per interval per process and never on a
 * request's path or in its statement count; `stop()` ends the timer and flushes once more. A
 * failed flush is reported to `onError` and the times are dropped (the next use records again).
 */
import type { PrismaClient } from "../../generated/prisma/client.js";

export const DEFAULT_LAST_USED_INTERVAL_MS = 60_000;

export class LastUsedRecorder {
  readonly #pending = new Map<number, Date>();
  #timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly onError: (error: unknown) => void,
  ) {}

  touch(keyId: number, at: Date): void {
    const known = this.#pending.get(keyId);
    if (!known || known.getTime() < at.getTime()) this.#pending.set(keyId, at);
  }

  /** Keys waiting to be written. */
  get pendingCount(): number {
    return this.#pending.size;
  }

  async flush(): Promise<void> {
    if (this.#pending.size === 0) return;
    const ids = [...this.#pending.keys()];
    const times = ids.map((id) => this.#pending.get(id)?.toISOString() ?? null);
    this.#pending.clear();
    try {
      await this.prisma.$executeRaw`
        UPDATE api_key k SET last_used_at = u.at
        FROM unnest(${ids}::int[], ${times}::timestamptz[]) AS u(id, at)
        WHERE k.id = u.id AND (k.last_used_at IS NULL OR k.last_used_at < u.at)`;
    } catch (error) {
      this.onError(error);
    }
  }

  start(intervalMs = DEFAULT_LAST_USED_INTERVAL_MS): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.flush(), intervalMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.flush();
  }
}
