import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import schema from '../../glossary/schema.json';
import { BUILTIN_ENTRIES, BUILTIN_FILES } from '../../glossary/index';
import { findNameCollisions } from '../../core/glossary/collisions';
import { validateGlossary } from '../../core/glossary/validate';
import { LANGS } from '../../core/glossary/types';

describe('built-in glossary data', () => {
  const ajv = new Ajv2020({ allErrors: true });
  const matchesSchema = ajv.compile(schema);

  it.each(Object.keys(BUILTIN_FILES))('%s matches the JSON Schema', (file) => {
    const ok = matchesSchema(BUILTIN_FILES[file]);
    expect(ok ? [] : matchesSchema.errors).toEqual([]);
  });

  it('passes the validator that checks imports, with every related id known', () => {
    const all = Object.values(BUILTIN_FILES).flat();
    const { issues } = validateGlossary(all);
    expect(issues).toEqual([]);
  });

  it('has unique ids and no name shared by two entries', () => {
    const ids = BUILTIN_ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(findNameCollisions(BUILTIN_ENTRIES)).toEqual([]);
  });

  it('is complete in all three languages and dated', () => {
    for (const e of BUILTIN_ENTRIES) {
      for (const lang of LANGS) {
        expect(e.names[lang].length, `${e.id} names.${lang}`).toBeGreaterThan(0);
        expect(e.description[lang].trim(), `${e.id} description.${lang}`).not.toBe('');
      }
      expect(e.asOf, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has the entities of the originating article', () => {
    const ids = new Set(BUILTIN_ENTRIES.map((e) => e.id));
    for (const id of ['sergey-lavrov', 'emomali-rahmon', 'sirojiddin-muhriddin', 'vladimir-putin', 'csto', 'sco', 'cis', 'united-nations', 'russian-tajik-slavonic-university']) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('glossary validator', () => {
  it('names the row and field of each problem', () => {
    const { entries, issues } = validateGlossary([
      { id: 'ok-entry', kind: 'person', names: { en: ['A B'], ru: ['А Б'], tg: ['А Б'] }, description: { en: 'x', ru: 'x', tg: 'x' }, asOf: '2024-01-01' },
      { id: 'Bad Id', kind: 'robot', names: { en: [], ru: ['x'] }, description: { en: '<img src=x onerror=alert(1)>', ru: 'x', tg: 'ы' }, asOf: 'yesterday', related: ['nobody'] },
    ]);
    expect(entries).toEqual([]);
    const found = issues.map((i) => `${i.row}:${i.field}:${i.code}`);
    expect(found).toEqual(expect.arrayContaining([
      '2:id:badId', '2:kind:badKind', '2:names.en:empty', '2:names.tg:missing', '2:description.en:markup',
      '2:description.tg:nonTajikLetter', '2:asOf:badDate', '2:related[0]:unknownRelated',
    ]));
    expect(issues.every((i) => i.row === 2)).toBe(true);
  });

  it('rejects what is not a list', () => {
    expect(validateGlossary({}).issues[0]!.code).toBe('notArray');
  });
});
