/**
 * Finds where the asset store and the asset records disagree (`npm run assets:sweep`): objects
 * and thumbnails without rows (left by a crash between storing and recording, or by a removal
 * that failed),
 * rows without objects (files lost from the store), and abandoned uploads (incoming objects older
 * than `incomingGraceMs`).
 *
 * Contract: a dry run (`apply: false`) changes nothing. With `apply: true` it removes the objects
 * without rows, each under its storage path's lock and only when still unrecorded then
 * (releaseStoredObject, so an upload committing meanwhile keeps its object), and the abandoned
 * incoming objects. Rows are never deleted: a row without its object is reported for a person to
 * decide. A row is expected to have an object when it is of the store's storage service and its
 * path is a content name (uploads); a path recorded by any row counts as recorded.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { AssetStore } from "../../storage/assetStore.js";
import { CONTENT_PREFIX, contentKeyOfThumbnail, INCOMING_PREFIX, incomingStartedAt, isContentKey, THUMBNAIL_PREFIX } from "./assetObjectKeys.js";
import { releaseStoredObject } from "./releaseStoredObject.js";

export interface SweepOptions {
  apply: boolean;
  now: Date;
  /** Age after which an incoming object is an abandoned upload (default one hour). */
  incomingGraceMs?: number;
}

export interface SweepReport {
  /** Objects under the content prefix (thumbnails not counted), and rows of this store's service. */
  objects: number;
  rows: number;
  objectsWithoutRows: string[];
  rowsWithoutObjects: { id: number; storagePath: string }[];
  abandonedUploads: string[];
  /** Keys removed (apply only). */
  removed: string[];
}

export async function sweepAssets(deps: { prisma: PrismaClient; store: AssetStore }, options: SweepOptions): Promise<SweepReport> {
  const { store } = deps;
  const objects = new Set<string>();
  for await (const key of store.list(CONTENT_PREFIX)) objects.add(key);
  const thumbnails: string[] = [];
  for await (const key of store.list(THUMBNAIL_PREFIX)) thumbnails.push(key);
  const rows = await deps.prisma.asset.findMany({ select: { id: true, storagePath: true, storageService: true }, orderBy: { id: "asc" } });
  const recorded = new Set(rows.map((row) => row.storagePath));
  const ownRows = rows.filter((row) => row.storageService === store.service);

  const grace = options.incomingGraceMs ?? 3_600_000;
  const abandonedUploads: string[] = [];
  for await (const key of store.list(INCOMING_PREFIX)) {
    const started = incomingStartedAt(key);
    if (started === null || options.now.getTime() - started.getTime() > grace) abandonedUploads.push(key);
  }

  const report: SweepReport = {
    objects: objects.size,
    rows: ownRows.length,
    objectsWithoutRows: [
      ...[...objects].filter((key) => !recorded.has(key)),
      ...thumbnails.filter((key) => !recorded.has(contentKeyOfThumbnail(key) ?? "")),
    ].sort(),
    rowsWithoutObjects: ownRows.filter((row) => isContentKey(row.storagePath) && !objects.has(row.storagePath)).map(({ id, storagePath }) => ({ id, storagePath })),
    abandonedUploads: abandonedUploads.sort(),
    removed: [],
  };
  if (options.apply) {
    for (const key of report.objectsWithoutRows) {
      if (await releaseStoredObject(deps, contentKeyOfThumbnail(key) ?? key)) report.removed.push(key);
    }
    for (const key of report.abandonedUploads) {
      await store.delete(key);
      report.removed.push(key);
    }
  }
  return report;
}
