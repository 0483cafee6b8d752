/**
 * Scenario 2: the well-page query (a well with location, groups, contacts with emails and
 * phones, deployments with sensors, screens, notes, waterLevelStats and groundwaterLevels(first:
 * 10)) on the fixture well, read by a signed-in Admin (bearer token; contacts' personal data
 * visible): requests/s and p50/p99 at 10 connections (one process), side by side
 * with the point lookup as a cost reference; SQL statements per request, counted in-process, and
 * the same fields under wells(first: 5) and wells(first: 50) (target: equal, i.e. batched).
 */
import { expectData, operationBody } from "../lib/graphqlRequest.js";
import { runLoad, type LoadResult } from "../lib/load.js";
import { WELL_PAGE, pointLookupBodies, wellPageBody, wellPageList } from "../lib/operations.js";
import { round2, type Scenario, type ScenarioResult } from "../lib/scenario.js";
import { startOurServer } from "../lib/servers.js";
import { countStatements } from "../lib/statementCount.js";
import { ADMIN_CALLER } from "../../src/auth/caller.js";

const CONNECTIONS = 10;
/** Issue 12: at most 8 statements, at ≥ 3× the requests/s of 2026-11-27 (107 req/s on a quiet machine). */
const MAX_STATEMENTS = 8;
const BASELINE_RPS = 107;

export const wellPage: Scenario = {
  id: "well-page",
  title: "2. Well page",
  async run({ data, authEnv, adminHeaders, seconds, rounds, log }): Promise<ScenarioResult> {
    const statements = await countStatements(data.url, WELL_PAGE, { id: String(data.pageWellId) }, ADMIN_CALLER);
    const statementsFor5 = await countStatements(data.url, wellPageList(5), undefined, ADMIN_CALLER);
    const statementsFor50 = await countStatements(data.url, wellPageList(50), undefined, ADMIN_CALLER);
    log(`  statements: well page ${statements}, under wells(first: 5) ${statementsFor5}, wells(first: 50) ${statementsFor50}`);

    const server = await startOurServer({ databaseUrl: data.url, workers: 1, authEnv });
    try {
      const page = wellPageBody(data);
      const { answer, bytes } = await expectData(server.graphqlUrl, page, adminHeaders);
      const contacts = (answer.data?.well as { contacts?: { emails: unknown[]; phones: unknown[] }[] } | undefined)?.contacts ?? [];
      if (!contacts.some((c) => c.emails.length > 0 && c.phones.length > 0)) {
        throw new Error("the well page shows no contact with emails and phones: is the caller allowed personal data?");
      }
      await expectData(server.graphqlUrl, operationBody(wellPageList(50)), adminHeaders);
      const points = pointLookupBodies(data);
      await runLoad({ label: "warm-up", url: server.graphqlUrl, bodies: [page], headers: adminHeaders, connections: CONNECTIONS, durationSeconds: 2 });
      const pageRuns: LoadResult[] = [];
      const pointRuns: LoadResult[] = [];
      for (let i = 0; i < rounds; i += 1) {
        const pageRun = await runLoad({ label: "well page", url: server.graphqlUrl, bodies: [page], headers: adminHeaders, connections: CONNECTIONS, durationSeconds: seconds });
        const pointRun = await runLoad({ label: "point lookup", url: server.graphqlUrl, bodies: points, connections: CONNECTIONS, durationSeconds: seconds });
        pageRuns.push(pageRun);
        pointRuns.push(pointRun);
        log(`  round ${i + 1} well page ${pageRun.requestsPerSecond} req/s (p99 ${pageRun.latencyMs.p99} ms), point lookup ${pointRun.requestsPerSecond} req/s`);
      }
      const rps = (runs: LoadResult[]) => Math.round(runs.reduce((s, r) => s + r.requests, 0) / (runs.length * seconds));
      const avg = (runs: LoadResult[], key: "p50" | "p99") => round2(runs.reduce((s, r) => s + r.latencyMs[key], 0) / runs.length);
      const pageRps = rps(pageRuns);
      const pointRps = rps(pointRuns);
      const ratio = round2(pageRps / pointRps);
      return {
        id: this.id,
        title: this.title,
        summary: [
          {
            measurement: `req/s, p50 / p99 (vs ${BASELINE_RPS} req/s of 2026-11-27, quiet machine)`,
            result: `${pageRps} req/s = ${round2(pageRps / BASELINE_RPS)}×, ${avg(pageRuns, "p50")} / ${avg(pageRuns, "p99")} ms`,
            target: "≥ 3×",
            met: pageRps >= 3 * BASELINE_RPS,
          },
          { measurement: "throughput well page / point lookup", result: `${ratio}× (point lookup ${pointRps} req/s)`, target: "", met: null },
          { measurement: "SQL statements per request", result: `${statements} (${Math.round(bytes / 1024)} KB answer)`, target: `≤ ${MAX_STATEMENTS}`, met: statements <= MAX_STATEMENTS },
          {
            measurement: "statements, same fields under wells(first: 5 / 50)",
            result: `${statementsFor5} / ${statementsFor50}`,
            target: "equal",
            met: statementsFor5 === statementsFor50,
          },
        ],
        details: { connections: CONNECTIONS, seconds, statements, statementsFor5, statementsFor50, answerBytes: bytes, pageRps, pointRps, ratio, page: pageRuns, point: pointRuns },
      };
    } finally {
      await server.stop();
    }
  },
};
