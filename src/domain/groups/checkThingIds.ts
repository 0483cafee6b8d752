/**
 * Checks a list of thing ids given in an input.
 * Contract: returns the distinct ids in input order; records "Thing <id> not found" under
 * [...path, "<index>"] for every id that does not exist (one statement for the whole list).
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import type { FieldErrors } from "../shared/validation/FieldErrors.js";

export async function checkThingIds(
  tx: Prisma.TransactionClient,
  errors: FieldErrors,
  path: string[],
  ids: readonly string[],
): Promise<number[]> {
  const parsed = ids.map((id, i) => parseId(id, `${path.join(".")}[${i}]`));
  const found = new Set((await tx.thing.findMany({ where: { id: { in: parsed } }, select: { id: true } })).map((t) => t.id));
  parsed.forEach((id, i) => {
    if (!found.has(id)) errors.add([...path, String(i)], `Thing ${id} not found`);
  });
  return [...new Set(parsed)];
}
