/**
 * Chromium sometimes applies the click's activeTab grant a moment after dispatching the click
 * ("Cannot access contents of the page" on an ordinary http page). Retrying soon and then less
 * often covers it without making every such click wait a fixed pause; pages truly closed to
 * extensions fail again and are reported.
 */
export const GRANT_RETRY_DELAYS_MS = [5, 10, 20, 40, 80, 160];

export async function withRetries<T>(call: () => Promise<T>): Promise<T> {
  for (const delay of GRANT_RETRY_DELAYS_MS) {
    try {
      return await call();
    } catch (err) {
      if (!/cannot access contents/i.test(String((err as Error)?.message ?? err))) throw err;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return call();
}
