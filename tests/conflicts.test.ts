/**
 * Every unique constraint and unique index of the database, read from the catalogue, violated once:
 * each gives a ConflictError naming the constraint and its fields (never a 500). Through the API
 * where a mutation writes the table; otherwise through the generic path every mutation uses
 * (runMutation around a Prisma write). A constraint with no violator here fails the test, so the
 * list cannot silently fall behind the schema.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { columnToField } from "../src/domain/shared/mapDatabaseError.js";
import { runMutation } from "../src/resolvers/mutationErrorPayload.js";
import type { PrismaClient } from "../src/generated/prisma/client.js";
import { createThing, uniqueName } from "./support/factories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

interface CatalogConstraint {
  name: string;
  table: string;
  columns: string[];
}

let api: TestApi;
let catalog: CatalogConstraint[];

beforeAll(async () => {
  api = await createTestApi();
  catalog = await api.db.prisma.$queryRaw<CatalogConstraint[]>`
    SELECT i.relname AS name, t.relname AS "table",
      ARRAY(
        SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        ORDER BY k.ord
      ) AS columns
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND x.indisunique AND NOT x.indisprimary AND t.relname <> '_prisma_migrations'
    ORDER BY i.relname`;
});
afterAll(async () => {
  await api?.close();
});

/** The second write's result; `fields` when the API names the constraint's fields by their input names. */
type Outcome = { via: "api" | "generic"; result: unknown; fields?: string[] };

/** Runs a Prisma write twice through runMutation: the first must succeed, the second's result is returned. */
async function twice(write: () => Promise<unknown>): Promise<Outcome> {
  const first = await runMutation(write);
  if ((first as { __typename?: string }).__typename !== undefined) throw new Error(`first write failed: ${JSON.stringify(first)}`);
  return { via: "generic", result: await runMutation(write) };
}

/** Runs a mutation twice through the API: the first must succeed, the second's payload is returned. */
async function twiceViaApi(
  query: string,
  variables: Record<string, unknown>,
  success: string,
  fields?: string[],
): Promise<Outcome> {
  const payload = async () => {
    const result = await api.run<Record<string, { __typename: string }>>(query, variables);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data ?? {})[0];
  };
  expect((await payload())?.__typename).toBe(success);
  return { via: "api", result: await payload(), fields };
}

const CONFLICT = `... on ConflictError { __typename message constraint fields }`;

async function parameterId(prisma: PrismaClient): Promise<number> {
  return (await prisma.parameter.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } })).id;
}

async function deploymentOf(prisma: PrismaClient) {
  const thing = await createThing(prisma);
  const sensor = await prisma.sensor.create({ data: { name: uniqueName("sensor"), sensorType: "Pressure Transducer" } });
  return prisma.deployment.create({ data: { thingId: thing.id, sensorId: sensor.id } });
}

