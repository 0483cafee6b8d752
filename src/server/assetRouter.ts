/**
 * HTTP routes of asset files (docs/assets.md):
 *
 * - `POST /assets`: a `multipart/form-data` upload with the text fields `thingId`, `name`, `label`
 *   and `releaseStatus` (all optional; a GraphQL `ReleaseStatus` name, DRAFT when omitted) BEFORE
 *   the one file field `file`, streamed into the store (uploadAsset). Needs the role of the
 *   `recordAsset` mutation (src/authz/mutationRoles.ts), from the bearer token as on /graphql.
 *   201 `{created: true, asset}` for a new asset, 200 `{created: false, asset}` when the same bytes
 *   were uploaded before (that asset). Refusals are RFC 9457 problems (`application/problem+json`:
 *   `status`, `title`, `detail`, `code`, `field`, `requestId`) and store nothing: 401/403 for the
 *   caller, 415 for a body that is not multipart or a file of a type not accepted, 413 for a file
 *   (or a declared body) over the size limit, 404 for an unknown `thingId`, 422 for invalid fields
 *   (a field after the file, a second file, no file, a blank name, an empty file).
 * - `GET /assets/files/<key>?expires&type&name&signature` (local-disk store only): the file of a
 *   signed URL (src/storage/signedLocalUrl.ts), with its type and name, `nosniff` and a sandbox
 *   CSP; 403 for a forged or expired URL, 404 for a missing object.
 */
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";

import busboy from "busboy";
import type { Request, Response, Router } from "express";
import express from "express";

