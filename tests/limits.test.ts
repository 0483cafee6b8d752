/**
 * Limits against abusive queries: depth, cost (page sizes multiply), aliases, tokens, `first` caps,
 * body size, introspection and playground per environment, and Apollo's CSRF prevention. A query
 * over a limit gets an error naming the limit and its value, and the database is never asked
 * (statements === 0). The queries the API exists for (well page, hydrograph, search, the
 * acceptance queries, the benchmark's heavy list) stay under the limits.
 */
import { getIntrospectionQuery, parse, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadSchemaDefinition } from "../src/schema/loadTypeDefs.js";
import type { RunningServer } from "../src/server/createServer.js";
import { operationCost } from "../src/server/limits/queryCost.js";
import { DEFAULT_QUERY_LIMITS } from "../src/defaultQueryLimits.js";
import { createThing } from "./support/factories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";
import { startTestServer } from "./support/testServer.js";

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

/** Longest chain of nested fields (a leaf field is 1 level), written out independently of the rule. */
function depthOf(query: string): number {
  type Node = { selectionSet?: OperationDefinitionNode["selectionSet"] };
  const field = (node: Node): number => 1 + (node.selectionSet ? Math.max(...node.selectionSet.selections.map((s) => field(s as Node))) : 0);
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  return Math.max(...operation.selectionSet.selections.map((s) => field(s as Node)));
}

describe("maximum depth", () => {
  it("refuses an operation deeper than maxDepth, naming the limit, before any SQL", async () => {
    const deep = `{ wells(first: 1) { edges { node { groups { things(first: 1) { edges { node { groups { things(first: 1) { edges { node { name } } } } } } } } } } } }`;
    expect(depthOf(deep)).toBe(12);
    const result = await api.run(deep);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: `The operation is 12 levels deep; the maximum depth (maxDepth) is ${DEFAULT_QUERY_LIMITS.maxDepth}`,
        extensions: expect.objectContaining({ code: "GRAPHQL_VALIDATION_FAILED", limit: "maxDepth", max: 10, actual: 12 }),
      }),
    ]);
    expect(result.statements).toBe(0);
  });

  it("accepts exactly maxDepth, counts through fragments, and leaves introspection to graphql-js's own rule", async () => {
    const ten = `{ wells(first: 1) { edges { node { groups { things(first: 1) { edges { node { currentLocation { elevation { value } } } } } } } } } }`;
    expect(depthOf(ten)).toBe(10);
    expect((await api.run(ten)).errors).toBeUndefined();
    const viaFragment = `{ wells(first: 1) { edges { node { ...G } } } } fragment G on Well { groups { things(first: 1) { edges { node { groups { things(first: 1) { edges { node { name } } } } } } } } }`;
    expect((await api.run(viaFragment)).errors?.[0]?.extensions).toMatchObject({ limit: "maxDepth", actual: 12 });
    const introspection = await api.run(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
  });
});

describe("maximum aliases", () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: apiInfo { version }`).join(" ")} }`;

  it("refuses more than maxAliases aliased fields, naming the limit, before any SQL", async () => {
    const result = await api.run(aliased(21));
    expect(result.errors?.[0]).toMatchObject({
      message: "The document has 21 aliased fields; the maximum (maxAliases) is 20",
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "maxAliases", max: 20, actual: 21 },
    });
    expect(result.statements).toBe(0);
    expect((await api.run(aliased(20))).errors).toBeUndefined();
  });
});

