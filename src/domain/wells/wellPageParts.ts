/**
 * The parts of a well page (what hangs off a thing: purposes, statuses, location, contacts, ...)
 * read for many things inside ONE statement, as one JSON value per thing (ADR 36).
 *
 * Contract: `wellPagePartsSql(viewer, parts, today)` is a JSON expression over the thing row
 * aliased `t`, holding exactly the `parts` asked for; `wellPagePartsFromJson` turns it into
 * `WellPageRelations`, whose every field equals what the named loader would read for that thing
 * with the same viewer and `today` (same rows, same order, same visibility: a current location
 * and contacts only when the viewer may see them, emails and phones only with the personal-data
 * capability). Rows of dated histories come filtered to those current on `today`; choosing one
 * per group is the loader's rule (wellLoaders.ts) and stays there. The manual-level series
 * (`waterLevelStats`, pages of `groundwaterLevels` per window) are those of the series loaders
 * (wellPageSeries.ts).
 */
import {
  Prisma,
  type Contact,
  type DataProvenance,
  type Deployment,
  type Email,
  type FieldAccessConsent,
  type Group,
  type Location,
  type MeasuringPointHistory,
  type MonitoringFrequencyHistory,
  type Note,
  type Phone,
  type Sensor,
  type StatusHistory,
  type ThingIdLink,
} from "../../generated/prisma/client.js";
import { currentLocationSql } from "../locations/currentLocationSql.js";
import { groupFromJson, groupJsonSql, locationFromJson, locationJsonSql } from "../things/relatedColumns.js";
import type { WaterLevelStatsRow } from "../waterLevels/findWaterLevelStats.js";
import type { GroundwaterLevelRow } from "../waterLevels/groundwaterLevelSql.js";
import type { SeriesWindow } from "../shared/series/seriesWindow.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";
import type { Json } from "../shared/modelJson.js";
import { groundwaterLevelPageSql, levelsFromJson, waterLevelStatsFromJson, waterLevelStatsSql } from "./wellPageSeries.js";
import {
  alternateIdJson,
  aquiferAssociationJson,
  aquiferSystemJson,
  aquiferTypeJson,
  contactJson,
  deploymentJson,
  emailJson,
  formationIntervalJson,
  geologicFormationJson,
  measuringPointJson,
  monitoringFrequencyJson,
  noteJson,
  permissionJson,
  phoneJson,
  provenanceJson,
  sensorJson,
  statusHistoryJson,
  wellScreenJson,
} from "./wellPageModels.js";

/** Every part, each named for the loader it stands in for (`purposes` → `purposesByThingId`). */
export const WELL_PAGE_PARTS = [
  "purposes",
  "casingMaterials",
  "currentStatuses",
  "monitoringFrequencies",
  "currentMeasuringPoint",
  "provenance",
  "currentPermissions",
  "aquifers",
  "formationIntervals",
  "notes",
  "screens",
  "deployments",
  /** Each deployment's sensor (`sensorById`); only with `deployments`. */
  "deploymentSensors",
  "currentLocation",
  /** Notes of the current location (`notesByLocationId`), with or without `currentLocation`. */
  "locationNotes",
  "groups",
  "alternateIds",
  "contacts",
  /** Emails of each contact (`emailsByContactId`); only with `contacts`, and only for viewers with personal data. */
  "contactEmails",
  /** Phones of each contact (`phonesByContactId`); as `contactEmails`. */
  "contactPhones",
  "waterLevelStats",
] as const;

export type WellPagePart = (typeof WELL_PAGE_PARTS)[number];
export type WellPageFlags = Partial<Record<WellPagePart, true>>;
export interface WellPageParts extends Readonly<WellPageFlags> {
  /** Windows of `groundwaterLevels` pages (`groundwaterLevelPages(window)`), one page each. */
  readonly groundwaterLevelWindows?: readonly SeriesWindow[];
}

/** Equal exactly for parts that read the same rows (a loader per key). */
export function wellPagePartsKey(parts: WellPageParts): string {
  const windows = (parts.groundwaterLevelWindows ?? []).map((w) =>
    JSON.stringify([w.range.from?.toISOString() ?? null, w.range.to?.toISOString() ?? null, w.order, w.take, w.after ? [w.after.at.toISOString(), w.after.id] : null]),
  );
  return [WELL_PAGE_PARTS.filter((part) => parts[part]).join(","), ...windows].join("|");
}

