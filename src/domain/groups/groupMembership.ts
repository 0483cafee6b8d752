/**
 * Adding things to and removing things from a group.
 * Contract: NotFoundError for a missing group. Adding: unknown thing ids are listed in one
 * ValidationError (path ["thingIds", "<index>"]) and nothing is added; members already are
 * skipped; returns how many were added. Removing: non-members are ignored; returns how many were
 * removed.
 */
import type { Context } from "../../context.js";
import type { Group } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { checkThingIds } from "./checkThingIds.js";

export async function addThingsToGroup(
  ctx: Pick<Context, "prisma" | "user">,
  groupId: number,
  thingIds: readonly string[],
): Promise<{ group: Group; added: number }> {
  return ctx.prisma.$transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { id: groupId } });
    if (!group) throw new NotFoundError("Group", groupId);
    const errors = new FieldErrors();
    const ids = await checkThingIds(tx, errors, ["thingIds"], thingIds);
    errors.throwIfAny();
    const { count } = await tx.groupThingAssociation.createMany({
      data: ids.map((thingId) => ({ groupId, thingId, ...auditFields(ctx, "create") })),
      skipDuplicates: true,
    });
    return { group, added: count };
  });
}

export async function removeThingsFromGroup(
  ctx: Pick<Context, "prisma">,
  groupId: number,
  thingIds: readonly string[],
): Promise<{ group: Group; removed: number }> {
  const ids = thingIds.map((id, i) => parseId(id, `thingIds[${i}]`));
  return ctx.prisma.$transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { id: groupId } });
    if (!group) throw new NotFoundError("Group", groupId);
    const { count } = await tx.groupThingAssociation.deleteMany({ where: { groupId, thingId: { in: ids } } });
    return { group, removed: count };
  });
}
