/**
 * `thingsGeoJSON` with and without `latestLevel`, timed side by side through the domain function
 * the GraphQL field and the download route share, as an anonymous caller.
 *
 * Contract: runs each variant once as a warm-up, then `rounds` times alternating which goes first;
 * returns the median milliseconds of each, the feature count and the ratio with/without.
 */
import type { Database } from "../../src/db/createDatabase.js";
import { findThingsFeatureCollection } from "../../src/domain/maps/thingsFeatureCollection.js";
import { ANONYMOUS_VIEWER } from "../../src/domain/visibility/viewer.js";
import type { ThingFilter } from "../../src/generated/graphql.js";
import { median } from "./scenario.js";

export interface GeojsonTiming {
  selection: string;
  features: number;
  plainMs: number;
  latestLevelMs: number;
  ratio: number;
}

export async function timeGeojson(db: Database, selection: string, filter: ThingFilter, rounds: number): Promise<GeojsonTiming> {
  const timings: Record<"plain" | "latest", number[]> = { plain: [], latest: [] };
  let features = 0;
  const run = async (variant: "plain" | "latest", record: boolean) => {
    const started = performance.now();
    const collection = await findThingsFeatureCollection(db.prisma, ANONYMOUS_VIEWER, filter, { latestLevel: variant === "latest" });
    if (record) timings[variant].push(performance.now() - started);
    features = collection.features.length;
  };
  await run("plain", false);
  await run("latest", false);
  for (let round = 0; round < rounds; round += 1) {
    for (const variant of round % 2 === 0 ? (["plain", "latest"] as const) : (["latest", "plain"] as const)) await run(variant, true);
  }
  const plainMs = Math.round(median(timings.plain));
  const latestLevelMs = Math.round(median(timings.latest));
  return { selection, features, plainMs, latestLevelMs, ratio: Math.round((latestLevelMs / plainMs) * 10) / 10 };
}
