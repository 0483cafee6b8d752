/**
 * What a list of things should read in its page statement (findThingsPage's `include`), from the
 * fields the operation selects on the connection: `totalCount`, and `currentLocation` / `groups`
 * under `edges.node` (through inline fragments and fragment spreads). Selected parts are handed to
 * the request's loaders (`prime`), so their resolvers find them without a statement of their own.
 * Priming never changes an answer: a primed value is what the loader would have read, and a part
 * not primed (a directive-skipped field selected anyway, a later request) is loaded as before.
 */
import type { GraphQLResolveInfo } from "graphql";

import type { Context } from "../context.js";
import type { ThingPageInclude } from "../domain/things/findThingsPage.js";
import { fieldsNamed } from "./selectedFields.js";

export function thingPageInclude(info: GraphQLResolveInfo, ctx: Context): ThingPageInclude {
  const connection = info.fieldNodes.map((f) => f.selectionSet);
  const nodes = fieldsNamed(info, fieldsNamed(info, connection, "edges").map((e) => e.selectionSet), "node").map((n) => n.selectionSet);
  const include: ThingPageInclude = {};
  if (fieldsNamed(info, connection, "totalCount").length > 0) include.totalCount = true;
  if (fieldsNamed(info, nodes, "currentLocation").length > 0) {
    include.currentLocation = (thingId, location) => ctx.loaders.currentLocationByThingId.prime(thingId, location);
  }
  if (fieldsNamed(info, nodes, "groups").length > 0) {
    include.groups = (thingId, groups) => ctx.loaders.groupsByThingId.prime(thingId, groups);
  }
  return include;
}
