/**
 * Long work as a generator that yields between small steps, so the same code can run to the end at
 * once (command line, tests) or in slices of a few milliseconds (in a page, which must never
 * freeze). A `yield` is only a chance to pause; the slicer pauses when the budget is spent.
 */
export type Steps<T> = Generator<void, T, void>;

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
    if (performance.now() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/**
 * Lets input and rendering run. scheduler.yield where the browser has it; otherwise a message to
 * ourselves, which (unlike setTimeout) is not throttled or clamped.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
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
