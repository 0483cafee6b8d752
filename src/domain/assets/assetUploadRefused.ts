/**
 * Why an upload was refused; nothing is stored when one is thrown. Transports map the kind to
 * their own status (HTTP: TOO_LARGE 413, UNSUPPORTED_TYPE 415, NOT_FOUND 404, INVALID 422).
 */
export type AssetUploadRefusalKind = "TOO_LARGE" | "UNSUPPORTED_TYPE" | "NOT_FOUND" | "INVALID";

export class AssetUploadRefused extends Error {
  constructor(
    readonly kind: AssetUploadRefusalKind,
    message: string,
    /** The form field at fault, when one is. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = "AssetUploadRefused";
  }
}
