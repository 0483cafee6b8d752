/**
 * One page of rows in id order for the simple reference lists (parameters, regulatory limits,
 * sensors), with a lazily counted total. Contract: as `findPageById` (one statement for the page,
 * none for `first: 0`, one more only when the total is asked for; a cursor whose last element is
 * not an id is an InvalidArgumentError), with the page arguments passed as one object.
 */
import type { Connection } from "../shared/pagination/connection.js";
import type { PageRequest } from "../shared/pagination/pageArgs.js";
import { findPageById } from "../shared/pagination/pageById.js";

/**
 * Runs `findPage` (which must order by id ascending, keep ids greater than `afterId`, skip `skip`
 * rows and take `take` rows) and `count` (the total, run only when asked for).
 */
export function findByIdPage<T extends { id: number }>(
  page: PageRequest,
  findPage: (args: { afterId: number | null; take: number; skip: number }) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  return findPageById(page, (afterId, take, skip) => findPage({ afterId, take, skip }), count);
}
