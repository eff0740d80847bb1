// Motiv's GraphQL federation gateway (Hive Gateway). Every setting comes from the environment; the table of
// variables is in docs/operations.md ("Gateway"). Start: `npx hive-gateway supergraph` in this directory
// (the local launcher does: deploy/local/motiv up).
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ListValueNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { openTelemetrySetup } from '@graphql-hive/gateway/opentelemetry/setup';
// Both come with @graphql-hive/gateway (its CLI loads them the same way for --opentelemetry).
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  createRemoteJwksSigningKeyProvider,
  defineConfig,
  extractFromHeader,
  type GatewayPlugin,
} from '@graphql-hive/gateway';
import { useStudio } from './studio.ts';

const env = process.env;

function str(name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value.trim() === '' ? fallback : value.trim();
}

function int(name: string, fallback: number): number {
  const raw = str(name, String(fallback));
  const value = Number.parseInt(raw, 10);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

function bool(name: string, fallback: boolean): boolean {
  const raw = str(name, String(fallback)).toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function list(name: string, fallback: string[]): string[] {
  const raw = env[name];
  if (raw === undefined) return fallback;
  return raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

// --- identity: Keycloak realm motiv -------------------------------------------------------------------------------
const issuers = list('MOTIV_GATEWAY_JWT_ISSUER', ['http://127.0.0.1:8180/realms/motiv']);
if (issuers.length === 0) throw new Error('MOTIV_GATEWAY_JWT_ISSUER is empty');
const jwksUri = str('MOTIV_GATEWAY_JWKS_URL', `${issuers[0]}/protocol/openid-connect/certs`);
const audience = str('MOTIV_GATEWAY_JWT_AUDIENCE', 'motiv-api');

// --- subgraphs: URLs come from the supergraph, each can be overridden ----------------------------------------------
const SUBGRAPHS = ['profile', 'survey', 'segmentation', 'valuation'];
const transportEntries: Record<string, { location: string }> = {};
for (const name of SUBGRAPHS) {
  const url = env[`MOTIV_GATEWAY_${name.toUpperCase()}_URL`];
  if (url && url.trim() !== '') transportEntries[name] = { location: url.trim() };
}

// --- limits ---------------------------------------------------------------------------------------------------------
const maxDepth = int('MOTIV_GATEWAY_MAX_DEPTH', 10);
const maxTokens = int('MOTIV_GATEWAY_MAX_TOKENS', 2000);
const maxAliases = int('MOTIV_GATEWAY_MAX_ALIASES', 15);
const maxBodyBytes = int('MOTIV_GATEWAY_MAX_BODY_BYTES', 100 * 1024);
const rateLimitMax = int('MOTIV_GATEWAY_RATE_LIMIT_MAX', 600);
const rateLimitWindowMs = int('MOTIV_GATEWAY_RATE_LIMIT_WINDOW_MS', 60_000);
// Items of mutations per token subject per window (a bulk mutation's list argument counts each item); off with the
// root-field limit unless set (MOTIV_GATEWAY_RATE_LIMIT_MAX=0 turns rate limiting off).
const rateLimitItems = int('MOTIV_GATEWAY_RATE_LIMIT_ITEMS', rateLimitMax > 0 ? 100_000 : 0);

// --- persisted documents --------------------------------------------------------------------------------------------
const persistedOnly = bool('MOTIV_GATEWAY_PERSISTED_ONLY', false);
const persistedFile = resolve(str('MOTIV_GATEWAY_PERSISTED_DOCUMENTS', 'persisted-documents.json'));
const persisted: Record<string, string> = existsSync(persistedFile)
  ? JSON.parse(readFileSync(persistedFile, 'utf8'))
  : {};
if (persistedOnly && Object.keys(persisted).length === 0) {
  throw new Error(`MOTIV_GATEWAY_PERSISTED_ONLY=true but ${persistedFile} holds no documents`);
}

const corsOrigins = list('MOTIV_GATEWAY_CORS_ORIGINS', []);

// --- Motiv Studio (studio/), served on this origin --------------------------------------------------------------------
const studioDir = str('MOTIV_STUDIO_DIR', resolve('../../studio/dist'));
const studioAuthority = str('MOTIV_STUDIO_OIDC_AUTHORITY', issuers[0]);
const studioClientId = str('MOTIV_STUDIO_OIDC_CLIENT_ID', 'frontend');

// --- tracing: OpenTelemetry over OTLP/HTTP, only when an endpoint is set ---------------------------------------------
// The base URL of an OTLP/HTTP receiver (e.g. http://collector:4318); spans go to <base>/v1/traces. The gateway
// continues a caller's W3C traceparent and sends its own to the subgraphs, whose spans join the same trace.
const otlpEndpoint = str('MOTIV_GATEWAY_OTLP_ENDPOINT', '');
if (otlpEndpoint !== '') {
  openTelemetrySetup({
    contextManager: new AsyncLocalStorageContextManager(),
    resource: { serviceName: str('MOTIV_GATEWAY_SERVICE_NAME', 'motiv-gateway') },
    traces: { exporter: new OTLPTraceExporter({ url: `${otlpEndpoint.replace(/\/+$/, '')}/v1/traces` }) },
  });
}

function jsonError(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/**
 * An Authorization header that is not "Bearer <JWT>" is answered 401 like a bad signature (the JWT plugin would
 * answer 400 to a token it cannot decode).
 */
function useBearerShape(): GatewayPlugin {
  const jwtShape = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
  return {
    onRequest({ request, url, endResponse }) {
      const authorization = request.headers.get('authorization');
      if (authorization !== null && url.pathname === '/graphql' && !jwtShape.test(authorization)) {
        endResponse(jsonError(401, 'UNAUTHENTICATED', 'Unauthenticated'));
      }
    },
  };
}

/** Refuses request bodies over the limit before they are read (by Content-Length; a chunked body is refused too). */
function useRequestBodyLimit(limit: number): GatewayPlugin {
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== 'POST') return;
      const length = request.headers.get('content-length');
      if (length === null) {
        if (request.headers.get('transfer-encoding')) {
          endResponse(jsonError(411, 'LENGTH_REQUIRED', 'Send a Content-Length header'));
        }
        return;
      }
      const bytes = Number(length);
      if (!Number.isFinite(bytes) || bytes > limit) {
        endResponse(jsonError(413, 'PAYLOAD_TOO_LARGE', `Request body larger than ${limit} bytes`));
      }
    },
  };
}

/**
 * A budget of mutation items per token subject. Each Mutation root field costs the items of its list arguments
 * (registerCustomers, recordConsents, recordPurchases, submitSurveyResponses: one per element), at least 1, so a bulk
 * call of 1,000 costs what 1,000 single calls cost. The budget is a token bucket: up to `max` items, refilled at `max`
 * per window. A request that does not fit is refused whole before any subgraph sees it (HTTP 429, RATE_LIMITED,
 * Retry-After); what was refused is not counted. Counted per worker process, like the root-field limit.
 */
function useMutationItemBudget(max: number, windowMs: number): GatewayPlugin {
  const buckets = new Map<string, { items: number; at: number }>();
  const perMs = max / windowMs;

  function available(subject: string, now: number): { items: number; at: number } {
    const bucket = buckets.get(subject) ?? { items: max, at: now };
    bucket.items = Math.min(max, bucket.items + (now - bucket.at) * perMs);
    bucket.at = now;
    if (!buckets.has(subject)) {
      if (buckets.size >= 10_000) {
        // forget subjects whose budget is full again: they are where a new bucket would start
        for (const [key, other] of buckets) {
          if (other.items + (now - other.at) * perMs >= max) buckets.delete(key);
        }
      }
      buckets.set(subject, bucket);
    }
    return bucket;
  }

  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (operation === null || operation === undefined || operation.operation !== 'mutation') return;
      const cost = mutationItems(operation.selectionSet, args.document, args.variableValues ?? {});
      const subject = String((args.contextValue as any)?.jwt?.payload?.sub ?? 'anonymous');
      const bucket = available(subject, Date.now());
      if (cost <= bucket.items) {
        bucket.items -= cost;
        return;
      }
      const seconds = Math.max(1, Math.ceil((Math.min(cost, max) - bucket.items) / perMs / 1000));
      const message = cost > max
        ? `Rate limit of mutation items exceeded: this request has ${cost} items, more than the ${max} allowed per ${windowMs / 1000} s`
        : `Rate limit of mutation items exceeded: this request has ${cost} items, ${Math.floor(bucket.items)} of ${max} per ${windowMs / 1000} s are left; retry in ${seconds} s`;
      setResultAndStopExecution({
        errors: [new GraphQLError(message, {
          extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: { 'Retry-After': String(seconds) } } },
        })],
      });
    },
  };
}

