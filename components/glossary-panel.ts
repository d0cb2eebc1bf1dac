import type { TFunction } from 'i18next';
import { displayName, otherNames } from '../core/glossary/display';
import { exportGlossary, type ExportFormat } from '../core/glossary/export';
import { importSizeIssue, parseGlossaryImport } from '../core/glossary/import';
import { formatIssue } from '../core/glossary/messages';
import type { GlossaryEntry, Lang } from '../core/glossary/types';
import { EntryForm, today, type EntryFormValues } from './entry-form';
import {
  deleteEntry, importEntries, saveEntry, serializeUserGlossary, unhideEntry, type SaveResult, type UserGlossary,
} from './glossary-store';
import { syncStatusOf, type SyncStatus } from './glossary-sync';
import { prefillFor, type Prefill } from './glossary-prefill';
import { defaultStorage } from './storage-areas';
import { el, button } from './dom';

/**
 * The panel's "My glossary" section: the reader's entries with Edit and Delete, hidden built-in
 * entries with "Show again", the Add form, Import (checked whole before anything is stored) and
 * Export as JSON, CSV or TBX. Everything from an entry or a file is set as text, never as markup.
 */
export interface GlossaryPanelContext {
  doc: Document;
  t: TFunction;
  uiLang: Lang;
  glossaryLang: Lang;
  user: UserGlossary;
  builtin: readonly GlossaryEntry[];
  /** Reads the selection of the page the panel belongs to; null when it cannot. */
  readSelection(): Promise<string | null>;
}

const MAX_MESSAGES = 20;

export class GlossaryPanel {
  private ctx!: GlossaryPanelContext;
  private form: { editing?: GlossaryEntry; view: EntryForm } | null = null;
  private message: { text: string; kind: 'ok' | 'error'; undo?: () => void; list?: string[] } | null = null;
  private pendingImport: { file: string; entries: GlossaryEntry[]; added: number; replaced: number } | null = null;
  private lastSync: SyncStatus | null = null;
  private readonly builtinById = new Map<string, GlossaryEntry>();

  constructor(private readonly root: HTMLElement) {}

  update(ctx: GlossaryPanelContext): void {
    const languageChanged = this.ctx && (this.ctx.uiLang !== ctx.uiLang || this.ctx.glossaryLang !== ctx.glossaryLang);
    const unchanged = this.ctx && !languageChanged && this.ctx.user === ctx.user;
    this.ctx = ctx;
    // The panel renders on every change of the tab's state; the form being typed in is left alone.
    if (unchanged) return;
    if (this.builtinById.size === 0) for (const e of ctx.builtin) this.builtinById.set(e.id, e);
    // The open form is rebuilt in the new language with what the reader typed.
    if (this.form && languageChanged) this.openForm(this.form.editing, this.form.view.values(), false);
    this.render();
  }

  /** Opens the Add form with a selected name in its language (from the context menu or the button). */
  addFromSelection(prefill: Prefill): void {
    const values: Partial<EntryFormValues> = { name: { en: '', ru: '', tg: '', [prefill.lang]: prefill.name } };
    this.openForm(undefined, values);
    const lang = this.ctx.t(`glossary.langName.${prefill.lang}`);
    this.say(this.ctx.t('glossary.prefilled', { name: prefill.name, lang }), 'ok');
    this.render();
    this.form?.view.focusFirstEmpty();
  }

  private takenIds(): Set<string> {
    return new Set([...this.builtinById.keys(), ...this.ctx.user.entries.map((e) => e.id)]);
  }

  private openForm(editing: GlossaryEntry | undefined, initial?: Partial<EntryFormValues>, focus = true): void {
    const { doc, t, uiLang } = this.ctx;
    const view = new EntryForm({
      doc, t, uiLang, editing, initial,
      takenIds: this.takenIds(),
      onSave: (entry) => void this.run(saveEntry(entry), (r) => {
        this.form = null;
        this.say(t('glossary.saved', { name: displayName(entry, this.ctx.glossaryLang) }), 'ok');
        return r;
      }),
      onCancel: () => {
        this.form = null;
        this.render();
        this.root.querySelector<HTMLElement>('[data-role="add"]')?.focus();
      },
    });
    this.form = { editing, view };
    this.render();
    if (focus) view.focus();
  }