describe("maximum cost", () => {
  it("multiplies by page sizes: a page of 1,000 wells each with 1,000 levels is refused, naming the limit, before any SQL", async () => {
    const query = `{ wells(first: 1000) { edges { node { name groundwaterLevels(first: 1000) { edges { node { depthToWater { value } } } } } } } }`;
    const result = await api.run(query);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message:
          "The operation's estimated cost is 3003001; the maximum cost (maxCost) is 10000. Ask for smaller pages (first/last) or fewer nested lists",
        extensions: expect.objectContaining({ code: "GRAPHQL_VALIDATION_FAILED", limit: "maxCost", max: 10_000, actual: 1 + 1000 * (3 + 1000 * 3) }),
      }),
    ]);
    expect(result.statements).toBe(0);
  });

  it("takes page sizes from variables, and assumes the default page (25) when none is given", async () => {
    const query = `query($n: Int) { wells(first: $n) { edges { node { groundwaterLevels(first: $n) { edges { node { depthToWater { value } } } } } } } }`;
    const small = await api.run(query, { n: 10 });
    expect(small.errors).toBeUndefined();
    const large = await api.run(query, { n: 200 });
    expect(large.errors?.[0]?.extensions).toMatchObject({ limit: "maxCost", actual: 1 + 200 * (3 + 200 * 3) });
    expect(large.statements).toBe(0);
    const schema = await loadSchemaDefinition();
    const doc = parse(`{ wells { edges { node { groupsOf: groups { name } } } } }`);
    expect(operationCost(schema, doc, doc.definitions[0] as OperationDefinitionNode)).toBe(1 + 25 * 3);
  });

  it("fits the queries the API is for: well page, well pages of a list, hydrograph, search, series pages, the benchmark's 1,000 wells", async () => {
    const schema = await loadSchemaDefinition();
    const cost = (query: string, variables: Record<string, unknown> = {}) => {
      const doc = parse(query);
      return operationCost(schema, doc, doc.definitions[0] as OperationDefinitionNode, variables);
    };
    const wellPageFields = `name siteName releaseStatus purposes wellStatus monitoringStatus monitoringFrequency
      wellDepth { value unit } wellDepthSource holeDepth { value unit } measuringPointDescription measuringPointHeight { value unit }
      casingDiameter { value unit } casingMaterials isSuitableForDatalogger formation aquiferTypes permissions { permissionType allowed }
      currentLocation { elevation { value unit } utm { easting northing zone } notes { noteType content } feature }
      groups { name } alternateIds { alternateId organization relation } contacts { name emails { email } phones { phoneNumber } }
      generalNotes { content } constructionNotes { content } measuringNotes { content } waterNotes { content }
      screens { top { value } bottom { value } screenType } deployments { installedOn removedOn sensor { name model serialNumber } }
      waterLevelStats { count min max mean latest { measuredAt depthToWater { value unit } } }
      groundwaterLevels(first: 10) { totalCount edges { node { measuredAt depthToWater { value unit } method reason } } }`;
    const costs = {
      wellPage: cost(`{ wellByName(name: "NM-00001") { ${wellPageFields} } }`),
      wellPagesOf50: cost(`{ wells(first: 50) { edges { node { ${wellPageFields} } } } }`),
      hydrograph: cost(`{ well(id: 1) { name waterLevelStats { count min max mean latest { measuredAt depthToWater { value unit } } }
        groundwaterLevels(first: 1000, order: OLDEST_FIRST) { totalCount edges { node { measuredAt depthToWater { value unit } measuringPointHeight { value } method reason } } }
        transducerLevels(first: 1000) { pageInfo { hasNextPage endCursor } edges { node { timestamp value status } } } } }`),
      columnarHydrograph: cost(`{ hydrograph(wellId: 1) { manual { count columns } continuous { count totalCount columns } blocks { id status } } }`),
      search: cost(`{ search(query: "NM-01234", first: 100) { label group description score thing { id name ... on Well { wellDepth { value unit } } }
        contact { id name emails { email } phones { phoneNumber } things { name } } asset { id name uri } } }`),
      wells1000: cost(`{ wells(first: 1000) { edges { node { id name thingType releaseStatus purposes wellStatus monitoringStatus
        wellDepth { value unit } holeDepth { value unit } casingDiameter { value unit } currentLocation { latitude longitude elevation { value unit } } groups { name } } } } }`),
    };
    // Per well: 26 objects of the page itself + its 10 latest levels (1 + 10 × 3).
    expect(costs).toEqual({
      wellPage: 1 + 26 + 31,
      wellPagesOf50: 1 + 50 * (2 + 26 + 31),
      hydrograph: 1 + 3 + (1 + 1000 * 4) + (1 + 1000 * 3),
      columnarHydrograph: 4,
      search: 1 + 100 * 7,
      wells1000: 1 + 1000 * 8,
    });
    for (const [name, value] of Object.entries(costs)) expect(value, name).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
  });
});

