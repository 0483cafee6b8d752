/**
 * Names of stored asset objects: an upload is written to `incoming/<start ms>-<uuid>` while it
 * streams and then moved to its content name `sha256/<first two hex digits>/<sha-256 hex>`, so
 * equal bytes have one name (and one object). An image's thumbnail is
 * `thumbnails/<first two hex digits>/<sha-256 hex>.webp`, named for the bytes it was made from.
 */
import { randomUUID } from "node:crypto";

export const CONTENT_PREFIX = "sha256/";
export const INCOMING_PREFIX = "incoming/";
export const THUMBNAIL_PREFIX = "thumbnails/";

/** The content name of bytes whose SHA-256 is `hex` (64 lower-case hex digits). */
export function contentKey(hex: string): string {
  return `${CONTENT_PREFIX}${hex.slice(0, 2)}/${hex}`;
}

/** True for a content name (`contentKey` of some digest). */
export function isContentKey(key: string): boolean {
  return /^sha256\/([0-9a-f]{2})\/\1[0-9a-f]{62}$/.test(key);
}

/** A fresh name for an upload starting at `now`. */
export function incomingKey(now: Date = new Date()): string {
  return `${INCOMING_PREFIX}${now.getTime()}-${randomUUID()}`;
}

/** When the upload of an incoming name started, or null for a key that is not one. */
export function incomingStartedAt(key: string): Date | null {
  const match = /^incoming\/([0-9]{13})-[0-9a-f-]{36}$/.exec(key);
  return match ? new Date(Number(match[1])) : null;
}

/** The thumbnail name of a content name. */
export function thumbnailKey(contentName: string): string {
  return `${THUMBNAIL_PREFIX}${contentName.slice(CONTENT_PREFIX.length)}.webp`;
}

/** The content name a thumbnail name was made from, or null for a key that is not a thumbnail name. */
export function contentKeyOfThumbnail(key: string): string | null {
  const match = /^thumbnails\/([0-9a-f]{2}\/[0-9a-f]{64})\.webp$/.exec(key);
  return match ? `${CONTENT_PREFIX}${match[1]}` : null;
}
