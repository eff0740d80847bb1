/** A persisted GraphQL operation: the id the gateway knows it by, with its result and variables types. */
export interface PersistedOperation<TResult, TVariables> {
  readonly id: string;
  readonly name: string;
  readonly kind: 'query' | 'mutation';
  /** Never set: carries the result and variables types for the compiler. */
  readonly __types?: { result: TResult; variables: TVariables };
}

export type ResultOf<O> = O extends PersistedOperation<infer R, unknown> ? R : never;
export type VariablesOf<O> = O extends PersistedOperation<unknown, infer V> ? V : never;
