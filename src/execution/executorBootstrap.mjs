// Entry of an executor worker thread. Worker threads do not inherit the TypeScript loader the
// server runs under (tsx), so this plain ESM file registers it before importing the TypeScript
// entry named in workerData.entry. A compiled (.js) entry is imported as is.
import { workerData } from "node:worker_threads";

if (workerData.entry.endsWith(".ts")) {
  const { register } = await import("tsx/esm/api");
  register();
}
await import(workerData.entry);
