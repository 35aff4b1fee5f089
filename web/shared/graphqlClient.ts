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

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * One POST to the GraphQL endpoint; resolves with `data` or rejects with one
 * of the errors above, so that a page can say what happened. An abort through
 * `signal` rejects with the AbortError, which callers ignore.
 */
export async function postGraphQL<T>(endpoint: string, query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
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
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal: controller.signal,
      });
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
    const first = answer?.errors?.[0];
    if (first) throw new GraphQLRequestError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (!answer?.data) throw new ApiHttpError(response.status);
    return answer.data;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** What went wrong, as the end of "… could not be loaded: ", telling an error the API sent from an API that could not be reached. */
export function describeFailure(error: unknown): string {
  if (error instanceof GraphQLRequestError) return `the missions API answered with an error: ${error.message} (${error.code})`;
  if (error instanceof ApiHttpError) return `the server answered ${error.message} instead of the missions API; the API behind it may be down`;
  if (error instanceof ApiTimeoutError) return `the missions API did not answer within ${error.seconds} seconds`;
  if (error instanceof ApiUnreachableError) return `the missions API cannot be reached (${error.message})`;
  return 'something went wrong in the page';
}
