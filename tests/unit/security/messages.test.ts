import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isEntitySummary, isEntryRequest, isFromExtensionPage, isPageCommand, isCandidateListOf, isRecognitionWireOf, isRecognizeRequest, isDiscoverRequest, isStateBroadcast,
  injectedState, isStateQuery, isStateReport, isTabState, MAX_ARTICLE_CHARS,
} from '../../../core/messages';

// Every message crossing a context boundary is checked on arrival. These tests feed each validator
// wrong types, wrong shapes and oversized payloads, and check that well-formed messages pass.

const ok = { status: 'ok', scope: 'article', title: 'A title', language: 'en', entities: [{ id: 'sergey-lavrov', kind: 'person', count: 2, firstAt: 10 }], highlightsOn: true };
const recognition = {
  language: 'en',
  ids: ['sergey-lavrov'],
  kinds: ['person'],
  spans: [0, 6, 0],
  entities: [{ id: 'sergey-lavrov', kind: 'person', count: 1, firstAt: 0 }],
};
const candidates = [{ start: 10, end: 20, text: 'Ivan Petrov', kind: 'person', context: 'c', suggestedNames: { en: 'Ivan Petrov' }, pattern: 'title-name' }];
const isRecognitionOf100 = (v: unknown) => isRecognitionWireOf(v, 100);
const isCandidatesOf100 = (v: unknown) => !Array.isArray(v) && isCandidateListOf(v, 100);
const validators = [isTabState, isPageCommand, isEntryRequest, isRecognizeRequest, isDiscoverRequest, isRecognitionOf100, isCandidatesOf100, isStateReport, isStateQuery, isStateBroadcast, isEntitySummary];

