import { describe, expect, it, vi } from 'vitest';
import { GraphQlClient } from './client';
import { ApiError, codeForStatus, errorsUnder, hintFor, toApiError } from './errors';
import type { PersistedOperation } from './operation';

const op: PersistedOperation<{ segment: { id: string } | null }, { id: string }> = { id: 'abc', name: 'StudioSegment', kind: 'query' };

function client(response: Response | Error, onUnauthenticated = vi.fn()) {
  const fetch = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  return { client: new GraphQlClient({ endpoint: '/graphql', token: () => 'tkn', onUnauthenticated, fetch: fetch as unknown as typeof window.fetch }), fetch, onUnauthenticated };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('error mapping', () => {
  it('should keep the API message and its extensions.code', () => {
    const error = toApiError([{ message: 'id: not a valid id (expected a UUID)', path: ['segment'], extensions: { code: 'VALIDATION' } }], 200);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('id: not a valid id (expected a UUID)');
    expect(error.path).toBe('segment');
  });

  it('should name HTTP failures without a GraphQL code by their status', () => {
    expect(codeForStatus(401)).toBe('UNAUTHENTICATED');
    expect(codeForStatus(413)).toBe('PAYLOAD_TOO_LARGE');
    expect(codeForStatus(429)).toBe('RATE_LIMITED');
    expect(codeForStatus(503)).toBe('INTERNAL');
    expect(codeForStatus(418)).toBe('HTTP_418');
    expect(toApiError([{ message: 'Rate limit of "Query.segment" exceeded' }], 200).code).toBe('RATE_LIMITED');
    expect(toApiError([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } }], 200).code).toBe('STALE_STUDIO');
  });

  it('should explain the stable codes and leave unknown ones alone', () => {
    expect(hintFor('FORBIDDEN')).toMatch(/role/);
    expect(hintFor('SOMETHING_NEW')).toBeNull();
  });

  it('should find the field errors under a path', () => {
    const errors = [{ message: 'x', path: ['customer', 'person', 'email'] }, { message: 'y', path: ['customer', 'purchases'] }];
    expect(errorsUnder(errors, 'customer.person')).toHaveLength(1);
  });
});

describe('GraphQL client', () => {
  it('should send only the persisted document id, the operation name, variables and the bearer token', async () => {
    const { client: c, fetch } = client(json({ data: { segment: { id: 's' } } }));
    const result = await c.execute(op, { id: 's' });
    expect(result.data).toEqual({ segment: { id: 's' } });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(init.body as string)).toEqual({ documentId: 'abc', operationName: 'StudioSegment', variables: { id: 's' } });
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer tkn');
  });

  it('should return field errors of a partial answer next to its data', async () => {
    const { client: c } = client(json({ data: { segment: null }, errors: [{ message: 'no', path: ['segment', 'x'], extensions: { code: 'FORBIDDEN' } }] }));
    const result = await c.execute(op, { id: 's' });
    expect(result.errors[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should end the session on HTTP 401', async () => {
    const { client: c, onUnauthenticated } = client(json({ errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] }, 401));
    await expect(c.execute(op, { id: 's' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('should turn an answer without data into an error with its code', async () => {
    const { client: c } = client(json({ errors: [{ message: 'Request body larger than 102400 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }, 413));
    await expect(c.execute(op, { id: 's' })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('should report an unreachable API and a body that is not JSON', async () => {
    await expect(client(new TypeError('Failed to fetch')).client.execute(op, { id: 's' })).rejects.toMatchObject({ code: 'NETWORK' });
    await expect(client(new Response('<html>bad gateway</html>', { status: 502 })).client.execute(op, { id: 's' })).rejects.toMatchObject({ code: 'INTERNAL', status: 502 });
  });
});
