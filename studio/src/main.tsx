import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AuthGate } from './auth/AuthContext';
import { createUserManager } from './auth/session';
import { ClientProvider } from './api/ClientContext';
import { loadConfig } from './config';
import { App } from './App';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

loadConfig()
  .then((config) => {
    const manager = createUserManager(config);
    root.render(
      <StrictMode>
        <AuthGate manager={manager}>
          <ClientProvider endpoint={config.graphqlPath}>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </ClientProvider>
        </AuthGate>
      </StrictMode>,
    );
  })
  .catch((e: unknown) => {
    root.render(
      <main className="centre" role="alert">
        <h1>Motiv Studio could not start</h1>
        <p>{e instanceof Error ? e.message : String(e)}</p>
      </main>,
    );
  });
