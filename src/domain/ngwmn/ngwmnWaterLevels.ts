/**
 * NGWMN water levels of one point id (`GET /ngwmn/waterlevels/:pointId`), as the reference's
 * `<WaterLevels>` document: one `<WaterLevel>` per reported measurement, oldest day first.
 *
 * Contract (ONE SQL statement):
 * - Only released data: the well (see `ngwmnPoints.ts`), each manual level's observation, each
 *   transducer reading; transducer readings only where their review status is approved (the
 *   reference served QC'd daily values only). An unknown or unreleased point gives an empty
 *   `<WaterLevels/>`, as the reference did.
 * - Manual levels: depth below ground surface by the series rule (ADR 11: reading minus the
 *   measuring point height in force); levels without a value (dry, obstructed) are left out.
 * - Transducer readings become one daily value per day: the mean of the day's approved readings.
 * - Days are Mountain Standard Time (UTC-7, the `MeasurementTimezone` the documents state); a
 *   manual level stored at exactly 00:00:00 UTC is a date-only legacy value and keeps its UTC date.
 * - A day with a daily transducer value reports ONE level: the shallowest of that value and the
 *   day's manual levels (on a tie, the transducer value). Other days report every manual level,
 *   in time order.
 */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";
import { levelDetails } from "../waterLevels/groundwaterLevelSql.js";
import { reviewStatusOf } from "../transducerSeries/transducerReadingSql.js";
import { reviewStatusValues } from "../vocabulary/enumValues.js";
import { isReleased, releasedWellsNamed } from "./ngwmnPoints.js";
import { twoDecimals } from "./ngwmnValues.js";
import { leaf, renderXmlDocument, type XmlElement } from "./xml.js";

export interface ManualWaterLevel {
  pointId: string;
  /** Calendar day "YYYY-MM-DD" (see the contract above). */
  day: string;
  /** Feet below ground surface. */
  depth: number;
  /** Sample method (lexicon `sample_method`). */
  method: string;
}

export interface DailyTransducerLevel {
  pointId: string;
  day: string;
  /** Mean of the day's approved readings, feet below ground surface. */
  depth: number;
}

export type NgwmnWaterLevel = ({ kind: "manual" } & ManualWaterLevel) | ({ kind: "transducer" } & DailyTransducerLevel);

/**
 * NGWMN `MeasuringMethod` of a sample method: the reference's mapping of the legacy codes
 * (including its mapping of "Observed" to "Acoustic Sounder"); other methods keep their term.
 */
const MEASURING_METHODS: Record<string, string> = {
  "Steel-tape measurement": "Steel tape",
  "Electric tape measurement (E-probe)": "Electric tape",
  "Observed (required for F, N, and W water level status)": "Acoustic Sounder",
  Estimated: "Estimated",
  "Reported, method not known": "Reported",
  "Pressure-gage measurement": "Pressure gauge",
  "Unknown (for legacy data only; not for new data entry)": "Unknown; from legacy data",
};

export function measuringMethod(sampleMethod: string): string {
  return MEASURING_METHODS[sampleMethod] ?? sampleMethod;
}

/** The MST calendar day of `time` (UTC-7, no daylight saving). */
function mstDay(time: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(((${time}) AT TIME ZONE 'UTC') - interval '7 hours')::date`;
}

/** The day of a manual level: its UTC date when stored at exactly midnight UTC, else its MST day. */
function manualDay(time: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE WHEN ((${time}) AT TIME ZONE 'UTC')::time = '00:00:00' THEN ((${time}) AT TIME ZONE 'UTC')::date
    ELSE ${mstDay(time)} END`;
}

