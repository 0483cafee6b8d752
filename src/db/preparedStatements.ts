/**
 * Named (prepared) statements for the few large statements whose planning costs more than running
 * them (the well page: ADR 36). PostgreSQL parses and plans an unnamed statement on every call; a
 * named one once per connection.
 *
 * Contract: `preparedMarker(text)` gives the prefix to put before a statement's SQL `text` (its
 * text with `$n` placeholders, so equal for all parameter values) to have it prepared: a name
 * derived from `text`. `preparedStatementName` (the driver adapter's statement-name generator)
 * names a statement only when its SQL starts with a marker; a name is only ever given to one SQL
 * text (another text with the same marker runs unnamed), and at most `MAX_PREPARED` names per
 * process (each costs PostgreSQL about 1 MB of plan cache per connection): later texts run unnamed,
 * as does every statement without a marker. Not for connections behind a transaction pooler
 * (createDatabase.ts), which cannot keep a statement prepared on one server connection.
 */
import { createHash } from "node:crypto";

const START = "/* prepared ";
const NAME_LENGTH = 34; // "p_" and 32 hex digits
const END = " */ ";
const MAX_PREPARED = 32;

/** The prefix that has statement `text` prepared (see the contract). */
export function preparedMarker(text: string): string {
  return `${START}p_${createHash("sha256").update(text).digest("hex").slice(0, 32)}${END}`;
}

const texts = new Map<string, string>();

/** The statement's name, or "" (the protocol's unnamed statement, as when pg is given no name). */
export function preparedStatementName(query: { sql: string }): string {
  const { sql } = query;
  if (!sql.startsWith(START) || !sql.startsWith(END, START.length + NAME_LENGTH)) return "";
  const name = sql.slice(START.length, START.length + NAME_LENGTH);
  const known = texts.get(name);
  if (known !== undefined) return known === sql ? name : "";
  if (texts.size >= MAX_PREPARED) return "";
  texts.set(name, sql);
  return name;
}
