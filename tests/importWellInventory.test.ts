/**
 * Bulk import of a well inventory (acceptance criteria "Bulk upload well inventory from CSV"):
 * happy paths (column order, unknown columns, quoted commas, XY- auto-numbering), every rule of
 * a row and every structural problem with nothing written (row counts of every table touched,
 * before and after), and the HTTP route's statuses and personal-data requirement.
 */
import { readFile } from "node:fs/promises";

import proj4 from "proj4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ADMIN_CALLER, ANONYMOUS_CALLER, callerFromGroups } from "../src/auth/caller.js";
import type { ImportProblem } from "../src/domain/imports/importResult.js";
import { createThing } from "./support/factories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";
import { startImportServer, type ImportServer } from "./support/importServer.js";

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const IMPORT = `
  mutation Import($csv: String!) {
    importWellInventory(csv: $csv) {
      __typename status
      summary { totalRowsProcessed totalRowsImported validationErrors }
      problems { kind row field message value }
      wells { row name wellId locationId contactIds well { name siteName } }
    }
  }`;

type Problem = ImportProblem;
interface Result {
  status: string;
  summary: { totalRowsProcessed: number; totalRowsImported: number; validationErrors: number };
  problems: Problem[];
  wells: { row: number; name: string; wellId: string; locationId: string; contactIds: string[]; well: { name: string; siteName: string } }[];
}

async function runImport(csv: string): Promise<Result> {
  const result = await api.run<{ importWellInventory: Result }>(IMPORT, { csv });
  expect(result.errors).toBeUndefined();
  return JSON.parse(JSON.stringify(result.data?.importWellInventory)) as Result;
}

const TABLES = [
  "thing",
  "location",
  "location_thing_association",
  "group",
  "group_thing_association",
  "contact",
  "phone",
  "email",
  "address",
  "thing_contact_association",
  "notes",
  "well_purpose",
  "status_history",
  "monitoring_frequency_history",
  "measuring_point_history",
  "thing_id_link",
  "data_provenance",
  "field_access_consent",
  "field_event",
  "field_event_participant",
] as const;

async function counts(): Promise<Record<string, number>> {
  const select = TABLES.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ");
  return (await api.db.prisma.$queryRawUnsafe<Record<string, number>[]>(`SELECT ${select}`))[0] ?? {};
}

async function rejectedImport(csv: string): Promise<Result> {
  const before = await counts();
  const result = await runImport(csv);
  expect(result.status).not.toBe("IMPORTED");
  expect(result.summary.totalRowsImported).toBe(0);
  expect(result.wells).toEqual([]);
  expect(await counts()).toEqual(before);
  return result;
}

/** A valid row (every required column and a contact); override cells per test. */
function baseRow(id: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    project: "Rules Project",
    well_name_point_id: id,
    site_name: "Test well",
    date_time: "2025-02-15T10:30:00-07:00",
    field_staff: "Jane Doe",
    utm_easting: "330000",
    utm_northing: "3770000",
    utm_zone: "13",
    elevation_ft: "5000",
    elevation_method: "Global positioning system (GPS)",
    measuring_point_height_ft: "1.5",
    contact_1_name: "Rule Owner",
    contact_1_role: "Owner",
    contact_1_type: "Primary",
    ...overrides,
  };
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function csvOf(rows: Record<string, string>[], columns?: string[]): string {
  const header = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [header.map(quote).join(","), ...rows.map((r) => header.map((c) => quote(r[c] ?? "")).join(","))].join("\n");
}

