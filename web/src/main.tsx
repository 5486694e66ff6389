// The entry point: styles, the session, and the page for the current path.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { SessionProvider } from './session.js';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/tables.css';
import './styles/report.css';
import './styles/findings.css';
import './styles/evidence.css';
import './styles/pages.css';
import './styles/roles.css';
import './styles/interviews.css';
import './styles/notes-discovery.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <App />
    </SessionProvider>
  </StrictMode>,
);
