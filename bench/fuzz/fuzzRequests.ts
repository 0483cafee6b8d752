/**
 * Seeded hostile requests built from the served schema (issue 13): GraphQL operations on every
 * root field with random and hostile values in every argument (as literals or variables), and
 * malformed HTTP on every route.
 *
 * Contract: the same seed and schema give the same sequence of requests; each request is
 * self-contained (method, path, headers, body) and marked with whether it may write.
 */
import { gzipSync } from "node:zlib";

import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";

/** A seeded pseudo-random source (mulberry32). */
export class Random {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

export interface FuzzRequest {
  /** What was generated (for reports): "query wells", "mutation createGroup", "http corrupt-gzip". */
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** The operation is a mutation (writes when the caller may). */
  mutation: boolean;
  /** The root field of a generated operation (none for malformed HTTP). */
  field?: string;
}

const cursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString("base64url");

const HOSTILE_STRINGS = [
  "",
  " ",
  "a",
  "NM-0001",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  "\uD83D\uDE00",
  "\u202Eevil",
  "'; DROP TABLE thing; --",
  "%00",
  "%",
  "_",
  "\\",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "NaN",
  "-1",
  "0",
  "1",
  "2",
  "2147483647",
  "2147483648",
  "99999999999999999999999",
  "1e309",
  "x".repeat(300),
  "y".repeat(20_000),
  "water well",
  "public",
  "Admin",
];

const HOSTILE_CURSORS = [
  cursor(["ID ASC", 3_000_000_000]),
  cursor(["ID ASC", -1]),
  cursor(["ID ASC", 1.5]),
  cursor([new Date(-8.64e15).toISOString(), 1]),
  cursor(["0000-01-01T00:00:00Z", 1]),
  cursor(["NAME ASC", "a\u0000", 1]),
  cursor(["NAME ASC", "\uD800", 1]),
  cursor(["WELL_DEPTH ASC", 1e308, 1]),
  cursor([]),
  cursor([null]),
  cursor([{}]),
  "not base64 !!",
  Buffer.from("{").toString("base64url"),
];

const TIMES = [
  "2024-01-01T00:00:00Z",
  "2024-06-30T12:34:56.789+05:30",
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "+275760-09-13T00:00:00Z",
  "-271821-04-20T00:00:00Z",
  "2020-02-30T00:00:00Z",
  "garbage",
  "",
];

const DATES = ["2024-01-01", "0000-01-01", "0001-01-01", "9999-12-31", "2020-02-30", "nope"];
const INTS = [0, 1, -1, 2, 25, 1000, 1001, 2_147_483_647, -2_147_483_648];
const FLOATS = [0, -0, 1.5, -1, 1e308, -1e308, 5e-324, 90, -180, 123456789.123];

function deepJson(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** A value for an input type: a JSON value for variables (literals are printed from it). */
function inputValue(type: GraphQLInputType, rng: Random, argName: string, depth: number): unknown {
  if (isNonNullType(type)) return rng.chance(0.02) ? null : inputValue(type.ofType, rng, argName, depth);
  if (rng.chance(0.08)) return null;
  if (isListType(type)) {
    if (rng.chance(0.1)) return inputValue(type.ofType, rng, argName, depth); // a single value for a list
    return Array.from({ length: rng.int(4) }, () => inputValue(type.ofType, rng, argName, depth + 1));
  }
  if (isInputObjectType(type)) {
    const result: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type);
      if (required || (depth < 3 && rng.chance(0.4))) result[field.name] = inputValue(field.type, rng, field.name, depth + 1);
    }
    if (rng.chance(0.03)) result.noSuchField = 1;
    return result;
  }
  if (isEnumType(type)) {
    return rng.chance(0.05) ? "NOT_A_VALUE" : rng.pick(type.getValues()).name;
  }
  if (!isScalarType(type)) return null;
  switch (type.name) {
    case "Int":
      return rng.chance(0.05) ? rng.pick(["1", 1.5, 2 ** 31]) : rng.pick(INTS);
    case "Float":
      return rng.chance(0.05) ? "NaN" : rng.pick(FLOATS);
    case "Boolean":
      return rng.chance(0.05) ? "true" : rng.chance(0.5);
    case "ID":
      return rng.chance(0.5) ? String(rng.pick([1, 2, 3, 5, 0, -1, 2_147_483_648])) : rng.pick(HOSTILE_STRINGS);
    case "DateTime":
      return rng.pick(TIMES);
    case "Date":
      return rng.pick(DATES);
    case "JSON":
    case "GeoJSON":
      return rng.pick<unknown>([
        { type: "Point", coordinates: [-106.5, 34.1] },
        { type: "Point", coordinates: [1e308, -1e308] },
        { type: "FeatureCollection", features: [] },
        { a: "\u0000" },
        { "\u0000": 1 },
        deepJson(70),
        deepJson(10),
        [],
        "text",
        42,
      ]);
    default:
      if (argName === "after" || argName === "before") return rng.pick([...HOSTILE_CURSORS, ...HOSTILE_STRINGS.slice(0, 5)]);
      return rng.pick(HOSTILE_STRINGS);
  }
}

