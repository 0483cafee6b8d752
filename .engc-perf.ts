import { createDatabase } from "./src/db/createDatabase.js";
import { searchAll } from "./src/domain/search/searchAll.js";
const db = createDatabase({ url: "postgresql://postgres@127.0.0.1:5432/engc_perf", poolMax: 2, acquireTimeoutMs: 10000, statementTimeoutMs: 0 });
async function time(label: string, f: () => Promise<unknown>) {
  await f();
  const ts: number[] = [];
  let r: unknown;
  for (let i = 0; i < 7; i++) { const t = performance.now(); r = await f(); ts.push(performance.now() - t); }
  ts.sort((a, b) => a - b);
  console.log(label, "p50", ts[3]!.toFixed(1), "ms", Array.isArray(r) ? (r as unknown[]).length : "");
}
for (const q of ["NM-01234", "01234", "Ranch well 300", "p4999@example.com", "(505) 000-4999", "Person c4ca", "photos/2999.jpg", "330000000137", "RG-10001", "zzzz nothing", "NM"]) {
  await time(`search ${q}`, () => searchAll(db.prisma, { text: q, limit: 25 }));
}
await db.close();