import { AuthenticationError } from "../auth/authErrors.js";
import type { Authentication } from "../auth/authentication.js";
import { authorizeMutation } from "../authz/authorizeMutation.js";
import { AssetUploadRefused, type AssetUploadRefusalKind } from "../domain/assets/assetUploadRefused.js";
import { uploadAsset, type AssetUploadInput } from "../domain/assets/uploadAsset.js";
import { assetDownloadUrl, assetThumbnailUrl } from "../domain/assets/assetDownloadUrl.js";
import { FULL_VIEWER } from "../domain/visibility/viewer.js";
import { releaseStatusValues } from "../domain/vocabulary/enumValues.js";
import type { Asset, PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { sendProblem } from "./sendProblem.js";
import type { AssetFiles } from "../storage/assetFiles.js";
import { inlineDisposition, isStoreKey, type AssetStore } from "../storage/assetStore.js";
import { LOCAL_FILES_PATH } from "../storage/signedLocalUrl.js";

export interface AssetRouterOptions {
  prisma: PrismaClient;
  assetFiles: AssetFiles;
  logger: Logger;
  /** Who is calling, from the Authorization header (the server's authenticator). */
  authenticate: (authorization: string | undefined) => Promise<Authentication>;
}

/** Room for the multipart framing and the text fields around the file, in the early size check. */
const MULTIPART_OVERHEAD_BYTES = 1024 * 1024;

const STATUS_OF: Record<AssetUploadRefusalKind, number> = { TOO_LARGE: 413, UNSUPPORTED_TYPE: 415, NOT_FOUND: 404, INVALID: 422 };

const TEXT_FIELDS = new Set(["thingId", "name", "label", "releaseStatus"]);

/** The client went away before the upload was complete: nobody to answer. */
class UploadAborted extends Error {}

/** A refusal of this route: a problem document naming its code and, where one is at fault, the field. */
/**
 * The rest of an upload refused while it still arrives: read and dropped when its length is declared
 * (at most the limit, refused on arrival otherwise), so a client still sending reads the answer
 * (Node 24's fetch fails with EPIPE on a connection closed under it); cut off with the connection
 * when it is too large or of unknown length.
 */
function discardRest(req: Request, res: Response, refusal: AssetUploadRefused): void {
  if (req.complete) return;
  if (refusal.kind === "TOO_LARGE" || req.get("content-length") === undefined) {
    res.setHeader("connection", "close");
    return;
  }
  req.unpipe();
  req.resume();
}

function refuse(res: Response, status: number, code: string, detail: string, field: string | null = null): void {
  sendProblem(res, status, detail, { code, field });
}

/** The caller's identity when it may upload; otherwise answers 401/403 and returns false. */
async function uploader(req: Request, res: Response, options: AssetRouterOptions): Promise<Authentication["user"] | false> {
  try {
    const { caller, user } = await options.authenticate(req.get("authorization"));
    const refusal = authorizeMutation(caller, "recordAsset");
    if (refusal === null) return user;
    const status = refusal instanceof AuthenticationError ? 401 : 403;
    if (status === 401) res.setHeader("www-authenticate", "Bearer");
    refuse(res, status, String(refusal.extensions.code), refusal.message.replace('Mutation "recordAsset"', "Uploading assets"));
    return false;
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    const challenge = (error.extensions.http as { headers?: Map<string, string> } | undefined)?.headers?.get("www-authenticate");
    res.setHeader("www-authenticate", challenge ?? "Bearer");
    refuse(res, 401, "UNAUTHENTICATED", error.message);
    return false;
  }
}

/** The text fields of the form as domain input; throws AssetUploadRefused (INVALID) for a bad one. */
function uploadInput(fields: Map<string, string>, fileName: string | null): AssetUploadInput {
  const thingText = fields.get("thingId")?.trim() ?? "";
  if (thingText !== "" && !/^[1-9][0-9]{0,9}$/.test(thingText)) {
    throw new AssetUploadRefused("INVALID", `thingId must be a positive integer (got "${thingText}")`, "thingId");
  }
  const thingId = thingText === "" ? null : Number(thingText);
  if (thingId !== null && thingId > 2_147_483_647) throw new AssetUploadRefused("NOT_FOUND", `Thing ${thingText} not found`, "thingId");
  const statusText = fields.get("releaseStatus")?.trim().toUpperCase() ?? "";
  if (statusText !== "" && !Object.hasOwn(releaseStatusValues, statusText)) {
    throw new AssetUploadRefused("INVALID", `releaseStatus must be one of ${Object.keys(releaseStatusValues).join(", ")}`, "releaseStatus");
  }
  return {
    name: fields.get("name") ?? null,
    label: fields.get("label") ?? null,
    thingId,
    releaseStatus: statusText === "" ? null : releaseStatusValues[statusText as keyof typeof releaseStatusValues],
    fileName,
  };
}

/** The GraphQL name of a release status term ("public" → "PUBLIC"). */
function releaseStatusName(term: string): string {
  return Object.entries(releaseStatusValues).find(([, value]) => value === term)?.[0] ?? term;
}

async function assetJson(asset: Asset, assetFiles: AssetFiles) {
  const deps = { store: assetFiles.store, viewer: FULL_VIEWER, ttlSeconds: assetFiles.urlTtlSeconds };
  return {
    id: String(asset.id),
    name: asset.name,
    label: asset.label,
    mimeType: asset.mimeType,
    size: asset.size,
    storageService: asset.storageService,
    storagePath: asset.storagePath,
    uri: asset.uri,
    releaseStatus: releaseStatusName(asset.releaseStatus),
    url: await assetDownloadUrl(deps, asset),
    thumbnailUrl: await assetThumbnailUrl(deps, asset),
  };
}

/**
 * Parses the multipart body and runs the upload when the file part starts. The file reaches the
 * domain through a stream that ends only when the whole body is parsed, so that a field after
 * the file, a second file or a truncated body fails the upload before anything is recorded.
 */
function receiveUpload(req: Request, options: AssetRouterOptions, user: Authentication["user"]): Promise<{ asset: Asset; created: boolean }> {
  const { assetFiles } = options;
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: assetFiles.maxBytes + 1, fields: 10, fieldSize: 64 * 1024, parts: 12 },
      });
    } catch {
      reject(new AssetUploadRefused("INVALID", "The multipart body has no boundary", null));
      return;
    }
    const fields = new Map<string, string>();
    let file: PassThrough | null = null;
    let late: AssetUploadRefused | null = null;
    const fail = (error: Error): void => {
      if (file) file.destroy(error);
      else reject(error);
    };

    parser.on("field", (name, value) => {
      if (file) late ??= new AssetUploadRefused("INVALID", `The field "${name}" comes after the file: send the text fields first`, name);
      else if (TEXT_FIELDS.has(name)) fields.set(name, value);
    });
    parser.on("file", (name, stream, info) => {
      if (name !== "file" || file) {
        late ??= new AssetUploadRefused("INVALID", name !== "file" ? `Unexpected file field "${name}": the file goes in the field "file"` : "Send one file per upload", name);
        stream.resume();
        return;
      }
      file = new PassThrough();
      stream.on("error", (error) => file?.destroy(error));
      stream.pipe(file, { end: false });
      let input: AssetUploadInput;
      try {
        input = uploadInput(fields, info.filename ?? null);
      } catch (error) {
        file.resume();
        reject(error as Error);
        return;
      }
      uploadAsset({ prisma: options.prisma, store: assetFiles.store, user, maxBytes: assetFiles.maxBytes }, input, file).then(resolve, reject);
    });
    parser.on("filesLimit", () => {
      late ??= new AssetUploadRefused("INVALID", "Send one file per upload", "file");
    });
    parser.on("close", () => {
      if (!file) reject(late ?? new AssetUploadRefused("INVALID", 'The upload has no file field "file"', "file"));
      else if (late) file.destroy(late);
      else file.end();
    });
    parser.on("error", (error: Error) => fail(new AssetUploadRefused("INVALID", `The multipart body is malformed: ${error.message}`, null)));
    req.on("close", () => {
      if (!req.complete) fail(new UploadAborted("the client closed the connection during the upload"));
    });
    req.pipe(parser);
  });
}

