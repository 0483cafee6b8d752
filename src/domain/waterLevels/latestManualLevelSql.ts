/**
 * The latest measured manual level of each site, as the viewer may see it, in SQL.
 *
 * Contract: read from `latest_manual_level` (one row per site and observation release status, kept
 * current by triggers; ADR 27): per site, the newest row whose release status the viewer may see
 * (latest time, then highest observation id), with its depth to water by the series' rule
 * (`depthToWaterSql`). The site's own visibility is the caller's condition.
 */
import { Prisma } from "../../generated/prisma/client.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";
import { depthToWaterSql } from "./groundwaterLevelSql.js";

/** Rows of `latest_manual_level m` the viewer may see at the sites where `thingCondition` (over `m.thing_id`) holds. */
function visibleRows(thingCondition: Prisma.Sql, viewer: Viewer): Prisma.Sql {
  return Prisma.sql`FROM latest_manual_level m WHERE ${thingCondition} AND ${releasedSql(viewer, Prisma.sql`m.release_status`)}`;
}

/** Boolean SQL: a site where `thingCondition` holds has a latest level the viewer may see. */
export function hasLatestManualLevelSql(thingCondition: Prisma.Sql, viewer: Viewer): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 ${visibleRows(thingCondition, viewer)})`;
}

/**
 * Relation `(thing_id, observation_id, measured_at, value, measuring_point_height, depth)`: one row per
 * site where `thingCondition` (over `m.thing_id`) holds and that has a level the viewer may see;
 * `depth` is numeric feet below ground surface, `measuring_point_height` the height used for it.
 */
export function latestManualLevelSql(thingCondition: Prisma.Sql, viewer: Viewer): Prisma.Sql {
  const { depthJoin, height, depth } = depthToWaterSql({
    thingId: Prisma.sql`lv.thing_id`,
    measuredAt: Prisma.sql`lv.measured_at`,
    value: Prisma.sql`lv.value`,
    ownHeight: Prisma.sql`lv.measuring_point_height`,
  });
  return Prisma.sql`
    SELECT lv.thing_id, lv.observation_id, lv.measured_at, lv.value, ${height} AS measuring_point_height, ${depth} AS depth
    FROM (
      SELECT DISTINCT ON (m.thing_id) m.thing_id, m.observation_id, m.measured_at, m.value, m.measuring_point_height
      ${visibleRows(thingCondition, viewer)}
      ORDER BY m.thing_id, m.measured_at DESC, m.observation_id DESC
    ) lv
    ${depthJoin}`;
}
