/**
 * Corrects an alternate id of a thing in place (a thing_id_link row): its text, organization or
 * relation.
 *
 * Contract: NotFoundError("Thing", id) for a missing thing, NotFoundError("AlternateId", ...) when
 * the thing has no link equal to `current`; a new id text that is blank or over 100 characters is a
 * ValidationFailedError (under ["input", "alternateId"]); a result equal to another link of the thing is
 * a ConflictError (`uq_thing_id_link_thing_org_relation_id`, from the database). An absent change
 * keeps the current value. The thing row is locked FOR NO KEY UPDATE first, as addAlternateId and
 * removeAlternateId write under it, so concurrent edits of one link apply one after the other.
 * Writes the update audit columns. Returns the thing.
 */
import type { Thing } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { lockRow } from "../shared/lockRow.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, notBlank } from "../shared/validation/rules.js";
import type { AlternateIdParts } from "./alternateIdInput.js";

export interface UpdateAlternateIdRequest {
  thingId: number;
  /** The link as it is now. */
  current: AlternateIdParts;
  /** New values; an absent one stays. */
  changes: Partial<AlternateIdParts>;
}

export async function updateAlternateId(deps: Pick<DomainDeps, "prisma" | "user">, request: UpdateAlternateIdRequest): Promise<Thing> {
  const { thingId, current, changes } = request;
  const errors = new FieldErrors();
  if (changes.alternateId !== undefined) {
    errors.check(["input", "alternateId"], notBlank(changes.alternateId, "Alternate id") ?? maxLength(changes.alternateId, 100, "Alternate id"));
  }
  errors.throwIfAny();
  return deps.prisma.$transaction(async (tx) => {
    await lockRow(tx, "thing", thingId, "FOR NO KEY UPDATE");
    const link = await tx.thingIdLink.findFirst({
      where: { thingId, alternateId: current.alternateId.trim(), alternateOrganization: current.organization, relation: current.relation },
      select: { id: true },
    });
    if (!link) throw new NotFoundError("AlternateId", `${current.organization} ${current.relation} ${current.alternateId}`);
    await tx.thingIdLink.update({
      where: { id: link.id },
      data: {
        ...(changes.alternateId === undefined ? {} : { alternateId: changes.alternateId.trim() }),
        ...(changes.organization === undefined ? {} : { alternateOrganization: changes.organization }),
        ...(changes.relation === undefined ? {} : { relation: changes.relation }),
        ...auditFields(deps, "update"),
      },
    });
    return tx.thing.findUniqueOrThrow({ where: { id: thingId } });
  });
}