describe("importWellInventory: a valid file", () => {
  it("creates each well with location, project group, contacts, permissions, histories, notes and field event", async () => {
    const before = await counts();
    const result = await runImport(await readFile(new URL("./support/importFixtures/well-inventory.csv", import.meta.url), "utf8"));
    expect(result.status).toBe("IMPORTED");
    expect(result.summary).toEqual({ totalRowsProcessed: 2, totalRowsImported: 2, validationErrors: 0 });
    expect(result.wells.map((w) => [w.row, w.name, w.well])).toEqual([
      [1, "INV-TEST-1", { name: "INV-TEST-1", siteName: "Smith Ranch, north well" }],
      [2, "INV-TEST-2", { name: "INV-TEST-2", siteName: "South windmill" }],
    ]);
    // One contact (matched by name and organization across rows), linked to both wells.
    expect(result.wells[0]?.contactIds).toEqual(result.wells[1]?.contactIds);
    const after = await counts();
    const added = Object.fromEntries(TABLES.map((t) => [t, (after[t] ?? 0) - (before[t] ?? 0)]));
    expect(added).toEqual({
      thing: 2,
      location: 2,
      location_thing_association: 2,
      group: 1,
      group_thing_association: 2,
      contact: 3, // Pat Smith, and field staff Jane Doe and John Roe (NMBGMR)
      phone: 1,
      email: 1,
      address: 1,
      thing_contact_association: 2,
      notes: 6,
      well_purpose: 2,
      status_history: 3,
      monitoring_frequency_history: 1,
      measuring_point_history: 2,
      thing_id_link: 1,
      data_provenance: 2,
      field_access_consent: 3,
      field_event: 2,
      field_event_participant: 3,
    });

    const well = await api.db.prisma.thing.findUniqueOrThrow({
      where: { id: Number(result.wells[0]?.wellId) },
      include: {
        locationAssociations: { include: { location: { include: { notes: true } } } },
        groupAssociations: { include: { group: true } },
        contactAssociations: { include: { contact: { include: { phones: true, emails: true, addresses: true, notes: true } } } },
        purposes: true,
        statusHistory: { orderBy: { statusType: "asc" } },
        monitoringFrequencies: true,
        measuringPoints: true,
        idLinks: true,
        provenance: { orderBy: { fieldName: "asc" } },
        accessConsents: { orderBy: { permissionType: "asc" } },
        notes: { orderBy: { id: "asc" } },
        fieldEvents: { include: { participants: { include: { contact: true }, orderBy: { id: "asc" } } } },
      },
    });
    expect(well).toMatchObject({
      thingType: "water well",
      siteName: "Smith Ranch, north well",
      wellDepth: 300,
      wellPumpDepth: 250,
      wellCasingDiameter: 6,
      wellPumpType: "Submersible",
      releaseStatus: "draft",
    });
    expect(well.firstVisitDate?.toISOString().slice(0, 10)).toBe("2025-02-15");
    expect(well.wellCompletionDate?.toISOString().slice(0, 10)).toBe("1998-06-01");
    const location = well.locationAssociations[0]?.location;
    const [lon, lat] = proj4("+proj=utm +zone=13 +datum=NAD83 +units=m +no_defs", "WGS84").forward([330000, 3770000]);
    expect(location?.latitude).toBeCloseTo(lat ?? 0, 6);
    expect(location?.longitude).toBeCloseTo(lon ?? 0, 6);
    // 330000 E, 3770000 N in zone 13N lies near Socorro, New Mexico
    expect([location?.latitude, location?.longitude]).toEqual([34.0569397, -106.8419769]);
    expect(location).toMatchObject({ elevation: 1600.2, elevationMethod: "Global positioning system (GPS)", releaseStatus: "public", state: "NM" });
    expect(location?.notes.map((n) => [n.noteType, n.content])).toEqual([["General", "Take the ranch road 2 miles north"]]);
    expect(well.locationAssociations[0]?.effectiveStart.toISOString()).toBe("2025-02-15T17:30:00.000Z");
    expect(well.groupAssociations[0]?.group).toMatchObject({ name: "Inventory Test 2025", groupType: "Monitoring Plan" });
    const contact = well.contactAssociations[0]?.contact;
    expect(contact).toMatchObject({ name: "Pat Smith", organization: null, role: "Owner", contactType: "Primary" });
    expect(contact?.phones.map((p) => [p.phoneNumber, p.phoneType])).toEqual([["+15055550134", "Mobile"]]);
    expect(contact?.emails.map((e) => [e.email, e.emailType])).toEqual([["pat.smith@example.com", "Primary"]]);
    expect(contact?.addresses.map((a) => [a.addressLine1, a.city, a.state, a.postalCode, a.addressType, a.country])).toEqual([
      ["12 Ranch Rd", "Socorro", "NM", "87801", "Mailing", "United States"],
    ]);
    expect(contact?.notes.map((n) => [n.noteType, n.content])).toEqual([["General", "Result communication preference: email"]]);
    expect(well.purposes.map((p) => p.purpose).sort()).toEqual(["Domestic", "Livestock"]);
    expect(well.statusHistory.map((s) => [s.statusType, s.statusValue, s.startDate.toISOString().slice(0, 10)])).toEqual([
      ["Datalogger Suitability Status", "Datalogger cannot be installed", "2025-02-15"],
      ["Open Status", "Open", "2025-02-15"],
      ["Well Status", "Active, pumping well", "2025-02-15"],
    ]);
    expect(well.monitoringFrequencies.map((m) => m.monitoringFrequency)).toEqual(["Quarterly"]);
    expect(well.measuringPoints.map((m) => [m.measuringPointHeight, m.measuringPointDescription])).toEqual([[1.25, "Top of casing"]]);
    expect(well.idLinks.map((l) => [l.alternateId, l.alternateOrganization, l.relation])).toEqual([["RG-12345-POD1", "NMOSE", "OSEPOD"]]);
    expect(well.provenance.map((p) => [p.fieldName, p.sourceType, p.sourceReference])).toEqual([
      ["well_completion_date", "From driller's log or well report", null],
      ["well_depth", "Reported by owner of well", null],
    ]);
    expect(well.accessConsents.map((c) => [c.permissionType, c.permissionAllowed, c.contactId])).toEqual([
      ["Datalogger Installation", true, contact?.id],
      ["Water Chemistry Sample", false, contact?.id],
      ["Water Level Sample", true, contact?.id],
    ]);
    expect(well.notes.map((n) => [n.noteType, n.content])).toEqual([
      ["Access", "Behind the barn"],
      ["Measuring", "Use the south port"],
      ["Measuring", "Sample possible: yes"],
      ["Historical", "Historic depth to water: 120 ft below ground surface (source: Reported by owner of well)"],
    ]);
    const event = well.fieldEvents[0];
    expect(event?.eventDate.toISOString()).toBe("2025-02-15T17:30:00.000Z");
    expect(event?.participants.map((p) => [p.contact.name, p.contact.organization, p.participantRole])).toEqual([
      ["Jane Doe", "NMBGMR", "Lead"],
      ["John Roe", "NMBGMR", "Participant"],
    ]);
  });

  it("accepts required columns in any order, ignores unknown columns, reuses groups and staff contacts", async () => {
    const rows = [baseRow("ORDER-1", { extra_column: "ignored", project: "Inventory Test 2025" }), baseRow("ORDER-2", { site_name: 'Quoted, "with" comma' })];
    const columns = Object.keys(rows[0] ?? {}).reverse();
    const before = await counts();
    const result = await runImport(csvOf(rows, columns));
    expect(result.status).toBe("IMPORTED");
    expect(result.wells.map((w) => w.well.siteName)).toEqual(["Test well", 'Quoted, "with" comma']);
    const after = await counts();
    expect((after.group ?? 0) - (before.group ?? 0)).toBe(1); // "Rules Project" is new, "Inventory Test 2025" exists
    expect((after.contact ?? 0) - (before.contact ?? 0)).toBe(1); // Rule Owner; Jane Doe (NMBGMR) exists
  });

  it("numbers XY- ids after the highest in use", async () => {
    await createThing(api.db.prisma, { name: "XY-0007" });
    const result = await runImport(csvOf([baseRow("XY-"), baseRow("XY-0010"), baseRow("xy-XXXX"), baseRow("AB-")]));
    expect(result.status).toBe("IMPORTED");
    expect(result.wells.map((w) => w.name)).toEqual(["XY-0011", "XY-0010", "XY-0012", "AB-0001"]);
  });
});

