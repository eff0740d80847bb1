import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { StudioConfig } from '../config';

export const CALLBACK_PATH = '/auth/callback';

interface ReturnState {
  readonly returnTo: string;
}

/** Authorization code + PKCE against the realm's public client; tokens renewed with the refresh token before expiry. */
export function createUserManager(config: StudioConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + '/',
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    monitorSession: false,
    // Tokens live as long as the tab: a new tab signs in again (single sign-on at Keycloak makes that silent).
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Sends the browser to Keycloak's login page; after sign-in it comes back to the page it was on. */
export function signIn(manager: UserManager, returnTo = currentLocation()): Promise<void> {
  const state: ReturnState = { returnTo };
  return manager.signinRedirect({ state });
}

/** Completes the code exchange on the callback page and says where to go back to. */
export async function completeSignIn(manager: UserManager): Promise<{ user: User; returnTo: string }> {
  const user = await manager.signinRedirectCallback();
  const state = user.state as ReturnState | undefined;
  return { user, returnTo: safeReturnPath(state?.returnTo) };
}

export function currentLocation(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}

/** Only paths on this origin, never the callback itself (an open redirect otherwise). */
export function safeReturnPath(path: string | undefined): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith(CALLBACK_PATH)) return '/';
  return path;
}
