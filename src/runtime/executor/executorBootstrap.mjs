// Entry of an executor worker thread when the server runs from source. Worker threads do not
// inherit the TypeScript loader the server runs under (tsx), so this plain ESM file registers it
// before importing the TypeScript entry named in workerData.entry. The compiled build (dist/)
// starts its threads in the compiled entry directly, without this file or tsx.
import { workerData } from "node:worker_threads";

if (workerData.entry.endsWith(".ts")) {
  const { register } = await import("tsx/esm/api");
  register();
}
await import(workerData.entry);
