/**
 * The glossary as TBX (TermBase eXchange, ISO 30042:2019, the TBX-Basic dialect in DCA style), the
 * format translation tools (Trados MultiTerm, memoQ, Phrase, OmegaT via converters) read. One
 * conceptEntry per entry; a langSec for en, ru and tg with the description as the definition and
 * one termSec per name: the canonical name is the preferred term, abbreviations are marked, former
 * names are superseded terms. Offices go in as notes, the as-of date as a transaction date.
 */
import { abbreviations, wikipediaUrl } from './display';
import { LANGS, type GlossaryEntry, type Lang, type Office } from './types';

/** Text for XML content and attribute values: escaped, and without characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A conceptEntry id: an XML Name (entry ids are kebab-case ASCII, which may start with a digit). */
export function conceptId(entryId: string): string {
  return `c-${entryId}`;
}

export interface TbxOptions {
  title?: string;
  /** ISO date put in the header as the export date. */
  exported?: string;
}

export function entriesToTbx(entries: readonly GlossaryEntry[], options: TbxOptions = {}): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${escapeXml(options.title ?? 'Tarjuma glossary')}</title></titleStmt>`,
    `      <sourceDesc><p>${escapeXml(`Exported by Tarjuma${options.exported ? ` on ${options.exported}` : ''}: officials and organizations in English, Russian and Tajik.`)}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const entry of entries) out.push(...conceptEntry(entry).map((line) => `      ${line}`));
  out.push('    </body>', '  </text>', '</tbx>', '');
  return out.join('\n');
}

function conceptEntry(e: GlossaryEntry): string[] {
  const lines = [`<conceptEntry id="${escapeXml(conceptId(e.id))}">`];
  lines.push(`  <descrip type="subjectField">${e.kind === 'person' ? 'person' : 'organization'}</descrip>`);
  if (e.country) lines.push(`  <note>${escapeXml(`country: ${e.country}`)}</note>`);
  if (e.members?.length) lines.push(`  <note>${escapeXml(`members: ${e.members.join(', ')}`)}</note>`);
  if (e.wikidata) lines.push(`  <xref type="externalCrossReference" target="${escapeXml(`https://www.wikidata.org/wiki/${e.wikidata}`)}">${escapeXml(e.wikidata)}</xref>`);
  for (const rel of e.related ?? []) lines.push(`  <ref type="crossReference" target="${escapeXml(conceptId(rel))}">${escapeXml(rel)}</ref>`);
  if (e.uncertain) lines.push(`  <note>${escapeXml(`uncertain: ${e.uncertain}`)}</note>`);
  lines.push(
    '  <transacGrp>',
    '    <transac type="transactionType">modification</transac>',
    `    <date>${escapeXml(e.asOf)}</date>`,
    '  </transacGrp>',
  );
  for (const lang of LANGS) lines.push(...langSec(e, lang).map((l) => `  ${l}`));
  lines.push('</conceptEntry>');
  return lines;
}

function langSec(e: GlossaryEntry, lang: Lang): string[] {
  const lines = [`<langSec xml:lang="${lang}">`];
  lines.push(`  <descrip type="definition">${escapeXml(e.description[lang])}</descrip>`);
  for (const office of e.offices ?? []) lines.push(`  <note>${escapeXml(officeNote(office, lang))}</note>`);
  const url = wikipediaUrl(e, lang);
  if (url) lines.push(`  <xref type="externalCrossReference" target="${escapeXml(url)}">${escapeXml(e.wikipedia![lang]!)}</xref>`);
  // Abbreviations are marked for organizations only (CSTO, ОДКБ, СААД); a person has none.
  const isAbbr = (name: string) => e.kind === 'organization' && abbreviations({ ...e, names: { ...e.names, [lang]: [name] } }, lang).length > 0;
  e.names[lang].forEach((name, i) => {
    const termType = isAbbr(name) ? 'abbreviation' : i === 0 ? 'fullForm' : 'variant';
    lines.push(...termSec(name, termType, i === 0 ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts'));
  });
  for (const name of e.formerNames?.[lang] ?? []) {
    lines.push(...termSec(name, isAbbr(name) ? 'abbreviation' : 'variant', 'supersededTerm-admn-sts'));
  }
  lines.push('</langSec>');
  return lines;
}

function termSec(term: string, termType: string, status: string): string[] {
  return [
    '  <termSec>',
    `    <term>${escapeXml(term)}</term>`,
    '    <termNote type="partOfSpeech">properNoun</termNote>',
    `    <termNote type="termType">${termType}</termNote>`,
    `    <termNote type="administrativeStatus">${status}</termNote>`,
    '  </termSec>',
  ];
}

/** "President of Russia (2000-05-07 – 2008-05-07)": dates as ISO, readable in any tool. */
function officeNote(o: Office, lang: Lang): string {
  const dates = o.start || o.end ? ` (${o.start ?? '…'} – ${o.end ?? ''})`.replace(/ – \)$/, ' –)') : '';
  return `${o.title[lang]}${dates}${o.uncertain ? ' [unverified]' : ''}`;
}
