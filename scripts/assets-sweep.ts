/**
 * npm run assets:sweep [-- --delete] [-- --json]
 *
 * Compares the asset store (ASSET_STORAGE ...) with the asset records of DATABASE_URL (or the
 * embedded database): objects without rows, rows without objects, abandoned uploads. A dry run
 * by default; `--delete` removes the objects without rows (each only if still unrecorded under its
 * storage path's lock) and the abandoned uploads. Rows are never deleted. Exit status 0 when the
 * two agree (or were made to), 1 when differences remain, 3 on a failure.
 */
import { parseArgs } from "node:util";

import { parseConfig } from "../src/config.js";
import { withConfiguredDatabase } from "../src/runtime/withConfiguredDatabase.js";
import { sweepAssets, type SweepReport } from "../src/domain/assets/sweepAssets.js";
import { createAssetStore } from "../src/storage/createAssetStore.js";

function print(report: SweepReport, apply: boolean): void {
  const lines = [
    `${report.objects} stored objects, ${report.rows} asset rows of this store`,
    `${report.objectsWithoutRows.length} objects without rows${apply ? "" : " (dry run: --delete removes them)"}`,
    ...report.objectsWithoutRows.map((key) => `  ${key}`),
    `${report.rowsWithoutObjects.length} rows without objects (never deleted: re-upload the file or delete the asset)`,
    ...report.rowsWithoutObjects.map((row) => `  asset ${row.id}: ${row.storagePath}`),
    `${report.abandonedUploads.length} abandoned uploads`,
    ...report.abandonedUploads.map((key) => `  ${key}`),
    ...(apply ? [`removed ${report.removed.length} objects`] : []),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { delete: { type: "boolean", default: false }, json: { type: "boolean", default: false } }, strict: true });
  const config = parseConfig();
  return withConfiguredDatabase(config, 2, async (db) => {
    const store = await createAssetStore(config.assets.storage);
    const report = await sweepAssets({ prisma: db.prisma, store }, { apply: values.delete, now: new Date() });
    if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else print(report, values.delete);
    const remaining = report.rowsWithoutObjects.length + (values.delete ? 0 : report.objectsWithoutRows.length + report.abandonedUploads.length);
    return remaining === 0 ? 0 : 1;
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`assets:sweep failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(3);
  },
);
