/**
 * The mutation infrastructure: database errors mapped in one total function, typed errors from
 * runMutation, FieldErrors listing every failing field, the generic rules, audit columns, and an
 * unknown database error masked as INTERNAL_SERVER_ERROR with the server still serving.
 */
import { Writable } from "node:stream";

import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ADMIN_CALLER } from "../src/auth/caller.js";
import { createContext } from "../src/context.js";
import { ValidationFailedError, NotFoundError } from "../src/domain/shared/domainErrors.js";
import { columnToField, mapDatabaseError as mapToDomainFailure } from "../src/domain/shared/mapDatabaseError.js";
import { auditFields } from "../src/domain/shared/audit.js";
import { runMutation, toMutationErrorPayload } from "../src/resolvers/mutationErrorPayload.js";
import { FieldErrors } from "../src/domain/shared/validation/FieldErrors.js";
import {
  latitudeInRange,
  longitudeInRange,
  notGreaterThan,
  notInFuture,
  numeric,
  positiveNumber,
  required,
} from "../src/domain/shared/validation/rules.js";
import { createThing } from "./support/factories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

/** The error a promise rejects with (fails the test if it resolves). */
async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

/** What a mutation answers for a database error: the payload of its domain failure (null if unrecognised). */
function mapDatabaseError(error: unknown) {
  const failure = mapToDomainFailure(error);
  return failure === null ? null : toMutationErrorPayload(failure);
}

describe("mapDatabaseError on real database errors", () => {
  it("unique violation → ConflictError naming the constraint and fields", async () => {
    const error = await rejection(api.db.prisma.lexiconTerm.create({ data: { term: "water well", definition: "" } }));
    expect(mapDatabaseError(error)).toEqual({
      __typename: "ConflictError",
      message: "A record with the same term already exists",
      constraint: "lexicon_term_term_key",
      fields: ["term"],
    });
  });

  it("compound unique violation → every field of the constraint", async () => {
    const thing = await createThing(api.db.prisma);
    await api.db.prisma.wellPurpose.create({ data: { thingId: thing.id, purpose: "Domestic" } });
    const error = await rejection(api.db.prisma.wellPurpose.create({ data: { thingId: thing.id, purpose: "Domestic" } }));
    expect(mapDatabaseError(error)).toEqual({
      __typename: "ConflictError",
      message: "A record with the same thingId, purpose already exists",
      constraint: "uq_well_purpose_thing_purpose",
      fields: ["thingId", "purpose"],
    });
  });

  it("foreign key to a missing row → ValidationError naming the field", async () => {
    const error = await rejection(
      api.db.prisma.thing.create({ data: { name: "NM-FK", thingType: "not a term", releaseStatus: "draft" } }),
    );
    const message = "thingType refers to a record that does not exist (thing_thing_type_fkey)";
    expect(mapDatabaseError(error)).toEqual({
      __typename: "ValidationError",
      message,
      fieldErrors: [{ path: ["input", "thingType"], message }],
    });
    const missingParent = await rejection(api.db.prisma.wellPurpose.create({ data: { thingId: 999_999, purpose: "Domestic" } }));
    expect(mapDatabaseError(missingParent)).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [{ path: ["input", "thingId"], message: "thingId refers to a record that does not exist (well_purpose_thing_id_fkey)" }],
    });
  });

  it("deleting a row still referred to → ConflictError naming the foreign key and the referring field", async () => {
    await createThing(api.db.prisma, { thingType: "spring" });
    const error = await rejection(api.db.prisma.lexiconTerm.delete({ where: { term: "spring" } }));
    expect(mapDatabaseError(error)).toEqual({
      __typename: "ConflictError",
      message: "The record is still referred to by thing.thingType (thing_thing_type_fkey)",
      constraint: "thing_thing_type_fkey",
      fields: ["thingType"],
    });
  });

  it("CHECK violation → ValidationError naming the constraint's fields", async () => {
    const error = await rejection(api.db.prisma.location.create({ data: { latitude: 91, longitude: 0 } }));
    const message = "Latitude must be between -90 and 90 and longitude between -180 and 180";
    expect(mapDatabaseError(error)).toEqual({
      __typename: "ValidationError",
      message,
      fieldErrors: [
        { path: ["input", "latitude"], message },
        { path: ["input", "longitude"], message },
      ],
    });
  });

  it("record to update not found (P2025) → NotFoundError", async () => {
    const error = await rejection(api.db.prisma.thing.update({ where: { id: 999_999 }, data: { name: "x" } }));
    expect(mapDatabaseError(error)).toEqual({ __typename: "NotFoundError", message: "Thing not found", entity: "Thing", id: "" });
  });

  it("value too long → ValidationError", async () => {
    const error = await rejection(api.db.prisma.group.create({ data: { name: "g".repeat(101) } }));
    expect(mapDatabaseError(error)).toMatchObject({ __typename: "ValidationError", message: "A value is too long for its field" });
  });

  it("an error no mapping knows (custom SQLSTATE) → null", async () => {
    const error = await rejection(
      api.db.prisma.$executeRawUnsafe("DO $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'boom'; END $$"),
    );
    expect(mapDatabaseError(error)).toBeNull();
  });
});

