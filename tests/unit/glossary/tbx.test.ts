import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { entriesToTbx, escapeXml } from '../../../core/glossary/tbx';
import { BUILTIN_ENTRIES } from '../../../glossary/index';
import { SAMPLE_ENTRIES } from './sample-entries';

const NS = 'urn:iso:std:iso:30042:ed-2';

function parse(xml: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror').length, xml.slice(0, 300)).toBe(0);
  return doc;
}

describe('TBX export', () => {
  it('escapes markup and drops characters XML 1.0 forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('bell\u0007 and \uD800 lone')).toBe('bell\uFFFD and \uFFFD lone');
    expect(escapeXml('Қосим 😀')).toBe('Қосим 😀');
  });

  it('is well-formed TBX-Basic: one conceptEntry per entry, langSec en/ru/tg, a termSec per name', () => {
    const doc = parse(entriesToTbx(SAMPLE_ENTRIES, { exported: '2026-11-27' }));
    const root = doc.documentElement;
    expect(root.localName).toBe('tbx');
    expect(root.namespaceURI).toBe(NS);
    expect(root.getAttribute('type')).toBe('TBX-Basic');
    const concepts = [...doc.getElementsByTagNameNS(NS, 'conceptEntry')];
    expect(concepts.map((c) => c.getAttribute('id'))).toEqual(SAMPLE_ENTRIES.map((e) => `c-${e.id}`));
    for (const [i, concept] of concepts.entries()) {
      const entry = SAMPLE_ENTRIES[i]!;
      const langSecs = [...concept.getElementsByTagNameNS(NS, 'langSec')];
      expect(langSecs.map((l) => l.getAttribute('xml:lang'))).toEqual(['en', 'ru', 'tg']);
      for (const sec of langSecs) {
        const lang = sec.getAttribute('xml:lang') as 'en' | 'ru' | 'tg';
        const terms = [...sec.getElementsByTagNameNS(NS, 'term')].map((t) => t.textContent);
        expect(terms).toEqual([...entry.names[lang], ...(entry.formerNames?.[lang] ?? [])]);
        const definition = [...sec.getElementsByTagNameNS(NS, 'descrip')].find((d) => d.getAttribute('type') === 'definition');
        expect(definition?.textContent).toBe(entry.description[lang]);
      }
    }
  });

  it('marks the preferred term, abbreviations and former names', () => {
    const doc = parse(entriesToTbx(SAMPLE_ENTRIES));
    const termSec = (term: string) => [...doc.getElementsByTagNameNS(NS, 'termSec')].find((s) => s.getElementsByTagNameNS(NS, 'term')[0]!.textContent === term)!;
    const note = (sec: Element, type: string) => [...sec.getElementsByTagNameNS(NS, 'termNote')].find((n) => n.getAttribute('type') === type)?.textContent;
    expect(note(termSec('Test Union'), 'termType')).toBe('fullForm');
    expect(note(termSec('Test Union'), 'administrativeStatus')).toBe('preferredTerm-admn-sts');
    expect(note(termSec('TU'), 'termType')).toBe('abbreviation');
    expect(note(termSec('ИС'), 'termType')).toBe('abbreviation');
    expect(note(termSec('Kosim Kodiri'), 'termType')).toBe('variant');
    expect(note(termSec('Косим Кадыров'), 'administrativeStatus')).toBe('supersededTerm-admn-sts');
  });

  it('exports the whole built-in glossary as well-formed XML with every name', () => {
    const doc = parse(entriesToTbx(BUILTIN_ENTRIES));
    expect(doc.getElementsByTagNameNS(NS, 'conceptEntry').length).toBe(BUILTIN_ENTRIES.length);
    const names = BUILTIN_ENTRIES.reduce((n, e) => n + e.names.en.length + e.names.ru.length + e.names.tg.length + Object.values(e.formerNames ?? {}).flat().length, 0);
    expect(doc.getElementsByTagNameNS(NS, 'term').length).toBe(names);
  }, 30_000); // jsdom parses 5 MB of XML slowly on a busy machine
});
