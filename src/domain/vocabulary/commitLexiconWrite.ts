/**
 * Runs a lexicon write (categories, terms, memberships, triples) the way every lexicon write does.
 *
 * Contract: `work` runs in one transaction that also NOTIFYs `lexicon_changed` (delivered to the
 * other server processes only if it commits, so their caches follow); after the commit this
 * server's lexicon cache is refreshed before the result is returned, so the next request already
 * sees the change. A failed refresh is logged, not thrown (the write has committed, and the
 * listener refreshes again on the NOTIFY). An error thrown by `work` rolls everything back, sends
 * no notification and propagates unchanged.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { notifyLexiconChanged } from "./lexiconListener.js";

/** What a lexicon write needs: the database, the lexicon cache to refresh and a logger. */
export type LexiconWriteDeps = Pick<DomainDeps, "prisma" | "lexicon" | "log">;

/** A lexicon write that also records who made it (audit columns). */
export type AuditedLexiconWriteDeps = Pick<DomainDeps, "prisma" | "user" | "lexicon" | "log">;

export async function commitLexiconWrite<T>(
  deps: LexiconWriteDeps,
  detail: string,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  const value = await deps.prisma.$transaction(async (tx) => {
    const result = await work(tx);
    await notifyLexiconChanged(tx, detail);
    return result;
  });
  try {
    await deps.lexicon.refresh();
  } catch (error) {
    deps.log.warn({ err: error }, "lexicon cache refresh after a lexicon write failed; the listener will retry");
  }
  return value;
}
