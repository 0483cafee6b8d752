/**
 * Adding and removing alternate ids of a thing (thing_id_link rows).
 *
 * Contract: `addAlternateId` gives NotFoundError for a missing thing, ValidationFailedError for a blank
 * or over-long id, and ConflictError (`uq_thing_id_link_thing_org_relation_id`, from the database)
 * when the thing has the same (organization, relation, id) already. `removeAlternateId` gives
 * NotFoundError("AlternateId", ...) when the thing has no such id.
 */
import type { Thing } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, notBlank } from "../shared/validation/rules.js";
import type { ThingAlternateId } from "./alternateIdInput.js";
import { findThingOfType } from "./findThingOfType.js";

export async function addAlternateId(deps: Pick<DomainDeps, "prisma" | "user">, input: ThingAlternateId): Promise<Thing> {
  const thingId = parseId(input.thingId, "input.thingId");
  const errors = new FieldErrors();
  errors.check(["input", "alternateId"], notBlank(input.alternateId, "Alternate id") ?? maxLength(input.alternateId, 100, "Alternate id"));
  errors.throwIfAny();
  return deps.prisma.$transaction(async (tx) => {
    const thing = await findThingOfType(tx, thingId, null, "Thing");
    await tx.thingIdLink.create({
      data: {
        thingId,
        alternateId: input.alternateId.trim(),
        alternateOrganization: input.organization,
        relation: input.relation,
        releaseStatus: thing.releaseStatus,
        ...auditFields(deps, "create"),
      },
    });
    return thing;
  });
}

export async function removeAlternateId(deps: Pick<DomainDeps, "prisma">, input: ThingAlternateId): Promise<Thing> {
  const thingId = parseId(input.thingId, "input.thingId");
  return deps.prisma.$transaction(async (tx) => {
    const thing = await findThingOfType(tx, thingId, null, "Thing");
    const { count } = await tx.thingIdLink.deleteMany({
      where: { thingId, alternateId: input.alternateId.trim(), alternateOrganization: input.organization, relation: input.relation },
    });
    if (count === 0) {
      throw new NotFoundError("AlternateId", `${input.organization} ${input.relation} ${input.alternateId}`);
    }
    return thing;
  });
}
