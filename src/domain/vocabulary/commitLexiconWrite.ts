/**
 * Runs a lexicon write (triples, categories) the way every lexicon mutation does.
 *
 * Contract: `work` runs in one transaction that also NOTIFYs `lexicon_changed` (delivered to the
 * other server processes only if it commits, so their caches follow); after the commit this
 * server's lexicon cache is refreshed before the result is returned, so the next request already
 * sees the change. A failed refresh is logged, not thrown (the write has committed, and the
 * listener refreshes again on the NOTIFY). An error thrown by `work` rolls everything back, sends
 * no notification and propagates unchanged.
 */
import type { Context } from "../../context.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { notifyLexiconChanged } from "./lexiconListener.js";

export async function commitLexiconWrite<T>(
  ctx: Pick<Context, "prisma" | "lexicon" | "log">,
  detail: string,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  const value = await ctx.prisma.$transaction(async (tx) => {
    const result = await work(tx);
    await notifyLexiconChanged(tx, detail);
    return result;
  });
  try {
    await ctx.lexicon.refresh();
  } catch (error) {
    ctx.log.warn({ err: error }, "lexicon cache refresh after a lexicon write failed; the listener will retry");
  }
  return value;
}
