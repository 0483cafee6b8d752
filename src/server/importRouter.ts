/**
 * HTTP upload routes of the bulk imports (the reference's multipart uploads):
 *
 * - `POST /imports/water-levels`, `POST /imports/well-inventory` and `POST /imports/chemistry-results`:
 *   the CSV as the request body
 *   (`content-type: text/csv`, also text/plain or application/csv) OR as the field `file` of a
 *   `multipart/form-data` upload (what browsers and the reference UI send). Body limit 32 MiB. The
 *   response is the import's result as JSON (`status`, `summary`, `problems`, and `waterLevels`,
 *   `wells` or `results`) with HTTP 201 when every row was written, 422 when rows were invalid (nothing written),
 *   400 when the file itself is unusable (structural problems; a body that is not UTF-8 is
 *   MALFORMED_CSV).
 * - `POST /imports/transducer-readings?wellId=<id>|well=<name>&parameter=<term>[&deploymentId=<id>]
 *   [&replaceOverlapping=true][&reviewStatus=APPROVED|NOT_REVIEWED][&sourceFile=<name>]`: a
 *   `text/csv` body STREAMED into the COPY-based ingest (never buffered), same statuses.
 *
 * Every route needs the Editor role (Admin includes it), and the well inventory, which creates
 * contacts, also the personal-data capability, as the mutations do (src/authz/mutationRoles.ts):
 * 401 without valid credentials, 403 without the role; the error body is
 * `{"error": {"code", "message", "requestId"}}`. Other content types are 415.
 */
import type { Request, Response, Router } from "express";
import express from "express";
import type pg from "pg";

import { AuthenticationError } from "../auth/authErrors.js";
import type { Caller } from "../auth/caller.js";
import { roleIncludes } from "../auth/roles.js";
import type { ContextUser } from "../context.js";
import { importChemistryResults } from "../domain/chemistry/importChemistryResults.js";
import { importWaterLevels } from "../domain/imports/importWaterLevels.js";
import { importWellInventory } from "../domain/imports/importWellInventory.js";
import { httpStatusOf, rejected, type ImportOutcome } from "../domain/imports/importResult.js";
import { parseId } from "../domain/shared/ids.js";
import { ingestTransducerCsv } from "../domain/transducerSeries/ingestTransducerCsv.js";
import { reviewStatusValues } from "../domain/vocabulary/enumValues.js";
import type { LexiconCache } from "../domain/vocabulary/lexiconCache.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { sendRouteError } from "./sendRouteError.js";

export interface ImportRouterOptions {
  prisma: PrismaClient;
  /** The pool the COPY ingest takes a connection of its own from. */
  pool: pg.Pool;
  lexicon: LexiconCache;
  logger: Logger;
  /** Who is calling, from the Authorization header (the server's authenticator). */
  authenticate: (authorization: string | undefined) => Promise<{ caller: Caller; user: ContextUser | null }>;
  /** Largest number of data rows of a CSV import (default 10,000). */
  maxRows?: number;
}

/** Largest request body of the CSV imports. */
export const IMPORT_BODY_LIMIT = "32mb";

const CSV_TYPES = ["text/csv", "text/plain", "application/csv"];

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message, requestId: res.locals.requestId as unknown } });
}

/**
 * The caller's identity when it may import (Editor or Admin, with the personal-data capability
 * when `personalData`); otherwise answers 401/403 and returns false.
 */
async function authorized(req: Request, res: Response, options: ImportRouterOptions, personalData = false): Promise<ContextUser | null | false> {
  try {
    const { caller, user } = await options.authenticate(req.get("authorization"));
    if (!caller.authenticated) {
      res.setHeader("www-authenticate", "Bearer");
      sendError(res, 401, "UNAUTHENTICATED", "Imports need a bearer token of an Editor or Admin");
      return false;
    }
    if (!roleIncludes(caller.role, "Editor")) {
      sendError(res, 403, "FORBIDDEN", "Imports need the Editor or Admin role");
      return false;
    }
    if (personalData && !caller.personalData) {
      sendError(res, 403, "FORBIDDEN", "The well inventory import writes contacts: it needs the personal-data capability (group PII, or Admin)");
      return false;
    }
    return user;
  } catch (error) {
    if (error instanceof AuthenticationError) {
      const headers = (error.extensions.http as { headers?: Map<string, string> } | undefined)?.headers;
      const challenge = headers?.get("www-authenticate");
      if (challenge) res.setHeader("www-authenticate", challenge);
      sendError(res, 401, "UNAUTHENTICATED", error.message);
      return false;
    }
    throw error;
  }
}

