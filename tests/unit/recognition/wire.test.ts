import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from '../../../core/recognition-wire';
import { isRecognitionWireOf } from '../../../core/messages';
import { discoverInText, matchText, recognizeText } from '../../../core/recognize-text';
import { buildGlossaryIndex } from '../../../core/recognition/glossary-index';
import { FIXTURE_ENTRIES } from './fixture-glossary';

describe('recognition over extension messaging', () => {
  const index = buildGlossaryIndex(FIXTURE_ENTRIES);
  const text = 'Sergey Lavrov met Emomali Rahmon. Лавров встретился с Рахмоном в рамках ОДКБ. Lavrov said the CSTO would meet.';

  it('comes back as it went: the same mentions, entities and language', () => {
    const found = matchText(text, index, 'en');
    expect(found.mentions.length).toBeGreaterThan(4);
    const wire = JSON.parse(JSON.stringify(toWire(found))) as unknown;
    expect(isRecognitionWireOf(wire, text.length)).toBe(true);
    expect(fromWire(wire as ReturnType<typeof toWire>, text)).toEqual(found);
  });

  it('in two halves (matches first, then suggestions) finds exactly what recognition in one go finds', () => {
    const texts = [text, 'Chairman of the Committee Ivan Petrov met Sergey Lavrov.\n\nRahmon said so.', 'Раиси Кумитаи давлатӣ Азиз Назаров гуфт.'];
    for (const t of texts) {
      const found = matchText(t, index, 'en');
      expect({ ...found, candidates: discoverInText(t, found) }).toEqual(recognizeText(t, index, 'en'));
    }
  });

  it('sends each entity id once, however often it is mentioned', () => {
    const wire = toWire(recognizeText(text, index, 'en'));
    expect(new Set(wire.ids).size).toBe(wire.ids.length);
    expect(wire.spans.length).toBe(3 * recognizeText(text, index, 'en').mentions.length);
  });

  it('is refused for a shorter text than the one recognized', () => {
    const found = recognizeText(text, index, 'en');
    const lastEnd = Math.max(...found.mentions.map((m) => m.end));
    expect(isRecognitionWireOf(toWire(found), lastEnd)).toBe(true);
    expect(isRecognitionWireOf(toWire(found), lastEnd - 1)).toBe(false);
  });
});
