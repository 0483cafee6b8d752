/**
 * The payload of a one-field mutation, as a client receives it over HTTP (JSON-serialised).
 *
 * Contract: fails the test when the response has GraphQL errors (mutations report expected failures
 * as typed payloads, never as errors) or no payload; otherwise returns the value of the operation's
 * single root field.
 */
import { expect } from "vitest";

import type { RunOptions, TestApi } from "./testApi.js";

export type MutationPayload = { __typename: string } & Record<string, unknown>;

export async function mutationPayload<T extends MutationPayload = MutationPayload>(
  api: TestApi,
  query: string,
  variables: Record<string, unknown>,
  options: RunOptions = {},
): Promise<T> {
  const result = await api.run<Record<string, T>>(query, variables, options);
  expect(result.errors).toBeUndefined();
  const payload = Object.values(result.data ?? {})[0];
  if (!payload) throw new Error("the mutation returned no payload");
  return JSON.parse(JSON.stringify(payload)) as T;
}
