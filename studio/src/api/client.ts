import type { PersistedOperation } from './operation';
import { ApiError, codeForStatus, toApiError, type GraphQlError } from './errors';

export interface OperationResult<R> {
  readonly data: R | null;
  /** Field errors of a partial answer (e.g. FORBIDDEN on one field); the request itself succeeded. */
  readonly errors: readonly GraphQlError[];
}

export interface GraphQlClientOptions {
  readonly endpoint: string;
  readonly token: () => string | null;
  /** Called once on HTTP 401: the session is over. */
  readonly onUnauthenticated: () => void;
  readonly fetch?: typeof fetch;
}

/**
 * Sends persisted operations only ({"documentId": sha256}, GraphQL over HTTP), so the gateway can run with
 * persisted documents only (deploy/k8s prod overlay). An answer with no data at all becomes an ApiError; field errors
 * of a partial answer are returned next to the data.
 */
export class GraphQlClient {
  private readonly fetchFn: typeof fetch;
  requests = 0;

  constructor(private readonly options: GraphQlClientOptions) {
    this.fetchFn = options.fetch ?? window.fetch.bind(window);
  }

  async execute<R, V>(operation: PersistedOperation<R, V>, variables: V, signal?: AbortSignal): Promise<OperationResult<R>> {
    const token = this.options.token();
    let response: Response;
    this.requests++;
    try {
      response = await this.fetchFn(this.options.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ documentId: operation.id, operationName: operation.name, variables }),
        signal,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError('The API could not be reached: ' + (e instanceof Error ? e.message : String(e)), 'NETWORK');
    }
    if (response.status === 401) {
      this.options.onUnauthenticated();
      throw new ApiError('Your session has ended', 'UNAUTHENTICATED', 401);
    }
    type Body = { data?: R | null; errors?: GraphQlError[] } | null;
    let body: Body;
    try {
      body = (await response.json()) as Body;
    } catch {
      throw new ApiError(`The API answered HTTP ${response.status} without a GraphQL body`, codeForStatus(response.status), response.status);
    }
    const errors = body?.errors ?? [];
    const data = body?.data ?? null;
    if (data === null || data === undefined) {
      throw errors.length > 0
        ? toApiError(errors, response.status)
        : new ApiError(`The API answered HTTP ${response.status} without data`, codeForStatus(response.status), response.status);
    }
    return { data, errors };
  }
}
