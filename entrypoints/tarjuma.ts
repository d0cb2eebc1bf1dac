import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { TabState } from '../core/messages';
import { PageSession } from '../components/page-session';

// Injected only when the reader clicks the toolbar button (activeTab + scripting.executeScript).
// Each click runs this file again; the session from the first click is reused and reads the page
// again. The analysis is the injection's result, so a click costs one round trip.
//
// An unlisted script, not a WXT content script: WXT's content-script context (a location watcher,
// an abort controller and a "script started" event dispatched on the page's document at every
// injection, which the page can hear) is for scripts the browser injects itself. This one is
// injected on a click and keeps its own session; the context cost ~1 ms of every click.
//
// The result is the state as one JSON string: an injection's result object is converted value by
// value in the page, and for a very large article's state (hundreds of entities, up to 200
// suggestions) that was one task of 50-100 ms after the analysis (traced on the 5 MB page); a string
// is copied.
export default defineUnlistedScript((): Promise<string> => {
  const scope = globalThis as typeof globalThis & { __tarjumaSession?: PageSession };
  scope.__tarjumaSession ??= new PageSession(document);
  return scope.__tarjumaSession.analyze().then((state: TabState) => JSON.stringify(state));
});
