import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { User, UserManager } from 'oidc-client-ts';
import { capabilitiesOf, mainRole, rolesFromAccessToken, type Capabilities, type Role } from './roles';
import { CALLBACK_PATH, completeSignIn, signIn } from './session';

export interface Session {
  readonly accessToken: () => string | null;
  readonly userName: string;
  readonly role: Role | null;
  readonly roles: readonly string[];
  readonly can: Capabilities;
  readonly signOut: () => void;
  /** The token was refused (401) or could not be renewed: sign in again and come back here. */
  readonly expired: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <AuthGate>');
  return session;
}

type State = { kind: 'loading' } | { kind: 'signedIn'; user: User } | { kind: 'failed'; message: string };

/** Renders its children only for a signed-in user; everyone else goes to Keycloak's login page first. */
export function AuthGate({ manager, children }: { manager: UserManager; children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    const start = async () => {
      if (window.location.pathname === CALLBACK_PATH) {
        const { user, returnTo } = await completeSignIn(manager);
        window.history.replaceState(null, '', returnTo);
        if (!cancelled) setState({ kind: 'signedIn', user });
        return;
      }
      const user = await manager.getUser();
      if (user && !user.expired) {
        if (!cancelled) setState({ kind: 'signedIn', user });
        return;
      }
      if (user?.refresh_token) {
        try {
          const renewed = await manager.signinSilent();
          if (renewed && !cancelled) {
            setState({ kind: 'signedIn', user: renewed });
            return;
          }
        } catch {
          // the refresh token is gone or revoked: sign in again below
        }
      }
      await manager.removeUser();
      await signIn(manager);
    };
    start().catch((e: unknown) => {
      if (!cancelled) setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    });
    const onLoaded = (user: User) => setState({ kind: 'signedIn', user });
    const onRenewFailed = () => {
      void manager.removeUser().then(() => signIn(manager));
    };
    manager.events.addUserLoaded(onLoaded);
    manager.events.addSilentRenewError(onRenewFailed);
    return () => {
      cancelled = true;
      manager.events.removeUserLoaded(onLoaded);
      manager.events.removeSilentRenewError(onRenewFailed);
    };
  }, [manager]);

  const user = state.kind === 'signedIn' ? state.user : null;
  const session = useMemo<Session | null>(() => {
    if (!user) return null;
    const roles = rolesFromAccessToken(user.access_token);
    const profile = user.profile;
    return {
      accessToken: () => user.access_token,
      userName: String(profile.name ?? profile.preferred_username ?? profile.sub),
      role: mainRole(roles),
      roles,
      can: capabilitiesOf(roles),
      signOut: () => {
        void manager.signoutRedirect({ id_token_hint: user.id_token });
      },
      expired: () => {
        void manager.removeUser().then(() => signIn(manager));
      },
    };
  }, [user, manager]);

  if (state.kind === 'failed') {
    return (
      <main className="centre" role="alert">
        <h1>Sign-in failed</h1>
        <p>{state.message}</p>
        <p><a href="/">Try again</a></p>
      </main>
    );
  }
  if (!session) return <main className="centre" aria-busy="true"><p>Signing in…</p></main>;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
