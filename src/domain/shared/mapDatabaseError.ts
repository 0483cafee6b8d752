/**
 * The one place where database errors become domain failures (domainErrors.ts).
 *
 * Contract: total — returns a typed error for the failures it recognises and `null` for anything
 * else (the caller rethrows, and `formatError` masks it), and never throws, whatever it is given.
 * Recognised (Prisma 7 with a driver adapter; see stack notes §1 for the shapes):
 * - unique violation (P2002 / SQLSTATE 23505) → ConflictError naming the constraint and its fields
 *   (the constraint comes as `meta.driverAdapterError.cause.constraint.index` or `.fields`);
 * - exclusion violation (23P01, e.g. overlapping periods) → ConflictError naming the constraint;
 * - foreign-key violation (P2003 / 23503): a row referring to a missing parent → ValidationError
 *   naming the field; deleting a row that others still refer to (RESTRICT) → ConflictError naming
 *   the constraint and the referring field;
 * - record to update/delete not found (P2025) → NotFoundError;
 * - CHECK violation (23514) → ValidationError naming the constraint's field when known;
 * - NOT NULL violation (P2011 / 23502) → ValidationError "<field> is required";
 * - value too long (P2000 / 22001) → ValidationError naming the column;
 * - any other data exception (SQLSTATE class 22: out of range, bad datetime, NUL byte) →
 *   ValidationError on the input (the input policy refuses most of these before any SQL).
 * Field names are Prisma field names (camelCase), which the API's input types use too.
 */
import { ConflictError, NotFoundError, ValidationFailedError, type DomainError } from "./domainErrors.js";

/**
 * Fields of the unique constraints and unique indexes whose fields cannot be read off their name
 * (the database reports only the constraint's name). Single-column `<table>_<column>_key`
 * constraints need no entry. tests/conflicts.test.ts checks every unique constraint of the
 * catalogue against what this module reports.
 */
const UNIQUE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  uq_api_key_secret_digest: ["secretDigest"],
  uq_contact_name_organization: ["name", "organization"],
  uq_group_thing: ["groupId", "thingId"],
  uq_lexicon_term_category: ["termId", "categoryId"],
  uq_location_thing_association_open: ["thingId"],
  uq_parameter_name_matrix: ["parameterName", "matrix"],
  uq_thing_contact: ["thingId", "contactId"],
  uq_thing_id_link_thing_org_relation_id: ["thingId", "alternateOrganization", "relation", "alternateId"],
  uq_transducer_observation_deployment_parameter_datetime: ["deploymentId", "parameterId", "observationDatetime"],
  uq_transducer_block_thing_status_parameter_time: ["thingId", "reviewStatus", "parameterId", "startDatetime", "endDatetime"],
  uq_well_casing_material_thing_material: ["thingId", "material"],
  uq_well_purpose_thing_purpose: ["thingId", "purpose"],
};

/** Human wording of unique constraints whose default message would be unclear. */
const UNIQUE_MESSAGES: Readonly<Record<string, string>> = {
  uq_location_thing_association_open: "The thing already has a current location",
};

/** The field each CHECK constraint guards (the one a caller should change), with the rule's wording. */
const CHECK_FIELDS: Readonly<Record<string, { fields: readonly string[]; message: string }>> = {
  notes_exactly_one_target: { fields: ["thingId", "locationId", "contactId"], message: "A note must belong to exactly one record" },
  data_provenance_exactly_one_target: { fields: ["thingId", "locationId"], message: "Provenance must describe exactly one record" },
  check_transuder_block_time_order: { fields: ["endDatetime"], message: "End must not be before start" },
  location_coordinates_in_range: {
    fields: ["latitude", "longitude"],
    message: "Latitude must be between -90 and 90 and longitude between -180 and 180",
  },
  well_screen_bottom_below_top: { fields: ["screenDepthBottom"], message: "Screen bottom must be at or below screen top" },
  deployment_removal_after_installation: { fields: ["removalDate"], message: "Removal date must not be before installation date" },
  sample_depth_bottom_below_top: { fields: ["depthBottom"], message: "Sample bottom depth must be below top depth" },
  location_thing_association_end_after_start: { fields: ["effectiveEnd"], message: "End must not be before start" },
};

