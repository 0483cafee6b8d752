/**
 * Signed URLs of the local-disk store: `<base>/assets/files/<key>?expires=<unix s>&type=<mime>&name=<file>&signature=<hex>`,
 * where the signature is HMAC-SHA256 (secret) over key, expiry, type and name.
 *
 * Contract: `verifyLocalUrl` accepts exactly the URLs `signLocalUrl` made with the same secret,
 * until their expiry; it compares signatures in constant time and tells an expired URL from a
 * forged one.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** Path of the download route; the key follows it. */
export const LOCAL_FILES_PATH = "/assets/files/";

export interface LocalUrlParts {
  key: string;
  expires: number;
  type: string;
  name: string;
}

function signature(secret: string, parts: LocalUrlParts): string {
  return createHmac("sha256", secret).update(`${parts.key}\n${parts.expires}\n${parts.type}\n${parts.name}`).digest("hex");
}

/** The signed URL; relative (`/assets/files/...`) when `base` is null. */
export function signLocalUrl(secret: string, base: string | null, parts: LocalUrlParts): string {
  const query = new URLSearchParams({ expires: String(parts.expires), type: parts.type, name: parts.name, signature: signature(secret, parts) });
  return `${base?.replace(/\/+$/, "") ?? ""}${LOCAL_FILES_PATH}${parts.key}?${query.toString()}`;
}

export type LocalUrlVerdict = { ok: true } | { ok: false; reason: "forged" | "expired" };

export function verifyLocalUrl(secret: string, parts: LocalUrlParts, given: string, nowSeconds: number): LocalUrlVerdict {
  const expected = Buffer.from(signature(secret, parts), "hex");
  const actual = Buffer.from(/^[0-9a-f]{64}$/.test(given) ? given : "", "hex");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { ok: false, reason: "forged" };
  return parts.expires >= nowSeconds ? { ok: true } : { ok: false, reason: "expired" };
}
