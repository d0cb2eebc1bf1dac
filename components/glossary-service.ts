import type { GlossaryEntry } from '../core/glossary/types';
import { glossaryVersion, toTransferable, type TransferableIndex } from '../core/recognition/index-transfer';
import { BUILTIN_ENTRIES } from '../glossary/index';
import { loadUserGlossary, mergeGlossaries, onUserGlossaryChanged } from './glossary-store';

/**
 * The background's copy of the glossary a reader sees (built-in minus hidden, plus their own).
 * Pages get only the match data (names), once per glossary version; cards ask for single entries.
 * This keeps the injected script small and the reader's edits live on the next click.
 */
export class GlossaryService {
  private current: Promise<{ byId: Map<string, GlossaryEntry>; transferable: TransferableIndex }> | undefined;

  constructor() {
    onUserGlossaryChanged(() => {
      this.current = undefined;
    });
  }

  async matchData(): Promise<TransferableIndex> {
    return (await this.load()).transferable;
  }

  async entry(id: string): Promise<GlossaryEntry | null> {
    return (await this.load()).byId.get(id) ?? null;
  }

  private load() {
    this.current ??= loadUserGlossary().then((user) => {
      const entries = mergeGlossaries(BUILTIN_ENTRIES, user);
      return {
        byId: new Map(entries.map((e) => [e.id, e])),
        transferable: toTransferable(entries, glossaryVersion(entries)),
      };
    });
    return this.current;
  }
}
