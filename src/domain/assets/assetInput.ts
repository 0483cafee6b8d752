/**
 * What callers give the asset-record writes (uploads take `AssetUploadInput`, uploadAsset.ts).
 *
 * Contract: changes are partial (an absent field stays; only the label can be cleared); ids are the
 * API's id strings, parsed by the write. Structurally compatible with the API's input types.
 */
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

/** A file already in storage, to be recorded as an asset. */
export interface NewAssetRecord {
  name: string;
  label?: string | null;
  /** Storage back end, e.g. "gcs". */
  storageService: string;
  /** Object path in the store: the key of idempotence. */
  storagePath: string;
  mimeType: string;
  /** Bytes. */
  size: number;
  uri: string;
  /** A site to attach the asset to. */
  thingId?: string | null;
  /** DRAFT when absent. */
  releaseStatus?: ReleaseStatusValue | null;
}

export interface AssetChanges {
  name?: string | null;
  /** Null (or blank) clears it. */
  label?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}
