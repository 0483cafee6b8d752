/**
 * The operations of the peer comparison, in our schema and in PostGraphile's (Amber preset, the
 * bench database), and the normal form both answers are reduced to before they are compared.
 *
 * Equivalence: our server shows anonymous callers released things only and "current location" is
 * the open association; the peer shows every row, so its lists ask for `releaseStatus: "public"`
 * (the bench database has no other released status; `peerFilterHolds` checks it) and its location
 * link for `effectiveEnd: null`.
 */
import type { BenchData } from "../lib/benchDatabase.js";
import { operationBody, type GraphQLAnswer } from "../lib/graphqlRequest.js";
import { WELL_PAGE_FIELDS } from "../lib/operations.js";

export const OURS_LIST = (first: number) => `{
  wells(first: ${first}) {
    totalCount
    edges { node { id name currentLocation { latitude longitude elevation { value unit } } groups { name } } }
  }
}`;

export const PEER_LIST = (first: number) => `{
  allThings(first: ${first}, condition: { thingType: "water well", releaseStatus: "public" }, orderBy: PRIMARY_KEY_ASC) {
    totalCount
    nodes {
      rowId name
      locationThingAssociationsByThingId(condition: { effectiveEnd: null }) { nodes { locationByLocationId { latitude longitude elevation } } }
      groupThingAssociationsByThingId { nodes { groupByGroupId { name } } }
    }
  }
}`;

export const OURS_POINT = `query P($id: ID!) { well(id: $id) { id name thingType releaseStatus wellDepth { value unit } holeDepth { value unit } } }`;
export const PEER_POINT = `query P($id: Int!) { thingByRowId(rowId: $id) { rowId name thingType releaseStatus wellDepth holeDepth } }`;

export const OURS_WELL_PAGE = `query WellPage($id: ID!) { well(id: $id) { ${WELL_PAGE_FIELDS} } }`;

/** The peer's walk over the same tables as our well page (it has no aggregates: no waterLevelStats). */
export const PEER_WELL_PAGE = `query WellPage($id: Int!) {
  thingByRowId(rowId: $id) {
    rowId name siteName releaseStatus wellDepth holeDepth wellCasingDiameter formationCompletionCode
    wellPurposesByThingId { nodes { purpose } }
    wellCasingMaterialsByThingId { nodes { material } }
    statusHistoriesByThingId { nodes { statusType statusValue startDate endDate } }
    monitoringFrequencyHistoriesByThingId { nodes { monitoringFrequency startDate endDate } }
    measuringPointHistoriesByThingId { nodes { measuringPointDescription measuringPointHeight startDate endDate } }
    fieldAccessConsentsByThingId { nodes { permissionType permissionAllowed startDate endDate } }
    thingAquiferAssociationsByThingId { nodes { aquiferSystemId } }
    locationThingAssociationsByThingId(condition: { effectiveEnd: null }) {
      nodes { locationByLocationId { latitude longitude elevation notesByLocationId { nodes { noteType content } } } }
    }
    groupThingAssociationsByThingId { nodes { groupByGroupId { name groupType } } }
    thingIdLinksByThingId { nodes { alternateId alternateOrganization relation } }
    thingContactAssociationsByThingId {
      nodes { contactByContactId { name organization role emailsByContactId { nodes { email emailType } } phonesByContactId { nodes { phoneNumber phoneType } } } }
    }
    deploymentsByThingId { nodes { installationDate removalDate sensorBySensorId { name model serialNo } } }
    wellScreensByThingId { nodes { screenDepthTop screenDepthBottom screenType } }
    notesByThingId { nodes { noteType content } }
    fieldEventsByThingId(orderBy: EVENT_DATE_DESC, first: 10) {
      nodes { eventDate fieldActivitiesByFieldEventId { nodes { samplesByFieldActivityId { nodes {
        observationsBySampleId { nodes { observationDatetime value measuringPointHeight groundwaterLevelReason } }
      } } } } }
    }
  }
}`;

export const TYPENAME = "{ __typename }";

