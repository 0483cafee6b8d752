/**
 * Creates a group, optionally under a parent and with initial members, in one transaction.
 * Contract: a blank or over-long name/description and unknown member ids are listed in one
 * ValidationFailedError; a missing parent gives NotFoundError; a name in use gives ConflictError
 * (`group_name_key`, from the database).
 */
import type { Group } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, required } from "../shared/validation/rules.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import { checkThingIds } from "./checkThingIds.js";
import type { NewGroup } from "./groupInput.js";

export async function createGroup(deps: Pick<DomainDeps, "prisma" | "user">, input: NewGroup): Promise<Group> {
  const errors = new FieldErrors();
  errors.check(["input", "name"], required(input.name, "Name") ?? maxLength(input.name.trim(), 100, "Name"));
  errors.check(["input", "description"], maxLength(input.description, 255, "Description"));
  const parentGroupId = input.parentGroupId ? parseId(input.parentGroupId, "input.parentGroupId") : null;
  const audit = auditFields(deps, "create");
  return deps.prisma.$transaction(async (tx) => {
    if (parentGroupId !== null && !(await tx.group.findUnique({ where: { id: parentGroupId }, select: { id: true } }))) {
      throw new NotFoundError("Group", parentGroupId);
    }
    const thingIds = await checkThingIds(tx, errors, ["input", "thingIds"], input.thingIds ?? []);
    errors.throwIfAny();
    const group = await tx.group.create({
      data: {
        name: input.name.trim(),
        description: input.description?.trim() || null,
        groupType: input.groupType ?? null,
        parentGroupId,
        releaseStatus: input.releaseStatus ?? releaseStatusValues.DRAFT,
        ...audit,
      },
    });
    if (thingIds.length > 0) {
      await tx.groupThingAssociation.createMany({ data: thingIds.map((thingId) => ({ groupId: group.id, thingId, ...audit })) });
    }
    return group;
  });
}
