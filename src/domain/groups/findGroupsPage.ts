/**
 * One page of groups in name order (`Query.groups`), with a lazily counted total.
 * Contract: one statement for the page, one more only when the total is asked for. Group names
 * are unique, so the cursor is the name (with the id for robustness).
 */
import { InvalidArgumentError } from "../shared/domainErrors.js";
import type { Group, PrismaClient } from "../../generated/prisma/client.js";
import { toConnection, type Connection } from "../shared/pagination/connection.js";
import { offsetOf, type PageRequest } from "../shared/pagination/pageArgs.js";

export async function findGroupsPage(prisma: PrismaClient, page: PageRequest): Promise<Connection<Group>> {
  let afterName: string | null = null;
  if (page.after !== null) {
    const [name] = page.after;
    if (typeof name !== "string") {
      throw new InvalidArgumentError('Argument "after" is not a valid cursor', { argument: "after" });
    }
    afterName = name;
  }
  const rows = page.take === 0 ? [] : await prisma.group.findMany({
    where: afterName === null ? {} : { name: { gt: afterName } },
    orderBy: { name: "asc" },
    skip: offsetOf(page),
    take: page.take + 1,
  });
  return toConnection(rows, page, (g) => [g.name, g.id], () => prisma.group.count());
}