interface ErrorFacts {
  prismaCode?: string;
  sqlState?: string;
  kind?: string;
  message: string;
  modelName?: string;
  table?: string;
  constraintName?: string;
  constraintFields?: string[];
  column?: string;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : undefined;
}

/** snake_case column → camelCase field (`thing_type` → `thingType`, `object_` → `object`). */
export function columnToField(column: string): string {
  return column.replace(/_+$/, "").replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function collectFacts(error: unknown): ErrorFacts | null {
  const e = asRecord(error);
  if (!e) return null;
  const meta = asRecord(e.meta);
  const adapterError = asRecord(meta?.driverAdapterError);
  // The adapter's cause, or (for raw pg errors reaching us directly) the error itself.
  const cause = asRecord(adapterError?.cause) ?? asRecord(e.cause) ?? {};
  const constraint = asRecord(cause.constraint);
  const code = str(e.code);
  const isPrismaCode = code !== undefined && /^P\d{4}$/.test(code);
  return {
    prismaCode: isPrismaCode ? code : undefined,
    sqlState: str(cause.originalCode) ?? str(cause.code) ?? (!isPrismaCode && code && /^[0-9A-Z]{5}$/.test(code) ? code : undefined),
    kind: str(cause.kind),
    message: [str(cause.originalMessage), str(cause.message), str(e.message)].filter(Boolean).join("\n"),
    modelName: str(meta?.modelName),
    table: str(cause.table) ?? str(e.table),
    constraintName: str(constraint?.index) ?? str(e.constraint) ?? str(meta?.constraint),
    constraintFields: strings(constraint?.fields) ?? strings(meta?.target),
    column: str(cause.column) ?? str(e.column) ?? str(meta?.column_name),
  };
}

function quoted(pattern: RegExp, text: string): string | undefined {
  return pattern.exec(text)?.[1];
}

function uniqueFields(facts: ErrorFacts, constraint: string): string[] {
  const known = UNIQUE_FIELDS[constraint];
  if (known) return [...known];
  if (facts.constraintFields && facts.constraintFields.length > 0) return facts.constraintFields.map(columnToField);
  // `<table>_<column>_key`: the column is what remains between the table and the suffix.
  if (facts.table && constraint.startsWith(`${facts.table}_`) && constraint.endsWith("_key")) {
    return [columnToField(constraint.slice(facts.table.length + 1, -"_key".length))];
  }
  return [];
}

function mapUnique(facts: ErrorFacts): ConflictError {
  const constraint =
    facts.constraintName ??
    quoted(/(?:unique|exclusion) constraint "([^"]+)"/, facts.message) ??
    quoted(/on the constraint: `([^`]+)`/, facts.message) ??
    (facts.constraintFields ? facts.constraintFields.join("_") : "unknown");
  const fields = uniqueFields(facts, constraint);
  const message =
    UNIQUE_MESSAGES[constraint] ??
    (fields.length > 0
      ? `A record with the same ${fields.join(", ")} already exists`
      : `A record with the same values already exists (${constraint})`);
  return new ConflictError(message, constraint, fields);
}

/** The field of a foreign-key constraint `<table>_<column>_fkey`, given candidates for its table. */
function foreignKeyField(constraint: string, ...tables: (string | undefined)[]): string | undefined {
  if (!constraint.endsWith("_fkey")) return undefined;
  for (const table of tables) {
    if (table && constraint.startsWith(`${table}_`)) return columnToField(constraint.slice(table.length + 1, -"_fkey".length));
  }
  return undefined;
}

/** `WellPurpose` → `well_purpose` (the usual table of a model). */
function modelToTable(model: string | undefined): string | undefined {
  return model?.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

function mapForeignKey(facts: ErrorFacts): ValidationFailedError | ConflictError {
  const constraint =
    facts.constraintName ?? quoted(/foreign key constraint "([^"]+)"/, facts.message) ?? "unknown";
  // "update or delete on table "parent" violates foreign key constraint "c" on table "child"":
  // the row is still referred to.
  const referrer = quoted(/foreign key constraint "[^"]+" on table "([^"]+)"/, facts.message);
  if (referrer !== undefined || /update or delete on table/.test(facts.message)) {
    const field = foreignKeyField(constraint, referrer) ?? facts.constraintFields?.map(columnToField)[0];
    return new ConflictError(
      `The record is still referred to by ${referrer ?? "another record"}${field ? `.${field}` : ""} (${constraint})`,
      constraint,
      field ? [field] : [],
    );
  }
  const table = quoted(/insert or update on table "([^"]+)"/, facts.message) ?? facts.table;
  const modelTable = modelToTable(facts.modelName);
  const field =
    foreignKeyField(constraint, table, modelTable, modelTable && `${modelTable}s`) ??
    facts.constraintFields?.map(columnToField)[0] ??
    (facts.column ? columnToField(facts.column) : undefined);
  const message = field
    ? `${field} refers to a record that does not exist (${constraint})`
    : `The input refers to a record that does not exist (${constraint})`;
  return new ValidationFailedError(message, [{ path: field ? ["input", field] : ["input"], message }]);
}

function mapCheck(facts: ErrorFacts): ValidationFailedError {
  const constraint = facts.constraintName ?? quoted(/check constraint "([^"]+)"/, facts.message) ?? "unknown";
  const known = CHECK_FIELDS[constraint];
  const message = known ? known.message : `The input violates the rule ${constraint}`;
  const paths = known ? known.fields.map((f) => ["input", f]) : [["input"]];
  return new ValidationFailedError(message, paths.map((path) => ({ path, message })));
}

function mapNotNull(facts: ErrorFacts): ValidationFailedError {
  const column = facts.constraintFields?.[0] ?? facts.column ?? quoted(/column "([^"]+)"/, facts.message);
  const field = column ? columnToField(column) : undefined;
  const message = field ? `${field} is required` : "A required field is missing";
  return new ValidationFailedError(message, [{ path: field ? ["input", field] : ["input"], message }]);
}

function mapTooLong(facts: ErrorFacts): ValidationFailedError {
  const column = facts.column ?? quoted(/Column: ([A-Za-z0-9_.]+)/, facts.message);
  const field = column ? columnToField(column.split(".").pop() ?? column) : undefined;
  const message = field ? `${field} is too long` : "A value is too long for its field";
  return new ValidationFailedError(message, [{ path: field ? ["input", field] : ["input"], message }]);
}

function mapDataException(): ValidationFailedError {
  const message = "A value of the input is out of range or malformed for the database";
  return new ValidationFailedError(message, [{ path: ["input"], message }]);
}

function mapNotFound(facts: ErrorFacts): NotFoundError {
  const entity = facts.modelName ?? "Record";
  return new NotFoundError(entity, "");
}

/** The typed mutation error for a database error this module recognises, else null. Never throws. */
export function mapDatabaseError(error: unknown): DomainError | null {
  try {
    const facts = collectFacts(error);
    if (!facts) return null;
    const { prismaCode, sqlState, kind } = facts;
    if (prismaCode === "P2002" || sqlState === "23505" || sqlState === "23P01" || kind === "UniqueConstraintViolation") {
      return mapUnique(facts);
    }
    if (prismaCode === "P2003" || sqlState === "23503" || kind === "ForeignKeyConstraintViolation") return mapForeignKey(facts);
    if (prismaCode === "P2025") return mapNotFound(facts);
    if (sqlState === "23514") return mapCheck(facts);
    if (prismaCode === "P2011" || sqlState === "23502" || kind === "NullConstraintViolation") return mapNotNull(facts);
    if (prismaCode === "P2000" || sqlState === "22001" || kind === "LengthMismatch") return mapTooLong(facts);
    if ((sqlState !== undefined && sqlState.startsWith("22")) || kind === "ValueOutOfRange" || kind === "InvalidInputValue") {
      return mapDataException();
    }
    return null;
  } catch {
    return null;
  }
}
