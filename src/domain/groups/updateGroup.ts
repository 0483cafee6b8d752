/**
 * Changes a group (partial: omitted = unchanged, null = cleared).
 * Contract: NotFoundError for a missing group or parent; name and release status cannot be
 * cleared; a group cannot become its own ancestor (ValidationFailedError on ["input", "parentGroupId"]);
 * a name in use gives ConflictError (`group_name_key`).
 */
import type { Group, Prisma } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, notBlank, notNull } from "../shared/validation/rules.js";
import type { GroupChanges } from "./groupInput.js";

/** True when `candidate` is `groupId` or lies below it (so it cannot become its parent). */
async function isSelfOrDescendant(tx: Prisma.TransactionClient, groupId: number, candidate: number): Promise<boolean> {
  const rows = await tx.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE below(id) AS (
      SELECT ${groupId}::int
      UNION
      SELECT g.id FROM "group" g JOIN below b ON g.parent_group_id = b.id
    )
    SELECT EXISTS (SELECT 1 FROM below WHERE id = ${candidate}::int) AS found`;
  return rows[0]?.found === true;
}

export async function updateGroup(deps: Pick<DomainDeps, "prisma" | "user">, id: number, input: GroupChanges): Promise<Group> {
  const errors = new FieldErrors();
  errors.check(["input", "name"], notNull(input.name, "Name") ?? notBlank(input.name, "Name") ?? maxLength(input.name?.trim(), 100, "Name"));
  errors.check(["input", "description"], maxLength(input.description, 255, "Description"));
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  const parentGroupId =
    input.parentGroupId === undefined || input.parentGroupId === null
      ? input.parentGroupId
      : parseId(input.parentGroupId, "input.parentGroupId");
  return deps.prisma.$transaction(async (tx) => {
    if (!(await tx.group.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("Group", id);
    if (typeof parentGroupId === "number") {
      if (!(await tx.group.findUnique({ where: { id: parentGroupId }, select: { id: true } }))) {
        throw new NotFoundError("Group", parentGroupId);
      }
      if (await isSelfOrDescendant(tx, id, parentGroupId)) {
        errors.add(["input", "parentGroupId"], `Group ${parentGroupId} is this group or one of its sub-groups; it cannot be its parent`);
      }
    }
    errors.throwIfAny();
    return tx.group.update({
      where: { id },
      data: {
        ...(input.name ? { name: input.name.trim() } : {}),
        description: input.description === undefined ? undefined : input.description?.trim() || null,
        groupType: input.groupType,
        parentGroupId,
        ...(input.releaseStatus ? { releaseStatus: input.releaseStatus } : {}),
        ...auditFields(deps, "update"),
      },
    });
  });
}
