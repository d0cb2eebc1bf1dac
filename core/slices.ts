/**
 * Long work as a generator that yields between small steps, so the same code can run to the end at
 * once (command line, tests) or in slices of a few milliseconds (in a page, which must never
 * freeze). A `yield` is only a chance to pause; the slicer pauses when the budget is spent.
 */
export type Steps<T> = Generator<void | typeof PAUSE, T, void>;

/**
 * Yielded before a step known to be long on its own (one very large allocation, which may set off
 * the garbage collector): the slicer pauses there whatever budget is left, so that step starts a
 * task of its own instead of landing on top of a full slice.
 */
export const PAUSE = 'pause';

/** Runs the steps to the end without pausing. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the steps, giving the event loop back whenever a slice has taken `budgetMs`. */
export async function drainInSlices<T>(steps: Steps<T>, budgetMs = 8, pause: () => Promise<void> = yieldToEventLoop): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (r.value === PAUSE || performance.now() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/**
 * Lets the page run: input, rendering and the page's own tasks. A message to ourselves queues behind
 * what the page already queued (unlike setTimeout it is not clamped). Not scheduler.yield: its
 * continuation jumps ahead of the page's own timers and messages, which on a very large page left the
 * page's timers waiting for seconds while our slices ran.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
