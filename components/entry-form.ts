import type { TFunction } from 'i18next';
import { issueMessage } from '../core/glossary/messages';
import { idFromName } from '../core/glossary/selection';
import { LANGS, type EntityKind, type GlossaryEntry, type Lang, type Office } from '../core/glossary/types';
import { validateGlossary, type ValidationIssue } from '../core/glossary/validate';
import { el } from './dom';

/**
 * The Add / Edit form of the reader's glossary: kind, per language a name with aliases, an office
 * title and a description, the office dates, country and as-of date. Checked with the same
 * validator as imports; each message is shown under its field. Fields the form does not show
 * (further offices, former names, Wikipedia titles…) are kept from the entry being edited.
 */
export interface EntryFormValues {
  kind: EntityKind;
  name: Record<Lang, string>;
  aliases: Record<Lang, string>;
  office: Record<Lang, string>;
  description: Record<Lang, string>;
  start: string;
  end: string;
  country: string;
  asOf: string;
}

export interface EntryFormOptions {
  doc: Document;
  t: TFunction;
  uiLang: Lang;
  /** The entry being edited; absent for a new one. */
  editing?: GlossaryEntry;
  /** Ids already in use (built-in and the reader's), for a new entry's id and for `related`. */
  takenIds: ReadonlySet<string>;
  initial?: Partial<EntryFormValues>;
  onSave(entry: GlossaryEntry): void;
  onCancel(): void;
}

const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Русский', tg: 'Тоҷикӣ' };

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const perLang = (f: (l: Lang) => string): Record<Lang, string> => ({ en: f('en'), ru: f('ru'), tg: f('tg') });

export function valuesOf(entry: GlossaryEntry | undefined): EntryFormValues {
  const office = entry?.offices?.[0];
  return {
    kind: entry?.kind ?? 'person',
    name: perLang((l) => entry?.names[l][0] ?? ''),
    aliases: perLang((l) => (entry?.names[l] ?? []).slice(1).join('\n')),
    office: perLang((l) => office?.title[l] ?? ''),
    description: perLang((l) => entry?.description[l] ?? ''),
    start: office?.start ?? '',
    end: office?.end ?? '',
    country: entry?.country ?? '',
    asOf: entry?.asOf ?? today(),
  };
}

/** The entry the form describes: fields it does not show come from `base` unchanged. */
export function entryFromValues(v: EntryFormValues, base: GlossaryEntry | undefined, takenIds: ReadonlySet<string>): GlossaryEntry {
  const names = perLangList((l) => [v.name[l].trim(), ...v.aliases[l].split('\n').map((s) => s.trim()).filter(Boolean)].filter((s, i) => i === 0 || s !== ''));
  const hasOffice = LANGS.some((l) => v.office[l].trim() !== '') || v.start.trim() !== '' || v.end.trim() !== '';
  const oldFirst = base?.offices?.[0];
  const office: Office = {
    title: perLang((l) => v.office[l].trim()),
    ...(v.start.trim() ? { start: v.start.trim() } : {}),
    ...(v.end.trim() ? { end: v.end.trim() } : {}),
    ...(oldFirst?.uncertain !== undefined ? { uncertain: oldFirst.uncertain } : {}),
  };
  const offices = [...(hasOffice ? [office] : []), ...(base?.offices?.slice(1) ?? [])];
  const { offices: _o, country: _c, source: _s, ...kept } = base ?? ({} as Partial<GlossaryEntry>);
  const entry: GlossaryEntry = {
    ...kept,
    id: base?.id ?? idFromName(names.en[0] ?? '', takenIds),
    kind: v.kind,
    names,
    description: perLang((l) => v.description[l].trim()),
    asOf: v.asOf.trim(),
  };
  if (offices.length > 0) entry.offices = offices;
  if (v.country.trim()) entry.country = v.country.trim().toUpperCase();
  return entry;
}

function perLangList(f: (l: Lang) => string[]): Record<Lang, string[]> {
  return { en: f('en'), ru: f('ru'), tg: f('tg') };
}

