/**
 * The JSON body parser of /graphql with its size limit.
 *
 * Contract: a body larger than `maxBodyBytes` is refused with HTTP 413 and a GraphQL-shaped JSON
 * error (`extensions.code` PAYLOAD_TOO_LARGE, `limit: "maxBodyBytes"`, `max`) before anything
 * reads it further (a body that is not valid JSON is HTTP 400 BAD_REQUEST, by httpErrors.ts);
 * a body whose variables nest deeper than the input policy's MAX_INPUT_DEPTH is HTTP 400
 * BAD_USER_INPUT naming the variable, before anything walks it recursively (structured clone to an
 * executor thread, variable coercion). Other errors pass on unchanged (httpErrors.ts answers them).
 */
import express, { type ErrorRequestHandler, type RequestHandler } from "express";

import { jsonPathText, jsonProblem, MAX_INPUT_DEPTH } from "../../domain/shared/validation/inputPolicy.js";
import { ErrorCode } from "../../errors/errorCodes.js";
import { sendHttpError } from "../httpErrors.js";

interface BodyParserError {
  type?: unknown;
}

/** Refuses a body nested deeper than the input policy allows (its text is checked later, by the Apollo plugin). */
const boundedDepth: RequestHandler = (req, res, next) => {
  const found = jsonProblem(req.body, MAX_INPUT_DEPTH + 1, false);
  if (!found) {
    next();
    return;
  }
  const [first, name, ...rest] = found.path;
  const argument = first === "variables" && typeof name === "string" ? name : String(first ?? "body");
  const where = first === "variables" && typeof name === "string" ? `Variable "$${name}"${rest.length > 0 ? ` (at ${jsonPathText(rest)})` : ""}` : `The request body`;
  sendHttpError(req, res, 400, ErrorCode.BAD_USER_INPUT, `${where} must not be nested more than ${MAX_INPUT_DEPTH} levels deep`, { argument });
};

export function jsonBody(maxBodyBytes: number): [RequestHandler, ErrorRequestHandler, RequestHandler] {
  const refuse: ErrorRequestHandler = (error: unknown, req, res, next) => {
    if ((error as BodyParserError | null)?.type !== "entity.too.large") {
      next(error);
      return;
    }
    sendHttpError(req, res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than the limit (maxBodyBytes) of ${maxBodyBytes} bytes`, {
      limit: "maxBodyBytes",
      max: maxBodyBytes,
    });
  };
  return [express.json({ limit: maxBodyBytes }), refuse, boundedDepth];
}
