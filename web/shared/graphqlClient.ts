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

/** The SHA-256 of each operation the page sends, worked out once; null where the page has no Web Crypto (an http:// page that is not localhost). */
const hashes = new Map<string, Promise<string | null>>();

function operationHash(query: string): Promise<string | null> {
  let hash = hashes.get(query);
  if (!hash) {
    hash = globalThis.crypto?.subtle
      ? crypto.subtle.digest('SHA-256', new TextEncoder().encode(query)).then((digest) =>
          [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
        )
      : Promise.resolve(null);
    hashes.set(query, hash);
  }
  return hash;
}

async function send<T>(request: Request): Promise<GraphQLAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(request);
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiUnreachableError('The missions API cannot be reached.');
  }
  try {
    return (await response.json()) as GraphQLAnswer<T>;
  } catch {
    throw new ApiUnreachableError(`The missions API answered with HTTP ${response.status}, not GraphQL.`);
  }
}

/**
 * One read: a GET that names the operation by its hash (an automatic persisted
 * query), so the same question is the same short URL a browser or a CDN can
 * cache and revalidate. An operation the server does not know yet is sent
 * whole once, by POST, which registers it. Resolves with `data` or rejects with one of the two errors above.
 */
export async function queryGraphQL<T>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  const hash = await operationHash(query);
  const persistedQuery = hash ? { version: 1, sha256Hash: hash } : undefined;
  const headers = { accept: 'application/json' };
  let answer: GraphQLAnswer<T> | undefined;
  if (persistedQuery) {
    const url = new URL(endpoint, location.href);
    url.searchParams.set('variables', JSON.stringify(variables));
    url.searchParams.set('extensions', JSON.stringify({ persistedQuery }));
    answer = await send<T>(new Request(url, { headers, signal }));
    // The contract's code for it is BAD_USER_INPUT; the message is the protocol's, as Apollo Client reads it too.
    if (answer.errors?.[0]?.message === 'PersistedQueryNotFound') answer = undefined;
  }
  answer ??= await send<T>(
    new Request(endpoint, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables, extensions: persistedQuery && { persistedQuery } }),
      signal,
    }),
  );
  const first = answer.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!answer.data) throw new ApiUnreachableError('The missions API answered with no data.');
  return answer.data;
}
