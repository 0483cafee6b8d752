/**
 * Adding things to and removing things from a group.
 * Contract: NotFoundError for a missing group. Adding: unknown thing ids are listed in one
 * ValidationFailedError (path ["thingIds", "<index>"]) and nothing is added; members already are
 * skipped; returns how many were added. Removing: non-members are ignored; returns how many were
 * removed.
 */
import type { Group } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { checkThingIds } from "./checkThingIds.js";

export async function addThingsToGroup(
  deps: Pick<DomainDeps, "prisma" | "user">,
  groupId: number,
  thingIds: readonly string[],
): Promise<{ group: Group; added: number }> {
  return deps.prisma.$transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { id: groupId } });
    if (!group) throw new NotFoundError("Group", groupId);
    const errors = new FieldErrors();
    const ids = await checkThingIds(tx, errors, ["thingIds"], thingIds);
    errors.throwIfAny();
    const { count } = await tx.groupThingAssociation.createMany({
      data: ids.map((thingId) => ({ groupId, thingId, ...auditFields(deps, "create") })),
      skipDuplicates: true,
    });
    return { group, added: count };
  });
}

export async function removeThingsFromGroup(
  deps: Pick<DomainDeps, "prisma">,
  groupId: number,
  thingIds: readonly string[],
): Promise<{ group: Group; removed: number }> {
  const ids = thingIds.map((id, i) => parseId(id, `thingIds[${i}]`));
  return deps.prisma.$transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { id: groupId } });
    if (!group) throw new NotFoundError("Group", groupId);
    const { count } = await tx.groupThingAssociation.deleteMany({ where: { groupId, thingId: { in: ids } } });
    return { group, removed: count };
  });
}
