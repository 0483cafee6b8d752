/**
 * Loaders of the parts of a well page, keyed by thing id. One statement per loader batch (two or
 * three where an include reads a related table), whatever the number of wells.
 * "Current" rows of dated histories follow src/domain/history/currentPeriod.ts, with one `today`
 * per request (the loaders are created per request).
 */
import DataLoader from "dataloader";

import { currentOf, currentPeriodWhere, todayUtc } from "../domain/shared/currentPeriod.js";
import type {
  DataProvenance,
  FieldAccessConsent,
  MeasuringPointHistory,
  MonitoringFrequencyHistory,
  Note,
  Prisma,
  PrismaClient,
  StatusHistory,
} from "../generated/prisma/client.js";
import { manyByKey } from "../domain/shared/keyOrder.js";

export type WellScreenModel = Prisma.WellScreenGetPayload<{ include: { aquiferSystem: true; geologicFormation: true } }>;
export type WellAquiferModel = Prisma.ThingAquiferAssociationGetPayload<{ include: { aquiferSystem: true; aquiferTypes: true } }>;
export type FormationIntervalModel = Prisma.ThingGeologicFormationAssociationGetPayload<{ include: { geologicFormation: true } }>;

/** The current row of each group of rows (grouped by `groupOf`), in first-seen group order. */
export function currentPerGroup<R extends { id: number; startDate: Date; endDate: Date | null }>(
  rows: readonly R[],
  groupOf: (row: R) => string,
  today: Date,
): Map<string, R> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = groupOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const current = new Map<string, R>();
  for (const [key, group] of groups) {
    const row = currentOf(group, today);
    if (row) current.set(key, row);
  }
  return current;
}

export function createWellLoaders(prisma: PrismaClient, today: Date = todayUtc()) {
  const current = currentPeriodWhere(today);
  const monitoringFrequencies = new DataLoader(async (ids: readonly number[]): Promise<MonitoringFrequencyHistory[][]> => {
    const rows = await prisma.monitoringFrequencyHistory.findMany({
      where: { thingId: { in: [...ids] } },
      orderBy: [{ startDate: "desc" }, { id: "desc" }],
    });
    return manyByKey(ids, rows, (r) => r.thingId);
  });
  return {
    /** Purposes of each well, alphabetically. */
    purposesByThingId: new DataLoader(async (ids: readonly number[]) => {
      const rows = await prisma.wellPurpose.findMany({ where: { thingId: { in: [...ids] } }, orderBy: [{ purpose: "asc" }] });
      return manyByKey(ids, rows, (r) => r.thingId).map((rs) => rs.map((r) => r.purpose));
    }),

    /** Casing materials of each well, alphabetically. */
    casingMaterialsByThingId: new DataLoader(async (ids: readonly number[]) => {
      const rows = await prisma.wellCasingMaterial.findMany({ where: { thingId: { in: [...ids] } }, orderBy: [{ material: "asc" }] });
      return manyByKey(ids, rows, (r) => r.thingId).map((rs) => rs.map((r) => r.material));
    }),

    /** The current status of each thing per status type ("Well Status", "Monitoring Status", ...). */
    currentStatusesByThingId: new DataLoader(async (ids: readonly number[]): Promise<ReadonlyMap<string, StatusHistory>[]> => {
      const rows = await prisma.statusHistory.findMany({ where: { thingId: { in: [...ids] }, ...current } });
      return manyByKey(ids, rows, (r) => r.thingId).map((rs) => currentPerGroup(rs, (r) => r.statusType, today));
    }),

    /** Monitoring frequency history of each well, newest start first (then highest id). */
    monitoringFrequenciesByThingId: monitoringFrequencies,

    /** The current monitoring frequency row of each well, or null (from the history loader's batch). */
    currentMonitoringFrequencyByThingId: new DataLoader(async (ids: readonly number[]) => {
      const histories = await monitoringFrequencies.loadMany(ids);
      return histories.map((rows) => (rows instanceof Error ? rows : currentOf(rows, today)));
    }),

    /** The current measuring point of each well, or null. */
    currentMeasuringPointByThingId: new DataLoader(async (ids: readonly number[]): Promise<(MeasuringPointHistory | null)[]> => {
      const rows = await prisma.measuringPointHistory.findMany({ where: { thingId: { in: [...ids] }, ...current } });
      return manyByKey(ids, rows, (r) => r.thingId).map((rs) => currentOf(rs, today));
    }),

    /** Provenance rows of each thing, newest first. */
    provenanceByThingId: new DataLoader(async (ids: readonly number[]): Promise<DataProvenance[][]> => {
      const rows = await prisma.dataProvenance.findMany({ where: { thingId: { in: [...ids] } }, orderBy: [{ id: "desc" }] });
      return manyByKey(ids, rows, (r) => r.thingId);
    }),

    /** The current consent of each thing per permission type, by permission type. */
    currentPermissionsByThingId: new DataLoader(async (ids: readonly number[]): Promise<FieldAccessConsent[][]> => {
      const rows = await prisma.fieldAccessConsent.findMany({
        where: { thingId: { in: [...ids] }, ...current },
        orderBy: [{ permissionType: "asc" }],
      });
      return manyByKey(ids, rows, (r) => r.thingId).map((rs) => [...currentPerGroup(rs, (r) => r.permissionType, today).values()]);
    }),

    /** Aquifer associations of each well with their system and types, in association order. */
    aquifersByThingId: new DataLoader(async (ids: readonly number[]): Promise<WellAquiferModel[][]> => {
      const rows = await prisma.thingAquiferAssociation.findMany({
        where: { thingId: { in: [...ids] } },
        include: { aquiferSystem: true, aquiferTypes: { orderBy: [{ aquiferType: "asc" }] } },
        orderBy: [{ id: "asc" }],
      });
      return manyByKey(ids, rows, (r) => r.thingId);
    }),

    /** Formation picks of each well with their formation, shallowest first. */
    formationIntervalsByThingId: new DataLoader(async (ids: readonly number[]): Promise<FormationIntervalModel[][]> => {
      const rows = await prisma.thingGeologicFormationAssociation.findMany({
        where: { thingId: { in: [...ids] } },
        include: { geologicFormation: true },
        orderBy: [{ topDepth: "asc" }, { id: "asc" }],
      });
      return manyByKey(ids, rows, (r) => r.thingId);
    }),

    /** Notes of each thing (every note type), oldest first. */
    notesByThingId: new DataLoader(async (ids: readonly number[]): Promise<Note[][]> => {
      const rows = await prisma.note.findMany({ where: { thingId: { in: [...ids] } }, orderBy: [{ id: "asc" }] });
      return manyByKey(ids, rows, (r) => r.thingId);
    }),

    /** Screens of each well with their aquifer system and formation, top first (no top last). */
    screensByThingId: new DataLoader(async (ids: readonly number[]): Promise<WellScreenModel[][]> => {
      const rows = await prisma.wellScreen.findMany({
        where: { thingId: { in: [...ids] } },
        include: { aquiferSystem: true, geologicFormation: true },
        orderBy: [{ screenDepthTop: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      });
      return manyByKey(ids, rows, (r) => r.thingId);
    }),
  };
}