export interface PeerBodies {
  point: { ours: string[]; peer: string[] };
  list50: { ours: string; peer: string };
  list1000: { ours: string; peer: string };
  wellPage: { ours: string; peer: string };
  typename: string;
}

export function peerBodies(data: BenchData): PeerBodies {
  return {
    point: {
      ours: data.pointWellIds.map((id) => operationBody(OURS_POINT, { id: String(id) })),
      peer: data.pointWellIds.map((id) => operationBody(PEER_POINT, { id })),
    },
    list50: { ours: operationBody(OURS_LIST(50)), peer: operationBody(PEER_LIST(50)) },
    list1000: { ours: operationBody(OURS_LIST(1000)), peer: operationBody(PEER_LIST(1000)) },
    wellPage: { ours: operationBody(OURS_WELL_PAGE, { id: String(data.pageWellId) }), peer: operationBody(PEER_WELL_PAGE, { id: data.pageWellId }) },
    typename: operationBody(TYPENAME),
  };
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === "object" ? (value as Json) : {});
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const nodes = (value: unknown): Json[] => list(obj(value).nodes);
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** A point lookup as (id, name, depths). */
export function normalPoint(answer: GraphQLAnswer, side: "ours" | "peer"): unknown {
  const d = obj(answer.data);
  if (side === "ours") {
    const w = obj(d.well);
    return [Number(w.id), w.name, num(obj(w.wellDepth).value), num(obj(w.holeDepth).value)];
  }
  const t = obj(d.thingByRowId);
  return [t.rowId, t.name, num(t.wellDepth), num(t.holeDepth)];
}

/** A list as totalCount and (id, name, latitude, longitude, sorted group names) per well. */
export function normalList(answer: GraphQLAnswer, side: "ours" | "peer"): unknown {
  const d = obj(answer.data);
  if (side === "ours") {
    const c = obj(d.wells);
    return {
      totalCount: c.totalCount,
      wells: list(c.edges).map((e) => {
        const n = obj(e.node);
        const l = obj(n.currentLocation);
        return [Number(n.id), n.name, num(l.latitude), num(l.longitude), list(n.groups).map((g) => g.name).sort()];
      }),
    };
  }
  const c = obj(d.allThings);
  return {
    totalCount: c.totalCount,
    wells: list(c.nodes).map((n) => {
      const l = obj(nodes(n.locationThingAssociationsByThingId)[0]?.locationByLocationId);
      return [n.rowId, n.name, num(l.latitude), num(l.longitude), nodes(n.groupThingAssociationsByThingId).map((g) => obj(g.groupByGroupId).name).sort()];
    }),
  };
}

/** A well page as name, group names, alternate ids, contact names with email and phone counts, screen and note counts. */
export function normalWellPage(answer: GraphQLAnswer, side: "ours" | "peer"): unknown {
  const d = obj(answer.data);
  if (side === "ours") {
    const w = obj(d.well);
    return {
      name: w.name,
      groups: list(w.groups).map((g) => g.name).sort(),
      alternateIds: list(w.alternateIds).map((a) => a.alternateId).sort(),
      contacts: list(w.contacts).map((c) => [c.name, list(c.emails).length, list(c.phones).length]).sort(),
      deployments: list(w.deployments).length,
      screens: list(w.screens).length,
      notes: list(w.notes).length,
    };
  }
  const t = obj(d.thingByRowId);
  return {
    name: t.name,
    groups: nodes(t.groupThingAssociationsByThingId).map((g) => obj(g.groupByGroupId).name).sort(),
    alternateIds: nodes(t.thingIdLinksByThingId).map((a) => a.alternateId).sort(),
    contacts: nodes(t.thingContactAssociationsByThingId)
      .map((a) => obj(a.contactByContactId))
      .map((c) => [c.name, nodes(c.emailsByContactId).length, nodes(c.phonesByContactId).length])
      .sort(),
    deployments: nodes(t.deploymentsByThingId).length,
    screens: nodes(t.wellScreensByThingId).length,
    notes: nodes(t.notesByThingId).length,
  };
}
