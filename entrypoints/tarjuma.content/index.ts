import { defineContentScript } from 'wxt/utils/define-content-script';
import type { TabState } from '../../core/messages';
import { PageSession } from '../../components/page-session';

// Injected only when the reader clicks the toolbar button (activeTab + scripting.executeScript).
// Each click runs this file again; the session from the first click is reused and reads the page
// again. The analysis is the injection's result, so a click costs one round trip.
export default defineContentScript({
  registration: 'runtime',
  // WXT would otherwise announce each injection to the page with a window.postMessage naming the
  // extension's id: the page has no business knowing Tarjuma is installed (nor paying for the event).
  noScriptStartedPostMessage: true,
  main(): Promise<TabState> {
    const scope = globalThis as typeof globalThis & { __tarjumaSession?: PageSession };
    scope.__tarjumaSession ??= new PageSession(document);
    return scope.__tarjumaSession.analyze();
  },
});
