/** One GraphQL request over HTTP, for checking that a benchmark operation answers correctly. */

export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The JSON body of an operation, as sent by the load generators. */
export function operationBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify(variables ? { query, variables } : { query });
}

/** Posts `body` to `url`; throws unless the answer is 200 with data and no errors. Returns the answer and its size. */
export async function expectData(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ answer: GraphQLAnswer; bytes: number }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const text = await response.text();
  let answer: GraphQLAnswer;
  try {
    answer = JSON.parse(text) as GraphQLAnswer;
  } catch {
    throw new Error(`${url}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (response.status !== 200 || !answer.data || (answer.errors?.length ?? 0) > 0) {
    throw new Error(`${url}: HTTP ${response.status}: ${text.slice(0, 500)}\nrequest: ${body.slice(0, 300)}`);
  }
  return { answer, bytes: Buffer.byteLength(text) };
}
