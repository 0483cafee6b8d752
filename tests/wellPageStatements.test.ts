/**
 * The well page in one statement (issue 12, ADR 36): `well(id)`, `wellByName` and `wells` read
 * every selected part of the page (statuses, histories, location with notes, contacts with
 * emails and phones, deployments with sensors, screens, water-level statistics and pages of
 * levels, ...) in the wells' own statement. The answers are exactly those of the per-field
 * loaders, which `thing(id) { ... on Well }` still uses, for an Admin and for an anonymous caller
 * (who sees no unreleased location, contact or level, and no personal data).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createContactFor, createGroupWith, createLocationFor, uniqueName } from "./support/factories.js";
import { createManualLevel } from "./support/seriesFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";
import { createFullWell } from "./support/wellFactories.js";

let api: TestApi;

/** Every field of a well that reads a part of the page, and the series of the bench's well page. */
const FIELDS = `
  id name thingType releaseStatus siteName purposes wellStatus monitoringStatus monitoringFrequency openStatus
  holeDepth { value unit } wellDepth { value unit } wellDepthSource
  measuringPointDescription measuringPointHeight { value unit }
  completionDate completionDateSource drillerName constructionMethod constructionMethodSource
  casingDiameter { value unit } casingDepth { value unit } casingMaterials pumpType pumpDepth { value unit }
  isSuitableForDatalogger formation aquiferClassCode aquiferTypes aquifers { aquiferSystem aquiferTypes }
  formationIntervals { formation description lithology top { value } bottom { value } }
  permissions { permissionType allowed startDate endDate notes }
  constructionNotes { id content } generalNotes { id content } measuringNotes { id content } waterNotes { id content }
  notes { id noteType content } provenance { fieldName sourceType sourceReference collectionMethod accuracyValue accuracyUnit }
  monitoringFrequencies { monitoringFrequency startDate endDate }
  screens { id top { value unit } bottom { value unit } screenType description aquiferSystem formation }
  deployments { id installedOn removedOn recordingIntervalMinutes notes sensor { id name sensorType model serialNumber sensorStatus } }
  firstVisitDate createdAt usgsSiteId osePodId
  currentLocation { id latitude longitude elevation { value unit } elevationMethod releaseStatus utm { easting northing zone } notes { id noteType content } feature }
  groups { name groupType } alternateIds { alternateId organization relation }
  contacts { id name organization role releaseStatus emails { email emailType } phones { phoneNumber phoneType } primaryEmail { email } primaryPhone { phoneNumber } }
  waterLevelStats { count min max mean latest { measuredAt depthToWater { value unit } } }
  groundwaterLevels(first: 10) { edges { node { measuredAt depthToWater { value unit } method reason } } }
  oldest: groundwaterLevels(first: 3, order: OLDEST_FIRST, from: "2024-02-01T00:00:00Z") {
    pageInfo { hasNextPage endCursor } edges { cursor node { id measuredAt depthToWater { value } measuringPointHeight { value } levelStatus dataMaturity releaseStatus } }
  }`;

const ONE = `query($id: ID!) { well(id: $id) { ${FIELDS} } }`;
const BY_NAME = `query($name: String!) { wellByName(name: $name) { ${FIELDS} } }`;
const LIST = `query($first: Int, $groupName: String) { wells(first: $first, filter: { groupName: $groupName }) { edges { node { ${FIELDS} } } } }`;
/** The same fields through `thing(id)` (in chunks: at most 20 aliases, ADR 18), whose fields load one loader batch each: the reference. */
const referenceOf = (ids: readonly number[]) =>
  `{ ${ids.map((id) => `w${id}: thing(id: "${id}") { ...Page }`).join(" ")} } fragment Page on Well { ${FIELDS} }`;

type Well = Record<string, unknown> & { id: string; name: string };

const groupName = uniqueName("wellpage-statements");
const ids: number[] = [];

beforeAll(async () => {
  api = await createTestApi();
  const prisma = api.db.prisma;
  for (let i = 0; i < 50; i += 1) {
    const full = await createFullWell(prisma);
    ids.push(full.well.id);
    // Half the wells have a released location and a released second contact (anonymous callers
    // see those); the rest keep the factory's unreleased location and contact only.
    if (i % 2 === 0) {
      await prisma.location.update({ where: { id: full.location.id }, data: { releaseStatus: "public" } });
      const contact = await createContactFor(prisma, full.well.id, { organization: "USGS", releaseStatus: "public" });
      await prisma.email.create({ data: { contactId: contact.id, email: "field@example.com", emailType: "Work" } });
    }
    if (i < 10) {
      for (let m = 0; m < 12; m += 1) {
        await createManualLevel(prisma, full.well.id, { measuredAt: new Date(Date.UTC(2024, m, 15, 17)), value: 100 + i + m, releaseStatus: m % 3 === 0 ? "draft" : "public" });
      }
    }
  }
  // An ended association beside the current one (not current, whatever its start).
  await createLocationFor(prisma, ids[1]!, { latitude: 33.3 }, { effectiveStart: new Date("2001-01-01"), effectiveEnd: new Date("2002-01-01") });
  await createGroupWith(prisma, ids, groupName);
}, 300_000);

