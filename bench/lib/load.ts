/**
 * Load generation from child processes (bench/lib/loadProcess.ts), one autocannon per child.
 *
 * Contract: `prepareLoad(spec)` resolves once the child is loaded and idle; `start()` then begins
 * the load at once and resolves with its result (rejects if the child fails or exits). Preparing
 * first lets two loads start within a millisecond of each other.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

import type { LoadResult, LoadSpec } from "./loadTypes.js";

export type { LoadResult, LoadSpec } from "./loadTypes.js";

const LOAD_PROCESS = fileURLToPath(new URL("./loadProcess.ts", import.meta.url));

export interface PreparedLoad {
  start(): Promise<LoadResult>;
  /** Ends a started load before its duration is over; its promise then resolves. */
  stop(): void;
}

type Message = { type: "ready" } | { type: "result"; result: LoadResult } | { type: "error"; message: string };

export async function prepareLoad(spec: LoadSpec): Promise<PreparedLoad> {
  const child = fork(LOAD_PROCESS, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const result = new Promise<LoadResult>((resolve, reject) => {
    child.on("message", (message: Message) => {
      if (message.type === "result") resolve(message.result);
      if (message.type === "error") reject(new Error(`load ${spec.label}: ${message.message}`));
    });
    child.once("exit", (code) => reject(new Error(`load ${spec.label}: process exited with ${code}`)));
  });
  result.catch(() => undefined);
  await new Promise<void>((resolve, reject) => {
    child.on("message", (message: Message) => {
      if (message.type === "ready") resolve();
    });
    child.once("exit", (code) => reject(new Error(`load ${spec.label}: process exited with ${code} before it was ready`)));
  });
  return {
    start: () => {
      child.send({ type: "start", spec });
      return result;
    },
    stop: () => {
      if (child.connected) child.send({ type: "stop" });
    },
  };
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return (await prepareLoad(spec)).start();
}