/** The `file` part of a multipart/form-data body, or null when there is none. */
export function multipartFile(body: Buffer, contentType: string, field = "file"): Buffer | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return null;
  const delimiter = Buffer.from(`--${marker}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length, next);
    const split = part.indexOf("\r\n\r\n");
    if (split !== -1) {
      const headers = part.subarray(0, split).toString("utf8");
      const disposition = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(headers);
      if (disposition?.[1] === field) {
        const content = part.subarray(split + 4);
        return content.subarray(0, content.length >= 2 && content.subarray(-2).toString() === "\r\n" ? content.length - 2 : content.length);
      }
    }
    start = next;
  }
  return null;
}

type CsvBody = { ok: true; text: string } | { ok: false; status: number; code: string; message: string } | { ok: false; outcome: ImportOutcome };

function csvBody(req: Request): CsvBody {
  const type = (req.get("content-type") ?? "").toLowerCase();
  let bytes: Buffer;
  if (type.startsWith("multipart/form-data")) {
    const file = Buffer.isBuffer(req.body) ? multipartFile(req.body, req.get("content-type") ?? "") : null;
    if (!file) return { ok: false, status: 400, code: "BAD_USER_INPUT", message: 'The multipart upload has no field "file"' };
    bytes = file;
  } else if (CSV_TYPES.some((t) => type.startsWith(t))) {
    bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  } else {
    return { ok: false, status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: `Send the CSV as text/csv or as the field "file" of multipart/form-data (got "${type || "no content type"}")` };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      outcome: rejected([{ kind: "MALFORMED_CSV", row: null, field: null, value: null, message: "The file is not UTF-8 text" }], 0),
    };
  }
}

function queryText(req: Request, name: string): string | null {
  const value: unknown = req.query[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

export function importRouter(options: ImportRouterOptions): Router {
  const router = express.Router();
  const raw = express.raw({ type: () => true, limit: IMPORT_BODY_LIMIT });
  const importOptions = { maxRows: options.maxRows };

  const csvRoute = (
    run: (ctx: { prisma: PrismaClient; user: ContextUser | null; lexicon: LexiconCache }, csv: string) => Promise<ImportOutcome>,
    personalData = false,
  ) =>
    async (req: Request, res: Response) => {
      try {
        const user = await authorized(req, res, options, personalData);
        if (user === false) return;
        const body = csvBody(req);
        if (!body.ok) {
          if ("outcome" in body) res.status(httpStatusOf(body.outcome)).json(body.outcome);
          else sendError(res, body.status, body.code, body.message);
          return;
        }
        const outcome = await run({ prisma: options.prisma, user, lexicon: options.lexicon }, body.text);
        res.status(httpStatusOf(outcome)).json(outcome);
      } catch (error) {
        sendRouteError(res, options.logger, error);
      }
    };

  router.post("/imports/water-levels", raw, csvRoute((ctx, csv) => importWaterLevels(ctx, csv, importOptions)));
  router.post("/imports/well-inventory", raw, csvRoute((ctx, csv) => importWellInventory(ctx, csv, importOptions), true));
  router.post("/imports/chemistry-results", raw, csvRoute((ctx, csv) => importChemistryResults(ctx, csv, importOptions)));

  router.post("/imports/transducer-readings", async (req, res) => {
    try {
      const user = await authorized(req, res, options);
      if (user === false) return;
      const type = (req.get("content-type") ?? "").toLowerCase();
      if (!CSV_TYPES.some((t) => type.startsWith(t))) {
        sendError(res, 415, "UNSUPPORTED_MEDIA_TYPE", "Send the readings as a text/csv body");
        return;
      }
      const wellId = queryText(req, "wellId");
      const wellName = queryText(req, "well");
      const parameter = queryText(req, "parameter");
      const reviewStatus = queryText(req, "reviewStatus");
      if ((wellId === null) === (wellName === null) || parameter === null) {
        sendError(res, 400, "BAD_USER_INPUT", 'Give "parameter" and one of "wellId" or "well" (its name)');
        return;
      }
      if (reviewStatus !== null && reviewStatus !== "APPROVED" && reviewStatus !== "NOT_REVIEWED") {
        sendError(res, 400, "BAD_USER_INPUT", '"reviewStatus" must be APPROVED or NOT_REVIEWED');
        return;
      }
      const term = options.lexicon.resolve("parameter_name", parameter);
      if (!term.ok) {
        sendError(res, 400, "BAD_USER_INPUT", term.message);
        return;
      }
      const deploymentId = queryText(req, "deploymentId");
      const result = await ingestTransducerCsv({
        pool: options.pool,
        well: wellId !== null ? { id: parseId(wellId, "wellId") } : { name: wellName ?? "" },
        parameter: term.term,
        deploymentId: deploymentId === null ? null : parseId(deploymentId, "deploymentId"),
        source: req,
        sourceFile: queryText(req, "sourceFile"),
        sourceKind: "http upload",
        reviewStatus: reviewStatus === null ? undefined : reviewStatusValues[reviewStatus],
        replaceOverlapping: queryText(req, "replaceOverlapping") === "true",
        user,
      });
      res.status(httpStatusOf(result)).json(result);
    } catch (error) {
      sendRouteError(res, options.logger, error);
    }
  });
  return router;
}