describe("importWellInventory: invalid rows import nothing", () => {
  it("rejects the file when one row of three lacks well_name_point_id", async () => {
    const result = await rejectedImport(csvOf([baseRow("GOOD-1"), baseRow(""), baseRow("GOOD-2")]));
    expect(result.status).toBe("REJECTED_ROWS");
    expect(result.summary).toEqual({ totalRowsProcessed: 3, totalRowsImported: 0, validationErrors: 1 });
    expect(result.problems).toEqual([{ kind: "MISSING_VALUE", row: 2, field: "well_name_point_id", message: "well_name_point_id is required", value: null }]);
  });

  const REQUIRED = [
    "project",
    "well_name_point_id",
    "site_name",
    "date_time",
    "field_staff",
    "utm_easting",
    "utm_northing",
    "utm_zone",
    "elevation_ft",
    "elevation_method",
    "measuring_point_height_ft",
  ];
  for (const column of REQUIRED) {
    it(`reports a row missing ${column}`, async () => {
      const result = await rejectedImport(csvOf([baseRow("REQ-1"), baseRow("REQ-2", { [column]: "" })]));
      expect(result.problems).toEqual([{ kind: "MISSING_VALUE", row: 2, field: column, message: `${column} is required`, value: null }]);
    });
  }

  const RULES: [string, Record<string, string>, Partial<Problem>[]][] = [
    ["a bad postal code", { contact_1_address_1_line_1: "1 Main St", contact_1_address_1_type: "Mailing", contact_1_address_1_postal_code: "8780" }, [
      { kind: "INVALID_VALUE", field: "contact_1_address_1_postal_code", value: "8780", message: 'contact_1_address_1_postal_code: Postal code "8780" is not a US ZIP code (12345 or 12345-6789)' },
    ]],
    ["a bad phone", { contact_1_phone_1: "555-01", contact_1_phone_1_type: "Mobile" }, [
      { kind: "INVALID_VALUE", field: "contact_1_phone_1", value: "555-01", message: 'contact_1_phone_1 "555-01" is not a valid phone number' },
    ]],
    ["a bad email", { contact_1_email_1: "pat@", contact_1_email_1_type: "Primary" }, [
      { kind: "INVALID_VALUE", field: "contact_1_email_1", value: "pat@", message: 'contact_1_email_1 "pat@" is not a valid email address' },
    ]],
    ["a contact without role", { contact_1_role: "" }, [{ kind: "MISSING_VALUE", field: "contact_1_role", message: "contact_1_role is required" }]],
    ["a contact without type", { contact_1_type: "" }, [{ kind: "MISSING_VALUE", field: "contact_1_type", message: "contact_1_type is required" }]],
    ["an invalid contact_type", { contact_1_type: "Landlord" }, [
      { kind: "INVALID_VALUE", field: "contact_1_type", value: "Landlord", message: 'contact_1_type: "Landlord" is not a contact_type term; valid terms: Field Event Participant, Primary, Secondary' },
    ]],
    ["a contact with neither name nor organization", { contact_1_name: "" }, [
      { kind: "MISSING_VALUE", field: "contact_1_name", message: "contact_1_name or contact_1_organization is required when other contact_1 columns are given" },
    ]],
    ["an email without email_type", { contact_1_email_1: "pat@example.com" }, [
      { kind: "MISSING_VALUE", field: "contact_1_email_1_type", message: "contact_1_email_1_type is required with contact_1_email_1" },
    ]],
    ["a phone without phone_type", { contact_1_phone_2: "505-555-0134" }, [
      { kind: "MISSING_VALUE", field: "contact_1_phone_2_type", message: "contact_1_phone_2_type is required with contact_1_phone_2" },
    ]],
    ["an address without address_type", { contact_2_name: "Second", contact_2_role: "Manager", contact_2_type: "Secondary", contact_2_address_2_line_1: "2 Main St" }, [
      { kind: "MISSING_VALUE", field: "contact_2_address_2_type", message: "contact_2_address_2_type is required" },
    ]],
    ["UTM coordinates outside New Mexico", { utm_easting: "700000", utm_northing: "3200000" }, [
      { kind: "INVALID_VALUE", field: "utm_easting", value: "700000" },
    ]],
    ["a UTM zone outside New Mexico", { utm_zone: "14N" }, [
      { kind: "INVALID_VALUE", field: "utm_zone", value: "14N", message: "utm_zone must be 12 or 13 (NAD83 UTM zones 12N and 13N cover New Mexico)" },
    ]],
    ["a bad boolean", { is_open: "maybe" }, [
      { kind: "INVALID_VALUE", field: "is_open", value: "maybe", message: "is_open must be a boolean (true/false, yes/no, 1/0)" },
    ]],
    ["an invalid lexicon value", { well_purpose: "Swimming" }, [{ kind: "INVALID_VALUE", field: "well_purpose", value: "Swimming" }]],
    ["an invalid elevation method", { elevation_method: "guess" }, [{ kind: "INVALID_VALUE", field: "elevation_method", value: "guess" }]],
    ["a non-ISO date_time", { date_time: "02/15/2025 10:30" }, [
      { kind: "INVALID_VALUE", field: "date_time", message: "date_time must be an ISO 8601 date-time with a UTC offset, e.g. 2025-02-15T10:30:00-07:00" },
    ]],
    ["a date_time without offset", { date_time: "2025-02-15T10:30:00" }, [{ kind: "INVALID_VALUE", field: "date_time", value: "2025-02-15T10:30:00" }]],
    ["a future date_time", { date_time: "2099-01-01T00:00:00Z" }, [{ kind: "INVALID_VALUE", field: "date_time", message: "date_time cannot be in the future" }]],
    ["a non-ISO date_drilled", { date_drilled: "June 1998" }, [
      { kind: "INVALID_VALUE", field: "date_drilled", value: "June 1998", message: "date_drilled must be an ISO 8601 date (YYYY-MM-DD), e.g. 2025-02-15" },
    ]],
    ["a non-numeric utm_easting", { utm_easting: "east" }, [{ kind: "INVALID_VALUE", field: "utm_easting", value: "east", message: "utm_easting must be a number" }]],
    ["a pump below the bottom of the well", { total_well_depth_ft: "100", well_pump_depth_ft: "150" }, [
      { kind: "INVALID_VALUE", field: "well_pump_depth_ft", message: "well_pump_depth_ft (150) must not exceed total_well_depth_ft (100)" },
    ]],
    ["a negative depth", { total_well_depth_ft: "-3" }, [{ kind: "INVALID_VALUE", field: "total_well_depth_ft", message: "total_well_depth_ft must be greater than 0" }]],
  ];
  for (const [name, overrides, expected] of RULES) {
    it(`reports ${name}`, async () => {
      const result = await rejectedImport(csvOf([baseRow("RULE-1"), baseRow("RULE-2", overrides)]));
      expect(result.status).toBe("REJECTED_ROWS");
      expect(result.problems).toHaveLength(expected.length);
      expected.forEach((p, i) => expect(result.problems[i]).toMatchObject({ row: 2, ...p }));
    });
  }

  it("reports duplicate well_name_point_ids in the file and ids of stored wells, with every other problem", async () => {
    await createThing(api.db.prisma, { name: "STORED-1" });
    const result = await rejectedImport(
      csvOf([baseRow("DUP-1"), baseRow("DUP-1"), baseRow("STORED-1"), baseRow("DUP-2", { is_open: "maybe", contact_1_email_1: "x@y" }), baseRow("DUP-1")]),
    );
    expect(result.problems).toEqual([
      { kind: "DUPLICATE_VALUE", row: 2, field: "well_name_point_id", value: "DUP-1", message: 'well_name_point_id "DUP-1" is already used by row 1' },
      { kind: "DUPLICATE_VALUE", row: 3, field: "well_name_point_id", value: "STORED-1", message: 'A water well named "STORED-1" already exists' },
      { kind: "INVALID_VALUE", row: 4, field: "is_open", value: "maybe", message: "is_open must be a boolean (true/false, yes/no, 1/0)" },
      { kind: "INVALID_VALUE", row: 4, field: "contact_1_email_1", value: "x@y", message: 'contact_1_email_1 "x@y" is not a valid email address' },
      { kind: "MISSING_VALUE", row: 4, field: "contact_1_email_1_type", value: null, message: "contact_1_email_1_type is required with contact_1_email_1" },
      { kind: "DUPLICATE_VALUE", row: 5, field: "well_name_point_id", value: "DUP-1", message: 'well_name_point_id "DUP-1" is already used by row 1' },
    ]);
  });
});

