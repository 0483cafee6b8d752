/**
 * Writes to the dated histories of a thing: well status and monitoring status (status_history),
 * measuring point (measuring_point_history) and monitoring frequency (monitoring_frequency_history).
 *
 * Contract: a new value opens a new row from its start date and closes every open row of the same
 * history (end_date IS NULL) with end_date = that start date, so that exactly one row is open
 * afterwards (that day both apply; the newer start wins). `null` ends the open rows yesterday (an
 * end date is the last day a row applies, so from today on the history has no current row) and
 * opens none; an open row that starts today or later never applied and is removed. A start date
 * may not lie in the future or before the start of an open row: history is appended, never
 * rewritten.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import type { CreateAuditFields, UpdateAuditFields } from "../shared/audit.js";
import type { FieldErrors } from "../shared/validation/FieldErrors.js";
import { notInFuture } from "../shared/validation/rules.js";
import { convertLength, type LengthInputValue } from "../shared/lengthInput.js";
import { statusTypes } from "./wellTerms.js";

export type HistorySeries = "wellStatus" | "monitoringStatus" | "measuringPoint" | "monitoringFrequency";

/** The `status_type` term of each status history. */
export const STATUS_TYPES = { wellStatus: statusTypes.WELL, monitoringStatus: statusTypes.MONITORING } as const;

const LABELS: Record<HistorySeries, string> = {
  wellStatus: "well status",
  monitoringStatus: "monitoring status",
  measuringPoint: "measuring point",
  monitoringFrequency: "monitoring frequency",
};

interface StatusRow {
  statusValue: string;
  startDate: Date;
  reason: string | null;
}
interface MeasuringPointRow {
  measuringPointHeight: number | null;
  measuringPointDescription: string | null;
  measuringPointHeightIsAssumed: boolean;
  startDate: Date;
  reason: string | null;
}
interface MonitoringFrequencyRow {
  monitoringFrequency: string;
  startDate: Date;
}

/** One requested change of one history: a new row, or null to close the open one. */
export type HistoryWrite =
  | { series: "wellStatus" | "monitoringStatus"; row: StatusRow | null }
  | { series: "measuringPoint"; row: MeasuringPointRow | null }
  | { series: "monitoringFrequency"; row: MonitoringFrequencyRow | null };

/** A new status row (`status` a `status_value` term); starts today (UTC) when `startDate` is absent. */
export interface StatusChange {
  status: string;
  startDate?: Date | null;
  reason?: string | null;
}

/** A new measuring point; a height above ground surface (negative below), null = at ground surface. */
export interface MeasuringPointChange {
  height?: LengthInputValue | null;
  description?: string | null;
  heightIsAssumed?: boolean | null;
  startDate?: Date | null;
  reason?: string | null;
}

/** A new monitoring frequency (a `monitoring_frequency` term). */
export interface MonitoringFrequencyChange {
  frequency: string;
  startDate?: Date | null;
}

/** The history fields of a well input; an omitted (undefined) field requests nothing, null closes the open row. */
export interface HistoryInput {
  wellStatus?: StatusChange | null;
  monitoringStatus?: StatusChange | null;
  measuringPoint?: MeasuringPointChange | null;
  monitoringFrequency?: MonitoringFrequencyChange | null;
}

/** An open row (end_date IS NULL) of a history. */
export interface OpenPeriod {
  id: number;
  startDate: Date;
}

export type OpenPeriods = ReadonlyMap<HistorySeries, readonly OpenPeriod[]>;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function statusRow(change: StatusChange, today: Date): StatusRow {
  return { statusValue: change.status, startDate: change.startDate ?? today, reason: change.reason ?? null };
}

/** The history writes an input requests, in a fixed order. */
export function historyWritesOf(input: HistoryInput, today: Date): HistoryWrite[] {
  const writes: HistoryWrite[] = [];
  if (input.wellStatus !== undefined) {
    writes.push({ series: "wellStatus", row: input.wellStatus && statusRow(input.wellStatus, today) });
  }
  if (input.monitoringStatus !== undefined) {
    writes.push({ series: "monitoringStatus", row: input.monitoringStatus && statusRow(input.monitoringStatus, today) });
  }
  if (input.measuringPoint !== undefined) {
    const mp = input.measuringPoint;
    writes.push({
      series: "measuringPoint",
      row: mp && {
        measuringPointHeight: mp.height ? convertLength(mp.height, "FOOT") : null,
        measuringPointDescription: mp.description ?? null,
        measuringPointHeightIsAssumed: mp.heightIsAssumed ?? false,
        startDate: mp.startDate ?? today,
        reason: mp.reason ?? null,
      },
    });
  }
  if (input.monitoringFrequency !== undefined) {
    const mf = input.monitoringFrequency;
    writes.push({ series: "monitoringFrequency", row: mf && { monitoringFrequency: mf.frequency, startDate: mf.startDate ?? today } });
  }
  return writes;
}

