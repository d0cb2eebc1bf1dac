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
    return recognizeText(text, (await this.load()).index, langHint);
  }

  async entry(id: string): Promise<GlossaryEntry | null> {
    return (await this.load()).byId.get(id) ?? null;
  }

  private load() {
    this.current ??= loadUserGlossary().then((user) => {
      const entries = mergeGlossaries(BUILTIN_ENTRIES, user);
      return { byId: new Map(entries.map((e) => [e.id, e])), index: buildGlossaryIndex(entries) };
    });
    return this.current;
  }
}
