/**
 * Writes checked well-inventory rows in one transaction with a constant number of statements
 * (about twenty, whatever the number of rows): ids are allocated up front and every table gets
 * one INSERT ... SELECT FROM unnest.
 *
 * Per row: a location (WGS84 from the UTM input, elevation in metres, the elevation method;
 * release status public/private from the public availability acknowledgement), a water well
 * (site name, first visit date, well depth, pump depth and type, casing diameter in inches,
 * completion date), its location association from the visit time, membership of the project's
 * group (found by name or created as a "Monitoring Plan"), purposes, well / open / datalogger
 * status histories, monitoring frequency and measuring point histories from the visit date, the
 * OSE well record id as an alternate id (NMOSE, OSEPOD), provenance of the well depth and
 * completion date, notes, contacts (matched by name and organization, else created with their
 * phones, emails and addresses) linked to the well, permissions (given by the first contact), and
 * a field event at the visit time with the field staff as participants (contacts of organization
 * NMBGMR, matched or created; the first is the Lead).
 */
import type { CreateAuditFields } from "../shared/audit.js";
import type { SqlRunner } from "../shared/sqlRunner.js";
import type { LexiconCache } from "../vocabulary/lexiconCache.js";
import { allocateIds } from "./bulkIds.js";
import type { ContactEntry, NoteEntry, WellInventoryEntry } from "./checkWellInventoryRow.js";
import type { ImportedWellModel } from "./importResult.js";
import { insertColumns, repeat } from "./insertColumns.js";

export const PROJECT_GROUP_TYPE = "Monitoring Plan";
export const FIELD_STAFF_ORGANIZATION = "NMBGMR";
export const FIELD_STAFF_ROLE = "Technician";
export const FIELD_STAFF_CONTACT_TYPE = "Field Event Participant";
export const OSE_ORGANIZATION = "NMOSE";
export const OSE_RELATION = "OSEPOD";
export const FIELD_EVENT_NOTE = "Well inventory (bulk import)";

export interface NamedEntry extends WellInventoryEntry {
  name: string;
}

interface Own {
  releaseStatus: string;
  audit: CreateAuditFields;
}

const contactKey = (name: string | null, organization: string | null) => `${name ?? ""}\u0001${organization ?? ""}`;

/** Group ids by project name: existing groups by name, the others created. */
async function projectGroups(runner: SqlRunner, projects: readonly string[], own: Own): Promise<Map<string, number>> {
  const names = [...new Set(projects)];
  const found = await runner.query<{ id: number; name: string }>('SELECT id, name FROM "group" WHERE name = ANY($1::text[])', [names]);
  const ids = new Map(found.map((g) => [g.name, g.id]));
  const missing = names.filter((n) => !ids.has(n));
  if (missing.length > 0) {
    const created = await runner.query<{ id: number; name: string }>(
      `INSERT INTO "group" (name, group_type, release_status, created_by_id, created_by_name)
       SELECT u.name, $2, $3, $4, $5 FROM unnest($1::text[]) AS u(name) RETURNING id, name`,
      [missing, PROJECT_GROUP_TYPE, own.releaseStatus, own.audit.createdById ?? null, own.audit.createdByName ?? null],
    );
    for (const g of created) ids.set(g.name, g.id);
  }
  return ids;
}

interface ContactSpec extends ContactEntry {
  key: string;
}

