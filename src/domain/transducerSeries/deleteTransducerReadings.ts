/**
 * Deletes the readings of a well and parameter in [from, to) in one transaction and fixes the
 * blocks they belonged to (deleted, narrowed or split; see clearTransducerRange).
 *
 * Contract: `from` not before `to` is a ValidationFailedError; an unknown well or parameter is a
 * NotFoundError; block writes of the well are serialised with publishing. Deleting a range
 * without readings or blocks succeeds with nothing changed.
 */
import { parseId } from "../shared/ids.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { ValidationFailedError } from "../shared/domainErrors.js";
import { prismaRunner } from "../shared/sqlRunner.js";
import { clearTransducerRange, lockWellBlocks, type TransducerRangeChanges } from "./transducerBlockRules.js";
import type { TransducerReadingsRange } from "./transducerBlockInput.js";
import { findWellAndParameter } from "./transducerTarget.js";

export async function deleteTransducerReadings(
  deps: Pick<DomainDeps, "prisma" | "user">,
  args: TransducerReadingsRange,
): Promise<TransducerRangeChanges> {
  if (args.from.getTime() >= args.to.getTime()) {
    throw ValidationFailedError.forField(["to"], `"to" (${args.to.toISOString()}) must be after "from" (${args.from.toISOString()})`);
  }
  const wellId = parseId(args.wellId, "wellId");
  return deps.prisma.$transaction(
    async (tx) => {
      const runner = prismaRunner(tx);
      const target = await findWellAndParameter(runner, { id: wellId }, args.parameter, ["wellId"]);
      await lockWellBlocks(runner, target.thingId);
      return clearTransducerRange(
        runner,
        { thingId: target.thingId, parameterId: target.parameterId, from: args.from, to: args.to },
        auditFields(deps, "update"),
      );
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
