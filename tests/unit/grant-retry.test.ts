import { describe, expect, it } from 'vitest';
import { GRANT_RETRY_DELAYS_MS, withRetries } from '../../components/grant-retry';

const late = new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');

describe('injection retries while the click grant arrives', () => {
  it('retries the "cannot access contents" race until the call succeeds', async () => {
    let calls = 0;
    const result = await withRetries(async () => {
      if (++calls < 3) throw late;
      return 'injected';
    });
    expect(result).toBe('injected');
    expect(calls).toBe(3);
  });

  it('does not retry other errors (restricted pages are reported at once)', async () => {
    let calls = 0;
    await expect(withRetries(async () => {
      calls++;
      throw new Error('Cannot access a chrome:// URL');
    })).rejects.toThrow('chrome://');
    expect(calls).toBe(1);
  });

  it('gives up after the schedule with the last error', async () => {
    let calls = 0;
    await expect(withRetries(async () => {
      calls++;
      throw late;
    })).rejects.toThrow(/cannot access contents/i);
    expect(calls).toBe(GRANT_RETRY_DELAYS_MS.length + 1);
  });
});
