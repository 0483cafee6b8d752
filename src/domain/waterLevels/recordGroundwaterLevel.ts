/**
 * Records one manual groundwater-level measurement: field event (with the observer's initials and
 * the conditions in its notes), participant (when a contact is given), "groundwater level"
 * activity, sample and observation, in one transaction.
 *
 * Contract:
 * - every invalid field is reported in one ValidationFailedError, with the field form's wording
 *   (see checkGroundwaterLevelInput);
 * - NotFoundError for an unknown well (by id or name) or participant contact;
 * - at most one manual level per well and instant: a second one gives ConflictError on
 *   `uq_groundwater_level_well_time` (an application-level rule). The check runs under a
 *   transaction-scoped advisory lock on the well, so of concurrent submissions for one well and
 *   instant exactly one succeeds;
 * - all five rows are written or none.
 */
import type { Prisma, Thing } from "../../generated/prisma/client.js";
import { writeFieldEventNotes } from "../fieldWork/fieldEventNotes.js";
import { lockRow } from "../shared/lockRow.js";
import { NotFoundError, ValidationFailedError } from "../shared/domainErrors.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";
import type { GroundwaterLevelRow } from "./groundwaterLevelSql.js";
import { releaseStatusValues, thingTypeValues } from "../vocabulary/enumValues.js";
import type { NewGroundwaterLevel } from "./groundwaterLevelInput.js";
import { checkGroundwaterLevelInput, type GroundwaterLevelEntry } from "./checkGroundwaterLevelInput.js";
import { groundwaterLevelRow } from "./groundwaterLevelRow.js";
import { assertNoLevelAt, lockWellLevels } from "./groundwaterLevelUniqueness.js";
import { groundwaterLevelSampleName } from "./groundwaterLevelSampleName.js";

const PARAMETER = { parameterName: GROUNDWATER_LEVEL_PARAMETER, matrix: "groundwater" } as const;
const ACTIVITY_TYPE = "groundwater level";
const SAMPLE_MATRIX = "groundwater";
const UNIT = "ft";
const PARTICIPANT_ROLE = "Lead";

export interface RecordedGroundwaterLevel {
  groundwaterLevel: GroundwaterLevelRow;
  well: Thing;
  sampleName: string;
}

async function findWell(tx: Prisma.TransactionClient, well: GroundwaterLevelEntry["well"]): Promise<Thing> {
  if ("id" in well) {
    const thing = await tx.thing.findUnique({ where: { id: well.id } });
    if (!thing || thing.thingType !== thingTypeValues.WATER_WELL) throw new NotFoundError("Well", well.id);
    return thing;
  }
  const things = await tx.thing.findMany({ where: { name: well.name, thingType: thingTypeValues.WATER_WELL }, take: 2 });
  const [thing] = things;
  if (!thing) throw new NotFoundError("Well", well.name);
  if (things.length > 1) {
    throw ValidationFailedError.forField(["input", "wellName"], `More than one well is named "${well.name}"; give wellId`);
  }
  return thing;
}

function fieldEventNotes(entry: GroundwaterLevelEntry): string | null {
  return writeFieldEventNotes({
    fieldStaff: { label: "Observer initials", value: entry.observerInitials },
    environmentalConditions: entry.environmentalConditions,
  });
}

export async function recordGroundwaterLevel(
  deps: Pick<DomainDeps, "prisma" | "user">,
  input: NewGroundwaterLevel,
  now = new Date(),
): Promise<RecordedGroundwaterLevel> {
  const entry = checkGroundwaterLevelInput(input, now);
  const releaseStatus = input.releaseStatus ?? releaseStatusValues.DRAFT;
  const audit = auditFields(deps, "create");
  const own = { releaseStatus, ...audit };

  return deps.prisma.$transaction(async (tx) => {
    const well = await findWell(tx, entry.well);
    await lockWellLevels(tx, well.id);
    await assertNoLevelAt(tx, well, entry.measuredAt);
    if (entry.participantContactId !== null) await lockRow(tx, "contact", entry.participantContactId, "FOR KEY SHARE");
    // The parameter is part of the seeded vocabulary; its absence is a broken installation, not bad input.
    const parameter = await tx.parameter.findUniqueOrThrow({ where: { parameterName_matrix: PARAMETER }, select: { id: true } });

    const event = await tx.fieldEvent.create({
      data: {
        thingId: well.id,
        eventDate: entry.measuredAt,
        notes: fieldEventNotes(entry),
        ...own,
        ...(entry.participantContactId !== null
          ? { participants: { create: [{ contactId: entry.participantContactId, participantRole: PARTICIPANT_ROLE, ...own }] } }
          : {}),
      },
      select: { id: true, participants: { select: { id: true } } },
    });
    const activity = await tx.fieldActivity.create({
      data: { fieldEventId: event.id, activityType: ACTIVITY_TYPE, ...own },
      select: { id: true },
    });
    const sampleName = groundwaterLevelSampleName(well.id, entry.measuredAt);
    const sample = await tx.sample.create({
      data: {
        fieldActivityId: activity.id,
        fieldEventParticipantId: event.participants[0]?.id ?? null,
        sampleDate: entry.measuredAt,
        sampleName,
        sampleMatrix: SAMPLE_MATRIX,
        sampleMethod: entry.method,
        ...own,
      },
      select: { id: true },
    });
    const observation = await tx.observation.create({
      data: {
        sampleId: sample.id,
        parameterId: parameter.id,
        observationDatetime: entry.measuredAt,
        value: entry.level,
        unit: UNIT,
        measuringPointHeight: entry.measuringPointHeight,
        groundwaterLevelReason: entry.reason,
        levelStatus: entry.levelStatus,
        dataMaturity: entry.dataMaturity,
        notes: entry.notes,
        ...own,
      },
    });

    return { well, sampleName, groundwaterLevel: await groundwaterLevelRow(tx, well.id, observation, entry.method) };
  });
}
