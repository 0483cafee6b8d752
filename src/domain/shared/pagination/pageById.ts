/**
 * Keyset pages of rows ordered by their integer id, for every list that has no other sort key
 * (record lists and reference lists alike).
 *
 * Contract: `fetch(afterId, take, skip)` must return rows with id > afterId (all rows when null), in
 * ascending id order, without the first `skip` of them, at most `take` of them; it is called with
 * `page.take + 1` so that the extra row only signals a next page, and not at all for `first: 0`. A cursor that does not hold an id
 * is an InvalidArgumentError. `count` runs only when `totalCount` is selected.
 */
import { InvalidArgumentError } from "../domainErrors.js";
import { toConnection, type Connection } from "./connection.js";
import { offsetOf, type PageRequest } from "./pageArgs.js";

export function afterIdOf(page: PageRequest): number | null {
  if (page.after === null) return null;
  const id = page.after.at(-1);
  if (typeof id !== "number" || !Number.isSafeInteger(id)) {
    throw new InvalidArgumentError('Argument "after" is not a valid cursor', { argument: "after" });
  }
  return id;
}

export async function findPageById<T extends { id: number }>(
  page: PageRequest,
  fetch: (afterId: number | null, take: number, skip: number) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  const afterId = afterIdOf(page);
  const rows = page.take === 0 ? [] : await fetch(afterId, page.take + 1, offsetOf(page));
  return toConnection(rows, page, (row) => [row.id], count);
}
