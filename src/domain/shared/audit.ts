/**
 * Audit columns of a write, from the authenticated user of the request.
 *
 * Contract: with a user, "create" gives `createdById/createdByName` and "update" gives
 * `updatedById/updatedByName` plus `updatedAt` (now); without one, "create" gives `{}` (the columns
 * stay NULL) and "update" gives only `updatedAt`. Spread the result into Prisma `data`.
 */
import type { DomainDeps } from "./domainDeps.js";

export interface CreateAuditFields {
  createdById?: string;
  createdByName?: string;
}

export interface UpdateAuditFields {
  updatedAt: Date;
  updatedById?: string;
  updatedByName?: string;
}

export function auditFields(ctx: Pick<DomainDeps, "user">, kind: "create"): CreateAuditFields;
export function auditFields(ctx: Pick<DomainDeps, "user">, kind: "update"): UpdateAuditFields;
export function auditFields(
  ctx: Pick<DomainDeps, "user">,
  kind: "create" | "update",
): CreateAuditFields | UpdateAuditFields {
  const user = ctx.user ?? null;
  if (kind === "create") return user ? { createdById: user.id, createdByName: user.name } : {};
  return user
    ? { updatedAt: new Date(), updatedById: user.id, updatedByName: user.name }
    : { updatedAt: new Date() };
}
