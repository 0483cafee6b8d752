/**
 * The parameter of a chemistry result, named by id or by name and matrix (as the `parameters`
 * query shows them).
 *
 * Contract: NotFoundError("Parameter", id) or NotFoundError("Parameter", "<name> in <matrix>") when
 * there is none; the "groundwater level" parameter gives a ValidationFailedError on the input field that
 * named it: water levels are recorded with recordGroundwaterLevel, which keeps one level per well
 * and instant and the measuring point with it.
 */
import type { Parameter, Prisma } from "../../generated/prisma/client.js";
import { NotFoundError, ValidationFailedError } from "../shared/domainErrors.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";

export type ParameterRef = { id: number } | { name: string; matrix: string };

export async function findChemistryParameter(tx: Prisma.TransactionClient, ref: ParameterRef): Promise<Parameter> {
  const parameter =
    "id" in ref
      ? await tx.parameter.findUnique({ where: { id: ref.id } })
      : await tx.parameter.findUnique({ where: { parameterName_matrix: { parameterName: ref.name, matrix: ref.matrix } } });
  if (!parameter) throw new NotFoundError("Parameter", "id" in ref ? ref.id : `${ref.name} in ${ref.matrix}`);
  if (parameter.parameterName === GROUNDWATER_LEVEL_PARAMETER) {
    throw ValidationFailedError.forField(
        ["input", "id" in ref ? "parameterId" : "parameterName"],
        "Groundwater levels are not chemistry results; record them with recordGroundwaterLevel",
      );
  }
  return parameter;
}