export type WellAquiferRow = Prisma.ThingAquiferAssociationGetPayload<{ include: { aquiferSystem: true; aquiferTypes: true } }>;
export type FormationIntervalRow = Prisma.ThingGeologicFormationAssociationGetPayload<{ include: { geologicFormation: true } }>;
export type WellScreenRow = Prisma.WellScreenGetPayload<{ include: { aquiferSystem: true; geologicFormation: true } }>;

/** What the parts hold for one thing; a part not asked for is absent. */
export interface WellPageRelations {
  purposes?: string[];
  casingMaterials?: string[];
  /** Status rows current on `today`, every status type. */
  currentStatuses?: StatusHistory[];
  monitoringFrequencies?: MonitoringFrequencyHistory[];
  /** Measuring-point rows current on `today`. */
  currentMeasuringPoints?: MeasuringPointHistory[];
  provenance?: DataProvenance[];
  /** Consent rows current on `today`, by permission type. */
  currentPermissions?: FieldAccessConsent[];
  aquifers?: WellAquiferRow[];
  formationIntervals?: FormationIntervalRow[];
  notes?: Note[];
  screens?: WellScreenRow[];
  deployments?: { deployment: Deployment; sensor?: Sensor }[];
  /** The current location (null: none the viewer may see) with its notes when asked for. */
  currentLocation?: { location: Location; notes?: Note[] } | null;
  groups?: Group[];
  alternateIds?: ThingIdLink[];
  contacts?: { contact: Contact; emails?: Email[]; phones?: Phone[] }[];
  waterLevelStats?: WaterLevelStatsRow;
  /** The first `take + 1` levels of each of `groundwaterLevelWindows`, in the same order. */
  groundwaterLevelPages?: GroundwaterLevelRow[][];
}

const raw = Prisma.raw;