/** One way to violate each constraint, by name. */
const violators: Record<string, (prisma: PrismaClient) => Promise<Outcome>> = {
  lexicon_category_name_key: () =>
    twiceViaApi(
      `mutation($name: String!) { createLexiconCategory(input: { name: $name }) { __typename ${CONFLICT} } }`,
      { name: "conflict_category" },
      "CreateLexiconCategorySuccess",
    ),
  lexicon_term_term_key: () =>
    twiceViaApi(
      `mutation { createLexiconTerm(input: { term: "Conflict term", definition: "", categories: ["note_type"] }) { __typename ${CONFLICT} } }`,
      {},
      "CreateLexiconTermSuccess",
    ),
  uq_lexicon_term_category: async () => {
    await api.run(`mutation { createLexiconTerm(input: { term: "Conflict member", definition: "", categories: ["note_type"] }) { __typename } }`);
    return twiceViaApi(
      `mutation { addTermToCategory(term: "Conflict member", category: "well_purpose") { __typename ${CONFLICT} } }`,
      {},
      "LexiconTermCategorySuccess",
    );
  },
  analysis_method_analysis_method_code_key: (prisma) =>
    twice(() => prisma.analysisMethod.create({ data: { analysisMethodName: "ICP-MS", analysisMethodCode: "EPA 200.8" } })),
  aquifer_system_name_key: async (prisma) => {
    const aquiferType = (await prisma.lexiconTermCategory.findFirstOrThrow({
      where: { category: { name: "aquifer_type" } },
      select: { term: { select: { term: true } } },
    })).term.term;
    return twice(() => prisma.aquiferSystem.create({ data: { name: "Conflict aquifer", primaryAquiferType: aquiferType } }));
  },
  uq_contact_name_organization: () =>
    twiceViaApi(
      `mutation { createContact(input: { name: "Conflict Contact", organization: "nmbgmr", role: "Owner", contactType: "Primary" }) {
        __typename ${CONFLICT} } }`,
      {},
      "CreateContactSuccess",
    ),
  geologic_formation_formation_code_key: async (prisma) => {
    const code = (await prisma.lexiconTermCategory.findFirstOrThrow({
      where: { category: { name: "formation_code" } },
      select: { term: { select: { term: true } } },
    })).term.term;
    return twice(() => prisma.geologicFormation.create({ data: { formationCode: code } }));
  },
  group_name_key: () =>
    twiceViaApi(
      `mutation { createGroup(input: { name: "Conflict group" }) { __typename ${CONFLICT} } }`,
      {},
      "CreateGroupSuccess",
    ),
  // A digest is SHA-256 of 32 random bytes: only a direct write can repeat one.
  uq_api_key_secret_digest: (prisma) =>
    twice(() =>
      prisma.apiKey.create({
        data: {
          name: "conflict",
          displayPrefix: "ocw_conflict",
          secretDigest: "c".repeat(64),
          ownerId: "conflict-owner",
          ownerName: "Conflict Owner",
          ownerRole: "Viewer",
          role: "Viewer",
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      }),
    ),
  uq_group_thing: async (prisma) => {
    const thing = await createThing(prisma);
    const group = await prisma.group.create({ data: { name: uniqueName("group") } });
    return twice(() => prisma.groupThingAssociation.create({ data: { groupId: group.id, thingId: thing.id } }));
  },
  uq_location_thing_association_open: async (prisma) => {
    const thing = await createThing(prisma);
    const location = await prisma.location.create({ data: { latitude: 34, longitude: -106 } });
    return twice(() => prisma.locationThingAssociation.create({ data: { thingId: thing.id, locationId: location.id } }));
  },
  uq_parameter_name_matrix: async (prisma) => {
    await prisma.lexiconTerm.create({ data: { term: "Conflictium", definition: "" } });
    return twice(() => prisma.parameter.create({ data: { parameterName: "Conflictium", matrix: "water", defaultUnit: "mg/L" } }));
  },
  publication_doi_key: (prisma) =>
    twice(() => prisma.publication.create({ data: { title: "Conflict", doi: "10.1000/conflict", publicationType: "Paper" } })),
  sample_sample_name_key: async (prisma) => {
    // recordGroundwaterLevel names samples itself and refuses a second measurement of a well at the
    // same time before writing, so the name constraint is reached through the generic path.
    const thing = await createThing(prisma);
    const event = await prisma.fieldEvent.create({ data: { thingId: thing.id, eventDate: new Date("2024-01-01T00:00:00Z") } });
    const activity = await prisma.fieldActivity.create({ data: { fieldEventId: event.id, activityType: "groundwater level" } });
    return twice(() =>
      prisma.sample.create({
        data: {
          fieldActivityId: activity.id,
          sampleDate: new Date("2024-01-01T00:00:00Z"),
          sampleName: "CONFLICT-SAMPLE",
          sampleMatrix: "groundwater",
          sampleMethod: "Steel-tape measurement",
        },
      }),
    );
  },
  sensor_pcn_number_key: () =>
    twiceViaApi(
      `mutation($name: String!) { createSensor(input: { name: $name, sensorType: "barometer", pcnNumber: "PCN-CONFLICT" }) {
        __typename ${CONFLICT} } }`,
      { name: uniqueName("sensor") },
      "CreateSensorSuccess",
    ),
  sensor_serial_no_key: () =>
    twiceViaApi(
      `mutation($name: String!) { createSensor(input: { name: $name, sensorType: "Barometer", serialNumber: "SN-CONFLICT" }) {
        __typename ${CONFLICT} } }`,
      { name: uniqueName("sensor") },
      "CreateSensorSuccess",
      ["serialNumber"],
    ),
  uq_thing_contact: async (prisma) => {
    const thing = await createThing(prisma);
    const contact = await prisma.contact.create({ data: { name: uniqueName("Contact"), role: "Owner", contactType: "Primary" } });
    return twiceViaApi(
      `mutation($c: ID!, $t: ID!) { linkContactToThing(contactId: $c, thingId: $t) { __typename ${CONFLICT} } }`,
      { c: String(contact.id), t: String(thing.id) },
      "LinkContactToThingSuccess",
    );
  },
  uq_thing_id_link_thing_org_relation_id: async (prisma) => {
    const thing = await createThing(prisma);
    return twiceViaApi(
      `mutation($t: ID!) { addAlternateId(input: { thingId: $t, alternateId: "RG-1", organization: "NMOSE", relation: "OSEPOD" }) {
        __typename ${CONFLICT} } }`,
      { t: String(thing.id) },
      "AddAlternateIdSuccess",
    );
  },
  uq_transducer_observation_deployment_parameter_datetime: async (prisma) => {
    const deployment = await deploymentOf(prisma);
    const parameter = await parameterId(prisma);
    return twice(() =>
      prisma.transducerObservation.create({
        data: { deploymentId: deployment.id, parameterId: parameter, observationDatetime: new Date("2024-02-01T00:00:00Z"), value: 1 },
      }),
    );
  },
  uq_transducer_block_thing_status_parameter_time: async (prisma) => {
    const thing = await createThing(prisma);
    const parameter = await parameterId(prisma);
    return twice(() =>
      prisma.transducerObservationBlock.create({
        data: {
          thingId: thing.id,
          parameterId: parameter,
          reviewStatus: "approved",
          startDatetime: new Date("2024-01-01T00:00:00Z"),
          endDatetime: new Date("2024-02-01T00:00:00Z"),
        },
      }),
    );
  },
  uq_well_casing_material_thing_material: async (prisma) => {
    const thing = await createThing(prisma);
    return twice(() => prisma.wellCasingMaterial.create({ data: { thingId: thing.id, material: "PVC" } }));
  },
  uq_well_purpose_thing_purpose: async (prisma) => {
    const thing = await createThing(prisma);
    return twice(() => prisma.wellPurpose.create({ data: { thingId: thing.id, purpose: "Domestic" } }));
  },
};

describe("unique constraints of the catalogue", () => {
  it("the catalogue lists unique constraints", () => {
    expect(catalog.length).toBeGreaterThanOrEqual(21);
  });

  it("every one, violated, gives a ConflictError naming it and its fields", async () => {
    const covered: { name: string; via: string }[] = [];
    const failures: string[] = [];
    for (const constraint of catalog) {
      const violate = violators[constraint.name];
      if (!violate) {
        failures.push(`${constraint.name} (${constraint.table}: ${constraint.columns.join(", ")}): no violator in this test`);
        continue;
      }
      let outcome: Outcome;
      try {
        outcome = await violate(api.db.prisma);
      } catch (error) {
        failures.push(`${constraint.name}: ${String(error)}`);
        continue;
      }
      const { via, result, fields } = outcome;
      const expected = {
        __typename: "ConflictError",
        message: expect.any(String),
        constraint: constraint.name,
        fields: fields ?? constraint.columns.map(columnToField),
      };
      try {
        expect(result).toEqual(expected);
        expect((result as { message: string }).message.length).toBeGreaterThan(10);
        covered.push({ name: constraint.name, via });
      } catch {
        failures.push(`${constraint.name}: got ${JSON.stringify(result)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(covered.length).toBe(catalog.length);
    // Through the API wherever a mutation can write the duplicate (the rest: writes that skip or
    // close duplicates by design, and tables no mutation writes yet).
    console.info(
      `unique constraints covered: ${covered.length}/${catalog.length}; via the API: ${covered.filter((c) => c.via === "api").length}`,
    );
  });
});
