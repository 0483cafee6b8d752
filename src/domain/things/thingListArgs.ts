/**
 * The arguments of a list of things (`things`, `wells`, `springs`), validated before any SQL.
 * Contract: `first`/`after`/`offset` as parsePageRequest, `filter` as parseThingFilter, `orderBy` default
 * id ascending; `thingType`, when given, replaces `filter.thingTypes` (typed lists).
 */
import { parsePageRequest, type PageRequest } from "../shared/pagination/pageArgs.js";
import { parseThingFilter, type ThingFilterArgs, type ThingListFilter } from "./thingFilter.js";
import { DEFAULT_THING_ORDER, type ThingOrder } from "./thingOrder.js";

export interface ThingListArgs {
  filter?: ThingFilterArgs | null;
  orderBy?: ThingOrder | null;
  first?: number | null;
  after?: string | null;
  offset?: number | null;
}

export interface ThingListRequest {
  filter: ThingListFilter;
  page: PageRequest;
  order: ThingOrder;
}

export function parseThingListArgs(args: ThingListArgs, thingType?: string): ThingListRequest {
  const page = parsePageRequest(args);
  const filter = parseThingFilter(args.filter);
  if (thingType !== undefined) filter.thingTypes = [thingType];
  return { filter, page, order: args.orderBy ?? DEFAULT_THING_ORDER };
}