describe("mapDatabaseError shapes", () => {
  const adapterError = (cause: Record<string, unknown>, code = "P2002", modelName = "Sensor") =>
    Object.assign(new Error("x"), { code, meta: { modelName, driverAdapterError: { name: "DriverAdapterError", cause } } });

  it("reads the constraint from {index}", () => {
    const error = adapterError({
      originalCode: "23505",
      kind: "UniqueConstraintViolation",
      constraint: { index: "sensor_serial_no_key" },
      table: "sensor",
    });
    expect(mapDatabaseError(error)).toEqual({
      __typename: "ConflictError",
      message: "A record with the same serialNo already exists",
      constraint: "sensor_serial_no_key",
      fields: ["serialNo"],
    });
  });

  it("reads the fields from {fields} (adapters that report no constraint name)", () => {
    const error = adapterError({ kind: "UniqueConstraintViolation", constraint: { fields: ["serial_no"] } });
    expect(mapDatabaseError(error)).toEqual({
      __typename: "ConflictError",
      message: "A record with the same serialNo already exists",
      constraint: "serial_no",
      fields: ["serialNo"],
    });
  });

  it("FK with {fields} instead of a name", () => {
    const error = adapterError({ kind: "ForeignKeyConstraintViolation", constraint: { fields: ["sensor_type"] } }, "P2003");
    expect(mapDatabaseError(error)).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [{ path: ["input", "sensorType"] }],
    });
  });

  it("FK with only the constraint name: the field from the model's table", () => {
    const error = adapterError({ kind: "ForeignKeyConstraintViolation", constraint: { index: "well_purpose_purpose_fkey" } }, "P2003", "WellPurpose");
    expect(mapDatabaseError(error)).toMatchObject({ __typename: "ValidationError", fieldErrors: [{ path: ["input", "purpose"] }] });
    const note = adapterError({ kind: "ForeignKeyConstraintViolation", constraint: { index: "notes_note_type_fkey" } }, "P2003", "Note");
    expect(mapDatabaseError(note)).toMatchObject({ __typename: "ValidationError", fieldErrors: [{ path: ["input", "noteType"] }] });
  });

  it("is total: returns null (never throws) for anything it does not recognise", () => {
    const circular: Record<string, unknown> = { code: "P2002" };
    circular.meta = circular;
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("hostile getter");
        },
      },
    );
    const inputs: unknown[] = [
      null,
      undefined,
      42,
      "P2002",
      Symbol("x"),
      {},
      [],
      new Error("plain"),
      { code: 23505 },
      { code: "P9999", meta: { driverAdapterError: { cause: { kind: "Mystery" } } } },
      { meta: { driverAdapterError: null } },
      { meta: { driverAdapterError: { cause: "not an object" } } },
      hostile,
    ];
    for (const input of inputs) expect(() => mapDatabaseError(input)).not.toThrow();
    for (const input of inputs) expect(mapDatabaseError(input)).toBeNull();
    // Known codes with missing details still give a typed error rather than throwing.
    expect(mapDatabaseError(circular)).toMatchObject({ __typename: "ConflictError", constraint: "unknown", fields: [] });
    expect(mapDatabaseError({ code: "P2003" })).toMatchObject({ __typename: "ValidationError" });
    expect(mapDatabaseError({ code: "P2025" })).toEqual({ __typename: "NotFoundError", message: "Record not found", entity: "Record", id: "" });
  });

  it("columnToField camel-cases columns and drops a trailing underscore", () => {
    expect(["thing_type", "object_", "name", "well_casing_depth"].map(columnToField)).toEqual(["thingType", "object", "name", "wellCasingDepth"]);
  });
});

