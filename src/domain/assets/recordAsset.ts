/**
 * Records a file that is already in storage as an asset (uploads go through uploadAsset), and
 * attaches it to a site when `thingId` is given (an asset_thing_association row).
 *
 * Contract:
 * - every invalid field is listed in one ValidationError (paths under ["input"]): name,
 *   storageService, storagePath and uri must not be blank; the MIME type must be one of
 *   ASSET_MIME_TYPES (matched ignoring case, stored in lower case); the size must be > 0 and at most
 *   MAX_ASSET_SIZE bytes. Text fields are stored trimmed (a blank label is stored as null);
 * - NotFoundError("Thing", id) for an unknown `thingId`;
 * - idempotent on `storagePath`: when an asset with that path exists, it is returned with
 *   `created: false` and nothing is written (the other fields of the input, `thingId` included, are
 *   neither compared nor applied). Recordings of one path are serialised by a transaction-scoped
 *   advisory lock on the path, so of concurrent recordings exactly one creates the asset;
 * - the asset and its site link are written in one transaction: both or neither.
 */
import type { Asset, Prisma } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { parseId } from "../shared/ids.js";
import { lockRow } from "../shared/lockRow.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { required } from "../shared/validation/rules.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import type { NewAssetRecord } from "./assetInput.js";
import { allowedMimeType, assetSize, normaliseMimeType } from "./assetRules.js";

/** First key of the advisory locks serialising recordings of one storage path ("AS"); the second is a hash of the path. */
export const ASSET_PATH_LOCK_NAMESPACE = 0x4153;

/**
 * Inside a transaction: keeps the site `thingId` (when given) from being deleted, serialises the
 * writers of `storagePath` (recordings, uploads, object removals) until the transaction ends, and
 * returns the asset already recorded at that path (the oldest), or null.
 * Throws NotFoundError("Thing", id) for an unknown site.
 */
export async function lockAssetPath(tx: Prisma.TransactionClient, storagePath: string, thingId: number | null): Promise<Asset | null> {
  if (thingId !== null) await lockRow(tx, "thing", thingId, "FOR KEY SHARE");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ASSET_PATH_LOCK_NAMESPACE}::int, hashtext(${storagePath}))`;
  return tx.asset.findFirst({ where: { storagePath }, orderBy: { id: "asc" } });
}

export async function recordAsset(
  deps: Pick<DomainDeps, "prisma" | "user">,
  input: NewAssetRecord,
): Promise<{ asset: Asset; created: boolean }> {
  const thingId = input.thingId === null || input.thingId === undefined ? null : parseId(input.thingId, "input.thingId");
  const errors = new FieldErrors();
  errors.check(["input", "name"], required(input.name, "Name"));
  errors.check(["input", "storageService"], required(input.storageService, "Storage service"));
  errors.check(["input", "storagePath"], required(input.storagePath, "Storage path"));
  errors.check(["input", "mimeType"], required(input.mimeType, "MIME type") ?? allowedMimeType(input.mimeType));
  errors.check(["input", "size"], assetSize(input.size));
  errors.check(["input", "uri"], required(input.uri, "URI"));
  errors.throwIfAny();
  const storagePath = input.storagePath.trim();

  return deps.prisma.$transaction(async (tx) => {
    const existing = await lockAssetPath(tx, storagePath, thingId);
    if (existing) return { asset: existing, created: false };
    const audit = auditFields(deps, "create");
    const asset = await tx.asset.create({
      data: {
        name: input.name.trim(),
        label: input.label?.trim() || null,
        storageService: input.storageService.trim(),
        storagePath,
        mimeType: normaliseMimeType(input.mimeType),
        size: input.size,
        uri: input.uri.trim(),
        releaseStatus: input.releaseStatus ?? releaseStatusValues.DRAFT,
        ...audit,
        ...(thingId !== null ? { thingAssociations: { create: [{ thingId, ...audit }] } } : {}),
      },
    });
    return { asset, created: true };
  });
}
