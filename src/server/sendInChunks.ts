/**
 * Sends a large response body in slices, returning to the event loop between them.
 *
 * Contract: the client receives exactly `body` (with a Content-Length header), as one response;
 * between slices of `sliceBytes` the event loop runs (after a full socket buffer, once it has
 * drained), so one multi-megabyte body is copied into the socket in many short steps instead of
 * one long system call that holds every other request. Resolves when the last slice is handed to
 * the socket, or as soon as the connection closes.
 */
import type { Response } from "express";

/** Bytes written per step: large enough to keep the socket busy, small enough to copy in well under a millisecond. */
export const SLICE_BYTES = 64 * 1024;

function nextTurn(res: Response, drained: boolean): Promise<void> {
  return new Promise((resolve) => {
    if (drained) {
      setImmediate(resolve);
      return;
    }
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

export async function sendInChunks(res: Response, body: Buffer, sliceBytes = SLICE_BYTES): Promise<void> {
  res.setHeader("content-length", String(body.byteLength));
  for (let offset = 0; ; offset += sliceBytes) {
    const slice = body.subarray(offset, offset + sliceBytes);
    if (offset + sliceBytes >= body.byteLength) {
      res.end(slice);
      return;
    }
    const drained = res.write(slice);
    await nextTurn(res, drained);
    if (res.destroyed) return;
  }
}
