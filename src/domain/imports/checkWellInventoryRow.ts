/**
 * The rules of one well-inventory row that need no database, and the row parsed into what will
 * be written. Every failing rule is recorded (see RowProblems); the entry is returned only when
 * the row has no problem.
 *
 * Rules (column names as in the file):
 * - the 11 required columns have values; date_time is an ISO 8601 date-time WITH a UTC offset, not
 *   in the future; utm_easting, utm_northing, elevation_ft, measuring_point_height_ft are numbers;
 *   utm_zone is 12 or 13 (NAD83, "13N" accepted), and the point (converted with proj4) lies in New
 *   Mexico; elevation_method is an `elevation_method` term;
 * - well_name_point_id is a name, or an auto-numbering request: "XY-" (2-3 letters and a dash) or
 *   "XY-XXXX"; the importer generates the next free "XY-0001"-style name;
 * - booleans (permissions, public_availability_acknowledgement, is_open, datalogger_possible,
 *   sample_possible): true/false, yes/no, y/n, 1/0; date_drilled: ISO date (or date-time with
 *   offset), not in the future; depths are numbers > 0 (historic depth to water >= 0), the pump
 *   depth not below the well depth;
 * - lexicon terms per category: well_pump_type, well_purpose(_2) (`well_purpose`),
 *   well_hole_status (`status_value`), monitoring_frequency, contact roles (`role`), contact types
 *   (`contact_type`), organizations, phone/email/address types;
 * - a contact with any value needs a name or an organization, a role and a type; a phone needs a
 *   phone type and must be a valid number (stored E.164); an email needs an email type and must be
 *   a valid address; an address needs line 1 and an address type, and a US ZIP postal code.
 */
import { postalCodeRule } from "../contacts/contactPartRules.js";
import { normalizeEmail } from "../contacts/normalizeEmail.js";
import { normalizePhone } from "../contacts/normalizePhone.js";
import type { LexiconCache } from "../vocabulary/lexiconCache.js";
import { booleanCell, dateCell, dateTimeCell, isFailure, localDateOf, numberCell, termCell, type Cell } from "./cellRules.js";
import type { CsvRow } from "./readCsvTable.js";
import { RowProblems, textOf } from "./rowProblems.js";
import { insideNewMexico, parseNewMexicoZone, utmToLatLon } from "./utmToLatLon.js";
import { PERMISSION_COLUMNS, contactColumns } from "./wellInventoryColumns.js";

export const FEET_TO_METERS = 0.3048;

export interface ContactEntry {
  name: string | null;
  organization: string | null;
  role: string;
  contactType: string;
  phones: { phoneNumber: string; phoneType: string }[];
  emails: { email: string; emailType: string }[];
  addresses: { line1: string; line2: string | null; city: string | null; state: string | null; postalCode: string | null; addressType: string }[];
}

export interface NoteEntry {
  noteType: string;
  content: string;
}

export type WellNameSpec = { kind: "literal"; name: string } | { kind: "generated"; prefix: string };

export interface WellInventoryEntry {
  row: CsvRow;
  wellName: WellNameSpec;
  project: string;
  siteName: string;
  visitedAt: Date;
  /** The calendar date of the visit as written (before its offset). */
  visitDate: Date;
  /** Lead first, then participants. */
  fieldStaff: string[];
  latitude: number;
  longitude: number;
  elevationMeters: number;
  elevationMethod: string;
  /** public when public availability was acknowledged, private when refused, else null (the default). */
  locationReleaseStatus: string | null;
  mpHeight: number;
  mpDescription: string | null;
  wellDepth: number | null;
  pumpDepth: number | null;
  casingDiameterInches: number | null;
  completionDate: Date | null;
  pumpType: string | null;
  wellStatus: string | null;
  monitoringFrequency: string | null;
  purposes: string[];
  isOpen: boolean | null;
  dataloggerPossible: boolean | null;
  oseWellRecordId: string | null;
  completionSource: string | null;
  depthSource: string | null;
  permissions: { permissionType: string; allowed: boolean }[];
  contacts: ContactEntry[];
  thingNotes: NoteEntry[];
  locationNotes: NoteEntry[];
  /** Notes for the first contact (on the well when the row has no contact). */
  contactNotes: NoteEntry[];
}

