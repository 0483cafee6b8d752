/**
 * The well page in one statement (ADR 36): which parts of a well page (wellPageParts.ts) an
 * operation selects on the wells a field returns, read from the selection set (through inline
 * fragments and fragment spreads; `groundwaterLevels` with its arguments), fetched with the wells
 * and primed into the request's loaders.
 *
 * Contract: `loadWell`, `findWellByNameWithParts` and `wellListInclude` answer exactly what
 * `thingById`, `findWellByName` and `thingPageInclude` do; they only move the selected parts'
 * statements into the wells' own statement. A selection without any part reads as before.
 * Priming never changes an answer (primeWellPage.ts); a part selected but skipped by a directive
 * is read and left unused.
 */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";
// The build of graphql-js that Apollo's `require("graphql")` loads (the bare "graphql" import may
// load the other one, as under vitest): its type checks must recognise the schema's types.
import { getArgumentValues } from "graphql/execution/values.js";

import type { Context } from "../context.js";
import { todayUtc } from "../domain/shared/currentPeriod.js";
import type { ThingPageInclude } from "../domain/things/findThingsPage.js";
import { findWellByName } from "../domain/wells/findWellByName.js";
import { findWellPageByName } from "../domain/wells/findWellPages.js";
import { parseSeriesWindow, type SeriesWindow } from "../domain/shared/series/seriesWindow.js";
import {
  wellPagePartsFromJson,
  wellPagePartsKey,
  wellPagePartsSql,
  type WellPageFlags,
  type WellPagePart,
  type WellPageParts,
} from "../domain/wells/wellPageParts.js";
import type { Thing } from "../generated/prisma/client.js";
import { primeWellPage } from "../loaders/primeWellPage.js";
import { selectedFields } from "./selectedFields.js";
import { thingPageInclude } from "./thingPageInclude.js";

/** Fields of `Well` (and the shared `Thing` fields) whose resolvers read a part's loader. */
const PART_OF_FIELD: Readonly<Record<string, WellPagePart>> = {
  purposes: "purposes",
  casingMaterials: "casingMaterials",
  wellStatus: "currentStatuses",
  monitoringStatus: "currentStatuses",
  openStatus: "currentStatuses",
  isSuitableForDatalogger: "currentStatuses",
  monitoringFrequency: "monitoringFrequencies",
  monitoringFrequencies: "monitoringFrequencies",
  measuringPointDescription: "currentMeasuringPoint",
  measuringPointHeight: "currentMeasuringPoint",
  wellDepthSource: "provenance",
  completionDateSource: "provenance",
  constructionMethodSource: "provenance",
  provenance: "provenance",
  permissions: "currentPermissions",
  aquiferClassCode: "aquifers",
  aquiferTypes: "aquifers",
  aquifers: "aquifers",
  formationIntervals: "formationIntervals",
  notes: "notes",
  constructionNotes: "notes",
  generalNotes: "notes",
  measuringNotes: "notes",
  waterNotes: "notes",
  screens: "screens",
  deployments: "deployments",
  currentLocation: "currentLocation",
  groups: "groups",
  alternateIds: "alternateIds",
  usgsSiteId: "alternateIds",
  osePodId: "alternateIds",
  contacts: "contacts",
  waterLevelStats: "waterLevelStats",
};

/** Whether any of `names` is selected under the fields `parents`. */
function selectsUnder(info: GraphQLResolveInfo, parents: readonly FieldNode[] | undefined, names: readonly string[]): boolean {
  if (!parents) return false;
  const fields = selectedFields(info, parents.map((p) => p.selectionSet));
  return names.some((name) => fields.has(name));
}

/** The windows of the `groundwaterLevels` fields `nodes` (arguments a resolver would refuse give none). */
function levelWindows(info: GraphQLResolveInfo, nodes: readonly FieldNode[] | undefined): SeriesWindow[] {
  if (!nodes) return [];
  const well = info.schema.getType("Well");
  const field = well && "getInterfaces" in well ? well.getFields().groundwaterLevels : undefined;
  if (!field) return [];
  const windows = new Map<string, SeriesWindow>();
  for (const node of nodes) {
    try {
      const window = parseSeriesWindow(getArgumentValues(field, node, info.variableValues));
      windows.set(wellPagePartsKey({ groundwaterLevelWindows: [window] }), window);
    } catch {
      // The resolver refuses these arguments itself.
    }
  }
  return [...windows.values()];
}