/** Contact ids by key: existing contacts by (name, organization), the others created with their parts. */
async function resolveContacts(runner: SqlRunner, specs: readonly ContactSpec[], own: Own): Promise<Map<string, number>> {
  // The first row naming a contact defines its parts.
  const first = new Map<string, ContactSpec>();
  for (const spec of specs) if (!first.has(spec.key)) first.set(spec.key, spec);
  const unique = [...first.values()];
  const found = await runner.query<{ id: number; name: string | null; organization: string | null }>(
    `SELECT DISTINCT ON (u.name, u.organization) c.id, u.name, u.organization
     FROM unnest($1::text[], $2::text[]) AS u(name, organization)
     JOIN contact c ON c.name IS NOT DISTINCT FROM u.name AND c.organization IS NOT DISTINCT FROM u.organization
     ORDER BY u.name, u.organization, c.id`,
    [unique.map((s) => s.name), unique.map((s) => s.organization)],
  );
  const ids = new Map(found.map((c) => [contactKey(c.name, c.organization), c.id]));
  const created = unique.filter((s) => !ids.has(s.key));
  const allocated = await allocateIds(runner, ["contact"], created.length);
  created.forEach((s, i) => ids.set(s.key, allocated.contact[i] ?? 0));
  const n = created.length;
  const audit = (count: number) => [
    { name: "release_status", type: "text", values: repeat(own.releaseStatus, count) },
    { name: "created_by_id", type: "text", values: repeat(own.audit.createdById ?? null, count) },
    { name: "created_by_name", type: "text", values: repeat(own.audit.createdByName ?? null, count) },
  ];
  await insertColumns(runner, "contact", [
    { name: "id", type: "int", values: allocated.contact },
    { name: "name", type: "text", values: created.map((s) => s.name) },
    { name: "organization", type: "text", values: created.map((s) => s.organization) },
    { name: "role", type: "text", values: created.map((s) => s.role) },
    { name: "contact_type", type: "text", values: created.map((s) => s.contactType) },
    ...audit(n),
  ]);
  const idOf = (s: ContactSpec) => ids.get(s.key) ?? 0;
  const phones = created.flatMap((s) => s.phones.map((p) => ({ contactId: idOf(s), ...p })));
  await insertColumns(runner, "phone", [
    { name: "contact_id", type: "int", values: phones.map((p) => p.contactId) },
    { name: "phone_number", type: "text", values: phones.map((p) => p.phoneNumber) },
    { name: "phone_type", type: "text", values: phones.map((p) => p.phoneType) },
    ...audit(phones.length),
  ]);
  const emails = created.flatMap((s) => s.emails.map((e) => ({ contactId: idOf(s), ...e })));
  await insertColumns(runner, "email", [
    { name: "contact_id", type: "int", values: emails.map((e) => e.contactId) },
    { name: "email", type: "text", values: emails.map((e) => e.email) },
    { name: "email_type", type: "text", values: emails.map((e) => e.emailType) },
    ...audit(emails.length),
  ]);
  const addresses = created.flatMap((s) => s.addresses.map((a) => ({ contactId: idOf(s), ...a })));
  await insertColumns(runner, "address", [
    { name: "contact_id", type: "int", values: addresses.map((a) => a.contactId) },
    { name: "address_line_1", type: "text", values: addresses.map((a) => a.line1) },
    { name: "address_line_2", type: "text", values: addresses.map((a) => a.line2) },
    { name: "city", type: "text", values: addresses.map((a) => a.city) },
    { name: "state", type: "text", values: addresses.map((a) => a.state) },
    { name: "postal_code", type: "text", values: addresses.map((a) => a.postalCode) },
    { name: "address_type", type: "text", values: addresses.map((a) => a.addressType) },
    ...audit(addresses.length),
  ]);
  return ids;
}

function staffSpec(name: string): ContactSpec {
  return {
    key: contactKey(name, FIELD_STAFF_ORGANIZATION),
    name,
    organization: FIELD_STAFF_ORGANIZATION,
    role: FIELD_STAFF_ROLE,
    contactType: FIELD_STAFF_CONTACT_TYPE,
    phones: [],
    emails: [],
    addresses: [],
  };
}

/** Rows of one child table: one entry per (row, item). */
function perRow<T, R>(entries: readonly T[], items: (entry: T, index: number) => R[]): R[] {
  return entries.flatMap((entry, i) => items(entry, i));
}

