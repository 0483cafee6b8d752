/**
 * The well, parameter and deployment a block of readings belongs to, looked up inside the
 * writing transaction.
 *
 * Contract: an unknown well, parameter or deployment ends the transaction with NotFoundError
 * ("Well 12 not found", "Parameter conductivity not found", "Deployment 7 not found"); a deployment
 * at another well, a well name shared by several wells, or a missing `deploymentId` that cannot be
 * chosen (none or several deployments cover the span) end it with a ValidationFailedError at `path`.
 */
import { NotFoundError, ValidationFailedError } from "../shared/domainErrors.js";
import type { SqlRunner } from "../shared/sqlRunner.js";

export type WellRef = { id: number } | { name: string };

export interface TransducerTarget {
  thingId: number;
  wellName: string;
  parameterId: number;
  parameterName: string;
}

/** The matrix preferred when a parameter name exists in several matrices. */
const PREFERRED_MATRIX = "groundwater";

export async function findWellAndParameter(runner: SqlRunner, well: WellRef, parameterName: string, path: string[]): Promise<TransducerTarget> {
  const things =
    "id" in well
      ? await runner.query<{ id: number; name: string }>("SELECT id, name FROM thing WHERE id = $1::int", [well.id])
      : await runner.query<{ id: number; name: string }>(
          "SELECT id, name FROM thing WHERE name = $1 AND thing_type = 'water well' ORDER BY id LIMIT 2",
          [well.name],
        );
  const [thing] = things;
  if (!thing) throw new NotFoundError("Well", "id" in well ? well.id : well.name);
  if (things.length > 1 && "name" in well) {
    throw ValidationFailedError.forField(path, `More than one well is named "${well.name}"; give the well id`);
  }
  const [parameter] = await runner.query<{ id: number }>(
    "SELECT id FROM parameter WHERE parameter_name = $1 ORDER BY (matrix = $2) DESC, id LIMIT 1",
    [parameterName, PREFERRED_MATRIX],
  );
  if (!parameter) throw new NotFoundError("Parameter", parameterName);
  return { thingId: thing.id, wellName: thing.name, parameterId: parameter.id, parameterName };
}

/**
 * The deployment recording the readings: `deploymentId` when given (it must be at the well),
 * else the only deployment of the well installed on or before the UTC date of `start` (or with no
 * installation date) and not removed before the UTC date of `end`.
 */
export async function chooseDeployment(
  runner: SqlRunner,
  target: TransducerTarget,
  deploymentId: number | null,
  span: { start: Date; end: Date },
  path: string[],
): Promise<number> {
  if (deploymentId !== null) {
    const [deployment] = await runner.query<{ thingId: number }>('SELECT thing_id AS "thingId" FROM deployment WHERE id = $1::int', [deploymentId]);
    if (!deployment) throw new NotFoundError("Deployment", deploymentId);
    if (deployment.thingId !== target.thingId) {
      throw ValidationFailedError.forField(path, `Deployment ${deploymentId} is not at well ${target.wellName} (id ${target.thingId})`);
    }
    return deploymentId;
  }
  const covering = await runner.query<{ id: number }>(
    `SELECT id FROM deployment
     WHERE thing_id = $1::int
       AND (installation_date IS NULL OR installation_date <= ($2::timestamptz AT TIME ZONE 'UTC')::date)
       AND (removal_date IS NULL OR removal_date >= ($3::timestamptz AT TIME ZONE 'UTC')::date)
     ORDER BY id`,
    [target.thingId, span.start, span.end],
  );
  const [only] = covering;
  if (only && covering.length === 1) return only.id;
  const when = `${span.start.toISOString()} to ${span.end.toISOString()}`;
  throw ValidationFailedError.forField(
      path,
      covering.length === 0
        ? `No deployment of well ${target.wellName} covers ${when}; give the deployment id`
        : `Deployments ${covering.map((d) => d.id).join(", ")} of well ${target.wellName} all cover ${when}; give the deployment id`,
    );
}
