import type { GlossaryEntry } from '../core/glossary/types';
import { buildGlossaryIndex, type GlossaryIndex } from '../core/recognition/glossary-index';
import { recognizeText, type Recognition } from '../core/recognize-text';
import { BUILTIN_ENTRIES } from '../glossary/index';
import { loadUserGlossary, mergeGlossaries, onUserGlossaryChanged } from './glossary-store';

/**
 * The background's copy of the glossary a reader sees (built-in minus hidden, plus their own) and
 * its match index. Pages send the article's text here and get the mentions back; cards ask for
 * single entries. A page never receives the glossary: the injected script stays small, a click
 * costs no index transfer, and a 100,000-entry glossary is indexed once, not once per tab.
 */
export class GlossaryService {
  private current: Promise<{ byId: Map<string, GlossaryEntry>; index: GlossaryIndex }> | undefined;

  constructor() {
    onUserGlossaryChanged(() => {
      this.current = undefined;
    });
  }

  /** Loads and indexes the glossary now, so the first click does not wait for it. */
  warm(): void {
    void this.load();
  }

  async recognize(text: string, langHint?: string): Promise<Recognition> {
    const { index } = await this.load();
    const started = performance.now();
    const result = recognizeText(text, index, langHint);
    // On the service worker's timeline, for DevTools and the benchmark.
    performance.measure('tarjuma:recognize', { start: started, duration: performance.now() - started });
    return result;
  }

  async entry(id: string): Promise<GlossaryEntry | null> {
    return (await this.load()).byId.get(id) ?? null;
  }

  private load() {
    this.current ??= loadUserGlossary().then((user) => {
      const entries = mergeGlossaries(BUILTIN_ENTRIES, user);
      const loaded = { byId: new Map(entries.map((e) => [e.id, e])), index: buildGlossaryIndex(entries) };
      // The matcher's first run makes its lookup tables and is still interpreted code: do it now, on
      // names from the glossary, rather than on the reader's first click.
      setTimeout(() => recognizeText(warmUpText(entries), loaded.index), 0);
      return loaded;
    });
    return this.current;
  }
}

/** A few sentences naming glossary entries in the three languages. */
function warmUpText(entries: readonly GlossaryEntry[]): string {
  const lines: string[] = [];
  for (let i = 0; i < entries.length && lines.length < 60; i += Math.max(1, Math.floor(entries.length / 60))) {
    const { names } = entries[i]!;
    lines.push(`${names.en[0] ?? ''} said on Monday. ${names.ru[0] ?? ''} заявил в понедельник. ${names.tg[0] ?? ''} рӯзи душанбе гуфт.`);
  }
  return lines.join('\n\n');
}
