import { browser } from 'wxt/browser';
import { isRecognitionWireOf, isRecognizeRequest, isStylesRequest, MAX_ARTICLE_CHARS, type RecognizeRequest, type StylesRequest } from '../core/messages';
import { fromWire, toWire } from '../core/recognition-wire';
import type { Recognition } from '../core/recognize-text';
import { yieldToEventLoop } from '../core/slices';

/**
 * What a page's analysis needs from the background, over one runtime port opened when the analysis
 * starts: the page styles (inserted by the background, the only one allowed to add user-origin CSS)
 * and the recognition of the article's text (the glossary lives in the background). Opening the port
 * first means the channel to the service worker (and the worker, if asleep) is set up while the page
 * is still extracting the article, so the text goes out the moment it is ready.
 */
export const ANALYSIS_PORT = 'tarjuma:analysis';

/** Characters per message: sending (serializing) one takes a few milliseconds, not a long task. */
const TEXT_PIECE = 256 * 1024;

/** What the page is told when the port closes (either end) before an answer. */
const NO_ANSWER = { type: 'tarjuma:recognized', error: 'the glossary did not answer' } as const;

/** Background → page answers on the port. */
type PortAnswer =
  | { type: 'tarjuma:styled'; ok: boolean }
  | { type: 'tarjuma:recognized'; result?: unknown; error?: string };

export interface AnalysisPort {
  /** Asks for the page styles: the highlight rules for every element, or only near the viewport. */
  styles(nearViewport: boolean): Promise<boolean>;
  recognize(text: string, langHint: string | undefined): Promise<Recognition>;
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
  const ask = (type: PortAnswer['type'], requests: Array<RecognizeRequest | StylesRequest>) => new Promise<PortAnswer>((resolve) => {
    if (closed) return resolve(NO_ANSWER);
    waiting.set(type, resolve);
    void (async () => {
      for (let i = 0; i < requests.length && !closed; i++) {
        if (i > 0) await yieldToEventLoop();
        port.postMessage(requests[i]);
      }
    })();
  });
  return {
    async styles(nearViewport) {
      const answer = await ask('tarjuma:styled', [{ type: 'tarjuma:styles', nearViewport }]);
      return answer.type === 'tarjuma:styled' && answer.ok === true;
    },
    async recognize(text, langHint) {
      const hint = langHint ? { langHint: langHint.slice(0, 40) } : {};
      const requests: RecognizeRequest[] = [];
      for (let at = 0; at < text.length || at === 0; at += TEXT_PIECE) {
        const end = Math.min(text.length, at + TEXT_PIECE);
        requests.push({ type: 'tarjuma:recognize', text: text.slice(at, end), ...(end < text.length ? { more: true } : {}), ...hint });
      }
      const answer = await ask('tarjuma:recognized', requests);
      const result = answer.type === 'tarjuma:recognized' ? answer.result : undefined;
      if (!isRecognitionWireOf(result, text.length)) throw new Error(NO_ANSWER.error);
      return fromWire(result, text);
    },
    close() {
      settleAll();
      port.disconnect();
    },
  };
}

export interface AnalysisServices {
  recognize(text: string, langHint?: string): Promise<Recognition>;
  insertStyles(target: { tabId: number; frameId: number }, nearViewport: boolean): Promise<void>;
}

/** Background side: serves this extension's content scripts in tabs, nothing else. */
export function serveAnalysisPort(services: AnalysisServices): void {
  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    if (port.name !== ANALYSIS_PORT || port.sender?.id !== browser.runtime.id || tabId === undefined) return;
    const target = { tabId, frameId: port.sender?.frameId ?? 0 };
    const reply = (answer: PortAnswer) => {
      try {
        port.postMessage(answer);
      } catch {
        // The page went away before the answer: nothing to tell.
      }
    };
    let pieces: string[] = [];
    let received = 0;
    port.onMessage.addListener((message: unknown) => {
      if (isStylesRequest(message)) {
        services.insertStyles(target, message.nearViewport).then(() => reply({ type: 'tarjuma:styled', ok: true }), () => reply({ type: 'tarjuma:styled', ok: false }));
      } else if (isRecognizeRequest(message) && received + message.text.length <= MAX_ARTICLE_CHARS) {
        pieces.push(message.text);
        received += message.text.length;
        if (message.more) return;
        const text = pieces.length === 1 ? pieces[0]! : pieces.join('');
        pieces = [];
        received = 0;
        services.recognize(text, message.langHint).then(
          (result) => reply({ type: 'tarjuma:recognized', result: toWire(result) }),
          (err: unknown) => reply({ type: 'tarjuma:recognized', error: String((err as Error)?.message ?? err).slice(0, 500) }),
        );
      } else {
        port.disconnect();
      }
    });
  });
}
