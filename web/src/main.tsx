import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAppConfig } from './app-config';
import { createUserManager } from './auth/oidc';
import { SessionProvider } from './auth/session';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
loadAppConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <SessionProvider users={createUserManager(config)}>
          <App config={config} />
        </SessionProvider>
      </StrictMode>,
    ),
  (error: Error) => root.render(<p role="alert">The app could not start: {error.message}</p>),
);
