/**
 * One page of rows in id order for the simple reference lists (parameters, regulatory limits,
 * sensors), with a lazily counted total. Contract: one statement for the page, one more only
 * when the total is asked for; a cursor whose last element is not an id is a BadUserInputError.
 */
import { BadUserInputError } from "../../errors/BadUserInputError.js";
import { toConnection, type Connection } from "../pagination/connection.js";
import type { PageRequest } from "../pagination/pageArgs.js";

/** The id after which the page starts, or null for the first page. */
export function afterId(page: PageRequest): number | null {
  if (!page.after) return null;
  const id = page.after.at(-1);
  if (typeof id !== "number" || !Number.isSafeInteger(id)) {
    throw new BadUserInputError('Argument "after" is not a valid cursor', { argument: "after" });
  }
  return id;
}

/**
 * Runs `findPage` (which must order by id ascending, keep ids greater than `afterId`, and take
 * `take` rows) and `count` (the total, run only when asked for).
 */
export async function findByIdPage<T extends { id: number }>(
  page: PageRequest,
  findPage: (args: { afterId: number | null; take: number }) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  const rows = await findPage({ afterId: afterId(page), take: page.take + 1 });
  return toConnection(rows, page, (r) => [r.id], count);
}
