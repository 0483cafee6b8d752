import { prepareBenchDatabase } from "./lib/benchDatabase.js";
import { startOurServer } from "./lib/servers.js";
import { expectData, operationBody } from "./lib/graphqlRequest.js";
import { WELLS_1000, hydrographBody, wellPageBody, pointLookupBodies } from "./lib/operations.js";
import { countStatements } from "./lib/statementCount.js";
const d = await prepareBenchDatabase();
const s = await startOurServer({ databaseUrl: d.url, workers: 1 });
for (const [n, b] of [["point", pointLookupBodies(d)[0]!], ["page", wellPageBody(d)], ["wells", operationBody(WELLS_1000)], ["hydro", hydrographBody(d)]] as const) {
  const t = performance.now();
  const r = await expectData(s.graphqlUrl, b);
  console.log(n, r.bytes, Math.round(performance.now() - t), "ms", JSON.stringify(r.answer).slice(0, 200));
}
console.log(await s.probes.read());
await s.stop();
console.log("statements page", await countStatements(d.url, (JSON.parse(wellPageBody(d)) as {query:string}).query, { id: String(d.pageWellId) }));
