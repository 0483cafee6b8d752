/**
 * Publishes a block of transducer readings: the readings and the block spanning them, in one
 * transaction.
 *
 * Contract:
 * - ValidationFailedError listing every rule that fails before anything is read: no readings, more
 *   than MAX_BLOCK_READINGS, every reading whose timestamp does not strictly increase (by index),
 *   lineage fields too long; later, a deployment that is not at the well or cannot be chosen;
 * - NotFoundError for an unknown well, parameter or deployment;
 * - the span is [first timestamp, last timestamp]; an existing block of the same well and
 *   parameter intersecting it is a ConflictError listing the block ids (message and `fields`),
 *   unless `replaceOverlapping`, which first deletes the well's readings of the parameter in the
 *   span and deletes or narrows the overlapped blocks (see clearTransducerRange);
 * - block writes of one well are serialised (advisory lock), so two concurrent publishes cannot
 *   both pass the overlap check;
 * - readings are inserted with one statement; a reading at an instant already stored for the
 *   deployment is a ConflictError on `uq_transducer_observation_deployment_parameter_datetime`;
 * - a constant number of statements (at most 13), whatever the number of readings.
 */
import { parseId } from "../shared/ids.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength } from "../shared/validation/rules.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import { checkBlockReadings } from "./checkBlockReadings.js";
import { findTransducerBlock } from "./findTransducerBlock.js";
import type { NewTransducerBlock } from "./transducerBlockInput.js";
import { insertReadings } from "./insertReadings.js";
import { prismaRunner } from "../shared/sqlRunner.js";
import type { TransducerBlockModel } from "./transducerBlockModel.js";
import {
  assertNoOverlap,
  clearTransducerRange,
  insertBlock,
  lockWellBlocks,
  NO_CHANGES,
  type TransducerRangeChanges,
} from "./transducerBlockRules.js";
import { chooseDeployment, findWellAndParameter } from "./transducerTarget.js";

/** How long the publishing transaction may run (100,000 readings take a few seconds). */
export const PUBLISH_TIMEOUT_MS = 120_000;

export interface PublishedBlock {
  block: TransducerBlockModel;
  readingCount: number;
  deploymentId: number;
  replaced: TransducerRangeChanges;
}

export async function publishTransducerBlock(deps: Pick<DomainDeps, "prisma" | "user">, input: NewTransducerBlock): Promise<PublishedBlock> {
  const errors = new FieldErrors();
  const summary = checkBlockReadings(errors, input.readings);
  errors.check(["input", "sourceFile"], maxLength(input.sourceFile, 255, "Source file"));
  errors.check(["input", "sourceKind"], maxLength(input.sourceKind, 50, "Source kind"));
  errors.throwIfAny(summary ?? undefined);

  const wellId = parseId(input.wellId, "input.wellId");
  const deploymentId = input.deploymentId ? parseId(input.deploymentId, "input.deploymentId") : null;
  const first = input.readings[0]?.timestamp ?? new Date(0);
  const last = input.readings.at(-1)?.timestamp ?? first;
  const span = { start: first, end: last };
  const releaseStatus = input.releaseStatus ?? releaseStatusValues.DRAFT;
  const created = auditFields(deps, "create");

  return deps.prisma.$transaction(
    async (tx) => {
      const runner = prismaRunner(tx);
      const target = await findWellAndParameter(runner, { id: wellId }, input.parameter, ["input", "wellId"]);
      await lockWellBlocks(runner, target.thingId);
      const deployment = await chooseDeployment(runner, target, deploymentId, span, ["input", "deploymentId"]);
      // Timestamps have millisecond precision, so [start, end] is [start, end + 1 ms).
      const range = { thingId: target.thingId, parameterId: target.parameterId, from: span.start, to: new Date(span.end.getTime() + 1) };
      const replaced = input.replaceOverlapping
        ? await clearTransducerRange(runner, range, auditFields(deps, "update"))
        : (await assertNoOverlap(runner, range, span), NO_CHANGES);
      const readingCount = await insertReadings(runner, {
        deploymentId: deployment,
        parameterId: target.parameterId,
        readings: input.readings,
        releaseStatus,
        audit: created,
      });
      const blockId = await insertBlock(runner, {
        thingId: target.thingId,
        parameterId: target.parameterId,
        reviewStatus: input.reviewStatus,
        start: span.start,
        end: span.end,
        comment: input.comment?.trim() || null,
        sourceFile: input.sourceFile?.trim() || null,
        sourceKind: input.sourceKind?.trim() || null,
        corrections: input.corrections ?? null,
        releaseStatus,
        audit: created,
      });
      const block = await findTransducerBlock(runner, blockId);
      if (!block) throw new Error(`Block ${blockId} vanished inside its own transaction`);
      return { block, readingCount, deploymentId: deployment, replaced };
    },
    { timeout: PUBLISH_TIMEOUT_MS, maxWait: 10_000 },
  );
}