export function assetRouter(options: AssetRouterOptions): Router {
  const router = express.Router();
  const { assetFiles, logger } = options;

  router.post("/assets", async (req, res) => {
    try {
      const user = await uploader(req, res, options);
      if (user === false) return;
      if (!(req.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
        refuse(res, 415, "UNSUPPORTED_MEDIA_TYPE", 'Send the file as the field "file" of a multipart/form-data body');
        return;
      }
      const declared = Number(req.get("content-length") ?? Number.NaN);
      if (declared > assetFiles.maxBytes + MULTIPART_OVERHEAD_BYTES) {
        res.setHeader("connection", "close");
        refuse(res, 413, "TOO_LARGE", `The file is larger than the limit of ${assetFiles.maxBytes} bytes`, "file");
        return;
      }
      const { asset, created } = await receiveUpload(req, options, user);
      res.status(created ? 201 : 200).json({ created, asset: await assetJson(asset, assetFiles) });
    } catch (error) {
      if (error instanceof AssetUploadRefused) {
        discardRest(req, res, error);
        refuse(res, STATUS_OF[error.kind], error.kind, error.message, error.field);
      } else if (error instanceof UploadAborted) {
        logger.info({ requestId: res.locals.requestId as unknown }, error.message);
      } else {
        logger.error({ err: error, requestId: res.locals.requestId as unknown }, "asset upload failed");
        refuse(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
      }
    }
  });

  if (assetFiles.store.verifyUrl) router.use(localDownloadRouter(assetFiles.store, logger));
  return router;
}

/** The download route of the local-disk store's signed URLs (`GET /assets/files/<key>?...`). */
export function localDownloadRouter(store: AssetStore, logger: Logger): Router {
  const router = express.Router();
  router.get(`${LOCAL_FILES_PATH}*key`, async (req, res) => {
    try {
      const segments: unknown = (req.params as Record<string, unknown>).key;
      const key = Array.isArray(segments) ? segments.join("/") : "";
      const query = (name: string): string => (typeof req.query[name] === "string" ? req.query[name] : "");
      const parts = { key, expires: Number(query("expires")), type: query("type"), name: query("name") };
      if (!isStoreKey(key) || !Number.isInteger(parts.expires)) {
        refuse(res, 403, "FORBIDDEN", "This download link is not valid");
        return;
      }
      const verdict = (await store.verifyUrl?.(parts, query("signature"))) ?? { ok: false, reason: "forged" };
      if (!verdict.ok) {
        refuse(res, 403, "FORBIDDEN", verdict.reason === "expired" ? "This download link has expired: ask for the asset's url again" : "This download link is not valid");
        return;
      }
      const body = await store.get(key);
      if (!body) {
        refuse(res, 404, "NOT_FOUND", "The file of this link no longer exists");
        return;
      }
      res
        .status(200)
        .set({
          "content-type": parts.type,
          "content-disposition": inlineDisposition(parts.name),
          "x-content-type-options": "nosniff",
          "content-security-policy": "sandbox",
          "cache-control": "private, max-age=60",
        });
      await pipeline(body, res);
    } catch (error) {
      logger.error({ err: error, requestId: res.locals.requestId as unknown }, "asset download failed");
      refuse(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
    }
  });
  return router;
}
