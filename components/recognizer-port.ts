import { browser } from 'wxt/browser';
import { isRecognitionOf, isRecognizeRequest, type RecognizeRequest } from '../core/messages';
import type { Recognition } from '../core/recognize-text';

/**
 * The page asks the background to recognize its article text over a port opened when the analysis
 * starts: the channel to the service worker (and the worker itself, if it was asleep) is set up while
 * the page is still extracting the article, so the text goes out the moment it is ready.
 */
export const RECOGNIZE_PORT = 'tarjuma:recognize';

export interface Recognizer {
  recognize(text: string, langHint: string | undefined): Promise<Recognition>;
  close(): void;
}

/** Content script side: open now, recognize once, close. */
export function openRecognizer(): Recognizer {
  const port = browser.runtime.connect({ name: RECOGNIZE_PORT });
  const answer = new Promise<unknown>((resolve, reject) => {
    port.onMessage.addListener((message: unknown) => resolve(message));
    port.onDisconnect.addListener(() => reject(new Error('the glossary did not answer')));
  });
  answer.catch(() => undefined); // a recognizer closed unused (the page was not an article)
  return {
    async recognize(text, langHint) {
      const request: RecognizeRequest = { type: 'tarjuma:recognize', text, ...(langHint ? { langHint: langHint.slice(0, 40) } : {}) };
      port.postMessage(request);
      const result = await answer;
      if (!isRecognitionOf(result, text.length)) throw new Error('the glossary did not answer');
      return result;
    },
    close() {
      port.disconnect();
    },
  };
}

/** Background side: answers each content script's port with the recognition of its text. */
export function serveRecognition(recognize: (text: string, langHint?: string) => Promise<Recognition>): void {
  browser.runtime.onConnect.addListener((port) => {
    // Only this extension's content scripts, from a tab.
    if (port.name !== RECOGNIZE_PORT || port.sender?.id !== browser.runtime.id || port.sender.tab?.id === undefined) return;
    port.onMessage.addListener((message: unknown) => {
      if (!isRecognizeRequest(message)) {
        port.disconnect();
        return;
      }
      recognize(message.text, message.langHint).then(
        (result) => port.postMessage(result),
        (err: unknown) => port.postMessage({ status: 'error', message: String((err as Error)?.message ?? err).slice(0, 500) }),
      ).catch(() => {
        // The page went away before the answer: nothing to tell.
      });
    });
  });
}
