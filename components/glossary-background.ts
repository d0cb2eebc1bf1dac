import { registerContextMenu } from './context-menu';
import { watchSyncedGlossary } from './glossary-store';

/** The background's part in the reader's glossary: the "Add to Tarjuma glossary" menu and syncing. */
export function setUpReaderGlossary(): void {
  registerContextMenu();
  watchSyncedGlossary();
}
