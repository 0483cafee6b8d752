/**
 * The comparison server of the point-lookup scenario: a minimal Apollo Server 5 on the same HTTP
 * stack as ours (Express 5, `@as-integrations/express5`, JSON body parser), answering
 * `well(id)` with the SQL statement our server sends for it (Prisma's `thing.findMany` by id,
 * copied from its query log) over a plain `pg` pool. No Prisma, no DataLoaders, no plugins, no
 * per-request context: what is left is the floor of "GraphQL over PostgreSQL in Node".
 *
 * Environment: DATABASE_URL, HOST, PORT, DATABASE_POOL_MAX (default 10). GET /health answers 200.
 */
import http from "node:http";

import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError } from "graphql";
import pg from "pg";

const typeDefs = `#graphql
  enum LengthUnit { FOOT INCH METER }
  enum ThingType { WATER_WELL SPRING PERENNIAL_STREAM EPHEMERAL_STREAM METEOROLOGICAL_STATION }
  enum ReleaseStatus { DRAFT PROVISIONAL FINAL PUBLISHED ARCHIVED PUBLIC PRIVATE }
  type Length { value: Float! unit: LengthUnit! }
  type Well {
    id: ID!
    name: String!
    thingType: ThingType!
    releaseStatus: ReleaseStatus!
    siteName: String
    wellDepth: Length
    holeDepth: Length
    drillerName: String
    constructionMethod: String
  }
  type Query { well(id: ID!): Well }
`;

/** The statement Prisma sends for `thing.findMany({ where: { id: { in: [id] } } })`. */
const THING_BY_ID = `SELECT "public"."thing"."id", "public"."thing"."name", "public"."thing"."thing_type", "public"."thing"."site_name", "public"."thing"."first_visit_date", "public"."thing"."well_depth", "public"."thing"."hole_depth", "public"."thing"."well_casing_depth", "public"."thing"."well_pump_depth", "public"."thing"."well_casing_diameter", "public"."thing"."well_completion_date", "public"."thing"."well_driller_name", "public"."thing"."well_construction_method", "public"."thing"."well_pump_type", "public"."thing"."formation_completion_code", "public"."thing"."spring_type", "public"."thing"."nma_pk_welldata", "public"."thing"."release_status", "public"."thing"."created_at", "public"."thing"."created_by_name", "public"."thing"."created_by_id", "public"."thing"."updated_at", "public"."thing"."updated_by_name", "public"."thing"."updated_by_id" FROM "public"."thing" WHERE "public"."thing"."id" IN ($1) OFFSET $2`;

interface ThingRow {
  id: number;
  name: string;
  thing_type: string;
  release_status: string;
  site_name: string | null;
  well_depth: number | null;
  hole_depth: number | null;
  well_driller_name: string | null;
  well_construction_method: string | null;
}

const enumName = (term: string) => term.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
const feet = (value: number | null) => (value === null ? null : { value, unit: "FOOT" });

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is required");
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });

const apollo = new ApolloServer({
  typeDefs,
  resolvers: {
    Query: {
      well: async (_: unknown, { id }: { id: string }) => {
        const { rows } = await pool.query<ThingRow>(THING_BY_ID, [Number(id), "0"]);
        const row = rows[0];
        if (!row || row.thing_type !== "water well") {
          throw new GraphQLError(`Well ${id} not found`, { extensions: { code: "NOT_FOUND" } });
        }
        return {
          id: row.id,
          name: row.name,
          thingType: enumName(row.thing_type),
          releaseStatus: enumName(row.release_status),
          siteName: row.site_name,
          wellDepth: feet(row.well_depth),
          holeDepth: feet(row.hole_depth),
          drillerName: row.well_driller_name,
          constructionMethod: row.well_construction_method,
        };
      },
    },
  },
});
await apollo.start();

const app = express();
app.disable("x-powered-by");
app.get("/health", (_req, res) => {
  res.json({ status: "ok" });
});
app.use("/graphql", express.json({ limit: "1mb" }), expressMiddleware(apollo));
const server = http.createServer(app);
server.listen(Number(process.env.PORT ?? 4100), process.env.HOST ?? "127.0.0.1");

process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  void apollo.stop().then(() => pool.end()).then(() => process.exit(0));
});
