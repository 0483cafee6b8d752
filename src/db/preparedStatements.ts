/**
 * Named (prepared) statements for the few large statements whose planning costs more than running
 * them (the well page: ADR 35). PostgreSQL parses and plans an unnamed statement on every call; a
 * named one once per connection.
 *
 * Contract: a statement whose SQL text starts with `PREPARED` is given a name derived from its
 * text (`preparedStatementName`), so equal texts share one prepared statement per connection and
 * different texts never share a name. At most `MAX_PREPARED` distinct texts per process are named
 * (each costs about 1 MB of plan cache per connection in PostgreSQL); later ones run unnamed, as
 * does every statement without the marker. Not for connections behind a transaction pooler
 * (createDatabase.ts), which cannot keep a statement prepared on one server connection.
 */
import { createHash } from "node:crypto";

/** Put first in the SQL text of a statement that should be prepared. */
export const PREPARED = "/* prepared */ ";

const MAX_PREPARED = 32;
const names = new Map<string, string>();

/** The statement's name, or "" (the protocol's unnamed statement, as when pg is given no name). */
export function preparedStatementName(query: { sql: string }): string {
  const { sql } = query;
  if (!sql.startsWith(PREPARED)) return "";
  const known = names.get(sql);
  if (known !== undefined) return known;
  if (names.size >= MAX_PREPARED) return "";
  const name = `p_${createHash("sha256").update(sql).digest("hex").slice(0, 32)}`;
  names.set(sql, name);
  return name;
}
