/**
 * Scenario 7 (issue 12): the map layer, `thingsGeoJSON(latestLevel: true)` for every public well,
 * against the same collection without the latest level (bench/lib/geojsonTiming.ts, 3 alternating
 * rounds); target ≤ 2×.
 */
import { createDatabase } from "../../src/db/createDatabase.js";
import { timeGeojson } from "../lib/geojsonTiming.js";
import type { Scenario, ScenarioResult } from "../lib/scenario.js";

const TARGET_RATIO = 2;

export const mapLayer: Scenario = {
  id: "map-layer",
  title: "7. Map layer thingsGeoJSON(latestLevel: true)",
  async run({ data, log }): Promise<ScenarioResult> {
    const db = createDatabase({ url: data.url, poolMax: 2, acquireTimeoutMs: 30_000, statementTimeoutMs: 0 });
    try {
      const timing = await timeGeojson(db, "every public well", { thingTypes: ["water well"] }, 3);
      log(`  ${timing.features} features: ${timing.plainMs} ms without, ${timing.latestLevelMs} ms with the latest level`);
      return {
        id: this.id,
        title: this.title,
        summary: [
          {
            measurement: `every public well (${timing.features} features): with / without latestLevel`,
            result: `${timing.latestLevelMs} / ${timing.plainMs} ms = ${timing.ratio}×`,
            target: `≤ ${TARGET_RATIO}×`,
            met: timing.ratio <= TARGET_RATIO,
          },
        ],
        details: { ...timing },
      };
    } finally {
      await db.close();
    }
  },
};