/** A GraphQL literal for a JSON value (enum values bare when the type is an enum). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return "null";
  const named = getNamedType(type);
  if (isEnumType(named) && typeof value === "string" && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (Array.isArray(value)) {
    const inner = isListType(isNonNullType(type) ? type.ofType : type) ? (isNonNullType(type) ? type.ofType : type) : null;
    const itemType = inner && isListType(inner) ? inner.ofType : type;
    return `[${value.map((v) => literal(v, itemType)).join(", ")}]`;
  }
  if (typeof value === "object") {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>)
      .filter(([key]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(key))
      .map(([key, v]) => `${key}: ${literal(v, fields[key]?.type ?? type)}`)
      .join(", ")} }`;
  }
  return JSON.stringify(value);
}

function selection(type: GraphQLOutputType, rng: Random, depth: number, variables: VariableBag): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (isUnionType(named)) {
    const members = named.getTypes().map((member) => `... on ${member.name} ${selection(member, rng, depth, variables)}`);
    return `{ __typename ${members.join(" ")} }`;
  }
  if (!isObjectType(named) && !isInterfaceType(named)) return "{ __typename }";
  const fields = Object.values(named.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
  const nested = fields.filter((f) => !isLeafType(getNamedType(f.type)));
  const chosen = new Set<string>();
  for (let i = 0; i < 3 && leaves.length > 0; i += 1) chosen.add(rng.pick(leaves).name);
  const parts = ["__typename", ...chosen];
  if (depth < 3 && nested.length > 0) {
    const count = named.name.endsWith("Connection") || named.name.endsWith("Edge") ? 2 : rng.int(2) + (depth === 0 ? 1 : 0);
    for (let i = 0; i < count; i += 1) {
      const field = named.name.endsWith("Connection") && i === 0 ? (nested.find((f) => f.name === "edges") ?? rng.pick(nested)) : rng.pick(nested);
      if (field.name === "node" || !chosen.has(field.name)) {
        chosen.add(field.name);
        parts.push(`${field.name}${argumentsOf(field, rng, variables)} ${selection(field.type, rng, depth + 1, variables)}`);
      }
    }
  }
  return `{ ${parts.join(" ")} }`;
}

class VariableBag {
  definitions: string[] = [];
  values: Record<string, unknown> = {};
  add(type: GraphQLInputType, value: unknown): string {
    const name = `v${this.definitions.length}`;
    this.definitions.push(`$${name}: ${type.toString()}`);
    this.values[name] = value;
    return `$${name}`;
  }
}

function argumentsOf(field: GraphQLField<unknown, unknown>, rng: Random, variables: VariableBag): string {
  const parts: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) && rng.chance(0.5)) continue;
    const value = inputValue(arg.type, rng, arg.name, 0);
    parts.push(`${arg.name}: ${rng.chance(0.5) ? variables.add(arg.type, value) : literal(value, arg.type)}`);
  }
  return parts.length > 0 ? `(${parts.join(", ")})` : "";
}

function operation(schema: GraphQLSchema, rng: Random, kind: "query" | "mutation"): { body: Record<string, unknown>; label: string; field: string } {
  const root = kind === "query" ? schema.getQueryType() : schema.getMutationType();
  const field = rng.pick(Object.values(root?.getFields() ?? {}));
  const variables = new VariableBag();
  const args = argumentsOf(field, rng, variables);
  const fieldSelection = selection(field.type, rng, 0, variables);
  const header = variables.definitions.length > 0 ? `${kind} Fuzz(${variables.definitions.join(", ")})` : `${kind} Fuzz`;
  return {
    field: field.name,
    label: `${kind} ${field.name}`,
    body: { query: `${header} { ${field.name}${args} ${fieldSelection} }`, variables: variables.values, operationName: "Fuzz" },
  };
}

const JSON_HEADERS = { "content-type": "application/json" };

/** Malformed HTTP of every kind the server must answer with a typed JSON 4xx. */
function malformed(rng: Random): FuzzRequest {
  const valid = JSON.stringify({ query: "{ __typename }" });
  const post = (label: string, headers: Record<string, string>, body: string | Buffer, path = "/graphql"): FuzzRequest => ({
    label: `http ${label}`,
    method: "POST",
    path,
    headers,
    body,
    mutation: false,
  });
  const get = (label: string, path: string, headers: Record<string, string> = {}): FuzzRequest => ({ label: `http ${label}`, method: "GET", path, headers, mutation: false });
  const segment = rng.pick(["%00", "%E0%A4%A", "%ED%A0%80", "%", "%%", "a%2Fb", "..", "NM-0001", "1", "%C0%AF", "x".repeat(2000), "%F0%9F%98%80"]);
  const cases: (() => FuzzRequest)[] = [
    () => post("bogus-charset", { "content-type": "application/json; charset=bogus" }, valid),
    () => post("latin1-charset", { "content-type": "application/json; charset=latin1" }, valid),
    () => post("bogus-encoding", { ...JSON_HEADERS, "content-encoding": "bogus" }, valid),
    () => post("corrupt-gzip", { ...JSON_HEADERS, "content-encoding": "gzip" }, Buffer.from("definitely not gzip")),
    () => post("truncated-gzip", { ...JSON_HEADERS, "content-encoding": "gzip" }, gzipSync(valid).subarray(0, 10)),
    () => post("corrupt-deflate", { ...JSON_HEADERS, "content-encoding": "deflate" }, Buffer.from([0x78, 0x9c, 1, 2, 3])),
    () => post("corrupt-br", { ...JSON_HEADERS, "content-encoding": "br" }, Buffer.from([0xff, 0xff, 0xff, 0xff])),
    () => post("bad-json", JSON_HEADERS, rng.pick(["{", "[", '{"query":', "nul\u0000l", "\uFEFF{}", "{}}", '{"query": "{ __typename }",}'])),
    () => post("not-an-operation", JSON_HEADERS, rng.pick(["null", "[]", "1", '"x"', "{}", '{"query": 1}', '{"query": "{ __typename }", "variables": []}', '{"query": "{ __typename }", "variables": "x"}', '{"query": "{ __typename }", "operationName": 5}', '[{"query": "{ __typename }"}]'])),
    () => post("persisted-query", JSON_HEADERS, JSON.stringify(rng.pick([
      { query: "{ __typename }", extensions: { persistedQuery: "x" } },
      { query: "{ __typename }", extensions: { persistedQuery: { version: 2 } } },
      { query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: "f".repeat(64) } } },
      { query: "{ __typename }", extensions: "nope" },
    ]))),
    () => post("deep-variables", JSON_HEADERS, `{"query":"query($x: JSON){ __typename }","variables":{"x":${"[".repeat(5_000)}${"]".repeat(5_000)}}}`),
    () => post("many-bad-variables", JSON_HEADERS, JSON.stringify({ query: "query($f: ThingFilter) { wells(filter: $f) { totalCount } }", variables: { f: { ids: Array.from({ length: 60 }, () => true) } } })),
    () => post("text-plain", { "content-type": "text/plain" }, valid),
    () => post("no-content-type", {}, valid),
    () => post("nul-in-query", JSON_HEADERS, JSON.stringify({ query: "{ __typename \u0000 }" })),
    () => post("syntax", JSON_HEADERS, JSON.stringify({ query: rng.pick(["{", "query {", "{ wells(first: ) { id } }", "}".repeat(100), "{".repeat(2_000)]) })),
    () => post("import-anonymous", { "content-type": "text/csv" }, "well_name,measured_at\nNM-1,2024-01-01\u0000\n", rng.pick(["/imports/water-levels", "/imports/well-inventory", "/imports/transducer-readings?well=%00"])),
    () => post("import-bad-encoding", { "content-type": "text/csv", "content-encoding": "gzip" }, Buffer.from("xx"), "/imports/water-levels"),
    () => get("graphql-get", `/graphql?query=${encodeURIComponent("{ __typename }")}&variables=${rng.pick(["%00", "%7B", "%E0%A4%A", encodeURIComponent('{"x":"\u0000"}')])}`, { "apollo-require-preflight": "1" }),
    () => get("graphql-get-no-preflight", `/graphql?query=${encodeURIComponent("{ __typename }")}`),
    () => get("ngwmn", `/ngwmn/${rng.pick(["waterlevels", "wellconstruction", "lithology", "water-levels", "nope"])}/${segment}`),
    () => get("geojson", `/geojson/things?${rng.pick(["group=%00", "group=a&group=b", "thingType=NOPE", "latestLevel=maybe", "thingType=%ED%A0%80", "group=%E0%A4%A", `group=${segment}`, "thingType=WATER_WELL&latestLevel=true"])}`),
    () => get("unknown-route", `/${segment}/${segment}`),
    () => ({ label: "http method", method: rng.pick(["PUT", "DELETE", "PATCH"]), path: rng.pick(["/graphql", "/ngwmn/waterlevels/1", "/health"]), headers: JSON_HEADERS, body: valid, mutation: false }),
  ];
  return rng.pick(cases)();
}

export interface FuzzCaller {
  name: string;
  /** The Authorization header, or null for anonymous. */
  authorization: string | null;
  /** Whether the caller may write (Editor or Admin). */
  mayWrite: boolean;
  /** Mutations the caller may run even so (a signed-in Viewer's own API keys, ADR 29). */
  mayAlsoCall?: readonly string[];
}

/** One request as `caller`: a fifth malformed HTTP, the rest operations on a random root field (a third mutations). */
export function generateRequest(schema: GraphQLSchema, rng: Random, caller: FuzzCaller): FuzzRequest {
  const roll = rng.next();
  if (roll < 0.2) return malformed(rng);
  const kind = roll < 0.55 && schema.getMutationType() ? "mutation" : "query";
  const { body, label, field } = operation(schema, rng, kind);
  const headers: Record<string, string> = { ...JSON_HEADERS };
  if (caller.authorization) headers.authorization = caller.authorization;
  return { label, method: "POST", path: "/graphql", headers, body: JSON.stringify(body), mutation: kind === "mutation", field };
}