  /** Runs a store change; on failure nothing was stored and the reader is told why. */
  private async run(change: Promise<SaveResult>, onOk: (r: Extract<SaveResult, { ok: true }>) => unknown): Promise<void> {
    const result = await change;
    if (result.ok) {
      this.lastSync = result.sync;
      this.ctx = { ...this.ctx, user: result.glossary };
      onOk(result);
    } else {
      this.say(result.error === 'quota' ? this.ctx.t('glossary.quota') : this.ctx.t('glossary.saveFailed', { message: result.message }), 'error');
    }
    this.render();
  }

  private say(text: string, kind: 'ok' | 'error', extra: { undo?: () => void; list?: string[] } = {}): void {
    this.message = { text, kind, ...extra };
  }

  private render(): void {
    const { doc, t } = this.ctx;
    const body: Node[] = [];
    body.push(el(doc, 'h2', 'section-title', t('glossary.title')));
    body.push(el(doc, 'p', 'section-intro', t('glossary.intro')));
    body.push(this.renderSync());
    body.push(this.renderMessage());

    const toolbar = el(doc, 'div', 'actions');
    const add = button(doc, t('glossary.add'), () => this.openForm(undefined), 'action primary');
    add.dataset.role = 'add';
    const fromSelection = button(doc, t('glossary.addSelection'), () => void this.addSelected());
    toolbar.append(add, fromSelection);
    body.push(toolbar);
    if (this.form) body.push(this.form.view.element);

    body.push(...this.renderOwn(), ...this.renderHidden(), this.renderTransfer());
    // Re-rendering moves the open form: the field being typed in keeps the focus and the caret.
    const active = doc.activeElement;
    const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active : null;
    const caret = typing && this.form?.view.element.contains(typing) && typing.type !== 'radio' ? { start: typing.selectionStart, end: typing.selectionEnd } : null;
    this.root.replaceChildren(...body);
    if (typing && caret && typing.isConnected) {
      typing.focus({ preventScroll: true });
      typing.setSelectionRange(caret.start, caret.end);
    }
  }

  private renderSync(): HTMLElement {
    const { doc, t } = this.ctx;
    const status = this.lastSync?.state === 'error' ? this.lastSync : this.syncStatus();
    const kb = (n: number) => String(Math.ceil(n / 1024));
    const p = el(doc, 'p', `sync-status sync-${status.state}`);
    p.dataset.role = 'sync-status';
    switch (status.state) {
      case 'synced':
        p.textContent = t('glossary.syncSynced', { used: kb(status.bytes), limit: kb(status.limit) });
        break;
      case 'tooLarge':
        p.textContent = t('glossary.syncTooLarge', { used: kb(status.bytes), limit: kb(status.limit) });
        break;
      case 'unavailable':
        p.textContent = t('glossary.syncUnavailable');
        break;
      case 'error':
        p.textContent = t('glossary.syncError', { message: status.message });
        break;
    }
    return p;
  }

  // Measured once per version of the reader's glossary, not on every render.
  private syncMemo: { user: UserGlossary; status: SyncStatus } | null = null;
  private syncStatus(): SyncStatus {
    if (this.syncMemo?.user !== this.ctx.user) this.syncMemo = { user: this.ctx.user, status: syncStatusOf(serializeUserGlossary(this.ctx.user), defaultStorage()) };
    return this.syncMemo.status;
  }