describe("maximum tokens and page sizes", () => {
  it("stops parsing a document over maxTokens, naming the limit, before any SQL", async () => {
    const query = `{ ${Array.from({ length: 700 }, () => "apiInfo { version }").join(" ")} }`;
    const result = await api.run(query);
    expect(result.errors?.[0]).toMatchObject({
      // graphql-js's wording ("more that"), verbatim.
      message: "Syntax Error: Document contains more that 2000 tokens. Parsing aborted.",
      extensions: { code: "GRAPHQL_PARSE_FAILED" },
    });
    expect(result.statements).toBe(0);
  });

  it("caps first at 1,000 with BAD_USER_INPUT before any SQL", async () => {
    const result = await api.run(`{ wells(first: 1001) { edges { node { name } } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain("1000");
    expect(result.statements).toBe(0);
  });
});

describe("over HTTP", () => {
  let server: RunningServer;
  let closed: RunningServer;

  beforeAll(async () => {
    await createThing(api.db.prisma, { name: "LimitsWell" });
    server = await startTestServer(api.db, { GRAPHQL_MAX_BODY_BYTES: "4096" });
    closed = await startTestServer(api.db, { GRAPHQL_INTROSPECTION: "false", GRAPHQL_PLAYGROUND: "false" });
  });
  afterAll(async () => {
    await server?.stop();
    await closed?.stop();
  });

  const query = `{ wells(filter: { name: "LimitsWell" }) { totalCount } }`;

  it("refuses a body over maxBodyBytes with 413 and a JSON error naming the limit", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables: { padding: "x".repeat(5000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: "The request body is larger than the limit (maxBodyBytes) of 4096 bytes",
          extensions: { code: "PAYLOAD_TOO_LARGE", limit: "maxBodyBytes", max: 4096, requestId: expect.any(String) as string },
        },
      ],
    });
  });

  it("answers a body that is not JSON with 400 and a JSON error", async () => {
    const response = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe("BAD_REQUEST");
  });

  it("keeps Apollo's CSRF prevention on: simple requests without a preflight header are refused", async () => {
    const encoded = encodeURIComponent(query);
    const simpleGet = await fetch(`${server.url}/graphql?query=${encoded}`);
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toContain("Cross-Site Request Forgery");
    const textPost = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query }),
    });
    expect(textPost.status).toBe(400);
    expect(await textPost.text()).toContain("Cross-Site Request Forgery");
    const formPost = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `query=${encoded}`,
    });
    expect(formPost.status).toBe(400);

    const preflighted = await fetch(`${server.url}/graphql?query=${encoded}`, { headers: { "apollo-require-preflight": "true" } });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { wells: { totalCount: 1 } } });
    const json = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    expect(json.status).toBe(200);
  });

  it("reports a query limit over HTTP as 400 with the limit in the error", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ wells(first: 1000) { edges { node { groundwaterLevels(first: 1000) { edges { node { id } } } } } } }` }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", limit: "maxCost", max: 10_000 });
  });

  it("turns introspection and the playground off per environment", async () => {
    const post = (url: string, body: unknown) =>
      fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const open = await post(server.url, { query: "{ __schema { queryType { name } } }" });
    expect(await open.json()).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
    const refused = (await (await post(closed.url, { query: "{ __schema { queryType { name } } }" })).json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(refused.errors[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((await fetch(`${server.url}/graphiql`)).status).toBe(200);
    expect((await fetch(`${closed.url}/graphiql`)).status).toBe(404);
  });
});
