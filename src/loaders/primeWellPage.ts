/**
 * Hands a well page's parts (findWellPages.ts) to the request's loaders, so that the field
 * resolvers find them without a statement of their own.
 *
 * Contract: every loader primed gets the value it would have loaded itself for that key (the
 * parts are read with the same rules, and the "current" row of each dated history is chosen here
 * by the loaders' own rule on the day the parts were read as current on). A loader that already
 * holds a key keeps its value; parts not read prime nothing and load as before.
 */
import { currentOf } from "../domain/shared/currentPeriod.js";
import { toConnection } from "../domain/shared/pagination/connection.js";
import { seriesPageRequest } from "../domain/shared/series/seriesWindow.js";
import type { WellPageParts, WellPageRelations } from "../domain/wells/wellPageParts.js";
import type { Loaders } from "./createLoaders.js";
import { currentPerGroup } from "./wellLoaders.js";

export function primeWellPage(loaders: Loaders, thingId: number, parts: WellPageParts, relations: WellPageRelations, today: Date): void {
  const r = relations;
  if (r.purposes) loaders.purposesByThingId.prime(thingId, r.purposes);
  if (r.casingMaterials) loaders.casingMaterialsByThingId.prime(thingId, r.casingMaterials);
  if (r.currentStatuses) loaders.currentStatusesByThingId.prime(thingId, currentPerGroup(r.currentStatuses, (s) => s.statusType, today));
  if (r.monitoringFrequencies) loaders.monitoringFrequenciesByThingId.prime(thingId, r.monitoringFrequencies);
  if (r.currentMeasuringPoints) loaders.currentMeasuringPointByThingId.prime(thingId, currentOf(r.currentMeasuringPoints, today));
  if (r.provenance) loaders.provenanceByThingId.prime(thingId, r.provenance);
  if (r.currentPermissions) {
    loaders.currentPermissionsByThingId.prime(thingId, [...currentPerGroup(r.currentPermissions, (p) => p.permissionType, today).values()]);
  }
  if (r.aquifers) loaders.aquifersByThingId.prime(thingId, r.aquifers);
  if (r.formationIntervals) loaders.formationIntervalsByThingId.prime(thingId, r.formationIntervals);
  if (r.notes) loaders.notesByThingId.prime(thingId, r.notes);
  if (r.screens) loaders.screensByThingId.prime(thingId, r.screens);
  if (r.deployments) {
    loaders.deploymentsByThingId.prime(thingId, r.deployments.map((d) => d.deployment));
    for (const { sensor } of r.deployments) if (sensor) loaders.sensorById.prime(sensor.id, sensor);
  }
  if (r.currentLocation !== undefined) {
    if (parts.currentLocation) loaders.currentLocationByThingId.prime(thingId, r.currentLocation?.location ?? null);
    if (r.currentLocation?.notes) loaders.notesByLocationId.prime(r.currentLocation.location.id, r.currentLocation.notes);
  }
  if (r.groups) loaders.groupsByThingId.prime(thingId, r.groups);
  if (r.alternateIds) loaders.alternateIdsByThingId.prime(thingId, r.alternateIds);
  if (r.contacts) {
    loaders.contactsByThingId.prime(thingId, r.contacts.map((c) => c.contact));
    for (const { contact, emails, phones } of r.contacts) {
      if (emails) loaders.emailsByContactId.prime(contact.id, emails);
      if (phones) loaders.phonesByContactId.prime(contact.id, phones);
    }
  }
  if (r.waterLevelStats) loaders.waterLevelStatsByThingId.prime(thingId, r.waterLevelStats);
  // A page as findGroundwaterLevelPages builds it: its total from the count loader, when asked for.
  (parts.groundwaterLevelWindows ?? []).forEach((window, i) => {
    const rows = r.groundwaterLevelPages?.[i];
    if (!rows) return;
    const page = toConnection(rows, seriesPageRequest(window), (l) => [l.measuredAt.toISOString(), l.id], () =>
      loaders.groundwaterLevelCounts(window.range).load(thingId),
    );
    loaders.groundwaterLevelPages(window).prime(thingId, page);
  });
}
