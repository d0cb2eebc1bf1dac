import { defineContentScript } from 'wxt/utils/define-content-script';
import type { InjectionReady } from '../../core/messages';
import { PageSession } from '../../components/page-session';

// Injected only when the reader clicks the toolbar button (activeTab + scripting.executeScript).
// Each click runs this file again; the session from the first click is reused. The background then
// sends the glossary's match data (if this page's copy is stale) and asks for an analysis.
export default defineContentScript({
  registration: 'runtime',
  main(): InjectionReady {
    const scope = globalThis as typeof globalThis & { __tarjumaSession?: PageSession };
    scope.__tarjumaSession ??= new PageSession(document);
    return scope.__tarjumaSession.ready();
  },
});
