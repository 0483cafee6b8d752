/**
 * Sends one typed operation to the API over HTTP (`fetch`, Node 20+ or a browser).
 *
 * Contract: resolves with the operation's `data`, typed by the document; rejects with a
 * `GraphQLRequestError` when the server answered with errors (the first message, every error in
 * `errors`) or with a non-JSON or non-2xx response without GraphQL errors.
 */
import type { TypedDocumentString } from "./gql/graphql.js";

export interface GraphQLErrorPayload {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; requestId?: string } & Record<string, unknown>;
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorPayload[],
    readonly status: number,
  ) {
    super(message);
    this.name = "GraphQLRequestError";
  }
}

export interface RequestOptions {
  /** Extra HTTP headers, e.g. `{ authorization: "Bearer <token>" }`. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export async function request<TResult, TVariables>(
  url: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...options.headers },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal: options.signal,
  });
  const text = await response.text();
  let body: { data?: TResult | null; errors?: GraphQLErrorPayload[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new GraphQLRequestError(`HTTP ${response.status}: not a GraphQL response`, [], response.status);
  }
  const errors = body.errors ?? [];
  const [first] = errors;
  if (first) throw new GraphQLRequestError(first.message, errors, response.status);
  if (!response.ok || body.data === undefined || body.data === null) {
    throw new GraphQLRequestError(`HTTP ${response.status}: no data`, errors, response.status);
  }
  return body.data;
}
