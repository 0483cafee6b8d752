/**
 * Moves an asset to a site, or unlinks it from every site (`thingId` null): afterwards the asset is
 * attached to exactly that site, or to none (the reference's PATCH /asset/{id}/association).
 *
 * Contract: NotFoundError("Asset", id) for a missing asset, NotFoundError("Thing", id) for an
 * unknown site (nothing changes). The asset's row is locked for the transaction, so concurrent
 * moves of one asset run one after the other and leave one link. A link that already points at
 * the target site is kept as it is (its audit columns too); the others are deleted.
 */
import type { Asset } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { lockRow } from "../shared/lockRow.js";

export async function setAssetThing(deps: Pick<DomainDeps, "prisma" | "user">, id: number, thingId: number | null): Promise<Asset> {
  return deps.prisma.$transaction(async (tx) => {
    await lockRow(tx, "asset", id, "FOR UPDATE");
    if (thingId !== null) await lockRow(tx, "thing", thingId, "FOR KEY SHARE");
    await tx.assetThingAssociation.deleteMany({ where: { assetId: id, ...(thingId !== null ? { thingId: { not: thingId } } : {}) } });
    if (thingId !== null) {
      const kept = await tx.assetThingAssociation.findFirst({ where: { assetId: id, thingId }, select: { id: true } });
      if (!kept) await tx.assetThingAssociation.create({ data: { assetId: id, thingId, ...auditFields(deps, "create") } });
    }
    return tx.asset.findUniqueOrThrow({ where: { id } });
  });
}