/** The parts selected on wells whose selection sets are `sets`, or null when none. */
export function wellPageParts(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[]): WellPageParts | null {
  const fields = selectedFields(info, sets);
  const parts: WellPageFlags & { groundwaterLevelWindows?: SeriesWindow[] } = {};
  for (const name of fields.keys()) {
    const part = PART_OF_FIELD[name];
    if (part) parts[part] = true;
  }
  if (selectsUnder(info, fields.get("deployments"), ["sensor"])) parts.deploymentSensors = true;
  if (selectsUnder(info, fields.get("currentLocation"), ["notes", "feature"])) parts.locationNotes = true;
  if (selectsUnder(info, fields.get("contacts"), ["emails", "primaryEmail"])) parts.contactEmails = true;
  if (selectsUnder(info, fields.get("contacts"), ["phones", "primaryPhone"])) parts.contactPhones = true;
  const windows = levelWindows(info, fields.get("groundwaterLevels"));
  if (windows.length > 0) parts.groundwaterLevelWindows = windows;
  return Object.keys(parts).length > 0 ? parts : null;
}

const ownSelection = (info: GraphQLResolveInfo) => info.fieldNodes.map((f) => f.selectionSet);

/** The thing `id` as `thingById` gives it, with the selected parts of its page primed. */
export async function loadWell(ctx: Context, info: GraphQLResolveInfo, id: number): Promise<Thing | null> {
  const parts = wellPageParts(info, ownSelection(info));
  if (!parts) return ctx.loaders.thingById.load(id);
  const page = await ctx.loaders.wellPagesByParts(parts).load(id);
  if (!page) return null;
  ctx.loaders.thingById.prime(id, page.thing);
  primeWellPage(ctx.loaders, id, parts, page.relations, page.today);
  return page.thing;
}

/** The well `findWellByName` gives, with the selected parts of its page primed; one statement. */
export async function findWellByNameWithParts(ctx: Context, info: GraphQLResolveInfo, name: string): Promise<Thing | null> {
  const parts = wellPageParts(info, ownSelection(info));
  if (!parts) return findWellByName(ctx.prisma, ctx.viewer, name);
  const today = todayUtc();
  const page = await findWellPageByName(ctx.prisma, ctx.viewer, name, parts, today);
  if (!page) return null;
  ctx.loaders.thingById.prime(page.thing.id, page.thing);
  primeWellPage(ctx.loaders, page.thing.id, parts, page.relations, today);
  return page.thing;
}

/** `thingPageInclude` of a list of wells, plus the other selected parts in the page's statement. */
export function wellListInclude(info: GraphQLResolveInfo, ctx: Context): ThingPageInclude {
  const include = thingPageInclude(info, ctx);
  const connection = info.fieldNodes.map((f) => f.selectionSet);
  const edges = selectedFields(info, connection).get("edges") ?? [];
  const nodes = (selectedFields(info, edges.map((e) => e.selectionSet)).get("node") ?? []).map((n) => n.selectionSet);
  const selected = wellPageParts(info, nodes);
  if (!selected) return include;
  // The page statement reads current locations and groups itself (thingPageInclude).
  const parts: WellPageFlags & Pick<WellPageParts, "groundwaterLevelWindows"> = { ...selected };
  delete parts.currentLocation;
  delete parts.groups;
  if (Object.keys(parts).length === 0) return include;
  const today = todayUtc();
  return {
    ...include,
    extra: {
      sql: wellPagePartsSql(ctx.viewer, parts, today),
      receive: (thingId, json) => primeWellPage(ctx.loaders, thingId, parts, wellPagePartsFromJson(json), today),
    },
  };
}