describe("runMutation", () => {
  it("returns the work's result", async () => {
    expect(await runMutation(async () => ({ __typename: "Ok" as const }))).toEqual({ __typename: "Ok" });
  });

  it("returns the typed error of a MutationFailure, rolling back its transaction", async () => {
    const name = "NM-ROLLBACK";
    const result = await runMutation(() =>
      api.db.prisma.$transaction(async (tx) => {
        await tx.thing.create({ data: { name, thingType: "water well", releaseStatus: "draft" } });
        throw new NotFoundError("Contact", 12);
      }),
    );
    expect(result).toEqual({ __typename: "NotFoundError", message: "Contact 12 not found", entity: "Contact", id: "12" });
    expect(await api.db.prisma.thing.count({ where: { name } })).toBe(0);
  });

  it("maps a database error raised inside a transaction and leaves nothing behind", async () => {
    const name = "NM-HALF";
    const result = await runMutation(() =>
      api.db.prisma.$transaction(async (tx) => {
        await tx.thing.create({ data: { name, thingType: "water well", releaseStatus: "draft" } });
        await tx.lexiconTerm.create({ data: { term: "water well", definition: "" } });
      }),
    );
    expect(result).toMatchObject({ __typename: "ConflictError", constraint: "lexicon_term_term_key" });
    expect(await api.db.prisma.thing.count({ where: { name } })).toBe(0);
  });

  it("rethrows what it does not recognise, unchanged", async () => {
    const original = new TypeError("a bug");
    expect(await rejection(runMutation(async () => Promise.reject(original)))).toBe(original);
  });
});

describe("FieldErrors and rules", () => {
  it("lists every failing field with its path, in order, and throws one ValidationError", () => {
    const now = new Date("2025-06-01T00:00:00Z");
    const input = { wellDepth: -5, holeDepth: 10, latitude: 95, longitude: -200, measuredAt: new Date("2050-01-01T00:00:00Z"), level: "ABC", name: " " };
    const errors = new FieldErrors()
      .check(["input", "name"], required(input.name, "Name"))
      .check(["input", "wellDepth"], positiveNumber(input.wellDepth, "Well depth"))
      .check(["input", "wellDepth"], notGreaterThan(input.wellDepth, input.holeDepth, "Well depth", "hole depth"))
      .check(["input", "location", "latitude"], latitudeInRange(input.latitude))
      .check(["input", "location", "longitude"], longitudeInRange(input.longitude))
      .check(["input", "measuredAt"], notInFuture(input.measuredAt, "Date", now))
      .check(["input", "level"], numeric(input.level, "Groundwater level"));
    expect(errors.isEmpty).toBe(false);
    let thrown: unknown;
    try {
      errors.throwIfAny("Invalid well");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationFailedError);
    expect(toMutationErrorPayload(thrown)).toEqual({
      __typename: "ValidationError",
      message: "Invalid well",
      fieldErrors: [
        { path: ["input", "name"], message: "Name is required" },
        { path: ["input", "wellDepth"], message: "Well depth must be greater than 0" },
        { path: ["input", "location", "latitude"], message: "Latitude must be between -90 and 90" },
        { path: ["input", "location", "longitude"], message: "Longitude must be between -180 and 180" },
        { path: ["input", "measuredAt"], message: "Date cannot be in the future" },
        { path: ["input", "level"], message: "Groundwater level must be numeric" },
      ],
    });
  });

  it("does not throw when nothing failed, and summarises one failure by its own message", () => {
    expect(() => new FieldErrors().throwIfAny()).not.toThrow();
    expect(toMutationErrorPayload(new FieldErrors().add(["input", "x"], "X is required").toError())).toEqual({
      __typename: "ValidationError",
      message: "X is required",
      fieldErrors: [{ path: ["input", "x"], message: "X is required" }],
    });
  });

  it("rules pass absent values (except required) and valid ones", () => {
    const now = new Date("2025-06-01T00:00:00Z");
    expect([
      positiveNumber(null, "A"),
      positiveNumber(0.1, "A"),
      notInFuture(undefined, "D"),
      notInFuture(now, "D", now),
      latitudeInRange(-90),
      longitudeInRange(180),
      numeric(" -3.5 ", "N"),
      numeric(7, "N"),
      notGreaterThan(5, 5, "a", "b"),
      notGreaterThan(5, null, "a", "b"),
      required(0, "R"),
    ]).toEqual(Array(11).fill(null));
    expect([positiveNumber(0, "Depth"), numeric("", "Level"), numeric(Number.NaN, "Level"), required(undefined, "Well ID"), notGreaterThan(6, 5, "Casing depth", "well depth")]).toEqual([
      "Depth must be greater than 0",
      "Level must be numeric",
      "Level must be numeric",
      "Well ID is required",
      "Casing depth must not exceed well depth",
    ]);
  });
});

