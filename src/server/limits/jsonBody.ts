/**
 * The JSON body parser of /graphql with its size limit.
 *
 * Contract: a body larger than `maxBodyBytes` is refused with HTTP 413 and a GraphQL-shaped JSON
 * error (`extensions.code` PAYLOAD_TOO_LARGE, `limit: "maxBodyBytes"`, `max`) before anything
 * reads it further; a body that is not valid JSON is HTTP 400 with `extensions.code` BAD_REQUEST.
 * Other errors pass on unchanged.
 */
import express, { type ErrorRequestHandler, type RequestHandler } from "express";

interface BodyParserError {
  type?: unknown;
  status?: unknown;
}

export function jsonBody(maxBodyBytes: number): [RequestHandler, ErrorRequestHandler] {
  const refuse: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    const { type } = (error ?? {}) as BodyParserError;
    if (type === "entity.too.large") {
      res.status(413).json({
        errors: [
          {
            message: `The request body is larger than the limit (maxBodyBytes) of ${maxBodyBytes} bytes`,
            extensions: { code: "PAYLOAD_TOO_LARGE", limit: "maxBodyBytes", max: maxBodyBytes },
          },
        ],
      });
      return;
    }
    if (type === "entity.parse.failed") {
      res.status(400).json({ errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
      return;
    }
    next(error);
  };
  return [express.json({ limit: maxBodyBytes }), refuse];
}
