/**
 * Loaders of samples, observations, parameters and regulatory limits. Samples and observations
 * are read only when `viewer` may see them (released, at a visible site, for callers without a
 * role); parameters and regulatory limits are reference data, visible to everyone.
 */
import DataLoader from "dataloader";

import type { Viewer } from "../domain/visibility/viewer.js";
import { releasedSql, visibleThingSql } from "../domain/visibility/visibilitySql.js";
import { releasedWhere, visibleSampleWhere } from "../domain/visibility/visibilityWhere.js";
import { Prisma, type PrismaClient, type Sample } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "../domain/shared/keyOrder.js";

export function createSampleLoaders(prisma: PrismaClient, viewer: Viewer) {
  return {
    /** A sample by id, or null (also when the viewer may not see it). */
    sampleById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.sample.findMany({ where: { id: { in: [...ids] }, ...visibleSampleWhere(viewer) } }), (s) => s.id),
    ),
    /**
     * The newest sample (latest sample date, then highest id) taken at each thing that the viewer
     * may see, or null. Two statements per batch: the ids, then the samples.
     */
    latestSampleByThingId: new DataLoader(async (thingIds: readonly number[]): Promise<(Sample | null)[]> => {
      const latest = await prisma.$queryRaw<{ thing_id: number; sample_id: number }[]>`
        SELECT DISTINCT ON (fe.thing_id) fe.thing_id, s.id AS sample_id
        FROM sample s
        JOIN field_activity fa ON fa.id = s.field_activity_id
        JOIN field_event fe ON fe.id = fa.field_event_id
        WHERE fe.thing_id = ANY(${[...thingIds]}::int[])
          AND ${releasedSql(viewer, Prisma.sql`s.release_status`)}
          AND ${visibleThingSql(viewer, Prisma.sql`fe.thing_id`)}
        ORDER BY fe.thing_id, s.sample_date DESC, s.id DESC`;
      if (latest.length === 0) return thingIds.map(() => null);
      const samples = new Map(
        (await prisma.sample.findMany({ where: { id: { in: latest.map((r) => r.sample_id) } } })).map((sample) => [sample.id, sample]),
      );
      const byThing = new Map(latest.map((r) => [r.thing_id, samples.get(r.sample_id) ?? null]));
      return thingIds.map((id) => byThing.get(id) ?? null);
    }),
    /** The site (thing id) of each sample, through its field activity and event; one statement per batch. */
    siteIdBySampleId: new DataLoader(async (ids: readonly number[]): Promise<(number | null)[]> => {
      const rows = await prisma.$queryRaw<{ sample_id: number; thing_id: number }[]>`
        SELECT s.id AS sample_id, fe.thing_id FROM sample s
        JOIN field_activity fa ON fa.id = s.field_activity_id
        JOIN field_event fe ON fe.id = fa.field_event_id
        WHERE s.id = ANY(${[...ids]}::int[])`;
      return oneByKey(ids, rows, (r) => r.sample_id).map((r) => r?.thing_id ?? null);
    }),
    /** The contact of each field-event participant; one statement per batch. */
    contactIdByParticipantId: new DataLoader(async (ids: readonly number[]): Promise<(number | null)[]> => {
      const rows = await prisma.fieldEventParticipant.findMany({ where: { id: { in: [...ids] } }, select: { id: true, contactId: true } });
      return oneByKey(ids, rows, (r) => r.id).map((r) => r?.contactId ?? null);
    }),
    /** Observations of each sample, by time then id. */
    observationsBySampleId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(
        ids,
        await prisma.observation.findMany({
          where: { sampleId: { in: [...ids] }, ...releasedWhere(viewer) },
          orderBy: [{ observationDatetime: "asc" }, { id: "asc" }],
        }),
        (o) => o.sampleId,
      ),
    ),
    /** A parameter by id, or null. */
    parameterById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.parameter.findMany({ where: { id: { in: [...ids] } } }), (p) => p.id),
    ),
    /** Analysis methods by id (reference data); null for a missing id. */
    analysisMethodById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.analysisMethod.findMany({ where: { id: { in: [...ids] } } }), (m) => m.id),
    ),
    /** Regulatory limits of each parameter, by id. */
    regulatoryLimitsByParameterId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(
        ids,
        await prisma.regulatoryLimit.findMany({ where: { parameterId: { in: [...ids] } }, orderBy: { id: "asc" } }),
        (l) => l.parameterId,
      ),
    ),
  };
}