  private renderMessage(): HTMLElement {
    const { doc, t } = this.ctx;
    const box = el(doc, 'div', 'glossary-message');
    box.id = 'glossary-message';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    const m = this.message;
    if (!m) return box;
    box.classList.add(m.kind);
    box.append(el(doc, 'p', undefined, m.text));
    if (m.list) {
      const list = el(doc, 'ul', 'import-errors');
      for (const line of m.list.slice(0, MAX_MESSAGES)) list.append(el(doc, 'li', undefined, line));
      if (m.list.length > MAX_MESSAGES) list.append(el(doc, 'li', undefined, t('glossary.importMore', { count: m.list.length - MAX_MESSAGES })));
      box.append(list);
    }
    if (m.undo) box.append(button(doc, t('glossary.undo'), m.undo));
    return box;
  }

  private renderOwn(): Node[] {
    const { doc, t, glossaryLang } = this.ctx;
    const heading = el(doc, 'h3', 'group', `${t('glossary.ownEntries')} (${this.ctx.user.entries.length})`);
    heading.id = 'own-entries-heading';
    if (this.ctx.user.entries.length === 0) return [heading, el(doc, 'p', 'empty', t('glossary.noEntries'))];
    const list = el(doc, 'ul', 'glossary-list');
    list.setAttribute('aria-labelledby', heading.id);
    const sorted = [...this.ctx.user.entries].sort((a, b) => displayName(a, glossaryLang).localeCompare(displayName(b, glossaryLang), glossaryLang));
    for (const entry of sorted) {
      const name = displayName(entry, glossaryLang);
      const item = el(doc, 'li', `glossary-item ${entry.kind}`);
      item.dataset.entryId = entry.id;
      const text = el(doc, 'div', 'glossary-item-text');
      const title = el(doc, 'span', 'glossary-item-name', name);
      title.lang = glossaryLang;
      text.append(title, el(doc, 'span', 'glossary-item-kind', t(`kind.${entry.kind}`)));
      const others = otherNames(entry, glossaryLang).map((o) => o.name).join(' · ');
      if (others) text.append(el(doc, 'span', 'glossary-item-other', others));
      const actions = el(doc, 'div', 'glossary-item-actions');
      const edit = button(doc, t('glossary.edit'), () => this.openForm(entry));
      edit.setAttribute('aria-label', t('glossary.editLabel', { name }));
      const del = button(doc, t('glossary.delete'), () => void this.remove(entry));
      del.setAttribute('aria-label', t('glossary.deleteLabel', { name }));
      actions.append(edit, del);
      item.append(text, actions);
      list.append(item);
    }
    return [heading, list];
  }

  private renderHidden(): Node[] {
    const { doc, t, glossaryLang } = this.ctx;
    const heading = el(doc, 'h3', 'group', `${t('glossary.hiddenEntries')} (${this.ctx.user.hidden.length})`);
    heading.id = 'hidden-entries-heading';
    if (this.ctx.user.hidden.length === 0) return [heading, el(doc, 'p', 'empty', t('glossary.noHidden'))];
    const list = el(doc, 'ul', 'glossary-list');
    list.setAttribute('aria-labelledby', heading.id);
    for (const id of this.ctx.user.hidden) {
      const entry = this.builtinById.get(id);
      const name = entry ? displayName(entry, glossaryLang) : id;
      const item = el(doc, 'li', 'glossary-item hidden-item');
      item.dataset.entryId = id;
      item.append(el(doc, 'span', 'glossary-item-name', name));
      const show = button(doc, t('glossary.unhide'), () => void this.run(unhideEntry(id), () => this.say(t('glossary.unhidden', { name }), 'ok')));
      show.setAttribute('aria-label', t('glossary.unhideLabel', { name }));
      item.append(show);
      list.append(item);
    }
    return [heading, list];
  }