/** The open rows of the histories that `writes` touch. */
export async function loadOpenPeriods(
  tx: Prisma.TransactionClient,
  thingId: number,
  writes: readonly HistoryWrite[],
): Promise<OpenPeriods> {
  const open = new Map<HistorySeries, OpenPeriod[]>();
  const select = { id: true, startDate: true } as const;
  for (const { series } of writes) {
    if (series === "wellStatus" || series === "monitoringStatus") {
      open.set(series, await tx.statusHistory.findMany({ where: { thingId, statusType: STATUS_TYPES[series], endDate: null }, select }));
    } else if (series === "measuringPoint") {
      open.set(series, await tx.measuringPointHistory.findMany({ where: { thingId, endDate: null }, select }));
    } else {
      open.set(series, await tx.monitoringFrequencyHistory.findMany({ where: { thingId, endDate: null }, select }));
    }
  }
  return open;
}

/**
 * Records under ["input", <series>, "startDate"] every start date that lies in the future or
 * before the start of an open row of its history.
 */
export function checkHistoryWrites(errors: FieldErrors, writes: readonly HistoryWrite[], open: OpenPeriods, now: Date): void {
  for (const write of writes) {
    if (write.row === null) continue;
    const path = ["input", write.series, "startDate"];
    const start = write.row.startDate;
    // A calendar date (UTC midnight) is in the future only from the next UTC day on.
    errors.check(path, notInFuture(start, "Start date", now));
    const latest = (open.get(write.series) ?? []).reduce<Date | null>(
      (max, p) => (max === null || p.startDate > max ? p.startDate : max),
      null,
    );
    if (latest !== null && start < latest) {
      errors.add(path, `Start date must not be before the start of the current ${LABELS[write.series]} (${isoDate(latest)})`);
    }
  }
}

/** Sets the end date of an open history row, or deletes it when `end` is null. */
async function closePeriod(
  tx: Prisma.TransactionClient,
  series: HistorySeries,
  id: number,
  end: Date | null,
  audit: UpdateAuditFields,
): Promise<void> {
  const data = { endDate: end, ...audit };
  if (series === "wellStatus" || series === "monitoringStatus") {
    if (end === null) await tx.statusHistory.delete({ where: { id } });
    else await tx.statusHistory.update({ where: { id }, data });
  } else if (series === "measuringPoint") {
    if (end === null) await tx.measuringPointHistory.delete({ where: { id } });
    else await tx.measuringPointHistory.update({ where: { id }, data });
  } else if (end === null) {
    await tx.monitoringFrequencyHistory.delete({ where: { id } });
  } else {
    await tx.monitoringFrequencyHistory.update({ where: { id }, data });
  }
}

/**
 * Closes the open rows and inserts the new rows of `writes` (already checked). New rows take the
 * release status of the thing (`releaseStatus`).
 */
export async function applyHistoryWrites(
  tx: Prisma.TransactionClient,
  thing: { id: number; releaseStatus: string },
  writes: readonly HistoryWrite[],
  open: OpenPeriods,
  audit: { create: CreateAuditFields; update: UpdateAuditFields },
  today: Date,
): Promise<void> {
  const thingId = thing.id;
  const created = { releaseStatus: thing.releaseStatus, ...audit.create };
  const yesterday = new Date(today.getTime() - 24 * 60 * 60 * 1000);
  for (const write of writes) {
    for (const period of open.get(write.series) ?? []) {
      // A new row: the open one ends on the new start date (the brief's rule; the new row wins
      // that day as the newer start). Closing: the open one last applied yesterday; one that
      // starts today or later never applied and is removed.
      const end = write.row?.startDate ?? (period.startDate <= yesterday ? yesterday : null);
      await closePeriod(tx, write.series, period.id, end, audit.update);
    }
    if (write.series === "wellStatus" || write.series === "monitoringStatus") {
      if (write.row) {
        await tx.statusHistory.create({ data: { thingId, statusType: STATUS_TYPES[write.series], ...write.row, ...created } });
      }
    } else if (write.series === "measuringPoint") {
      if (write.row) await tx.measuringPointHistory.create({ data: { thingId, ...write.row, ...created } });
    } else if (write.series === "monitoringFrequency") {
      if (write.row) await tx.monitoringFrequencyHistory.create({ data: { thingId, ...write.row, ...created } });
    }
  }
}
