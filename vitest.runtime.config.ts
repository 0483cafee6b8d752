/**
 * The runtime tests: the files whose behaviour depends on the Node.js major rather than on our
 * JavaScript (process and thread start-up, signals, the compiled build, HTTP parsing and streams,
 * sockets to PostgreSQL and PgBouncer, tracing). CI runs the whole suite on the machine's Node and
 * these on the production Node (ADR 32, ADR 37): `npm run test:runtime`.
 */
import { defineConfig } from "vitest/config";

import base from "./vitest.config.js";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Replaces the base include (mergeConfig would append to it).
    include: [
      "tests/buildAndStart.test.ts",
      "tests/startup.test.ts",
      "tests/faults.test.ts",
      "tests/resilience.test.ts",
      "tests/executor.test.ts",
      "tests/assetExecutor.test.ts",
      "tests/embedded.test.ts",
      "tests/server.test.ts",
      "tests/hostileInput.test.ts",
      "tests/limits.test.ts",
      "tests/graphqlHttpAudit.test.ts",
      "tests/assetUpload.test.ts",
      "tests/logging.test.ts",
      "tests/tracing.test.ts",
      "tests/readReplica.test.ts",
      "tests/pgbouncer.test.ts",
    ],
  },
});
