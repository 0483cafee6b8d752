/**
 * A minimal SQL interface that both a Prisma transaction and a `pg` client satisfy, so that the
 * block rules (overlap, range clearing, block insert) are written once and run inside either:
 * `publishTransducerBlock` runs them in a Prisma interactive transaction, the COPY-based ingest
 * in a `pg` transaction on its own connection.
 *
 * Contract: `query` runs one parameterised statement ($1, $2, ... placeholders) in the caller's
 * transaction and resolves to its rows; integers must be cast to int in SQL (`count(*)::int`) so
 * that both drivers return numbers.
 */
import type pg from "pg";

import type { Prisma } from "../../generated/prisma/client.js";

export interface SqlRunner {
  query<T>(text: string, params: readonly unknown[]): Promise<T[]>;
}

export function prismaRunner(tx: Prisma.TransactionClient): SqlRunner {
  return { query: <T>(text: string, params: readonly unknown[]) => tx.$queryRawUnsafe<T[]>(text, ...params) };
}

export function pgRunner(client: pg.ClientBase): SqlRunner {
  return {
    query: async <T>(text: string, params: readonly unknown[]) => (await client.query(text, [...params])).rows as T[],
  };
}