/** `(SELECT json_agg of element over from, ordered)`, `[]` when no row. */
function listSql(element: Prisma.Sql, from: Prisma.Sql, orderBy: string): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(${element} ORDER BY ${raw(orderBy)}), '[]'::json) FROM ${from})`;
}

/** Rows of alias `a` current on `day` (the rule of currentPeriodWhere). */
function currentSql(a: string, day: string): Prisma.Sql {
  return Prisma.sql`${raw(a)}.start_date <= ${day}::date AND (${raw(a)}.end_date IS NULL OR ${raw(a)}.end_date >= ${day}::date)`;
}

/** The JSON of the parts asked for, over the thing row `t` (see the module contract). */
export function wellPagePartsSql(viewer: Viewer, parts: WellPageParts, today: Date): Prisma.Sql {
  const day = today.toISOString().slice(0, 10);
  const entries: Prisma.Sql[] = [];
  const add = (key: string, value: Prisma.Sql) => entries.push(Prisma.sql`${raw(`'${key}'`)}, ${value}`);
  const ofThing = (table: string) => raw(`${table} x WHERE x.thing_id = t.id`);

  if (parts.purposes) add("purposes", listSql(raw("x.purpose"), ofThing("well_purpose"), "x.purpose"));
  if (parts.casingMaterials) add("casingMaterials", listSql(raw("x.material"), ofThing("well_casing_material"), "x.material"));
  if (parts.currentStatuses) {
    add("currentStatuses", listSql(statusHistoryJson.sql("x"), Prisma.sql`${ofThing("status_history")} AND ${currentSql("x", day)}`, "x.id"));
  }
  if (parts.monitoringFrequencies) {
    add("monitoringFrequencies", listSql(monitoringFrequencyJson.sql("x"), ofThing("monitoring_frequency_history"), "x.start_date DESC, x.id DESC"));
  }
  if (parts.currentMeasuringPoint) {
    add("currentMeasuringPoints", listSql(measuringPointJson.sql("x"), Prisma.sql`${ofThing("measuring_point_history")} AND ${currentSql("x", day)}`, "x.id"));
  }
  if (parts.provenance) add("provenance", listSql(provenanceJson.sql("x"), ofThing("data_provenance"), "x.id DESC"));
  if (parts.currentPermissions) {
    add(
      "currentPermissions",
      listSql(permissionJson.sql("x"), Prisma.sql`${ofThing("field_access_consent")} AND ${currentSql("x", day)}`, "x.permission_type, x.id"),
    );
  }
  if (parts.aquifers) {
    const aquifer = aquiferAssociationJson.sql("x", [
      ["aquiferSystem", Prisma.sql`(SELECT ${aquiferSystemJson.sql("s")} FROM aquifer_system s WHERE s.id = x.aquifer_system_id)`],
      ["aquiferTypes", listSql(aquiferTypeJson.sql("y"), raw("aquifer_type y WHERE y.thing_aquifer_association_id = x.id"), "y.aquifer_type, y.id")],
    ]);
    add("aquifers", listSql(aquifer, ofThing("thing_aquifer_association"), "x.id"));
  }
  if (parts.formationIntervals) {
    const interval = formationIntervalJson.sql("x", [
      ["geologicFormation", Prisma.sql`(SELECT ${geologicFormationJson.sql("f")} FROM geologic_formation f WHERE f.id = x.geologic_formation_id)`],
    ]);
    add("formationIntervals", listSql(interval, ofThing("thing_geologic_formation_association"), "x.top_depth, x.id"));
  }
  if (parts.notes) add("notes", listSql(noteJson.sql("x"), ofThing("notes"), "x.id"));
  if (parts.screens) {
    const screen = wellScreenJson.sql("x", [
      ["aquiferSystem", Prisma.sql`(SELECT ${aquiferSystemJson.sql("s")} FROM aquifer_system s WHERE s.id = x.aquifer_system_id)`],
      ["geologicFormation", Prisma.sql`(SELECT ${geologicFormationJson.sql("f")} FROM geologic_formation f WHERE f.id = x.geologic_formation_id)`],
    ]);
    add("screens", listSql(screen, ofThing("well_screen"), "x.screen_depth_top ASC NULLS LAST, x.id"));
  }
  if (parts.deployments) {
    const deployment = deploymentJson.sql(
      "x",
      parts.deploymentSensors ? [["sensor", Prisma.sql`(SELECT ${sensorJson.sql("s")} FROM sensor s WHERE s.id = x.sensor_id)`]] : [],
    );
    add("deployments", listSql(deployment, ofThing("deployment"), "x.installation_date DESC NULLS LAST, x.id DESC"));
  }
  if (parts.currentLocation || parts.locationNotes) {
    const notes = parts.locationNotes ? Prisma.sql`, 'notes', ${listSql(noteJson.sql("n"), raw("notes n WHERE n.location_id = lo.id"), "n.id")}` : Prisma.empty;
    add(
      "currentLocation",
      Prisma.sql`(SELECT json_build_object('location', ${locationJsonSql("lo")}${notes}) FROM (${currentLocationSql(viewer, raw("t.id"))}) lo)`,
    );
  }
  if (parts.groups) {
    add("groups", listSql(groupJsonSql("g"), raw(`group_thing_association ga JOIN "group" g ON g.id = ga.group_id WHERE ga.thing_id = t.id`), "g.name"));
  }
  if (parts.alternateIds) {
    add("alternateIds", listSql(alternateIdJson.sql("x"), ofThing("thing_id_link"), "x.alternate_organization, x.alternate_id, x.id"));
  }
  if (parts.contacts) {
    const personal = viewer.personalData;
    const contact = contactJson.sql("c", [
      ...(personal && parts.contactEmails
        ? [["emails", listSql(emailJson.sql("e"), raw("email e WHERE e.contact_id = c.id"), "e.id")] as const]
        : []),
      ...(personal && parts.contactPhones
        ? [["phones", listSql(phoneJson.sql("p"), raw("phone p WHERE p.contact_id = c.id"), "p.id")] as const]
        : []),
    ]);
    add(
      "contacts",
      listSql(
        contact,
        Prisma.sql`thing_contact_association a JOIN contact c ON c.id = a.contact_id WHERE a.thing_id = t.id AND ${releasedSql(viewer, raw("c.release_status"))}`,
        "a.contact_id",
      ),
    );
  }
  if (parts.waterLevelStats) add("waterLevelStats", waterLevelStatsSql(viewer));
  const windows = parts.groundwaterLevelWindows ?? [];
  if (windows.length > 0) add("groundwaterLevelPages", Prisma.sql`json_build_array(${Prisma.join(windows.map((w) => groundwaterLevelPageSql(viewer, w)))})`);
  return entries.length === 0 ? Prisma.sql`'{}'::json` : Prisma.sql`json_build_object(${Prisma.join(entries)})`;
}

const list = (value: unknown): Json[] => value as Json[];

/** The parts of one thing from its JSON (see the module contract). */
export function wellPagePartsFromJson(json: Json): WellPageRelations {
  const relations: WellPageRelations = {};
  if (json.purposes !== undefined) relations.purposes = json.purposes as string[];
  if (json.casingMaterials !== undefined) relations.casingMaterials = json.casingMaterials as string[];
  if (json.currentStatuses !== undefined) relations.currentStatuses = list(json.currentStatuses).map(statusHistoryJson.revive);
  if (json.monitoringFrequencies !== undefined) relations.monitoringFrequencies = list(json.monitoringFrequencies).map(monitoringFrequencyJson.revive);
  if (json.currentMeasuringPoints !== undefined) relations.currentMeasuringPoints = list(json.currentMeasuringPoints).map(measuringPointJson.revive);
  if (json.provenance !== undefined) relations.provenance = list(json.provenance).map(provenanceJson.revive);
  if (json.currentPermissions !== undefined) relations.currentPermissions = list(json.currentPermissions).map(permissionJson.revive);
  if (json.aquifers !== undefined) {
    relations.aquifers = list(json.aquifers).map((a) => ({
      ...aquiferAssociationJson.revive(a),
      aquiferSystem: aquiferSystemJson.revive(a.aquiferSystem as Json),
      aquiferTypes: list(a.aquiferTypes).map(aquiferTypeJson.revive),
    }));
  }
  if (json.formationIntervals !== undefined) {
    relations.formationIntervals = list(json.formationIntervals).map((f) => ({
      ...formationIntervalJson.revive(f),
      geologicFormation: f.geologicFormation === null ? null : geologicFormationJson.revive(f.geologicFormation as Json),
    }));
  }
  if (json.notes !== undefined) relations.notes = list(json.notes).map(noteJson.revive);
  if (json.screens !== undefined) {
    relations.screens = list(json.screens).map((s) => ({
      ...wellScreenJson.revive(s),
      aquiferSystem: s.aquiferSystem === null ? null : aquiferSystemJson.revive(s.aquiferSystem as Json),
      geologicFormation: s.geologicFormation === null ? null : geologicFormationJson.revive(s.geologicFormation as Json),
    }));
  }
  if (json.deployments !== undefined) {
    relations.deployments = list(json.deployments).map((d) => ({
      deployment: deploymentJson.revive(d),
      ...(d.sensor === undefined ? {} : { sensor: sensorJson.revive(d.sensor as Json) }),
    }));
  }
  if (json.currentLocation !== undefined) {
    const current = json.currentLocation as Json | null;
    relations.currentLocation =
      current === null
        ? null
        : {
            location: locationFromJson(current.location as Json),
            ...(current.notes === undefined ? {} : { notes: list(current.notes).map(noteJson.revive) }),
          };
  }
  if (json.groups !== undefined) relations.groups = list(json.groups).map(groupFromJson);
  if (json.alternateIds !== undefined) relations.alternateIds = list(json.alternateIds).map(alternateIdJson.revive);
  if (json.contacts !== undefined) {
    relations.contacts = list(json.contacts).map((c) => ({
      contact: contactJson.revive(c),
      ...(c.emails === undefined ? {} : { emails: list(c.emails).map(emailJson.revive) }),
      ...(c.phones === undefined ? {} : { phones: list(c.phones).map(phoneJson.revive) }),
    }));
  }
  if (json.waterLevelStats !== undefined) relations.waterLevelStats = waterLevelStatsFromJson(json.waterLevelStats as Json);
  if (json.groundwaterLevelPages !== undefined) relations.groundwaterLevelPages = list(json.groundwaterLevelPages).map((page) => levelsFromJson(list(page)));
  return relations;
}
