/**
 * Scenario 2: the well-page query (a well with location, groups, contacts with emails and
 * phones, deployments with sensors, screens, notes, waterLevelStats and groundwaterLevels(first:
 * 10)) on the fixture well: requests/s and p50/p99 at 10 connections (one process), side by side
 * with the point lookup as a cost reference; SQL statements per request, counted in-process, and
 * the same fields under wells(first: 5) and wells(first: 50) (target: equal, i.e. batched).
 */
import { expectData, operationBody } from "../lib/graphqlRequest.js";
import { runLoad, type LoadResult } from "../lib/load.js";
import { WELL_PAGE, pointLookupBodies, wellPageBody, wellPageList } from "../lib/operations.js";
import { round2, type Scenario, type ScenarioResult } from "../lib/scenario.js";
import { startOurServer } from "../lib/servers.js";
import { countStatements } from "../lib/statementCount.js";

const CONNECTIONS = 10;

export const wellPage: Scenario = {
  id: "well-page",
  title: "2. Well page",
  async run({ data, seconds, rounds, log }): Promise<ScenarioResult> {
    const statements = await countStatements(data.url, WELL_PAGE, { id: String(data.pageWellId) });
    const statementsFor5 = await countStatements(data.url, wellPageList(5));
    const statementsFor50 = await countStatements(data.url, wellPageList(50));
    log(`  statements: well page ${statements}, under wells(first: 5) ${statementsFor5}, wells(first: 50) ${statementsFor50}`);

    const server = await startOurServer({ databaseUrl: data.url, workers: 1 });
    try {
      const page = wellPageBody(data);
      const { bytes } = await expectData(server.graphqlUrl, page);
      await expectData(server.graphqlUrl, operationBody(wellPageList(50)));
      const points = pointLookupBodies(data);
      await runLoad({ label: "warm-up", url: server.graphqlUrl, bodies: [page], connections: CONNECTIONS, durationSeconds: 2 });
      const pageRuns: LoadResult[] = [];
      const pointRuns: LoadResult[] = [];
      for (let i = 0; i < rounds; i += 1) {
        const pageRun = await runLoad({ label: "well page", url: server.graphqlUrl, bodies: [page], connections: CONNECTIONS, durationSeconds: seconds });
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
          { measurement: "req/s, p50 / p99", result: `${pageRps} req/s, ${avg(pageRuns, "p50")} / ${avg(pageRuns, "p99")} ms`, target: "", met: null },
          { measurement: "throughput well page / point lookup", result: `${ratio}× (point lookup ${pointRps} req/s)`, target: "", met: null },
          { measurement: "SQL statements per request", result: `${statements} (${Math.round(bytes / 1024)} KB answer)`, target: "", met: null },
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
