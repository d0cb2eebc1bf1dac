import { defineContentScript } from 'wxt/utils/define-content-script';
import type { TabState } from '../../core/messages';
import { PageSession } from '../../components/page-session';

// Injected only when the reader clicks the toolbar button (activeTab + scripting.executeScript).
// Each click runs this file again; the session from the first click is reused and reads the page
// again. The analysis is the injection's result, so a click costs one round trip.
export default defineContentScript({
  registration: 'runtime',
  main(): Promise<TabState> {
    const scope = globalThis as typeof globalThis & { __tarjumaSession?: PageSession };
    scope.__tarjumaSession ??= new PageSession(document);
    return scope.__tarjumaSession.analyze();
  },
});