const AUTO_PREFIX = /^([A-Za-z]{2,3})\s*-\s*(?:x{4})?$/i;
const text = (t: string) => (t === "" ? null : t);

function maxLengthCell(limit: number) {
  return (t: string, column: string): Cell<string> => (t === "" ? null : t.length <= limit ? t : { failure: `${column} must be at most ${limit} characters` });
}

function positive(column: string, value: number | null, problems: RowProblems, row: CsvRow, orZero = false): number | null {
  if (value === null) return null;
  if (orZero ? value < 0 : value <= 0) {
    problems.add(row, column, "INVALID_VALUE", `${column} must be ${orZero ? "0 or greater" : "greater than 0"}`);
    return null;
  }
  return value;
}

function checkContact(row: CsvRow, n: 1 | 2, problems: RowProblems, lexicon: LexiconCache): ContactEntry | null {
  const base = `contact_${n}`;
  if (contactColumns(n).every((c) => textOf(row, c) === "")) return null;
  const name = problems.take(row, `${base}_name`, maxLengthCell(100));
  const organization = problems.take(row, `${base}_organization`, (t, c) => termCell(t, c, "organization", lexicon));
  if (textOf(row, `${base}_name`) === "" && textOf(row, `${base}_organization`) === "") {
    problems.add(row, `${base}_name`, "MISSING_VALUE", `${base}_name or ${base}_organization is required when other ${base} columns are given`);
  }
  const role = problems.take(row, `${base}_role`, (t, c) => termCell(t, c, "role", lexicon), true);
  const contactType = problems.take(row, `${base}_type`, (t, c) => termCell(t, c, "contact_type", lexicon), true);
  const phones: ContactEntry["phones"] = [];
  const emails: ContactEntry["emails"] = [];
  const addresses: ContactEntry["addresses"] = [];
  for (const i of [1, 2]) {
    const phoneColumn = `${base}_phone_${i}`;
    const phone = textOf(row, phoneColumn);
    if (phone !== "") {
      const normalized = normalizePhone(phone);
      if (normalized === null) problems.add(row, phoneColumn, "INVALID_VALUE", `${phoneColumn} "${phone}" is not a valid phone number`);
      const phoneType = problems.take(row, `${phoneColumn}_type`, (t, c) => termCell(t, c, "phone_type", lexicon));
      if (textOf(row, `${phoneColumn}_type`) === "") problems.add(row, `${phoneColumn}_type`, "MISSING_VALUE", `${phoneColumn}_type is required with ${phoneColumn}`);
      if (normalized && phoneType) phones.push({ phoneNumber: normalized, phoneType });
    }
    const emailColumn = `${base}_email_${i}`;
    const email = textOf(row, emailColumn);
    if (email !== "") {
      const normalized = normalizeEmail(email);
      if (normalized === null) problems.add(row, emailColumn, "INVALID_VALUE", `${emailColumn} "${email}" is not a valid email address`);
      const emailType = problems.take(row, `${emailColumn}_type`, (t, c) => termCell(t, c, "email_type", lexicon));
      if (textOf(row, `${emailColumn}_type`) === "") problems.add(row, `${emailColumn}_type`, "MISSING_VALUE", `${emailColumn}_type is required with ${emailColumn}`);
      if (normalized && emailType) emails.push({ email: normalized, emailType });
    }
    const address = `${base}_address_${i}`;
    const parts = ["line_1", "line_2", "type", "state", "city", "postal_code"];
    if (parts.some((p) => textOf(row, `${address}_${p}`) !== "")) {
      const line1 = problems.take(row, `${address}_line_1`, maxLengthCell(255), true);
      const line2 = problems.take(row, `${address}_line_2`, maxLengthCell(255));
      const addressType = problems.take(row, `${address}_type`, (t, c) => termCell(t, c, "address_type", lexicon), true);
      const city = problems.take(row, `${address}_city`, maxLengthCell(100));
      const state = problems.take(row, `${address}_state`, maxLengthCell(50));
      const postalCode = problems.take(row, `${address}_postal_code`, (t, c) => {
        if (t === "") return null;
        const failure = postalCodeRule(t, "United States");
        return failure === null ? t : { failure: `${c}: ${failure}` };
      });
      if (line1 && addressType) addresses.push({ line1, line2, city, state, postalCode, addressType });
    }
  }
  if (!role || !contactType) return null;
  return { name, organization, role, contactType, phones, emails, addresses };
}

