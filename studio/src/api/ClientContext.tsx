import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useSession } from '../auth/AuthContext';
import { GraphQlClient } from './client';

const ClientContext = createContext<GraphQlClient | null>(null);

export function ClientProvider({ endpoint, children }: { endpoint: string; children: ReactNode }) {
  const session = useSession();
  const client = useMemo(
    () => new GraphQlClient({ endpoint, token: session.accessToken, onUnauthenticated: session.expired }),
    [endpoint, session],
  );
  // Exposed for the browser tests, which count the requests a page makes.
  (window as unknown as { __motivClient?: GraphQlClient }).__motivClient = client;
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): GraphQlClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside <ClientProvider>');
  return client;
}
