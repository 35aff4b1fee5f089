/** The API answered, with GraphQL errors: the first error's code and message, for the page to show. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Something answered over HTTP, but not with GraphQL: a proxy's 502 while the API is down, a 404 at a wrong address. */
export class ApiHttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}${STATUS_TEXT[status] ? ` (${STATUS_TEXT[status]})` : ''}`);
  }
}

/** No answer at all: the network failed, the address is wrong, or the browser refused the request. */
export class ApiUnreachableError extends Error {}

/** No answer within the time a reader will wait. */
export class ApiTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`no answer within ${seconds} s`);
  }
}

/** HTTP/2 answers carry no reason phrase, so the common ones are named here. */
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const TIMEOUT_MS = 20_000;
/** Asks the server again, by the copy's ETag, instead of reusing it (Node's RequestInit, which the unit tests compile against, lacks `cache`). */
const REVALIDATE = { cache: 'no-cache' } as const;

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

/**
 * One request and its GraphQL answer, or one of the errors above: no answer
 * at all, no answer in time, or an answer that is not GraphQL. An abort
 * through `signal` rejects with the AbortError, which callers ignore.
 */
async function send<T>(url: string | URL, init: RequestInit, signal?: AbortSignal): Promise<GraphQLAnswer<T>> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: controller.signal });
    } catch (error) {
      if (timedOut) throw new ApiTimeoutError(TIMEOUT_MS / 1000);
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiUnreachableError('the network failed or the address is wrong');
    }
    let answer: GraphQLAnswer<T>;
    try {
      answer = (await response.json()) as GraphQLAnswer<T>;
    } catch (error) {
      if (timedOut) throw new ApiTimeoutError(TIMEOUT_MS / 1000);
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiHttpError(response.status);
    }
    if (!answer?.data && !answer?.errors?.length) throw new ApiHttpError(response.status);
    return answer;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/**
 * One read: a GET that names the operation by its hash (an automatic persisted
 * query), so the same question is the same short URL a browser or a CDN can
 * cache and revalidate. An operation the server does not know yet is sent
 * whole once, by POST, which registers it. Resolves with `data` or rejects
 * with one of the errors above, so that a page can say what happened.
 * `revalidate` is for a read made because the answer changed: the browser
 * asks the server again (If-None-Match) instead of reusing its copy.
 */
export async function queryGraphQL<T>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
  revalidate = false,
): Promise<T> {
  const hash = await operationHash(query);
  const persistedQuery = hash ? { version: 1, sha256Hash: hash } : undefined;
  const headers = { accept: 'application/json' };
  let answer: GraphQLAnswer<T> | undefined;
  if (persistedQuery) {
    const url = new URL(endpoint, (globalThis as unknown as { location: { href: string } }).location.href);
    url.searchParams.set('variables', JSON.stringify(variables));
    url.searchParams.set('extensions', JSON.stringify({ persistedQuery }));
    answer = await send<T>(url, { headers, ...(revalidate ? REVALIDATE : {}) }, signal);
    // The contract's code for it is BAD_USER_INPUT; the message is the protocol's, as Apollo Client reads it too.
    if (answer.errors?.[0]?.message === 'PersistedQueryNotFound') answer = undefined;
  }
  answer ??= await send<T>(
    endpoint,
    {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables, extensions: persistedQuery && { persistedQuery } }),
    },
    signal,
  );
  const first = answer.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  return answer.data!;
}

/** What went wrong, as the end of "… could not be loaded: ", telling an error the API sent from an API that could not be reached. */
export function describeFailure(error: unknown): string {
  if (error instanceof GraphQLRequestError) return `the missions API answered with an error: ${error.message} (${error.code})`;
  if (error instanceof ApiHttpError) return `the server answered ${error.message} instead of the missions API; the API behind it may be down`;
  if (error instanceof ApiTimeoutError) return `the missions API did not answer within ${error.seconds} seconds`;
  if (error instanceof ApiUnreachableError) return `the missions API cannot be reached (${error.message})`;
  return 'something went wrong in the page';
}
