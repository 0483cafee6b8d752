import { afterAll, beforeAll, it } from "vitest";
import { createThing } from "./support/factories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";
let api: TestApi;
beforeAll(async () => { api = await createTestApi(); });
afterAll(async () => { await api?.close(); });
it("debug", async () => {
  const well = await createThing(api.db.prisma, { thingType: "spring" });
  const r = await api.run(`mutation($id: ID!) { updateSpring(id: $id, input: { springType: null }) { __typename ... on UpdateSpringSuccess { spring { name springType } } } }`, { id: String(well.id) });
  console.log(JSON.stringify(r, null, 1));
});
