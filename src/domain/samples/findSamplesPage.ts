/**
 * One page of samples, newest first (sample date descending, then id descending), with a lazily
 * counted total. With a thing id, only samples of field events at that thing. Only samples the
 * viewer may see (released samples of released sites for callers without a role).
 * Contract: one statement for the page, one more only when the total is asked for.
 */
import type { Prisma, PrismaClient, Sample } from "../../generated/prisma/client.js";
import { InvalidArgumentError } from "../shared/domainErrors.js";
import { toConnection, type Connection } from "../shared/pagination/connection.js";
import { cursorTime, offsetOf, type CursorKey, type PageRequest } from "../shared/pagination/pageArgs.js";
import type { Viewer } from "../visibility/viewer.js";
import { visibleSampleWhere } from "../visibility/visibilityWhere.js";

function afterSample(after: CursorKey): Prisma.SampleWhereInput {
  const [date, id] = after;
  const at = cursorTime(date);
  if (!at || typeof id !== "number" || after.length !== 2) {
    throw new InvalidArgumentError('Argument "after" is not a valid cursor', { argument: "after" });
  }
  return { OR: [{ sampleDate: { lt: at } }, { sampleDate: at, id: { lt: id } }] };
}

export async function findSamplesPage(
  prisma: PrismaClient,
  viewer: Viewer,
  thingId: number | null,
  page: PageRequest,
): Promise<Connection<Sample>> {
  const where: Prisma.SampleWhereInput = {
    AND: [visibleSampleWhere(viewer), thingId === null ? {} : { fieldActivity: { fieldEvent: { thingId } } }],
  };
  const rows = await prisma.sample.findMany({
    where: page.after ? { AND: [where, afterSample(page.after)] } : where,
    orderBy: [{ sampleDate: "desc" }, { id: "desc" }],
    skip: offsetOf(page),
    take: page.take + 1,
  });
  return toConnection(rows, page, (s) => [s.sampleDate.toISOString(), s.id], () => prisma.sample.count({ where }));
}
