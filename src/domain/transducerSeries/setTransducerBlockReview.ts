/**
 * Sets the review status of a block ("approved" approves, "not reviewed" un-approves).
 * Contract: an unknown block is a NotFoundError; the update stamps `updated_at` and the user;
 * returns the block as stored afterwards.
 */
import type { Context } from "../../context.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import type { ReviewStatusValue } from "../vocabulary/enumValues.js";
import { findTransducerBlock } from "./findTransducerBlock.js";
import { prismaRunner } from "../shared/sqlRunner.js";
import type { TransducerBlockModel } from "./transducerBlockModel.js";

export async function setTransducerBlockReview(
  ctx: Pick<Context, "prisma" | "user">,
  blockId: number,
  status: ReviewStatusValue,
): Promise<TransducerBlockModel> {
  const audit = auditFields(ctx, "update");
  const runner = prismaRunner(ctx.prisma);
  const updated = await runner.query<{ id: number }>(
    `UPDATE transducer_observation_block SET review_status = $2, updated_at = $3::timestamptz, updated_by_id = $4, updated_by_name = $5
     WHERE id = $1::int RETURNING id`,
    [blockId, status, audit.updatedAt, audit.updatedById ?? null, audit.updatedByName ?? null],
  );
  const block = updated.length > 0 ? await findTransducerBlock(runner, blockId) : null;
  if (!block) throw new NotFoundError("TransducerBlock", blockId);
  return block;
}
