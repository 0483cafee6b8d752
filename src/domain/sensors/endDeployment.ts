/**
 * Records the removal of a deployed sensor.
 * Contract: NotFoundError("Deployment", id) for a missing deployment; ValidationError when it was
 * removed already, or when the removal date is in the future or before the installation date.
 */
import type { Deployment } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { notInFuture } from "../shared/validation/rules.js";
import { removalNotBeforeInstallation } from "./deploymentRules.js";
import type { DeploymentRemoval } from "./sensorInput.js";

export async function endDeployment(
  deps: Pick<DomainDeps, "prisma" | "user">,
  id: number,
  input: DeploymentRemoval,
  now = new Date(),
): Promise<Deployment> {
  return deps.prisma.$transaction(async (tx) => {
    const deployment = await tx.deployment.findUnique({ where: { id } });
    if (!deployment) throw new NotFoundError("Deployment", id);
    const errors = new FieldErrors();
    if (deployment.removalDate) {
      errors.add(["input", "removedOn"], `Deployment ${id} was removed on ${deployment.removalDate.toISOString().slice(0, 10)} already`);
    }
    errors.check(["input", "removedOn"], notInFuture(input.removedOn, "Removal date", now));
    errors.check(["input", "removedOn"], removalNotBeforeInstallation(deployment.installationDate, input.removedOn));
    errors.throwIfAny();
    return tx.deployment.update({ where: { id }, data: { removalDate: input.removedOn, ...auditFields(deps, "update") } });
  });
}
