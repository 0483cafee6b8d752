/**
 * Names of stored asset objects: an upload is written to `incoming/<uuid>` while it streams and
 * then moved to its content name `sha256/<first two hex digits>/<sha-256 hex>`, so equal bytes
 * have one name (and one object).
 */
import { randomUUID } from "node:crypto";

export const CONTENT_PREFIX = "sha256/";
export const INCOMING_PREFIX = "incoming/";

/** The content name of bytes whose SHA-256 is `hex` (64 lower-case hex digits). */
export function contentKey(hex: string): string {
  return `${CONTENT_PREFIX}${hex.slice(0, 2)}/${hex}`;
}

/** True for a content name (`contentKey` of some digest). */
export function isContentKey(key: string): boolean {
  return /^sha256\/([0-9a-f]{2})\/\1[0-9a-f]{62}$/.test(key);
}

/** A fresh name for an upload in progress. */
export function incomingKey(): string {
  return `${INCOMING_PREFIX}${randomUUID()}`;
}