export async function writeWellInventory(
  runner: SqlRunner,
  entries: readonly NamedEntry[],
  own: Own,
  lexicon: LexiconCache,
): Promise<ImportedWellModel[]> {
  const n = entries.length;
  const groups = await projectGroups(runner, entries.map((e) => e.project), own);
  const dataContacts = entries.map((e) => e.contacts.map((c): ContactSpec => ({ ...c, key: contactKey(c.name, c.organization) })));
  const staff = entries.map((e) => e.fieldStaff.map(staffSpec));
  const contactIds = await resolveContacts(runner, [...dataContacts.flat(), ...staff.flat()], own);
  const ids = await allocateIds(runner, ["location", "thing", "field_event"], n);
  const location = (i: number) => ids.location[i] ?? 0;
  const thing = (i: number) => ids.thing[i] ?? 0;
  const event = (i: number) => ids.field_event[i] ?? 0;
  const created = (count: number, withRelease = true) => [
    ...(withRelease ? [{ name: "release_status", type: "text", values: repeat(own.releaseStatus, count) }] : []),
    { name: "created_by_id", type: "text", values: repeat(own.audit.createdById ?? null, count) },
    { name: "created_by_name", type: "text", values: repeat(own.audit.createdByName ?? null, count) },
  ];

  await insertColumns(runner, "location", [
    { name: "id", type: "int", values: ids.location },
    { name: "latitude", type: "float8", values: entries.map((e) => e.latitude) },
    { name: "longitude", type: "float8", values: entries.map((e) => e.longitude) },
    { name: "elevation", type: "float8", values: entries.map((e) => e.elevationMeters) },
    { name: "elevation_method", type: "text", values: entries.map((e) => e.elevationMethod) },
    { name: "state", type: "text", values: repeat("NM", n) },
    { name: "release_status", type: "text", values: entries.map((e) => e.locationReleaseStatus ?? own.releaseStatus) },
    ...created(n, false),
  ]);
  await insertColumns(runner, "thing", [
    { name: "id", type: "int", values: ids.thing },
    { name: "name", type: "text", values: entries.map((e) => e.name) },
    { name: "thing_type", type: "text", values: repeat("water well", n) },
    { name: "site_name", type: "text", values: entries.map((e) => e.siteName) },
    { name: "first_visit_date", type: "date", values: entries.map((e) => e.visitDate.toISOString().slice(0, 10)) },
    { name: "well_depth", type: "float8", values: entries.map((e) => e.wellDepth) },
    { name: "well_pump_depth", type: "float8", values: entries.map((e) => e.pumpDepth) },
    { name: "well_casing_diameter", type: "float8", values: entries.map((e) => e.casingDiameterInches) },
    { name: "well_completion_date", type: "date", values: entries.map((e) => e.completionDate?.toISOString().slice(0, 10) ?? null) },
    { name: "well_pump_type", type: "text", values: entries.map((e) => e.pumpType) },
    ...created(n),
  ]);
  await insertColumns(runner, "location_thing_association", [
    { name: "location_id", type: "int", values: ids.location },
    { name: "thing_id", type: "int", values: ids.thing },
    { name: "effective_start", type: "timestamptz", values: entries.map((e) => e.visitedAt.toISOString()) },
    ...created(n, false),
  ]);
  await insertColumns(runner, "group_thing_association", [
    { name: "group_id", type: "int", values: entries.map((e) => groups.get(e.project) ?? 0) },
    { name: "thing_id", type: "int", values: ids.thing },
    ...created(n, false),
  ]);
  const purposes = perRow(entries, (e, i) => e.purposes.map((purpose) => ({ thingId: thing(i), purpose })));
  await insertColumns(runner, "well_purpose", [
    { name: "thing_id", type: "int", values: purposes.map((p) => p.thingId) },
    { name: "purpose", type: "text", values: purposes.map((p) => p.purpose) },
    ...created(purposes.length),
  ]);
  const statuses = perRow(entries, (e, i) => {
    const day = e.visitDate.toISOString().slice(0, 10);
    const rows: { thingId: number; type: string; value: string; day: string }[] = [];
    if (e.wellStatus) rows.push({ thingId: thing(i), type: "Well Status", value: e.wellStatus, day });
    if (e.isOpen !== null) rows.push({ thingId: thing(i), type: "Open Status", value: e.isOpen ? "Open" : "Closed", day });
    if (e.dataloggerPossible !== null) {
      rows.push({
        thingId: thing(i),
        type: "Datalogger Suitability Status",
        value: e.dataloggerPossible ? "Datalogger can be installed" : "Datalogger cannot be installed",
        day,
      });
    }
    return rows;
  });
  await insertColumns(runner, "status_history", [
    { name: "thing_id", type: "int", values: statuses.map((s) => s.thingId) },
    { name: "status_type", type: "text", values: statuses.map((s) => s.type) },
    { name: "status_value", type: "text", values: statuses.map((s) => s.value) },
    { name: "start_date", type: "date", values: statuses.map((s) => s.day) },
    ...created(statuses.length),
  ]);
  const frequencies = perRow(entries, (e, i) => (e.monitoringFrequency ? [{ thingId: thing(i), value: e.monitoringFrequency, day: e.visitDate }] : []));
  await insertColumns(runner, "monitoring_frequency_history", [
    { name: "thing_id", type: "int", values: frequencies.map((f) => f.thingId) },
    { name: "monitoring_frequency", type: "text", values: frequencies.map((f) => f.value) },
    { name: "start_date", type: "date", values: frequencies.map((f) => f.day.toISOString().slice(0, 10)) },
    ...created(frequencies.length),
  ]);
  await insertColumns(runner, "measuring_point_history", [
    { name: "thing_id", type: "int", values: ids.thing },
    { name: "measuring_point_height", type: "float8", values: entries.map((e) => e.mpHeight) },
    { name: "measuring_point_description", type: "text", values: entries.map((e) => e.mpDescription) },
    { name: "start_date", type: "date", values: entries.map((e) => e.visitDate.toISOString().slice(0, 10)) },
    ...created(n),
  ]);
  const links = perRow(entries, (e, i) => (e.oseWellRecordId ? [{ thingId: thing(i), id: e.oseWellRecordId }] : []));
  await insertColumns(runner, "thing_id_link", [
    { name: "thing_id", type: "int", values: links.map((l) => l.thingId) },
    { name: "relation", type: "text", values: repeat(OSE_RELATION, links.length) },
    { name: "alternate_id", type: "text", values: links.map((l) => l.id) },
    { name: "alternate_organization", type: "text", values: repeat(OSE_ORGANIZATION, links.length) },
    ...created(links.length),
  ]);
  // A source that is an `origin_source` term is stored as the controlled source type, else as a citation.
  const provenance = perRow(entries, (e, i) =>
    (
      [
        ["well_depth", e.depthSource],
        ["well_completion_date", e.completionSource],
      ] as const
    ).flatMap(([field, source]) => {
      if (!source) return [];
      const term = lexicon.resolve("origin_source", source);
      return [{ thingId: thing(i), field, sourceType: term.ok ? term.term : null, reference: term.ok ? null : source }];
    }),
  );
  await insertColumns(runner, "data_provenance", [
    { name: "thing_id", type: "int", values: provenance.map((p) => p.thingId) },
    { name: "field_name", type: "text", values: provenance.map((p) => p.field) },
    { name: "source_type", type: "text", values: provenance.map((p) => p.sourceType) },
    { name: "source_reference", type: "text", values: provenance.map((p) => p.reference) },
    ...created(provenance.length),
  ]);

  const firstContact = (i: number): number | null => {
    const spec = dataContacts[i]?.[0];
    return spec ? (contactIds.get(spec.key) ?? null) : null;
  };
  type Target = { thingId: number | null; locationId: number | null; contactId: number | null };
  const notes = perRow(entries, (e, i): (NoteEntry & Target)[] => {
    const contact = firstContact(i);
    return [
      ...e.thingNotes.map((note) => ({ ...note, thingId: thing(i), locationId: null, contactId: null })),
      ...e.locationNotes.map((note) => ({ ...note, thingId: null, locationId: location(i), contactId: null })),
      ...e.contactNotes.map((note) => ({ ...note, thingId: contact === null ? thing(i) : null, locationId: null, contactId: contact })),
    ];
  });
  await insertColumns(runner, "notes", [
    { name: "thing_id", type: "int", values: notes.map((x) => x.thingId) },
    { name: "location_id", type: "int", values: notes.map((x) => x.locationId) },
    { name: "contact_id", type: "int", values: notes.map((x) => x.contactId) },
    { name: "note_type", type: "text", values: notes.map((x) => x.noteType) },
    { name: "content", type: "text", values: notes.map((x) => x.content) },
    ...created(notes.length),
  ]);

  const linked = entries.map((_, i) => [...new Set((dataContacts[i] ?? []).map((c) => contactIds.get(c.key) ?? 0))]);
  const associations = perRow(entries, (_, i) => (linked[i] ?? []).map((contactId) => ({ thingId: thing(i), contactId })));
  await insertColumns(runner, "thing_contact_association", [
    { name: "thing_id", type: "int", values: associations.map((a) => a.thingId) },
    { name: "contact_id", type: "int", values: associations.map((a) => a.contactId) },
    ...created(associations.length, false),
  ]);
  const consents = perRow(entries, (e, i) =>
    e.permissions.map((p) => ({ thingId: thing(i), contactId: firstContact(i), ...p, day: e.visitDate.toISOString().slice(0, 10) })),
  );
  await insertColumns(runner, "field_access_consent", [
    { name: "thing_id", type: "int", values: consents.map((c) => c.thingId) },
    { name: "contact_id", type: "int", values: consents.map((c) => c.contactId) },
    { name: "permission_type", type: "text", values: consents.map((c) => c.permissionType) },
    { name: "permission_allowed", type: "boolean", values: consents.map((c) => c.allowed) },
    { name: "start_date", type: "date", values: consents.map((c) => c.day) },
    ...created(consents.length),
  ]);
  await insertColumns(runner, "field_event", [
    { name: "id", type: "int", values: ids.field_event },
    { name: "thing_id", type: "int", values: ids.thing },
    { name: "event_date", type: "timestamptz", values: entries.map((e) => e.visitedAt.toISOString()) },
    { name: "notes", type: "text", values: repeat(FIELD_EVENT_NOTE, n) },
    ...created(n),
  ]);
  const participants = perRow(entries, (_, i) =>
    [...new Map((staff[i] ?? []).map((s, k) => [contactIds.get(s.key) ?? 0, k === 0 ? "Lead" : "Participant"])).entries()].map(
      ([contactId, role]) => ({ eventId: event(i), contactId, role }),
    ),
  );
  await insertColumns(runner, "field_event_participant", [
    { name: "field_event_id", type: "int", values: participants.map((p) => p.eventId) },
    { name: "contact_id", type: "int", values: participants.map((p) => p.contactId) },
    { name: "participant_role", type: "text", values: participants.map((p) => p.role) },
    ...created(participants.length),
  ]);

  return entries.map((e, i) => ({ row: e.row.row, name: e.name, wellId: thing(i), locationId: location(i), contactIds: linked[i] ?? [] }));
}