describe("auditFields", () => {
  it("takes created/updated-by from the user, and leaves them unset without one", () => {
    const user = { id: "sub-1", name: "Ada" };
    expect(auditFields({ user }, "create")).toEqual({ createdById: "sub-1", createdByName: "Ada" });
    expect(auditFields({ user: null }, "create")).toEqual({});
    const update = auditFields({ user }, "update");
    expect(update).toEqual({ updatedAt: expect.any(Date), updatedById: "sub-1", updatedByName: "Ada" });
    expect(Math.abs(update.updatedAt.getTime() - Date.now())).toBeLessThan(5_000);
    expect(Object.keys(auditFields({}, "update"))).toEqual(["updatedAt"]);
  });
});

describe("an unknown database error", () => {
  it("is a masked INTERNAL_SERVER_ERROR with a request id, logged in full, and the next request succeeds", async () => {
    // A trigger raising a custom SQLSTATE that no mapping knows, on one category name only.
    await api.db.prisma.$executeRawUnsafe(`
      CREATE FUNCTION test_raise_unknown() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.name = 'boom_category' THEN
          RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'secret internal detail';
        END IF;
        RETURN NEW;
      END $$`);
    await api.db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER test_raise_unknown BEFORE INSERT ON lexicon_category FOR EACH ROW EXECUTE FUNCTION test_raise_unknown()`,
    );
    const lines: string[] = [];
    const log = pino(
      { level: "info" },
      new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    const query = `mutation($name: String!) { createLexiconCategory(input: { name: $name }) {
      __typename ... on CreateLexiconCategorySuccess { category { name } } } }`;
    const run = async (name: string, requestId: string) => {
      const response = await api.apollo.executeOperation(
        { query, variables: { name } },
        { contextValue: createContext(api.db.prisma, log, requestId, { lexicon: api.lexicon, caller: ADMIN_CALLER }) },
      );
      if (response.body.kind !== "single") throw new Error("expected a single result");
      return response.body.singleResult;
    };

    const failed = await run("boom_category", "req-boom-1");
    expect(failed.data).toBeNull();
    expect(failed.errors).toEqual([
      {
        message: "Internal server error",
        locations: [{ line: 1, column: 28 }],
        path: ["createLexiconCategory"],
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-boom-1" },
      },
    ]);
    expect(JSON.stringify(failed)).not.toContain("secret");
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === "request error");
    expect(logged?.requestId).toBe("req-boom-1");
    expect(JSON.stringify(logged)).toContain("secret internal detail");

    const next = await run("fine_category", "req-boom-2");
    expect(next).toEqual({ data: { createLexiconCategory: { __typename: "CreateLexiconCategorySuccess", category: { name: "fine_category" } } } });
  });
});
