/**
 * Rules of an asset record (metadata of a file in cloud storage), as the reference upload applied
 * them: the MIME types it accepted and its size limit.
 *
 * Contract: each rule returns the failure message, or null when the value passes; absent values
 * pass (presence is `required`'s job).
 */

/** MIME types an asset may have (photos, scans, PDFs, plain text). */
export const ASSET_MIME_TYPES: readonly string[] = [
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "image/tiff",
  "application/pdf",
  "text/plain",
];

/** Largest file an asset may describe: 250 MB (250 × 1024 × 1024 bytes). */
export const MAX_ASSET_SIZE = 250 * 1024 * 1024;

/** A MIME type as stored: trimmed, lower case (MIME types are case-insensitive). */
export function normaliseMimeType(value: string): string {
  return value.trim().toLowerCase();
}

/** "MIME type ... is not allowed" unless the (normalised) type is in ASSET_MIME_TYPES. */
export function allowedMimeType(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  const type = normaliseMimeType(value);
  return ASSET_MIME_TYPES.includes(type) ? null : `MIME type "${type}" is not allowed (allowed: ${ASSET_MIME_TYPES.join(", ")})`;
}

/** "Size must be greater than 0" / "Size must be at most 262144000 bytes (250 MB)". */
export function assetSize(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value <= 0) return "Size must be greater than 0";
  return value <= MAX_ASSET_SIZE ? null : `Size must be at most ${MAX_ASSET_SIZE} bytes (250 MB)`;
}
