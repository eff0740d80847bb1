import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from './ClientContext';
import { ApiError, toApiError, type GraphQlError } from './errors';
import type { PersistedOperation } from './operation';

export interface QueryState<R> {
  readonly data: R | null;
  readonly fieldErrors: readonly GraphQlError[];
  readonly error: ApiError | null;
  readonly loading: boolean;
  readonly refetch: () => void;
}

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(e instanceof Error ? e.message : String(e), 'UNKNOWN');
}

/**
 * Runs a query when the variables change (compared as JSON); `skip` holds it back. `pollMs` repeats it while the
 * result says to (e.g. a run still RUNNING).
 */
export function useQuery<R, V>(
  operation: PersistedOperation<R, V>,
  variables: V,
  options: { skip?: boolean; pollMs?: (data: R) => number | null } = {},
): QueryState<R> {
  const client = useClient();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data: R | null; fieldErrors: readonly GraphQlError[]; error: ApiError | null; loading: boolean }>(
    { data: null, fieldErrors: [], error: null, loading: !options.skip },
  );
  const [tick, setTick] = useState(0);
  const poll = useRef(options.pollMs);
  poll.current = options.pollMs;

  useEffect(() => {
    if (options.skip) return;
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState((s) => ({ ...s, loading: true }));
    client
      .execute(operation, JSON.parse(key) as V, abort.signal)
      .then(({ data, errors }) => {
        // A root field that failed (path of length 1) fails the query: its null is not "nothing found".
        const rootFailure = errors.find((e) => (e.path ?? []).length === 1);
        if (rootFailure) {
          setState({ data: null, fieldErrors: errors, error: toApiError([rootFailure], null), loading: false });
          return;
        }
        setState({ data, fieldErrors: errors, error: null, loading: false });
        const next = data !== null && poll.current ? poll.current(data) : null;
        if (next !== null) timer = setTimeout(() => setTick((t) => t + 1), next);
      })
      .catch((e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') return;
        setState((s) => ({ ...s, error: asApiError(e), loading: false }));
      });
    return () => {
      abort.abort();
      if (timer) clearTimeout(timer);
    };
  }, [client, operation, key, options.skip, tick]);

  const refetch = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, refetch };
}

export interface MutationState<R> {
  readonly data: R | null;
  readonly error: ApiError | null;
  readonly running: boolean;
}

/** A mutation run on demand; resolves to its data or null (the error is in the state). */
export function useMutation<R, V>(operation: PersistedOperation<R, V>): [(variables: V) => Promise<R | null>, MutationState<R>] {
  const client = useClient();
  const [state, setState] = useState<MutationState<R>>({ data: null, error: null, running: false });
  const run = useCallback(
    async (variables: V) => {
      setState({ data: null, error: null, running: true });
      try {
        const { data, errors } = await client.execute(operation, variables);
        if (errors.length > 0) {
          const error = new ApiError(errors[0].message, errors[0].extensions?.code ?? 'UNKNOWN');
          setState({ data, error, running: false });
          return null;
        }
        setState({ data, error: null, running: false });
        return data;
      } catch (e) {
        setState({ data: null, error: asApiError(e), running: false });
        return null;
      }
    },
    [client, operation],
  );
  return [run, state];
}
