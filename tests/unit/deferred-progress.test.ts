import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeferredProgress } from '../../components/deferred-progress';

describe('progress shown only when the analysis lasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the progress once the delay has passed', () => {
    const shown: string[] = [];
    const progress = new DeferredProgress(200);
    progress.later(() => shown.push('analyzing'));
    vi.advanceTimersByTime(199);
    expect(shown).toEqual([]);
    expect(progress.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['analyzing']);
    expect(progress.pending).toBe(false);
  });

  it('never shows it when something else is shown first (the result came quickly)', () => {
    const shown: string[] = [];
    const progress = new DeferredProgress(200);
    progress.later(() => shown.push('analyzing'));
    vi.advanceTimersByTime(120);
    progress.cancel();
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual([]);
  });

  it('a second request replaces the first: one progress, timed from the latest', () => {
    const shown: string[] = [];
    const progress = new DeferredProgress(200);
    progress.later(() => shown.push('first'));
    vi.advanceTimersByTime(150);
    progress.later(() => shown.push('second'));
    vi.advanceTimersByTime(150);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(shown).toEqual(['second']);
  });
});
