/**
 * The MIME type of an upload, from its first bytes (magic numbers, `file-type`), never from the
 * name or the type the client declares.
 *
 * Contract: returns the type when it is one of ASSET_MIME_TYPES, else an AssetUploadRefused
 * (UNSUPPORTED_TYPE) naming what the bytes are. Bytes without a known signature are text/plain
 * only when the head is UTF-8 without NUL bytes (the rest of the file is checked as it streams,
 * `plainTextChecker`); an empty file is INVALID.
 */
import { fileTypeFromBuffer } from "file-type";

import { ASSET_MIME_TYPES } from "./assetRules.js";
import { AssetUploadRefused } from "./assetUploadRefused.js";

/** How many leading bytes the sniffing reads (file-type needs at most 4,100). */
export const SNIFF_BYTES = 4100;

const PLAIN_TEXT = "text/plain";

function allowedList(): string {
  return ASSET_MIME_TYPES.join(", ");
}

export async function sniffAssetType(head: Uint8Array, complete: boolean): Promise<string | AssetUploadRefused> {
  if (head.length === 0) return new AssetUploadRefused("INVALID", "The file is empty", "file");
  const detected = await fileTypeFromBuffer(head);
  if (detected) {
    return ASSET_MIME_TYPES.includes(detected.mime)
      ? detected.mime
      : new AssetUploadRefused("UNSUPPORTED_TYPE", `The file's content is ${detected.mime} (.${detected.ext}), which is not accepted (accepted: ${allowedList()})`, "file");
  }
  const text = plainTextChecker();
  return text.accepts(head, complete) ? PLAIN_TEXT : new AssetUploadRefused("UNSUPPORTED_TYPE", `The file's content is of no accepted type (accepted: ${allowedList()}; binary data of an unknown kind is refused)`, "file");
}

/**
 * A streaming check that bytes are plain text: UTF-8 (a sequence may span chunks) without NUL
 * bytes. `accepts(chunk, last)` is false from the first offending chunk on.
 */
export function plainTextChecker(): { accepts(chunk: Uint8Array, last: boolean): boolean } {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  return {
    accepts(chunk, last) {
      if (chunk.includes(0)) return false;
      try {
        decoder.decode(chunk, { stream: !last });
        return true;
      } catch {
        return false;
      }
    },
  };
}

export function isPlainText(mimeType: string): boolean {
  return mimeType === PLAIN_TEXT;
}
