/**
 * Records a landowner's consent (or refusal) for one kind of field work at a site: appends a row to
 * the dated history field_access_consent, which the well page's `permissions` reads (the row whose
 * period contains today; among several, the newest start date, then the highest id).
 *
 * Contract:
 * - history is appended, never rewritten: the new row starts on `startDate` (default today, UTC)
 *   and is open-ended; every row of the same site and permission type that is still open, or ends
 *   after that day, is closed with end date = that day (that day both apply; the new row wins as
 *   the newer start). Rows of other permission types are untouched;
 * - the start date may not lie in the future nor before the start of the latest row of the same
 *   site and permission type, so the new row is the current one from its start date on;
 * - every invalid field is listed in one ValidationFailedError (paths under ["input"]);
 *   NotFoundError("Thing", id) / NotFoundError("Contact", id) for an unknown site or contact;
 * - the site's row is locked (FOR NO KEY UPDATE) for the transaction, so concurrent consents for
 *   one site run one after the other and each permission type keeps at most one open row;
 * - the new row takes the site's release status unless `releaseStatus` is given.
 */
import type { FieldAccessConsent, Thing } from "../../generated/prisma/client.js";
import { todayUtc } from "../shared/currentPeriod.js";
import { parseId } from "../shared/ids.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { lockRow } from "../shared/lockRow.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { notInFuture } from "../shared/validation/rules.js";
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

/** A consent (or refusal) to record; the ids are the API's decimal strings, `permissionType` a lexicon term. */
export interface NewThingPermission {
  thingId: string;
  /** Who gave or refused it; not recorded when absent. */
  contactId?: string | null;
  permissionType: string;
  allowed: boolean;
  notes?: string | null;
  /** The site's release status when absent. */
  releaseStatus?: ReleaseStatusValue | null;
  /** Today (UTC) when absent. */
  startDate?: Date | null;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export async function setThingPermission(
  deps: Pick<DomainDeps, "prisma" | "user">,
  input: NewThingPermission,
  now = new Date(),
): Promise<{ permission: FieldAccessConsent; thing: Thing }> {
  const thingId = parseId(input.thingId, "input.thingId");
  const contactId = input.contactId === null || input.contactId === undefined ? null : parseId(input.contactId, "input.contactId");
  const startDate = input.startDate ?? todayUtc(now);
  const errors = new FieldErrors();
  // A calendar date (UTC midnight) is in the future only from the next UTC day on.
  errors.check(["input", "startDate"], notInFuture(startDate, "Start date", now));

  return deps.prisma.$transaction(async (tx) => {
    await lockRow(tx, "thing", thingId, "FOR NO KEY UPDATE");
    if (contactId !== null) await lockRow(tx, "contact", contactId, "FOR KEY SHARE");
    const ofType = { thingId, permissionType: input.permissionType };
    const latest = await tx.fieldAccessConsent.findFirst({ where: ofType, orderBy: [{ startDate: "desc" }, { id: "desc" }], select: { startDate: true } });
    if (latest && startDate < latest.startDate) {
      errors.add(["input", "startDate"], `Start date must not be before the start of the latest ${input.permissionType} consent (${isoDate(latest.startDate)})`);
    }
    errors.throwIfAny();

    await tx.fieldAccessConsent.updateMany({
      where: { ...ofType, OR: [{ endDate: null }, { endDate: { gt: startDate } }] },
      data: { endDate: startDate, ...auditFields(deps, "update") },
    });
    const thing = await tx.thing.findUniqueOrThrow({ where: { id: thingId } });
    const permission = await tx.fieldAccessConsent.create({
      data: {
        ...ofType,
        contactId,
        permissionAllowed: input.allowed,
        startDate,
        endDate: null,
        notes: input.notes?.trim() || null,
        releaseStatus: input.releaseStatus ?? thing.releaseStatus,
        ...auditFields(deps, "create"),
      },
    });
    return { permission, thing };
  });
}
