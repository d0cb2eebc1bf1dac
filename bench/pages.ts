/**
 * Generated pages for the benchmark: a 20,000-word news article naming built-in glossary entries,
 * and a 5 MB page with 100,000 text nodes. Deterministic (seeded).
 */
import type { GlossaryEntry } from '../core/glossary/types';

const FILLER = (
  'the government said on tuesday that talks would continue next week in the capital after officials ' +
  'met to discuss trade energy security and migration along the border while analysts warned that ' +
  'prices could rise further if the agreement failed to win approval from parliament later this year ' +
  'according to a statement published by the press service which gave no further details about the ' +
  'meeting or the delegations that took part in it'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function shell(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:46em;margin:0 auto;padding:1em}</style></head>
<body>
<header><nav><a href="#">World</a> · <a href="#">Politics</a> · <a href="#">Business</a></nav></header>
<main><article>
<h1>${esc(title)}</h1>
<p class="byline">By a staff correspondent · 27 November 2026</p>
${body}
</article></main>
<footer><p>© Bench News</p></footer>
</body></html>`;
}

/** English names of built-in entries (the canonical one and the aliases that are not all-caps). */
export function englishNames(entries: readonly GlossaryEntry[]): string[] {
  return entries.flatMap((e) => e.names.en ?? []).filter((n) => n.length > 2);
}

/** A news article of `words` words in paragraphs of ~120 words, one glossary name every ~25 words. */
export function longArticle(entries: readonly GlossaryEntry[], words = 20_000): { html: string; names: string[] } {
  const random = rng(20_000);
  const names = entries.map((e) => e.names.en[0]!).filter(Boolean);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const parts: string[] = [];
    for (let i = 0; i < 120 && count < words; ) {
      if (random() < 0.04) {
        const name = names[Math.floor(random() * names.length)]!;
        parts.push(esc(name));
        const n = name.split(/\s+/).length;
        i += n;
        count += n;
      } else {
        let w = FILLER[Math.floor(random() * FILLER.length)]!;
        if (i === 0) w = w[0]!.toUpperCase() + w.slice(1);
        parts.push(w);
        i++;
        count++;
      }
    }
    paragraphs.push(`<p>${parts.join(' ')}.</p>`);
  }
  return { html: shell('Officials meet as talks on energy and migration continue', paragraphs.join('\n')), names };
}

/**
 * A page of about 5 MB with 100,000 text nodes: 2,000 paragraphs of 50 text nodes each, alternating
 * plain text and inline elements, inside one <article>; glossary names sprinkled through the text.
 */
export function hugePage(entries: readonly GlossaryEntry[], textNodes = 100_000, targetBytes = 5_000_000): string {
  const random = rng(5);
  const names = entries.map((e) => e.names.en[0]!).filter(Boolean);
  const perParagraph = 50;
  const paragraphs = textNodes / perParagraph;
  // Each text node carries about this many characters of text, tags included.
  const charsPerNode = Math.floor(targetBytes / textNodes) - 16;
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const nodes: string[] = [];
    for (let n = 0; n < perParagraph; n++) {
      const words: string[] = [];
      let len = 0;
      while (len < charsPerNode) {
        const w = random() < 0.05 ? names[Math.floor(random() * names.length)]! : FILLER[Math.floor(random() * FILLER.length)]!;
        words.push(w);
        len += w.length + 1;
      }
      const text = esc(words.join(' ')) + ' ';
      // Odd nodes sit inside an inline element, so each one is its own text node.
      nodes.push(n % 2 ? `<b>${text}</b>` : text);
    }
    out.push(`<p>${nodes.join('')}</p>`);
  }
  return shell('A very long report', out.join('\n'));
}

/** Plain text for the Node matcher: paragraphs in English, Russian and Tajik with names of the glossary. */
export function mixedText(entries: readonly GlossaryEntry[], words = 50_000): string {
  const random = rng(7);
  const ru = 'в понедельник стороны обсудили вопросы сотрудничества в области энергетики и транспорта а также ситуацию на границе сообщила пресс-служба'.split(' ');
  const tg = 'рӯзи душанбе ҷонибҳо масъалаҳои ҳамкорӣ дар соҳаи энергетика ва нақлиёт инчунин вазъи марзро баррасӣ карданд хабар дод хадамоти матбуот'.split(' ');
  const langs = [['en', FILLER], ['ru', ru], ['tg', tg]] as const;
  const paragraphs: string[] = [];
  let count = 0;
  let p = 0;
  while (count < words) {
    const [lang, filler] = langs[p++ % 3]!;
    const parts: string[] = [];
    for (let i = 0; i < 100; i++) {
      if (random() < 0.04) {
        const e = entries[Math.floor(random() * entries.length)]!;
        parts.push(e.names[lang][0] ?? e.names.en[0]!);
      } else parts.push(filler[Math.floor(random() * filler.length)]!);
    }
    count += parts.length;
    paragraphs.push(parts.join(' ') + '.');
  }
  return paragraphs.join('\n\n');
}
