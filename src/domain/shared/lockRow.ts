/**
 * Locks one row by id for the rest of the transaction, or reports it missing: the first step of a
 * write that must not race with another write to the same row.
 *
 * Contract: `strength` is the row-level lock PostgreSQL takes (FOR UPDATE to serialise writers of
 * the row; FOR NO KEY UPDATE to serialise writers while foreign keys to the row stay insertable;
 * FOR KEY SHARE to keep the row from being deleted while others still write to it). Throws
 * MutationFailure(NotFoundError "<entity> <id> not found") when there is no such row; `entity`
 * defaults to the table's entity name.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { NotFoundError } from "./domainErrors.js";

export type RowLock = "FOR UPDATE" | "FOR NO KEY UPDATE" | "FOR KEY SHARE";

const ENTITY_OF_TABLE = {
  asset: "Asset",
  contact: "Contact",
  deployment: "Deployment",
  lexicon_triple: "LexiconTriple",
  field_event: "FieldEvent",
  field_event_participant: "FieldEventParticipant",
  observation: "Observation",
  sample: "Sample",
  sensor: "Sensor",
  thing: "Thing",
} as const;

export type LockableTable = keyof typeof ENTITY_OF_TABLE;

export async function lockRow(
  tx: Prisma.TransactionClient,
  table: LockableTable,
  id: number,
  strength: RowLock,
  entity: string = ENTITY_OF_TABLE[table],
): Promise<void> {
  // Table and lock come from the closed lists above, never from input.
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM ${Prisma.raw(table)} WHERE id = ${id} ${Prisma.raw(strength)}`;
  if (rows.length === 0) throw new NotFoundError(entity, id);
}
