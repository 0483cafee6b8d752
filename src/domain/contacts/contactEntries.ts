/**
 * A contact's entries (email addresses, telephone numbers, postal addresses), added, changed and
 * removed the same way whatever their kind; contactEntryKinds.ts holds what differs per kind.
 *
 * Contract (each function runs in one transaction and writes the caller's audit columns):
 * - `addContactEntry`: NotFoundError("Contact", id) for a missing contact, else every invalid field
 *   listed in one ValidationError (paths under ["input"]); an entry without a release status takes
 *   its contact's. Returns the entry and its contact.
 * - `changeContactEntry`: partial (omitted = unchanged); NotFoundError(<kind's entity>, id) for a
 *   missing entry, else every invalid field in one ValidationError. Returns the entry.
 * - `removeContactEntry`: NotFoundError(<kind's entity>, id) for a missing entry. Returns the id and
 *   the contact the entry belonged to.
 */
import type { Contact, Prisma } from "../../generated/prisma/client.js";
import { auditFields, type CreateAuditFields, type UpdateAuditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";

type Tx = Prisma.TransactionClient;

/** The columns an entry gets from its contact: the contact's id and, by default, its release status. */
export interface EntryOwnership {
  contactId: number;
  releaseStatus: string;
}

/**
 * One kind of entry: its rules and its table. `Columns` are the entry's own columns (release status
 * aside), `ColumnChanges` those a change writes (absent = unchanged).
 */
export interface ContactEntryKind<Row, New, Changes, Columns, ColumnChanges> {
  /** The entity NotFoundError names for a missing entry ("Email", "Phone", "Address"). */
  readonly entity: string;
  /** Checks a new entry, recording every failing field under `path`; its columns, defaults applied. */
  newColumns(errors: FieldErrors, path: string[], entry: New): Columns;
  /** Checks changes to the stored entry, recording every failing field under ["input"]; the columns to write. */
  changedColumns(errors: FieldErrors, changes: Changes, stored: Row): ColumnChanges;
  find(tx: Tx, id: number): Promise<Row | null>;
  findWithContact(tx: Tx, id: number): Promise<{ contact: Contact } | null>;
  insert(tx: Tx, data: Columns & EntryOwnership & CreateAuditFields): Promise<Row>;
  insertMany(tx: Tx, data: (Columns & EntryOwnership & CreateAuditFields)[]): Promise<unknown>;
  update(tx: Tx, id: number, data: ColumnChanges & UpdateAuditFields): Promise<Row>;
  delete(tx: Tx, id: number): Promise<unknown>;
}

type EntryDeps = Pick<DomainDeps, "prisma" | "user">;

/** A release status that an entry may leave out. */
interface MaybeReleased {
  releaseStatus?: string | null;
}

export async function addContactEntry<Row, New extends MaybeReleased, Changes, Columns, ColumnChanges>(
  deps: EntryDeps,
  kind: ContactEntryKind<Row, New, Changes, Columns, ColumnChanges>,
  contactId: number,
  entry: New,
): Promise<{ entry: Row; contact: Contact }> {
  const errors = new FieldErrors();
  const columns = kind.newColumns(errors, ["input"], entry);
  return deps.prisma.$transaction(async (tx) => {
    const contact = await tx.contact.findUnique({ where: { id: contactId } });
    if (!contact) throw new NotFoundError("Contact", contactId);
    errors.throwIfAny();
    const created = await kind.insert(tx, {
      ...columns,
      contactId,
      releaseStatus: entry.releaseStatus ?? contact.releaseStatus,
      ...auditFields(deps, "create"),
    });
    return { entry: created, contact };
  });
}

export async function changeContactEntry<Row, New, Changes, Columns, ColumnChanges>(
  deps: EntryDeps,
  kind: ContactEntryKind<Row, New, Changes, Columns, ColumnChanges>,
  id: number,
  changes: Changes,
): Promise<Row> {
  return deps.prisma.$transaction(async (tx) => {
    const stored = await kind.find(tx, id);
    if (!stored) throw new NotFoundError(kind.entity, id);
    const errors = new FieldErrors();
    const columns = kind.changedColumns(errors, changes, stored);
    errors.throwIfAny();
    return kind.update(tx, id, { ...columns, ...auditFields(deps, "update") });
  });
}

export async function removeContactEntry<Row, New, Changes, Columns, ColumnChanges>(
  deps: Pick<DomainDeps, "prisma">,
  kind: ContactEntryKind<Row, New, Changes, Columns, ColumnChanges>,
  id: number,
): Promise<{ deletedId: number; contact: Contact }> {
  return deps.prisma.$transaction(async (tx) => {
    const stored = await kind.findWithContact(tx, id);
    if (!stored) throw new NotFoundError(kind.entity, id);
    await kind.delete(tx, id);
    return { deletedId: id, contact: stored.contact };
  });
}

/** A checked new entry of a new contact: its columns and the release status it was given. */
export interface CheckedEntry<Columns> {
  columns: Columns;
  releaseStatus: string | null | undefined;
}

/** Checks the entries of a new contact, recording failures under `path`.<index>. */
export function checkNewEntries<Row, New extends MaybeReleased, Changes, Columns, ColumnChanges>(
  kind: ContactEntryKind<Row, New, Changes, Columns, ColumnChanges>,
  errors: FieldErrors,
  path: string[],
  entries: readonly New[] | null | undefined,
): CheckedEntry<Columns>[] {
  return (entries ?? []).map((entry, i) => ({ columns: kind.newColumns(errors, [...path, String(i)], entry), releaseStatus: entry.releaseStatus }));
}

/** Inside the transaction that created the contact: writes its checked entries in one statement (none for none). */
export async function insertNewEntries<Row, New, Changes, Columns, ColumnChanges>(
  tx: Tx,
  kind: ContactEntryKind<Row, New, Changes, Columns, ColumnChanges>,
  entries: readonly CheckedEntry<Columns>[],
  owner: EntryOwnership & CreateAuditFields,
): Promise<void> {
  if (entries.length === 0) return;
  await kind.insertMany(
    tx,
    entries.map((e) => ({ ...owner, ...e.columns, releaseStatus: e.releaseStatus ?? owner.releaseStatus })),
  );
}
