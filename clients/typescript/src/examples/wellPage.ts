/**
 * Example: a typed well-page query against a running server.
 *
 *   npx tsx clients/typescript/src/examples/wellPage.ts [GRAPHQL_URL] [WELL_NAME]
 *
 * GRAPHQL_URL defaults to $OCOTILLO_GRAPHQL_URL, then http://127.0.0.1:4000/graphql; WELL_NAME to
 * $OCOTILLO_WELL, then NM-00001 (a well of the demo data). $OCOTILLO_TOKEN, when set, is sent as
 * a bearer token. Prints a short summary of the well and its latest water levels.
 *
 * The well's descriptive fields are read through the `WellSummary` fragment: the query's result
 * type does not expose them (fragment masking), only `getFragmentData(WellSummaryFragment, ...)`
 * does, so a component sees exactly the fields it declared.
 */
import { pathToFileURL } from "node:url";

import type { LengthUnit } from "../gql/graphql.js";
import { getFragmentData, graphql, type FragmentType } from "../gql/index.js";
import { request, type RequestOptions } from "../request.js";

export const WellSummaryFragment = graphql(`
  fragment WellSummary on Well {
    name
    siteName
    releaseStatus
    wellDepth {
      value
      unit
    }
    currentLocation {
      latitude
      longitude
      elevation {
        value
        unit
      }
    }
    waterLevelStats {
      count
      min
      max
    }
  }
`);

export const WellPageQuery = graphql(`
  query WellPage($name: String!, $levels: Int!) {
    wellByName(name: $name) {
      id
      ...WellSummary
      groundwaterLevels(first: $levels, order: NEWEST_FIRST) {
        totalCount
        edges {
          node {
            measuredAt
            depthToWater {
              value
              unit
            }
            method
          }
        }
      }
    }
  }
`);

/** The fields of `WellSummary`, unmasked. */
export function wellSummary(well: FragmentType<typeof WellSummaryFragment>) {
  return getFragmentData(WellSummaryFragment, well);
}

export type WellSummary = ReturnType<typeof wellSummary>;

export interface WellPage {
  id: string;
  summary: WellSummary;
  levelCount: number;
  latestLevels: { measuredAt: string; depthToWaterFt: number | null; method: string | null }[];
}

/** Runs the well-page query; null when no well has that name. */
export async function fetchWellPage(
  url: string,
  name: string,
  options: RequestOptions & { levels?: number } = {},
): Promise<WellPage | null> {
  const data = await request(url, WellPageQuery, { name, levels: options.levels ?? 5 }, options);
  const well = data.wellByName;
  if (!well) return null;
  return {
    id: well.id,
    summary: wellSummary(well),
    levelCount: well.groundwaterLevels.totalCount,
    latestLevels: well.groundwaterLevels.edges.map(({ node }) => ({
      measuredAt: node.measuredAt,
      depthToWaterFt: node.depthToWater?.value ?? null,
      method: node.method,
    })),
  };
}

const UNIT_SYMBOLS: Record<LengthUnit, string> = { FOOT: "ft", INCH: "in", METER: "m" };

function length(value: { value: number; unit: LengthUnit } | null): string {
  return value ? `${value.value} ${UNIT_SYMBOLS[value.unit]}` : "unknown";
}

/** A few lines for a terminal. */
export function formatWellPage(page: WellPage): string {
  const { summary } = page;
  const location = summary.currentLocation;
  const lines = [
    `${summary.name}${summary.siteName ? ` (${summary.siteName})` : ""}, id ${page.id}, ${summary.releaseStatus}`,
    `  well depth: ${length(summary.wellDepth)}`,
    `  location:   ${location ? `${location.latitude}, ${location.longitude}` : "none"}` +
      (location?.elevation ? `, elevation ${length(location.elevation)} NAVD88` : ""),
    `  water levels: ${page.levelCount}` +
      (summary.waterLevelStats && summary.waterLevelStats.count > 0
        ? ` (depth to water ${summary.waterLevelStats.min} to ${summary.waterLevelStats.max} ft)`
        : ""),
    ...page.latestLevels.map(
      (level) => `    ${level.measuredAt}  ${level.depthToWaterFt === null ? "no value" : `${level.depthToWaterFt} ft`}  ${level.method ?? ""}`,
    ),
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const url = process.argv[2] ?? process.env.OCOTILLO_GRAPHQL_URL ?? "http://127.0.0.1:4000/graphql";
  const name = process.argv[3] ?? process.env.OCOTILLO_WELL ?? "NM-00001";
  const token = process.env.OCOTILLO_TOKEN;
  const page = await fetchWellPage(url, name, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  console.log(page ? formatWellPage(page) : `No well named ${name} at ${url}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
