/**
 * GraphQL IDs of this API are decimal strings of positive database ids.
 * Contract: returns the integer id, or throws InvalidArgumentError naming the argument.
 */
import { InvalidArgumentError } from "./domainErrors.js";

const MAX_INT4 = 2_147_483_647;

export function parseId(id: string | number, argument = "id"): number {
  const text = String(id).trim();
  const value = /^[0-9]+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_INT4) {
    throw new InvalidArgumentError(`Argument "${argument}" must be a positive integer id (got ${JSON.stringify(id)})`, {
      argument,
    });
  }
  return value;
}