export async function findNgwmnWaterLevels(
  prisma: PrismaClient,
  pointId: string,
): Promise<{ manual: ManualWaterLevel[]; daily: DailyTransducerLevel[] }> {
  const [result] = await prisma.$queryRaw<{ manual: ManualWaterLevel[]; daily: DailyTransducerLevel[] }[]>(Prisma.sql`
    WITH points AS (${releasedWellsNamed(pointId)}),
    manual_source AS (
      SELECT o.id, fe.thing_id
      FROM points pt
      JOIN field_event fe ON fe.thing_id = pt.id
      JOIN field_activity fa ON fa.field_event_id = fe.id
      JOIN sample s ON s.field_activity_id = fa.id
      JOIN observation o ON o.sample_id = s.id
      JOIN parameter p ON p.id = o.parameter_id
      WHERE p.parameter_name = ${GROUNDWATER_LEVEL_PARAMETER} AND ${isReleased(Prisma.raw("o.release_status"))}
    ),
    manual AS (
      SELECT pt.name AS point_id, ${manualDay(Prisma.raw(`l."measuredAt"`))} AS day, l."measuredAt" AS measured_at,
        l.id, l.depth_numeric AS depth, l.method
      FROM (${levelDetails(Prisma.raw("manual_source"))}) l
      JOIN points pt ON pt.id = l."thingId"
      WHERE l.depth_numeric IS NOT NULL
    ),
    readings AS (
      SELECT d.thing_id, r.parameter_id, r.observation_datetime AS observed_at, r.value
      FROM points pt
      JOIN deployment d ON d.thing_id = pt.id
      JOIN parameter p ON p.parameter_name = ${GROUNDWATER_LEVEL_PARAMETER}
      JOIN transducer_observation r ON r.deployment_id = d.id AND r.parameter_id = p.id
      WHERE ${isReleased(Prisma.raw("r.release_status"))}
    ),
    daily AS (
      SELECT pt.name AS point_id, ${mstDay(Prisma.raw("r.observed_at"))} AS day, round(avg(r.value)::numeric, 4) AS depth
      FROM readings r
      JOIN points pt ON pt.id = r.thing_id
      WHERE ${reviewStatusOf(Prisma.raw("r"))} = ${reviewStatusValues.APPROVED}
      GROUP BY pt.name, 2
    )
    SELECT
      coalesce((SELECT json_agg(json_build_object('pointId', point_id, 'day', day, 'depth', depth, 'method', method)
        ORDER BY day, measured_at, id) FROM manual), '[]'::json) AS manual,
      coalesce((SELECT json_agg(json_build_object('pointId', point_id, 'day', day, 'depth', depth) ORDER BY day)
        FROM daily), '[]'::json) AS daily
  `);
  return { manual: result?.manual ?? [], daily: result?.daily ?? [] };
}

/** The levels to report, in day order (see the contract: one per day with a transducer value). */
export function mergeWaterLevels(manual: readonly ManualWaterLevel[], daily: readonly DailyTransducerLevel[]): NgwmnWaterLevel[] {
  const dailyByDay = new Map<string, DailyTransducerLevel>();
  for (const level of daily) {
    const known = dailyByDay.get(level.day);
    if (!known || level.depth < known.depth) dailyByDay.set(level.day, level);
  }
  const manualByDay = new Map<string, ManualWaterLevel[]>();
  for (const level of manual) manualByDay.set(level.day, [...(manualByDay.get(level.day) ?? []), level]);

  const days = [...new Set([...manualByDay.keys(), ...dailyByDay.keys()])].sort();
  return days.flatMap((day): NgwmnWaterLevel[] => {
    const manuals = manualByDay.get(day) ?? [];
    const transducer = dailyByDay.get(day);
    if (!transducer) return manuals.map((level) => ({ kind: "manual", ...level }));
    const shallowest = manuals.reduce<ManualWaterLevel | undefined>((best, m) => (!best || m.depth < best.depth ? m : best), undefined);
    return shallowest && shallowest.depth < transducer.depth
      ? [{ kind: "manual", ...shallowest }]
      : [{ kind: "transducer", ...transducer }];
  });
}

function waterLevelElement(level: NgwmnWaterLevel): XmlElement {
  const [year, month, day] = level.day.split("-").map(Number);
  return {
    name: "WaterLevel",
    children: [
      leaf("PointID", level.pointId),
      leaf("DepthFromLandSurfaceData", twoDecimals(level.depth)),
      leaf("WaterLevelUnits", "ft bgs"),
      leaf("MeasuringMethod", level.kind === "manual" ? measuringMethod(level.method) : "Pressure Transducer"),
      leaf("MeasurementMonth", String(month)),
      leaf("MeasurementDay", String(day)),
      leaf("MeasurementYear", String(year)),
      leaf("MeasurementTime", "0:00:00"),
      leaf("MeasurementTimezone", "MST"),
      // The reference took a manual level's accuracy from legacy data-quality codes, which this
      // data model does not carry; transducer values are stated at 0.02 ft as the reference did.
      leaf("WaterLevelAccuracy", level.kind === "transducer" ? "0.02 ft" : null),
    ],
  };
}

export function waterLevelsXml(levels: readonly NgwmnWaterLevel[]): string {
  return renderXmlDocument({ name: "WaterLevels", children: levels.map(waterLevelElement) });
}

/** The whole document for `pointId`. */
export async function ngwmnWaterLevelsDocument(prisma: PrismaClient, pointId: string): Promise<string> {
  const { manual, daily } = await findNgwmnWaterLevels(prisma, pointId);
  return waterLevelsXml(mergeWaterLevels(manual, daily));
}