  private renderTransfer(): HTMLElement {
    const { doc, t } = this.ctx;
    const section = el(doc, 'section', 'transfer');
    section.setAttribute('aria-labelledby', 'transfer-heading');
    const heading = el(doc, 'h3', 'group', t('glossary.transfer'));
    heading.id = 'transfer-heading';
    section.append(heading);

    // The file input is visually hidden behind its label, styled as a button: Chrome's own "Choose
    // File / No file chosen" would be in the browser's language, not the panel's.
    const importRow = el(doc, 'div', 'import-row');
    const input = doc.createElement('input');
    input.type = 'file';
    input.id = 'glossary-import';
    input.className = 'visually-hidden';
    input.accept = '.json,.csv,.tsv,application/json,text/csv';
    const label = el(doc, 'label', 'action file-button', t('glossary.importLabel'));
    label.htmlFor = input.id;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) void this.checkImport(file);
    });
    importRow.append(input, label);
    section.append(importRow);

    if (this.pendingImport) {
      const p = this.pendingImport;
      const preview = el(doc, 'div', 'import-preview');
      preview.append(el(doc, 'p', undefined, t('glossary.importPreview', { file: p.file, count: p.entries.length, added: p.added, replaced: p.replaced })));
      const actions = el(doc, 'div', 'actions');
      actions.append(
        button(doc, t('glossary.importConfirm'), () => {
          this.pendingImport = null;
          void this.run(importEntries(p.entries), () => this.say(t('glossary.imported', { count: p.entries.length }), 'ok'));
        }, 'action primary'),
        button(doc, t('glossary.cancel'), () => {
          this.pendingImport = null;
          this.say(t('glossary.importCancelled'), 'ok');
          this.render();
        }),
      );
      preview.append(actions);
      section.append(preview);
    }

    const exportGroup = el(doc, 'div', 'actions export');
    exportGroup.setAttribute('role', 'group');
    exportGroup.setAttribute('aria-label', t('glossary.exportLabel'));
    const none = this.ctx.user.entries.length === 0;
    for (const [format, text] of [['json', 'JSON'], ['csv', 'CSV'], ['tbx', t('glossary.exportTbx')]] as const) {
      const b = button(doc, text, () => this.download(format));
      b.dataset.export = format;
      b.disabled = none;
      exportGroup.append(b);
    }
    section.append(el(doc, 'p', 'form-label', t('glossary.exportLabel')), exportGroup);
    return section;
  }

  private async checkImport(file: File): Promise<void> {
    const { t, uiLang } = this.ctx;
    this.pendingImport = null;
    // A file over the limit is refused before it is read.
    const tooLarge = importSizeIssue(file.size);
    const result = tooLarge
      ? { entries: [], issues: [tooLarge] }
      : parseGlossaryImport(await file.text(), file.name, this.takenIds());
    if (result.issues.length > 0) {
      this.say(t('glossary.importRejected', { file: file.name }), 'error', { list: result.issues.map((i) => formatIssue(i, uiLang)) });
    } else {
      const own = new Set(this.ctx.user.entries.map((e) => e.id));
      const replaced = result.entries.filter((e) => own.has(e.id)).length;
      this.pendingImport = { file: file.name, entries: result.entries, added: result.entries.length - replaced, replaced };
      this.message = null;
    }
    this.render();
    this.root.querySelector<HTMLElement>('.import-preview .primary')?.focus();
  }

  private async remove(entry: GlossaryEntry): Promise<void> {
    const name = displayName(entry, this.ctx.glossaryLang);
    await this.run(deleteEntry(entry.id), () =>
      this.say(this.ctx.t('glossary.deleted', { name }), 'ok', {
        undo: () => void this.run(saveEntry(entry), () => this.say(this.ctx.t('glossary.saved', { name }), 'ok')),
      }),
    );
    this.root.querySelector<HTMLElement>('#glossary-message button')?.focus();
  }

  private async addSelected(): Promise<void> {
    const text = await this.ctx.readSelection();
    const prefill = text ? prefillFor(text) : null;
    if (prefill) this.addFromSelection(prefill);
    else {
      this.say(this.ctx.t('glossary.selectionHint'), 'error');
      this.render();
    }
  }

  private download(format: ExportFormat): void {
    const file = exportGlossary(this.ctx.user.entries, format, today());
    const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
    const a = this.ctx.doc.createElement('a');
    a.href = url;
    a.download = file.fileName;
    a.hidden = true;
    this.ctx.doc.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

