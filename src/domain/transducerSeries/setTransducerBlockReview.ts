/**
 * Sets the review status of a block ("approved" approves, "not reviewed" un-approves).
 * Contract: an unknown block is a NotFoundError; the update stamps `updated_at` and the user;
 * returns the block as stored afterwards.
 */
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import type { ReviewStatusValue } from "../vocabulary/enumValues.js";
import { findTransducerBlock } from "./findTransducerBlock.js";
import { prismaRunner } from "../shared/sqlRunner.js";
import type { TransducerBlockModel } from "./transducerBlockModel.js";

export async function setTransducerBlockReview(
  deps: Pick<DomainDeps, "prisma" | "user">,
  blockId: number,
  status: ReviewStatusValue,
): Promise<TransducerBlockModel> {
  const audit = auditFields(deps, "update");
  const runner = prismaRunner(deps.prisma);
  const updated = await runner.query<{ id: number }>(
    `UPDATE transducer_observation_block SET review_status = $2, updated_at = $3::timestamptz, updated_by_id = $4, updated_by_name = $5
     WHERE id = $1::int RETURNING id`,
    [blockId, status, audit.updatedAt, audit.updatedById ?? null, audit.updatedByName ?? null],
  );
  const block = updated.length > 0 ? await findTransducerBlock(runner, blockId) : null;
  if (!block) throw new NotFoundError("TransducerBlock", blockId);
  return block;
}
