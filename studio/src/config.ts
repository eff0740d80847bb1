/** Runtime settings, served by the gateway next to Studio (GET /studio/config.json), so one build fits every environment. */
export interface StudioConfig {
  /** The OIDC issuer, e.g. http://127.0.0.1:8180/realms/motiv. */
  readonly authority: string;
  /** The realm's public client for browsers (authorization code + PKCE). */
  readonly clientId: string;
  /** The GraphQL endpoint, on Studio's own origin. */
  readonly graphqlPath: string;
}

export async function loadConfig(): Promise<StudioConfig> {
  const response = await fetch('/studio/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`Studio's configuration (/studio/config.json) answered HTTP ${response.status}`);
  const raw = (await response.json()) as Partial<StudioConfig>;
  if (!raw.authority || !raw.clientId) throw new Error('Studio configuration lacks authority or clientId');
  return { authority: raw.authority, clientId: raw.clientId, graphqlPath: raw.graphqlPath ?? '/graphql' };
}
