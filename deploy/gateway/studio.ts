// Motiv Studio on the gateway's origin: GET / and every page path answers studio/dist/index.html (a single-page
// app), /assets/* the built files, /studio/config.json Studio's runtime settings. /graphql, /healthcheck,
// /readiness and /metrics stay the gateway's. Off when the directory has no index.html (Studio not built).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { GatewayPlugin } from '@graphql-hive/gateway';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const GATEWAY_PATHS = new Set(['/graphql', '/healthcheck', '/readiness', '/metrics']);

export interface StudioSettings {
  /** The built app (studio/dist). */
  readonly directory: string;
  /** The OIDC issuer browsers sign in at. */
  readonly authority: string;
  readonly clientId: string;
}

/** The Content-Security-Policy for Studio's pages: own scripts and styles only, API calls to this origin and Keycloak. */
export function contentSecurityPolicy(authority: string): string {
  const idp = new URL(authority).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${idp}`,
    `form-action 'self' ${idp}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

export function useStudio(settings: StudioSettings): GatewayPlugin {
  const root = resolve(settings.directory);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    console.warn(`[studio] ${indexFile} not found: Motiv Studio is not served (build it: cd studio && npm ci && npm run build)`);
    return {};
  }
  const csp = contentSecurityPolicy(settings.authority);
  const config = JSON.stringify({ authority: settings.authority, clientId: settings.clientId, graphqlPath: '/graphql' });
  const common = {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };

  const file = (path: string, cache: string): Response | null => {
    const full = normalize(join(root, path));
    if (!full.startsWith(root + sep) || !existsSync(full) || !statSync(full).isFile()) return null;
    return new Response(readFileSync(full), {
      status: 200,
      headers: { ...common, 'content-type': TYPES[extname(full)] ?? 'application/octet-stream', 'cache-control': cache },
    });
  };

  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const path = decodeURIComponent(url.pathname);
      if (GATEWAY_PATHS.has(path)) return;
      if (path === '/studio/config.json') {
        endResponse(new Response(config, { headers: { ...common, 'content-type': TYPES['.json'], 'cache-control': 'no-store' } }));
        return;
      }
      // Hashed build output never changes under its name; everything else is revalidated.
      if (path.startsWith('/assets/')) {
        endResponse(file(path, 'public, max-age=31536000, immutable') ?? new Response('Not found', { status: 404, headers: common }));
        return;
      }
      const asset = extname(path) !== '' ? file(path, 'no-cache') : null;
      if (asset) {
        endResponse(asset);
        return;
      }
      if (extname(path) !== '') {
        endResponse(new Response('Not found', { status: 404, headers: common }));
        return;
      }
      endResponse(file('/index.html', 'no-cache') as Response);
    },
  };
}