describe("importWellInventory: structural problems reject the file", () => {
  const header = Object.keys(baseRow("x")).join(",");
  const row = csvOf([baseRow("S-1")]).split("\n")[1] ?? "";
  const cases: [string, string, Partial<Problem>[]][] = [
    ["an empty file", "", [{ kind: "EMPTY_FILE" }]],
    ["headers only", `${header}\n`, [{ kind: "NO_DATA_ROWS" }]],
    ["semicolons", `${header.replaceAll(",", ";")}\n${row.replaceAll(",", ";")}`, [{ kind: "WRONG_DELIMITER", value: ";" }]],
    ["tabs", `${header.replaceAll(",", "\t")}\n${row.replaceAll(",", "\t")}`, [{ kind: "WRONG_DELIMITER", value: "\t" }]],
    ["a repeated header", `${header}\n${row}\n${header}\n${row.replace("S-1", "S-2")}`, [{ kind: "REPEATED_HEADER", row: 2 }]],
    ["a duplicate column", `${header},contact_1_email_1,contact_1_email_1\n${row},a@b.co,c@d.co`, [{ kind: "DUPLICATE_COLUMN", field: "contact_1_email_1" }]],
    ["a row wider than the header", `${header}\n${row},surplus`, [{ kind: "MALFORMED_CSV", row: 1 }]],
  ];
  for (const [name, csv, expected] of cases) {
    it(`rejects ${name}`, async () => {
      const result = await rejectedImport(csv);
      expect(result.status).toBe("REJECTED_FILE");
      expect(result.problems).toHaveLength(expected.length);
      expected.forEach((p, i) => expect(result.problems[i]).toMatchObject(p));
    });
  }

  it("refuses a binary (NUL-bearing) body at the boundary: BAD_USER_INPUT naming csv, nothing written", async () => {
    const before = await counts();
    const result = await api.run(IMPORT, { csv: "\u0000\u0001PK\u0003\u0004" });
    expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([["BAD_USER_INPUT", "csv"]]);
    expect(await counts()).toEqual(before);
  });

  it("lists every missing required column", async () => {
    const result = await rejectedImport("name,notes\nNM-1,hello");
    expect(result.problems.map((p) => [p.kind, p.field])).toEqual(
      ["project", "well_name_point_id", "site_name", "date_time", "field_staff", "utm_easting", "utm_northing", "utm_zone", "elevation_ft", "elevation_method", "measuring_point_height_ft"].map(
        (c) => ["MISSING_COLUMNS", c],
      ),
    );
  });

  it("rejects more rows than the maximum", async () => {
    const result = await rejectedImport([header, ...Array.from({ length: 10_001 }, (_, i) => row.replace("S-1", `MANY-${i}`))].join("\n"));
    expect(result.problems).toEqual([
      { kind: "TOO_MANY_ROWS", row: null, field: null, value: null, message: "The file has more than 10000 data rows, the most one import accepts; split it" },
    ]);
  });
});

