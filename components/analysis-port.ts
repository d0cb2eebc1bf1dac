import { browser } from 'wxt/browser';
import {
  isCandidateListOf, isDiscoverRequest, isRecognizeRequest, MAX_ARTICLE_CHARS, recognitionWireCheck, type DiscoverRequest, type RecognizeRequest,
} from '../core/messages';
import { fromWireSteps, toWire, type RecognitionWire } from '../core/recognition-wire';
import type { Discovery } from '../core/discovery';
import type { GlossaryMatch } from '../core/recognize-text';
import { drainInSlices, yieldToEventLoop } from '../core/slices';

/**
 * What a page's analysis needs from the background, over one runtime port opened when the analysis
 * starts: the recognition of the article's text (the glossary lives in the background). Opening the
 * port first means the channel to the service worker (and the worker, if asleep) is set up while the
 * page is still extracting the article, so the text goes out the moment it is ready.
 */
export const ANALYSIS_PORT = 'tarjuma:analysis';

/** Characters per message: sending (serializing) one takes a few milliseconds, not a long task. */
const TEXT_PIECE = 64 * 1024;

/** What the page is told when the port closes (either end) before an answer. */
const NO_ANSWER = { type: 'tarjuma:recognized', error: 'the glossary did not answer' } as const;

/** Background → page answers on the port. */
type PortAnswer =
  | { type: 'tarjuma:recognized'; result?: unknown; error?: string }
  | { type: 'tarjuma:discovered'; candidates?: unknown; error?: string };

/**
 * Recognition answers twice: the glossary's matches first, so the page paints them at once, then,
 * when the page asks, the suggestions (discovery is several times the work of matching on a long
 * text). The page asks once the names are painted: until then the background does nothing else,
 * so on a two-core machine the answer's way to the page and its painting have the cores.
 */
export interface Recognizing {
  matched: Promise<GlossaryMatch>;
  /** Asks for the suggestions; empty when they do not come: they are an extra, never a reason to fail. */
  suggestions(): Promise<Discovery[]>;
}

export interface AnalysisPort {
  recognize(text: string, langHint: string | undefined): Recognizing;
  close(): void;
}

/** Content script side: open now, use for one analysis, close. */
export function openAnalysisPort(): AnalysisPort {
  const port = browser.runtime.connect({ name: ANALYSIS_PORT });
  const waiting = new Map<PortAnswer['type'], (answer: PortAnswer) => void>();
  let closed = false;
  port.onMessage.addListener((message: unknown) => {
    const answer = message as PortAnswer;
    waiting.get(answer?.type)?.(answer);
  });
  // Whatever is still waiting when the port closes (from either end) gets "no answer".
  const settleAll = () => {
    closed = true;
    for (const settle of waiting.values()) settle(NO_ANSWER);
    waiting.clear();
  };
  port.onDisconnect.addListener(settleAll);
  const answer = (type: PortAnswer['type']) => new Promise<PortAnswer>((resolve) => {
    if (closed) resolve(NO_ANSWER);
    else waiting.set(type, resolve);
  });
  const send = (requests: Array<RecognizeRequest | DiscoverRequest>) => void (async () => {
    for (let i = 0; i < requests.length && !closed; i++) {
      // A text in several pieces is a very large page's: its first piece goes out in a task of its
      // own too, not in the one that has just built the text.
      if (i > 0 || requests.length > 1) await yieldToEventLoop();
      port.postMessage(requests[i]);
    }
  })();
  return {
    recognize(text, langHint) {
      const hint = langHint ? { langHint: langHint.slice(0, 40) } : {};
      const requests: RecognizeRequest[] = [];
      for (let at = 0; at < text.length || at === 0; at += TEXT_PIECE) {
        const end = Math.min(text.length, at + TEXT_PIECE);
        requests.push({ type: 'tarjuma:recognize', text: text.slice(at, end), ...(end < text.length ? { more: true } : {}), ...hint });
      }
      const recognized = answer('tarjuma:recognized');
      const discovered = answer('tarjuma:discovered');
      send(requests);
      return {
        // Checked and decoded in slices (on a very large page that is tens of thousands of mentions),
        // one budget for both: two slicers in a row would give the answer's task two full slices.
        matched: recognized.then((a) => drainInSlices((function* () {
          const result = a.type === 'tarjuma:recognized' ? a.result : undefined;
          if (!(yield* recognitionWireCheck(result, text.length))) throw new Error(NO_ANSWER.error);
          return yield* fromWireSteps(result as RecognitionWire, text);
        })())),
        suggestions: () => {
          send([{ type: 'tarjuma:discover' }]);
          return discovered.then((a) => (a.type === 'tarjuma:discovered' && isCandidateListOf(a.candidates, text.length) ? a.candidates : []));
        },
      };
    },
    close() {
      settleAll();
      port.disconnect();
    },
  };
}

export interface AnalysisServices {
  match(text: string, langHint?: string): Promise<GlossaryMatch>;
  discover(text: string, found: GlossaryMatch): Promise<Discovery[]>;
}

/** Background side: serves this extension's content scripts in tabs, nothing else. */
export function serveAnalysisPort(services: AnalysisServices): void {
  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    if (port.name !== ANALYSIS_PORT || port.sender?.id !== browser.runtime.id || tabId === undefined) return;
    const reply = (answer: PortAnswer) => {
      try {
        port.postMessage(answer);
      } catch {
        // The page went away before the answer: nothing to tell.
      }
    };
    let pieces: string[] = [];
    let received = 0;
    /** Discovery for the text last matched, run when the page asks for it. */
    let discoverLast: (() => void) | undefined;
    port.onMessage.addListener((message: unknown) => {
      if (isDiscoverRequest(message)) {
        const discoverNow = discoverLast;
        discoverLast = undefined;
        if (discoverNow) discoverNow();
        else reply({ type: 'tarjuma:discovered', error: 'no text recognized to make suggestions for' });
      } else if (isRecognizeRequest(message) && received + message.text.length <= MAX_ARTICLE_CHARS) {
        pieces.push(message.text);
        received += message.text.length;
        if (message.more) return;
        const text = pieces.length === 1 ? pieces[0]! : pieces.join('');
        pieces = [];
        received = 0;
        const failure = (err: unknown) => String((err as Error)?.message ?? err).slice(0, 500);
        const discover = (found: GlossaryMatch) => services.discover(text, found).then(
          (candidates) => reply({ type: 'tarjuma:discovered', candidates }),
          (err: unknown) => reply({ type: 'tarjuma:discovered', error: failure(err) }),
        );
        services.match(text, message.langHint).then(
          (found) => {
            // Even with no names found the matches go first: the page reports "no glossary names"
            // at once instead of waiting for the suggestions.
            reply({ type: 'tarjuma:recognized', result: toWire(found) });
            discoverLast = () => void discover(found);
          },
          (err: unknown) => reply({ type: 'tarjuma:recognized', error: failure(err) }),
        );
      } else {
        port.disconnect();
      }
    });
  });
}
