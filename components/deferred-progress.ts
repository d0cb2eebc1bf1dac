/**
 * The panel hears that a tab is being analyzed the moment the reader clicks, while the page is
 * reading its article. Showing "Analyzing…" then re-rendered the panel in that very moment, and on a
 * two-core machine the page's script started 2-5 ms later (traces of the click: the page's isolated
 * world took 6.4-7.0 ms to set up instead of 4.2 ms). Most analyses are over in a fraction of a
 * second, and a progress line shown for a tenth of a second tells the reader nothing: the progress
 * is shown only if the analysis is still running `delayMs` later, and anything the panel shows
 * meanwhile (the result, another tab's state) cancels it.
 */
export class DeferredProgress {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly delayMs: number) {}

  /** Runs `show` after the delay, unless cancelled first; a second call replaces the first. */
  later(show: () => void): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      show();
    }, this.delayMs);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }
}
