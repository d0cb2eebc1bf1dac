import { defineContentScript } from 'wxt/utils/define-content-script';
import type { TabState } from '../../core/messages';
import { PageSession } from '../../components/page-session';
import { BUILTIN_ENTRIES } from '../../glossary/index';

// Injected only when the reader clicks the toolbar button (activeTab + scripting.executeScript).
// Each click runs this file again; the session from the first click is reused.
export default defineContentScript({
  registration: 'runtime',
  main(): Promise<TabState> {
    const scope = globalThis as typeof globalThis & { __tarjumaSession?: PageSession };
    scope.__tarjumaSession ??= new PageSession(document, BUILTIN_ENTRIES);
    return scope.__tarjumaSession.analyze();
  },
});
