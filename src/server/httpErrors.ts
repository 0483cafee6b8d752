/**
 * Every HTTP-level refusal of the server as JSON, in every NODE_ENV, never a stack or a path.
 *
 * Contract:
 * - `sendHttpError` answers in the shape of the route: on /graphql a GraphQL response
 *   `{"errors": [{"message", "extensions": {"code", "requestId", ...}}]}`, elsewhere the problem
 *   document of the REST routes `{"error": {"code", "message", "requestId"}}`.
 * - `refuseHostileUrls` (first middleware): a path with a malformed percent-escape is 400
 *   BAD_REQUEST; a path segment or query parameter that breaks the input policy (NUL, unpaired
 *   surrogate) is 400 BAD_USER_INPUT naming it. Nothing else is looked at.
 * - `answerUnmatched` (after every route): 404 NOT_FOUND.
 * - `answerHttpErrors` (last): an error thrown by a body parser or by Express becomes its status
 *   with a typed code (415 UNSUPPORTED_MEDIA_TYPE for an unknown charset or content-encoding,
 *   400 BAD_REQUEST for a corrupt or undecodable body, 413 PAYLOAD_TOO_LARGE, other 4xx
 *   BAD_REQUEST); anything else is 500 INTERNAL_SERVER_ERROR, logged. When the answer has already
 *   begun (the request deadline answered first) the error is only logged.
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from "express";

import { textProblem } from "../domain/shared/validation/inputPolicy.js";
import { ErrorCode } from "../errors/errorCodes.js";
import type { Logger } from "../logger.js";
import { requestIdFor } from "./requestId.js";

export function sendHttpError(
  req: Request,
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  if (res.headersSent) return;
  const requestId = requestIdFor(req, res);
  const body = req.path === "/graphql" || req.baseUrl === "/graphql" || req.originalUrl.startsWith("/graphql")
    ? { errors: [{ message, extensions: { code, ...extensions, requestId } }] }
    : { error: { code, message, ...extensions, requestId } };
  res.status(status).json(body);
}

function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function refuseHostileUrls(): RequestHandler {
  return (req, res, next) => {
    const queryAt = req.originalUrl.indexOf("?");
    const path = queryAt >= 0 ? req.originalUrl.slice(0, queryAt) : req.originalUrl;
    for (const segment of path.split("/")) {
      const decoded = decodedSegment(segment);
      if (decoded === null) {
        sendHttpError(req, res, 400, ErrorCode.BAD_REQUEST, "The URL path has a malformed percent-escape");
        return;
      }
      const problem = textProblem(decoded);
      if (problem) {
        sendHttpError(req, res, 400, ErrorCode.BAD_USER_INPUT, `The URL path ${problem}`, { argument: "path" });
        return;
      }
    }
    if (queryAt >= 0) {
      for (const [name, value] of new URLSearchParams(req.originalUrl.slice(queryAt + 1))) {
        const problem = textProblem(name) ?? textProblem(value);
        if (problem) {
          const argument = textProblem(name) ? "query" : name;
          sendHttpError(req, res, 400, ErrorCode.BAD_USER_INPUT, `Query parameter "${argument}" ${problem}`, { argument });
          return;
        }
      }
    }
    next();
  };
}

export function answerUnmatched(): RequestHandler {
  return (req, res) => sendHttpError(req, res, 404, ErrorCode.NOT_FOUND, `No route for ${req.method} ${req.path}`);
}

interface HttpErrorFacts {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  expose?: unknown;
  limit?: unknown;
}

/** The code and the caller's message of a 4xx error raised by a body parser or Express. */
function clientError(status: number, type: unknown): { code: string; message: string } {
  switch (type) {
    case "charset.unsupported":
      return { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: "The request's charset is not supported; send UTF-8" };
    case "encoding.unsupported":
      return { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: "The request's content-encoding is not supported (use gzip, deflate, br or none)" };
    case "entity.too.large":
      return { code: ErrorCode.PAYLOAD_TOO_LARGE, message: "The request body is larger than the limit" };
    case "entity.parse.failed":
      return { code: ErrorCode.BAD_REQUEST, message: "The request body is not valid JSON" };
    case "request.aborted":
      return { code: ErrorCode.BAD_REQUEST, message: "The request was aborted" };
    case "request.size.invalid":
      return { code: ErrorCode.BAD_REQUEST, message: "The request body does not match its content-length" };
    default:
      if (status === 413) return { code: ErrorCode.PAYLOAD_TOO_LARGE, message: "The request body is larger than the limit" };
      if (status === 415) return { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: "The request's content type or encoding is not supported" };
      return { code: ErrorCode.BAD_REQUEST, message: "The request body could not be read (corrupt, truncated or undecodable)" };
  }
}

export function answerHttpErrors(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const facts = (error ?? {}) as HttpErrorFacts;
    const status = typeof facts.status === "number" ? facts.status : typeof facts.statusCode === "number" ? facts.statusCode : 500;
    if (res.headersSent) {
      log.warn({ err: error, requestId: res.locals.requestId as unknown }, "error after the answer began");
      return;
    }
    if (error instanceof URIError) {
      sendHttpError(req, res, 400, ErrorCode.BAD_REQUEST, "The URL has a malformed percent-escape");
      return;
    }
    if (status >= 400 && status < 500) {
      const { code, message } = clientError(status, facts.type);
      sendHttpError(req, res, status, code, message);
      return;
    }
    log.error({ err: error, requestId: requestIdFor(req, res) }, "unhandled HTTP error");
    sendHttpError(req, res, 500, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
  };
}