describe("POST /imports/well-inventory", () => {
  let url = "";
  let importServer: ImportServer | undefined;
  const callers: Record<string, ReturnType<typeof callerFromGroups>> = {
    "Bearer admin": ADMIN_CALLER,
    "Bearer editor": callerFromGroups(["Editor"]),
  };
  beforeAll(async () => {
    importServer = await startImportServer(api, async (h) => ({ caller: (h && callers[h]) || ANONYMOUS_CALLER, user: null }));
    url = `${importServer.url}/imports/well-inventory`;
  });
  afterAll(async () => importServer?.close());

  const upload = (csv: string, token = "Bearer admin") => {
    const form = new FormData();
    form.append("file", new Blob([csv], { type: "text/csv" }), "inventory.csv");
    return fetch(url, { method: "POST", headers: { authorization: token }, body: form });
  };

  it("answers 201, 422 and 400 with the result as JSON", async () => {
    const created = await upload(csvOf([baseRow("HTTP-1")]));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ status: "IMPORTED", summary: { totalRowsProcessed: 1, totalRowsImported: 1, validationErrors: 0 }, wells: [{ row: 1, name: "HTTP-1" }] });
    const invalid = await upload(csvOf([baseRow("HTTP-2", { is_open: "maybe" })]));
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({ status: "REJECTED_ROWS", problems: [{ row: 1, field: "is_open", value: "maybe" }], wells: [] });
    const headersOnly = await upload(Object.keys(baseRow("x")).join(","));
    expect(headersOnly.status).toBe(400);
    expect(await headersOnly.json()).toMatchObject({ status: "REJECTED_FILE", problems: [{ kind: "NO_DATA_ROWS" }] });
  });

  it("needs the personal-data capability besides the Editor role", async () => {
    const response = await upload(csvOf([baseRow("HTTP-3")]), "Bearer editor");
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    expect(await api.db.prisma.thing.count({ where: { name: "HTTP-3" } })).toBe(0);
  });
});
