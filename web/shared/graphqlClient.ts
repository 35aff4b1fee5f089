/** A GraphQL answer that carried errors: the first error's code and message, for the page to show. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** The network or the server failed before GraphQL could answer (API down, a proxy's error page). */
export class ApiUnreachableError extends Error {}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One POST to the GraphQL endpoint; resolves with `data` or rejects with one of the two errors above. */
export async function postGraphQL<T>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiUnreachableError('The missions API cannot be reached.');
  }
  let answer: GraphQLAnswer<T>;
  try {
    answer = (await response.json()) as GraphQLAnswer<T>;
  } catch {
    throw new ApiUnreachableError(`The missions API answered with HTTP ${response.status}, not GraphQL.`);
  }
  const first = answer.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!answer.data) throw new ApiUnreachableError('The missions API answered with no data.');
  return answer.data;
}