describe('message validators', () => {
  it('accept well-formed messages', () => {
    expect(isTabState(ok)).toBe(true);
    for (const s of [{ status: 'analyzing' }, { status: 'restricted' }, { status: 'not-article', title: 't' }, { status: 'error', message: 'm' }]) expect(isTabState(s)).toBe(true);
    expect(isStateReport({ type: 'tarjuma:state', state: ok })).toBe(true);
    expect(isStateQuery({ type: 'tarjuma:query-state', tabId: 1_234_567_890 })).toBe(true);
    expect(isStateBroadcast({ type: 'tarjuma:tab-state', tabId: 3, state: null })).toBe(true);
    expect(isEntryRequest({ type: 'tarjuma:get-entry', id: 'sergey-lavrov' })).toBe(true);
    expect(isRecognizeRequest({ type: 'tarjuma:recognize', text: 'Lavrov met Rahmon.' })).toBe(true);
    expect(isRecognizeRequest({ type: 'tarjuma:recognize', text: '', langHint: 'tg' })).toBe(true);
    expect(isRecognizeRequest({ type: 'tarjuma:recognize', text: 'a piece', more: true })).toBe(true);
    expect(isDiscoverRequest({ type: 'tarjuma:discover' })).toBe(true);
    expect(isDiscoverRequest({ type: 'tarjuma:discover', text: 'smuggled' })).toBe(false);
    expect(isDiscoverRequest({ type: 'tarjuma:recognize', text: 'x' })).toBe(false);
    expect(isRecognitionWireOf(recognition, 100)).toBe(true);
    expect(isRecognitionWireOf({ language: 'ru', ids: [], kinds: [], spans: [], entities: [] }, 0)).toBe(true);
    expect(isCandidateListOf(candidates, 100)).toBe(true);
    expect(isCandidateListOf([], 0)).toBe(true);
    for (const c of [
      { type: 'tarjuma:get-state' },
      { type: 'tarjuma:scan-whole-page' },
      { type: 'tarjuma:set-highlights', on: false },
      { type: 'tarjuma:show-mention', entityId: 'csto', index: 3 },
    ]) expect(isPageCommand(c), JSON.stringify(c)).toBe(true);
  });

  it('reject values of the wrong type', () => {
    for (const v of [undefined, null, 0, 1, NaN, '', 'tarjuma:get-state', true, [], [ok], () => ok, Symbol('x'), 10n]) {
      for (const check of validators) expect(check(v as unknown), `${check.name}(${String(v)})`).toBe(false);
    }
  });

  it('reject wrong shapes: unknown types and statuses, wrong field types, missing fields', () => {
    expect(isTabState({ status: 'pwned' })).toBe(false);
    expect(isTabState({ ...ok, scope: 'frame' })).toBe(false);
    expect(isTabState({ ...ok, title: 42 })).toBe(false);
    expect(isTabState({ ...ok, title: undefined })).toBe(false);
    expect(isTabState({ ...ok, highlightsOn: 'yes' })).toBe(false);
    expect(isTabState({ ...ok, entities: {} })).toBe(false);
    expect(isTabState({ ...ok, entities: [{ id: 'x', kind: 'place', count: 1, firstAt: 0 }] })).toBe(false);
    expect(isTabState({ ...ok, entities: [null] })).toBe(false);
    expect(isTabState({ status: 'error' })).toBe(false);
    expect(isTabState({ status: 'not-article', title: ['t'] })).toBe(false);
    expect(isPageCommand({ type: 'tarjuma:set-highlights', on: 'false' })).toBe(false);
    expect(isPageCommand({ type: 'tarjuma:show-mention', entityId: 'csto' })).toBe(false);
    // The glossary never goes to a page: there is no command that carries one.
    expect(isPageCommand({ type: 'tarjuma:analyze', version: 'v', index: { version: 'v' } })).toBe(false);
    expect(isRecognizeRequest({ type: 'tarjuma:recognize' })).toBe(false);
    expect(isRecognizeRequest({ type: 'tarjuma:recognize', text: 'x', langHint: 3 })).toBe(false);
    expect(isRecognizeRequest({ type: 'tarjuma:recognize', text: 'x', more: 'yes' })).toBe(false);
    expect(isRecognitionWireOf({ ...recognition, kinds: ['place'] }, 100)).toBe(false);
    expect(isRecognitionWireOf({ ...recognition, kinds: [] }, 100)).toBe(false);
    expect(isRecognitionWireOf({ ...recognition, spans: [0, 6] }, 100)).toBe(false);
    expect(isRecognitionWireOf({ ...recognition, spans: [0, 6, 1] }, 100)).toBe(false);
    expect(isRecognitionWireOf({ ...recognition, entities: [{ id: 'x' }] }, 100)).toBe(false);
    expect(isCandidateListOf([{ ...candidates[0], suggestedNames: 'x' }], 100)).toBe(false);
    expect(isCandidateListOf([{ ...candidates[0], kind: 'place' }], 100)).toBe(false);
    expect(isCandidateListOf([null], 100)).toBe(false);
    expect(isCandidateListOf(undefined, 100)).toBe(false);
    expect(isPageCommand({ type: 'tarjuma:eval', code: 'alert(1)' })).toBe(false);
    expect(isEntryRequest({ type: 'tarjuma:get-entry', id: { toString: () => 'x' } })).toBe(false);
    expect(isStateReport({ type: 'tarjuma:state', state: { status: 'pwned' } })).toBe(false);
    expect(isStateBroadcast({ type: 'tarjuma:tab-state', tabId: 1 })).toBe(false);
  });

  it('reject counts, offsets and tab ids that are not non-negative safe integers', () => {
    for (const n of [-1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, '1', null]) {
      expect(isStateQuery({ type: 'tarjuma:query-state', tabId: n }), String(n)).toBe(false);
      expect(isEntitySummary({ id: 'x', kind: 'person', count: n, firstAt: 0 }), String(n)).toBe(false);
      expect(isEntitySummary({ id: 'x', kind: 'person', count: 1, firstAt: n }), String(n)).toBe(false);
      expect(isPageCommand({ type: 'tarjuma:show-mention', entityId: 'x', index: n }), String(n)).toBe(false);
    }
  });

  it('reject oversized payloads', () => {
    const long = (n: number) => 'x'.repeat(n);
    expect(isTabState({ ...ok, title: long(2001) })).toBe(false);
    expect(isTabState({ status: 'error', message: long(2001) })).toBe(false);
    expect(isTabState({ status: 'not-article', title: long(1_000_000) })).toBe(false);
    expect(isTabState({ ...ok, language: long(11) })).toBe(false);
    const entity = ok.entities[0]!;
    expect(isTabState({ ...ok, entities: Array.from({ length: 5001 }, () => entity) })).toBe(false);
    expect(isTabState({ ...ok, entities: Array.from({ length: 5000 }, () => entity) })).toBe(true);
    expect(isEntitySummary({ ...entity, id: long(201) })).toBe(false);
    expect(isEntryRequest({ type: 'tarjuma:get-entry', id: long(201) })).toBe(false);
    expect(isRecognizeRequest({ type: 'tarjuma:recognize', text: long(MAX_ARTICLE_CHARS + 1) })).toBe(false);
    expect(isRecognizeRequest({ type: 'tarjuma:recognize', text: 'x', langHint: long(41) })).toBe(false);
    expect(isPageCommand({ type: 'tarjuma:show-mention', entityId: long(201), index: 0 })).toBe(false);
  });

  it('reject recognitions whose spans fall outside the text they answer', () => {
    for (const [start, end] of [[0, 101], [-1, 5], [5, 5], [6, 2], [0.5, 3]]) {
      expect(isRecognitionWireOf({ ...recognition, spans: [start, end, 0] }, 100), `${start}-${end}`).toBe(false);
      expect(isCandidateListOf([{ ...candidates[0], start, end }], 100), `${start}-${end}`).toBe(false);
    }
    expect(isRecognitionWireOf(recognition, 5)).toBe(false);
    expect(isRecognitionWireOf(recognition, 6)).toBe(true);
    expect(isCandidateListOf(candidates, 19)).toBe(false);
    expect(isCandidateListOf(candidates, 20)).toBe(true);
  });

  it('never throw, on any JSON-like value', () => {
    const value = fc.jsonValue({ maxDepth: 4 });
    const shaped = fc.record({ type: fc.constantFrom('tarjuma:state', 'tarjuma:get-entry', 'tarjuma:query-state', 'tarjuma:tab-state', 'tarjuma:recognize', 'tarjuma:show-mention', 'tarjuma:set-highlights'), status: fc.constantFrom('ok', 'error', 'analyzing', 'not-article'), state: value, id: value, tabId: value, title: value, entities: value, index: value, on: value, version: value, entityId: value, text: value, langHint: value, language: value, ids: value, kinds: value, spans: value, candidates: value, more: value }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(value, shaped), (v) => {
        for (const check of validators) expect(typeof check(v)).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('a content script cannot pass for an extension page', () => {
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    expect(isFromExtensionPage({ id, url: `${origin}sidepanel.html?tabId=3` }, id, origin)).toBe(true);
    for (const url of [
      'https://evil.example/chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnoq/sidepanel.html',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop.evil.example/',
      'CHROME-EXTENSION://abcdefghijklmnopabcdefghijklmnop/x',
      undefined,
    ]) expect(isFromExtensionPage({ id, url }, id, origin), String(url)).toBe(false);
    expect(isFromExtensionPage({ id: 'other', url: `${origin}x` }, id, origin)).toBe(false);
  });

  it("read an injected analysis's state from its JSON string, and nothing else", () => {
    expect(injectedState(JSON.stringify(ok))).toEqual(ok);
    expect(injectedState(JSON.stringify({ status: 'not-article', title: 'Menu' }))).toEqual({ status: 'not-article', title: 'Menu' });
    // The object itself (what the script returned before), malformed JSON, or JSON of another shape.
    for (const bad of [ok, undefined, null, 42, '', '{"status":', JSON.stringify({ status: 'pwned' }), JSON.stringify({ ...ok, entities: {} }), '[]']) {
      expect(injectedState(bad), String(bad)).toBeUndefined();
    }
  });
});