/** Which form control a validator field path is about ("names.ru[2]" → the Russian aliases). */
export function controlFor(field: string): string | null {
  let m = /^names\.(en|ru|tg)(?:\[(\d+)\])?$/.exec(field);
  if (m) return m[2] && m[2] !== '0' ? `aliases-${m[1]}` : `name-${m[1]}`;
  if ((m = /^description\.(en|ru|tg)$/.exec(field))) return `description-${m[1]}`;
  if ((m = /^offices\[0\]\.title\.(en|ru|tg)$/.exec(field))) return `office-${m[1]}`;
  if ((m = /^offices\[0\]\.(start|end)$/.exec(field))) return m[1]!;
  if (field === 'country' || field === 'asOf' || field === 'kind') return field;
  return null;
}

export class EntryForm {
  readonly element: HTMLFormElement;
  private readonly controls = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  private readonly errors = new Map<string, HTMLElement>();
  private readonly summary: HTMLElement;

  constructor(private readonly o: EntryFormOptions) {
    const { doc, t } = o;
    const form = doc.createElement('form');
    form.className = 'entry-form';
    form.noValidate = true;
    form.setAttribute('aria-labelledby', 'entry-form-title');
    const title = el(doc, 'h3', 'form-title', t(o.editing ? 'glossary.formEdit' : 'glossary.formAdd'));
    title.id = 'entry-form-title';
    this.summary = el(doc, 'div', 'form-summary');
    this.summary.setAttribute('role', 'alert');
    form.append(title, this.summary);

    const kind = el(doc, 'fieldset', 'form-kind');
    kind.append(el(doc, 'legend', undefined, t('glossary.kind')));
    for (const k of ['person', 'organization'] as const) {
      const label = el(doc, 'label', 'inline');
      const radio = doc.createElement('input');
      radio.type = 'radio';
      radio.name = 'entry-kind';
      radio.value = k;
      radio.id = `ge-kind-${k}`;
      label.append(radio, ` ${t(`kind.${k}`)}`);
      kind.append(label);
    }
    kind.append(this.errorSlot('kind'));
    form.append(kind);

    for (const lang of LANGS) {
      const set = el(doc, 'fieldset', 'form-lang');
      set.lang = lang;
      const legend = el(doc, 'legend', undefined, LANG_NAMES[lang]);
      set.append(legend);
      set.append(
        ...this.field(`name-${lang}`, t('glossary.name'), 'input', lang),
        ...this.field(`aliases-${lang}`, t('glossary.aliases'), 'textarea', lang),
        ...this.field(`office-${lang}`, t('glossary.office'), 'input', lang),
        ...this.field(`description-${lang}`, t('glossary.description'), 'textarea', lang),
      );
      form.append(set);
    }

    const dates = el(doc, 'fieldset', 'form-dates');
    dates.append(el(doc, 'legend', undefined, t('glossary.officeDates')));
    dates.append(...this.field('start', t('glossary.start'), 'input', undefined, t('glossary.dateHint')));
    dates.append(...this.field('end', t('glossary.end'), 'input', undefined, t('glossary.dateHint')));
    form.append(dates);
    form.append(...this.field('country', t('glossary.country'), 'input'));
    form.append(...this.field('asOf', t('glossary.asOf'), 'input', undefined, t('glossary.dateHint')));
    (this.controls.get('country') as HTMLInputElement).maxLength = 2;
    this.controls.get('country')!.classList.add('short');

    if (o.editing && ((o.editing.offices?.length ?? 0) > 1 || o.editing.formerNames || o.editing.wikipedia || o.editing.related || o.editing.members)) {
      form.append(el(doc, 'p', 'form-note', t('glossary.keptFields')));
    }

    const buttons = el(doc, 'div', 'actions');
    const save = el(doc, 'button', 'action primary', t('glossary.save'));
    save.type = 'submit';
    const cancel = el(doc, 'button', 'action', t('glossary.cancel'));
    cancel.type = 'button';
    cancel.addEventListener('click', () => o.onCancel());
    buttons.append(save, cancel);
    form.append(buttons);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') o.onCancel();
    });
    this.element = form;
    this.setValues({ ...valuesOf(o.editing), ...o.initial });
  }

  private field(key: string, label: string, tag: 'input' | 'textarea', lang?: Lang, hint?: string): HTMLElement[] {
    const { doc } = this.o;
    const wrap = el(doc, 'div', 'form-field');
    const control = doc.createElement(tag);
    control.id = `ge-${key}`;
    control.name = key;
    if (control instanceof HTMLTextAreaElement) control.rows = key.startsWith('description') ? 3 : 2;
    else control.type = 'text';
    if (lang) control.lang = lang;
    control.autocomplete = 'off';
    const labelEl = el(doc, 'label', undefined, label);
    labelEl.htmlFor = control.id;
    const described: string[] = [];
    wrap.append(labelEl, control);
    if (hint) {
      const h = el(doc, 'span', 'form-hint', hint);
      h.id = `ge-${key}-hint`;
      described.push(h.id);
      wrap.append(h);
    }
    const error = this.errorSlot(key);
    described.push(error.id);
    control.setAttribute('aria-describedby', described.join(' '));
    wrap.append(error);
    this.controls.set(key, control);
    return [wrap];
  }

  private errorSlot(key: string): HTMLElement {
    const error = el(this.o.doc, 'p', 'field-error');
    error.id = `ge-${key}-error`;
    error.hidden = true;
    this.errors.set(key, error);
    return error;
  }

  values(): EntryFormValues {
    const v = (k: string) => this.controls.get(k)?.value ?? '';
    const kind = this.element.querySelector<HTMLInputElement>('input[name="entry-kind"]:checked')?.value === 'organization' ? 'organization' : 'person';
    return {
      kind,
      name: perLang((l) => v(`name-${l}`)),
      aliases: perLang((l) => v(`aliases-${l}`)),
      office: perLang((l) => v(`office-${l}`)),
      description: perLang((l) => v(`description-${l}`)),
      start: v('start'),
      end: v('end'),
      country: v('country'),
      asOf: v('asOf'),
    };
  }

  setValues(values: EntryFormValues): void {
    for (const radio of this.element.querySelectorAll<HTMLInputElement>('input[name="entry-kind"]')) radio.checked = radio.value === values.kind;
    for (const l of LANGS) {
      this.set(`name-${l}`, values.name[l]);
      this.set(`aliases-${l}`, values.aliases[l]);
      this.set(`office-${l}`, values.office[l]);
      this.set(`description-${l}`, values.description[l]);
    }
    this.set('start', values.start);
    this.set('end', values.end);
    this.set('country', values.country);
    this.set('asOf', values.asOf);
  }

  private set(key: string, value: string): void {
    const c = this.controls.get(key);
    if (c) c.value = value;
  }

  focus(key?: string): void {
    const target = key ? this.controls.get(key) : undefined;
    (target ?? this.element.querySelector<HTMLElement>('input, textarea'))?.focus();
  }

  /** Focus goes to the first empty name field, where the reader is most likely to type next. */
  focusFirstEmpty(): void {
    const empty = [...this.controls.entries()].find(([k, c]) => /^(name|description)-/.test(k) && c.value.trim() === '');
    this.focus(empty?.[0]);
  }

  private submit(): void {
    const entry = entryFromValues(this.values(), this.o.editing, this.o.takenIds);
    const { issues } = validateGlossary([entry], this.o.takenIds);
    this.showIssues(issues);
    if (issues.length === 0) this.o.onSave(entry);
  }

  showIssues(issues: readonly ValidationIssue[]): void {
    const { doc, t, uiLang } = this.o;
    for (const [key, error] of this.errors) {
      error.hidden = true;
      error.textContent = '';
      this.controls.get(key)?.removeAttribute('aria-invalid');
    }
    const general: string[] = [];
    for (const issue of issues) {
      const key = controlFor(issue.field);
      const error = key ? this.errors.get(key) : undefined;
      if (!key || !error) {
        general.push(`${issue.field}: ${issueMessage(issue, uiLang)}`);
        continue;
      }
      // One message per field is enough; the first is the most basic.
      if (!error.hidden) continue;
      error.textContent = issueMessage(issue, uiLang);
      error.hidden = false;
      this.controls.get(key)?.setAttribute('aria-invalid', 'true');
    }
    this.summary.replaceChildren();
    if (issues.length > 0) {
      this.summary.append(el(doc, 'p', 'form-error', t('glossary.formInvalid')));
      for (const m of general) this.summary.append(el(doc, 'p', 'form-error', m));
      // The first field in error in the order the form shows them.
      const first = [...this.controls.keys()].find((k) => this.controls.get(k)!.getAttribute('aria-invalid') === 'true');
      if (first) this.focus(first);
      else this.element.querySelector<HTMLInputElement>('input[name="entry-kind"]')?.focus();
    }
  }
}

