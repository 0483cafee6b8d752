/** The GraphQL operations of the scenarios, as JSON bodies for the load generators. */
import type { BenchData } from "./benchDatabase.js";
import { operationBody } from "./graphqlRequest.js";

/** A point lookup with a few scalar fields (answerable by the raw-pg baseline too). */
export const POINT_LOOKUP = `query PointLookup($id: ID!) {
  well(id: $id) { id name thingType releaseStatus wellDepth { value unit } holeDepth { value unit } }
}`;

/** The fields of a well page (issue 3): location, groups, contacts, deployments, screens, notes, levels. */
export const WELL_PAGE_FIELDS = `
    id name siteName releaseStatus purposes wellStatus monitoringStatus monitoringFrequency
    wellDepth { value unit } holeDepth { value unit } measuringPointDescription measuringPointHeight { value unit }
    casingDiameter { value unit } casingMaterials isSuitableForDatalogger formation aquiferTypes
    permissions { permissionType allowed }
    currentLocation { latitude longitude elevation { value unit } utm { easting northing zone } notes { noteType content } }
    groups { name groupType }
    alternateIds { alternateId organization relation }
    contacts { name organization role emails { email emailType } phones { phoneNumber phoneType } }
    deployments { installedOn removedOn sensor { name model serialNumber } }
    screens { top { value unit } bottom { value unit } screenType }
    notes { noteType content }
    waterLevelStats { count min max mean latest { measuredAt depthToWater { value unit } } }
    groundwaterLevels(first: 10) { edges { node { measuredAt depthToWater { value unit } method reason } } }`;

export const WELL_PAGE = `query WellPage($id: ID!) { well(id: $id) { ${WELL_PAGE_FIELDS} } }`;

/** The well page fields under a list of `first` wells (to show statements do not grow with rows). */
export const wellPageList = (first: number) => `{ wells(first: ${first}) { edges { node { ${WELL_PAGE_FIELDS} } } } }`;

/** Heavy: 1,000 wells with nested fields. */
export const WELLS_1000 = `query Wells1000 {
  wells(first: 1000) {
    edges { node {
      id name thingType releaseStatus purposes wellStatus monitoringStatus
      wellDepth { value unit } holeDepth { value unit } casingDiameter { value unit }
      currentLocation { latitude longitude elevation { value unit } }
      groups { name }
    } }
  }
}`;

/** Heavy: the whole 100,000-point continuous series of one well as columns. */
export const HYDROGRAPH_100K = `query Hydrograph100k($wellId: ID!, $from: DateTime!, $to: DateTime!) {
  hydrograph(wellId: $wellId, from: $from, to: $to) {
    continuous { count totalCount columns }
    manual { count columns }
    blocks { id status }
  }
}`;

export function pointLookupBodies(data: BenchData): string[] {
  return data.pointWellIds.map((id) => operationBody(POINT_LOOKUP, { id: String(id) }));
}

export function wellPageBody(data: BenchData): string {
  return operationBody(WELL_PAGE, { id: String(data.pageWellId) });
}

export function hydrographBody(data: BenchData): string {
  return operationBody(HYDROGRAPH_100K, {
    wellId: String(data.seriesWellId),
    from: data.seriesFrom.toISOString(),
    to: data.seriesTo.toISOString(),
  });
}
