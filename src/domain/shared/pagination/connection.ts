/**
 * The shape every paginated list resolves to before GraphQL serialises it.
 * `totalCount` is a thunk so that the COUNT query only runs when a client asks for it.
 */
import { encodeCursor, offsetOf, type CursorKey, type PageRequest } from "./pageArgs.js";

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: () => Promise<number>;
}

/**
 * Builds a connection from rows fetched with `take + 1` (the extra row only signals a next page).
 * `keyOf` must return the same sort key the query ordered by, id last.
 */
export function toConnection<T>(
  rows: readonly T[],
  page: PageRequest,
  keyOf: (row: T) => CursorKey,
  totalCount: () => Promise<number>,
): Connection<T> {
  const nodes = rows.slice(0, page.take);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.take,
      hasPreviousPage: page.after !== null || offsetOf(page) > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