afterAll(async () => {
  await api?.close();
});

describe("statements of the well page with every part filled", () => {
  for (const as of ["admin", "anonymous"] as const) {
    it(`is 1 for well(id), wellByName, wells(first: 5) and wells(first: 50) (${as})`, { timeout: 120_000 }, async () => {
      const expected: Well[] = [];
      for (let start = 0; start < ids.length; start += 10) {
        const chunk = ids.slice(start, start + 10);
        const reference = await api.run<Record<string, Well>>(referenceOf(chunk), undefined, { as });
        expect(reference.errors).toBeUndefined();
        expected.push(...chunk.map((id) => reference.data?.[`w${id}`] as Well));
      }
      expect(expected.every((w) => typeof w?.id === "string")).toBe(true);
      // The data are what the page shows: contacts, locations, emails and levels, as the caller may see them.
      const first = expected[0]!;
      expect(expected.map((w) => Number(w.id))).toEqual(ids);
      expect((first.contacts as unknown[]).length).toBe(as === "admin" ? 2 : 1);
      expect(first.currentLocation).not.toBeNull();
      expect((expected[1]!.currentLocation as unknown) === null).toBe(as === "anonymous");
      expect((first.waterLevelStats as { count: number }).count).toBe(as === "admin" ? 12 : 8);

      // the thing with every part of its page
      for (const index of [0, 1, 7]) {
        const one = await api.run<{ well: Well }>(ONE, { id: String(ids[index]) }, { as });
        expect(one.errors).toBeUndefined();
        expect(one.data?.well).toEqual(expected[index]);
        expect(one.statements).toBe(1);
        const byName = await api.run<{ wellByName: Well }>(BY_NAME, { name: expected[index]!.name }, { as });
        expect(byName.data?.wellByName).toEqual(expected[index]);
        expect(byName.statements).toBe(1);
      }

      // the page with every part of each well's page
      const five = await api.run<{ wells: { edges: { node: Well }[] } }>(LIST, { first: 5, groupName }, { as });
      const fifty = await api.run<{ wells: { edges: { node: Well }[] } }>(LIST, { first: 50, groupName }, { as });
      expect(five.errors).toBeUndefined();
      expect(fifty.errors).toBeUndefined();
      expect(five.data?.wells.edges.map((e) => e.node)).toEqual(expected.slice(0, 5));
      expect(fifty.data?.wells.edges.map((e) => e.node)).toEqual(expected);
      expect(five.statements).toBe(1);
      expect(fifty.statements).toBe(five.statements);
    });
  }

  it("counts a page's levels as the series loaders do, one statement for all wells", async () => {
    const COUNTS = `query($first: Int, $groupName: String) { wells(first: $first, filter: { groupName: $groupName }) { edges { node {
      id groundwaterLevels(first: 2, from: "2024-03-01T00:00:00Z", to: "2024-09-01T00:00:00Z") { totalCount pageInfo { hasNextPage } edges { node { id } } }
    } } } }`;
    const reference = await api.run<Record<string, unknown>>(
      `{ ${ids.slice(0, 12).map((id) => `w${id}: thing(id: "${id}") { ... on Well { id groundwaterLevels(first: 2, from: "2024-03-01T00:00:00Z", to: "2024-09-01T00:00:00Z") { totalCount pageInfo { hasNextPage } edges { node { id } } } } }`).join(" ")} }`,
      undefined,
      { as: "anonymous" },
    );
    const list = await api.run<{ wells: { edges: { node: unknown }[] } }>(COUNTS, { first: 12, groupName }, { as: "anonymous" });
    expect(list.data?.wells.edges.map((e) => e.node)).toEqual(ids.slice(0, 12).map((id) => reference.data?.[`w${id}`]));
    // the page with the levels pages, then the counts of every well
    expect(list.statements).toBe(2);
  });

  it("reads a well without any part in one statement, and a missing well as NOT_FOUND", async () => {
    const bare = await api.run<{ well: Well }>(`query($id: ID!) { well(id: $id) { id name wellDepth { value } } }`, { id: String(ids[0]) });
    expect(bare.statements).toBe(1);
    const missing = await api.run(`{ well(id: "2147483000") { id purposes contacts { name } } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(missing.statements).toBe(1);
  });
});
