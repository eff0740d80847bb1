/** One GraphQL error as the gateway returns it: a message and the stable extensions.code (docs/api/README.md). */
export interface GraphQlError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string };
}

/** What Studio shows for a failed call: the API's message and code, never a blank page. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number | null = null,
    readonly path: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Codes the API uses (extensions.code) and what a user reads for each; anything else shows as it came. */
const HINTS: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  FORBIDDEN: 'Your role does not allow this.',
  NOT_FOUND: 'Nothing was found under this id.',
  VALIDATION: 'The input was not accepted.',
  CONFLICT: 'This conflicts with the current state.',
  RATE_LIMITED: 'Too many requests; wait a moment and try again.',
  PAYLOAD_TOO_LARGE: 'The request was too large.',
  INTERNAL: 'The server failed; the operators can find the details in its log.',
  NETWORK: 'The API could not be reached.',
  STALE_STUDIO: 'This Studio is older or newer than the gateway: reload the page; if it stays, the operators deploy Studio and the gateway together.',
};

export function hintFor(code: string): string | null {
  return HINTS[code] ?? null;
}

/** Maps an HTTP status with no GraphQL body to an error code. */
export function codeForStatus(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'INTERNAL';
  return 'HTTP_' + status;
}

/** The first error of a response as an ApiError (the rest of a partial answer stays usable to the caller). */
export function toApiError(errors: readonly GraphQlError[], status: number | null): ApiError {
  const first = errors[0];
  const code = first?.extensions?.code ?? (status !== null && status >= 400 ? codeForStatus(status) : 'UNKNOWN');
  const message = first?.message ?? 'Unknown error';
  return new ApiError(message, normaliseCode(code, message), status, first?.path ? first.path.join('.') : null);
}

/** The gateway's own rate limiter answers without a code; persisted-document misses have their own. */
function normaliseCode(code: string, message: string): string {
  if (code === 'UNKNOWN' && /rate limit/i.test(message)) return 'RATE_LIMITED';
  if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'PERSISTED_QUERY_NOT_IN_LIST') return 'STALE_STUDIO';
  return code;
}

/** Errors whose path lies under the given field, e.g. FORBIDDEN on `customer.person.email` for a viewer. */
export function errorsUnder(errors: readonly GraphQlError[], prefix: string): GraphQlError[] {
  return errors.filter((e) => (e.path ?? []).join('.').startsWith(prefix));
}