export function checkWellInventoryRow(row: CsvRow, problems: RowProblems, lexicon: LexiconCache, latest: Date): WellInventoryEntry | null {
  const before = problems.countFor(row);
  const project = problems.take(row, "project", maxLengthCell(100), true);
  const nameText = problems.take(row, "well_name_point_id", maxLengthCell(255), true);
  const siteName = problems.take(row, "site_name", text, true);
  const visitedAt = problems.take(row, "date_time", dateTimeCell, true);
  if (visitedAt && visitedAt.getTime() > latest.getTime()) problems.add(row, "date_time", "INVALID_VALUE", "date_time cannot be in the future");
  const lead = problems.take(row, "field_staff", maxLengthCell(100), true);
  const staff2 = problems.take(row, "field_staff_2", maxLengthCell(100));
  const staff3 = problems.take(row, "field_staff_3", maxLengthCell(100));
  const easting = problems.take(row, "utm_easting", numberCell, true);
  const northing = problems.take(row, "utm_northing", numberCell, true);
  const zone = problems.take(
    row,
    "utm_zone",
    (t, c) => (t === "" ? null : (parseNewMexicoZone(t) ?? { failure: `${c} must be 12 or 13 (NAD83 UTM zones 12N and 13N cover New Mexico)` })),
    true,
  );
  let point: { latitude: number; longitude: number } | null = null;
  if (easting !== null && northing !== null && zone !== null) {
    point = utmToLatLon(easting, northing, zone);
    if (!insideNewMexico(point)) {
      problems.add(
        row,
        "utm_easting",
        "INVALID_VALUE",
        `UTM coordinates E=${easting} N=${northing} zone ${zone}N (latitude ${point.latitude}, longitude ${point.longitude}) are outside New Mexico`,
      );
    }
  }
  const elevationFt = problems.take(row, "elevation_ft", numberCell, true);
  const elevationMethod = problems.take(row, "elevation_method", (t, c) => termCell(t, c, "elevation_method", lexicon), true);
  const mpHeight = problems.take(row, "measuring_point_height_ft", numberCell, true);
  const mpDescription = text(textOf(row, "measuring_point_description"));

  const permissions = PERMISSION_COLUMNS.flatMap(([column, permissionType]) => {
    const allowed = problems.take(row, column, booleanCell);
    return allowed === null ? [] : [{ permissionType, allowed }];
  });
  const acknowledged = problems.take(row, "public_availability_acknowledgement", booleanCell);
  const isOpen = problems.take(row, "is_open", booleanCell);
  const dataloggerPossible = problems.take(row, "datalogger_possible", booleanCell);
  const samplePossible = problems.take(row, "sample_possible", booleanCell);
  const completionDate = problems.take(row, "date_drilled", (t, c) => {
    const asDate = dateCell(t, c);
    if (!isFailure(asDate)) return asDate;
    const asDateTime = dateTimeCell(t, c);
    return isFailure(asDateTime) || asDateTime === null ? asDate : localDateOf(t);
  });
  if (completionDate && completionDate.getTime() > latest.getTime()) problems.add(row, "date_drilled", "INVALID_VALUE", "date_drilled cannot be in the future");
  const wellDepth = positive("total_well_depth_ft", problems.take(row, "total_well_depth_ft", numberCell), problems, row);
  const historicDepth = positive("historic_depth_to_water_ft", problems.take(row, "historic_depth_to_water_ft", numberCell), problems, row, true);
  const pumpDepth = positive("well_pump_depth_ft", problems.take(row, "well_pump_depth_ft", numberCell), problems, row);
  if (pumpDepth !== null && wellDepth !== null && pumpDepth > wellDepth) {
    problems.add(row, "well_pump_depth_ft", "INVALID_VALUE", `well_pump_depth_ft (${pumpDepth}) must not exceed total_well_depth_ft (${wellDepth})`);
  }
  const casingDiameterFt = positive("casing_diameter_ft", problems.take(row, "casing_diameter_ft", numberCell), problems, row);
  const pumpType = problems.take(row, "well_pump_type", (t, c) => termCell(t, c, "well_pump_type", lexicon));
  const purposes = (["well_purpose", "well_purpose_2"] as const).flatMap((column) => {
    const purpose = problems.take(row, column, (t, c) => termCell(t, c, "well_purpose", lexicon));
    return purpose === null ? [] : [purpose];
  });
  const wellStatus = problems.take(row, "well_hole_status", (t, c) => termCell(t, c, "status_value", lexicon));
  const monitoringFrequency = problems.take(row, "monitoring_frequency", (t, c) => termCell(t, c, "monitoring_frequency", lexicon));
  const oseWellRecordId = problems.take(row, "ose_well_record_id", maxLengthCell(100));
  const contacts = ([1, 2] as const).flatMap((n) => {
    const contact = checkContact(row, n, problems, lexicon);
    return contact ? [contact] : [];
  });

  if (problems.countFor(row) > before) return null;
  if (!project || !nameText || !siteName || !visitedAt || !lead || !point || elevationFt === null || !elevationMethod || mpHeight === null) {
    return null;
  }
  const prefix = AUTO_PREFIX.exec(nameText);
  const note = (noteType: string, content: string | null, label = ""): NoteEntry[] => (content ? [{ noteType, content: `${label}${content}` }] : []);
  const depthSource = text(textOf(row, "depth_source"));
  return {
    row,
    wellName: prefix ? { kind: "generated", prefix: `${(prefix[1] ?? "").toUpperCase()}-` } : { kind: "literal", name: nameText },
    project,
    siteName,
    visitedAt,
    visitDate: localDateOf(textOf(row, "date_time")),
    fieldStaff: [lead, staff2, staff3].filter((s): s is string => s !== null),
    latitude: point.latitude,
    longitude: point.longitude,
    elevationMeters: Math.round(elevationFt * FEET_TO_METERS * 1e6) / 1e6,
    elevationMethod,
    locationReleaseStatus: acknowledged === null ? null : acknowledged ? "public" : "private",
    mpHeight,
    mpDescription,
    wellDepth,
    pumpDepth,
    casingDiameterInches: casingDiameterFt === null ? null : Math.round(casingDiameterFt * 12 * 1e6) / 1e6,
    completionDate,
    pumpType,
    wellStatus,
    monitoringFrequency,
    purposes: [...new Set(purposes)],
    isOpen,
    dataloggerPossible,
    oseWellRecordId,
    completionSource: text(textOf(row, "completion_source")),
    depthSource,
    permissions,
    contacts,
    thingNotes: [
      ...note("Access", text(textOf(row, "specific_location_of_well"))),
      ...note("Measuring", text(textOf(row, "well_measuring_notes"))),
      ...note("Measuring", text(textOf(row, "sampling_scenario_notes")), "Sampling scenario: "),
      ...note("Measuring", samplePossible === null ? null : samplePossible ? "yes" : "no", "Sample possible: "),
      ...note(
        "Historical",
        historicDepth === null ? null : `${historicDepth} ft below ground surface${depthSource ? ` (source: ${depthSource})` : ""}`,
        "Historic depth to water: ",
      ),
    ],
    locationNotes: note("General", text(textOf(row, "directions_to_site"))),
    contactNotes: [
      ...note("General", text(textOf(row, "result_communication_preference")), "Result communication preference: "),
      ...note("General", text(textOf(row, "contact_special_requests_notes")), "Special requests: "),
    ],
  };
}
