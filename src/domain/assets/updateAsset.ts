/**
 * Changes an asset record (partial: an omitted field stays unchanged; an explicit null clears the
 * label). The fields that describe the stored file (storage service and path, URI, MIME type, size)
 * are not editable: a different file is a new asset (`recordAsset`).
 *
 * Contract: NotFoundError("Asset", id) for a missing asset; name and release status cannot be
 * null, and the name must not be blank; every invalid field is listed in one ValidationError.
 * Text is stored trimmed (a blank label is stored as null).
 */
import type { Asset } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { notBlank, notNull } from "../shared/validation/rules.js";
import type { AssetChanges } from "./assetInput.js";

export async function updateAsset(deps: Pick<DomainDeps, "prisma" | "user">, id: number, input: AssetChanges): Promise<Asset> {
  const errors = new FieldErrors();
  errors.check(["input", "name"], notNull(input.name, "Name") ?? notBlank(input.name, "Name"));
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  return deps.prisma.$transaction(async (tx) => {
    if (!(await tx.asset.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("Asset", id);
    errors.throwIfAny();
    return tx.asset.update({
      where: { id },
      data: {
        ...(input.name ? { name: input.name.trim() } : {}),
        ...(input.label !== undefined ? { label: input.label?.trim() || null } : {}),
        ...(input.releaseStatus ? { releaseStatus: input.releaseStatus } : {}),
        ...auditFields(deps, "update"),
      },
    });
  });
}