/** The items of a mutation's root fields: per field the elements of its list arguments, at least 1. */
function mutationItems(selectionSet: SelectionSetNode, document: DocumentNode, variables: Record<string, unknown>): number {
  let items = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      items += mutationItems(selection.selectionSet, document, variables);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = document.definitions.find((definition) =>
        definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value);
      if (fragment !== undefined && fragment.kind === Kind.FRAGMENT_DEFINITION) {
        items += mutationItems(fragment.selectionSet, document, variables);
      }
    } else if (!selection.name.value.startsWith('__')) {
      let elements = 0;
      for (const argument of selection.arguments ?? []) {
        const value = argument.value.kind === Kind.VARIABLE ? variables[argument.value.name.value] : argument.value;
        if (Array.isArray(value)) elements += value.length;
        else if ((value as ValueNode | undefined)?.kind === Kind.LIST) elements += (value as ListValueNode).values.length;
      }
      items += Math.max(1, elements);
    }
  }
  return items;
}

export const gatewayConfig = defineConfig({
  supergraph: str('MOTIV_GATEWAY_SUPERGRAPH', './supergraph.graphql'),
  pollingInterval: 0,
  host: str('MOTIV_GATEWAY_HOST', '0.0.0.0'),
  port: int('MOTIV_GATEWAY_PORT', 8080),
  fork: int('MOTIV_GATEWAY_FORK', 1),
  transportEntries,
  disableWebsockets: true,
  landingPage: false,
  graphiql: bool('MOTIV_GATEWAY_GRAPHIQL', false),
  healthCheckEndpoint: '/healthcheck',
  readinessCheckEndpoint: '/readiness',

  // JWT from Keycloak: signature via the realm's JWKS, issuer, audience, expiry. No or a bad token: 401.
  jwt: {
    signingKeyProviders: [createRemoteJwksSigningKeyProvider({ jwksUri, cache: true, rateLimit: true })],
    tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
    tokenVerification: { issuer: issuers as [string, ...string[]], audience, algorithms: ['RS256'] },
    reject: { missingToken: true, invalidToken: true },
    extendContext: 'jwt',
    // Subgraphs validate the forwarded Authorization header themselves; no payload in extensions.
    forward: { payload: false, token: false },
  },
  propagateHeaders: {
    fromClientToSubgraphs({ request }) {
      return { authorization: request.headers.get('authorization') };
    },
  },

  // Limits.
  maxDepth,
  maxTokens,
  blockFieldSuggestions: true,
  batching: false,
  rateLimiting: rateLimitMax > 0
    ? ['Query', 'Mutation'].map((type) => ({
        type,
        field: '*',
        max: rateLimitMax,
        ttl: rateLimitWindowMs,
        identifier: '{context.jwt.payload.sub}',
      }))
    : false,
  disableIntrospection: bool('MOTIV_GATEWAY_INTROSPECTION', false) ? undefined : { disableIf: () => true },
  persistedDocuments: {
    getPersistedOperation: (key: string) => persisted[key] ?? null,
    // documentId (GraphQL over HTTP) or Apollo-style extensions.persistedQuery.sha256Hash
    extractPersistedOperationId: (params: any) =>
      params.documentId ?? params.extensions?.persistedQuery?.sha256Hash ?? null,
    allowArbitraryDocuments: !persistedOnly,
  },
  cors: corsOrigins.length === 0
    ? false
    : {
        origin: corsOrigins,
        credentials: true,
        methods: ['GET', 'POST', 'OPTIONS'],
        allowedHeaders: ['authorization', 'content-type'],
        maxAge: 600,
      },
  prometheus: { metrics: true, endpoint: '/metrics' },
  openTelemetry: otlpEndpoint === ''
    ? undefined
    : { traces: true, inheritContext: true, propagateContext: true },
  upstreamTimeout: int('MOTIV_GATEWAY_UPSTREAM_TIMEOUT_MS', 30_000),
  requestTimeout: 30_000,

  plugins: () => [
    useStudio({ directory: studioDir, authority: studioAuthority, clientId: studioClientId }),
    useRequestBodyLimit(maxBodyBytes),
    useBearerShape(),
    maxAliasesPlugin({ n: maxAliases }) as GatewayPlugin,
    ...(rateLimitItems > 0 ? [useMutationItemBudget(rateLimitItems, rateLimitWindowMs)] : []),
  ],
});
