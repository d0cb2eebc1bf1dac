// Escaping for the term list's formats, private to core/export (the glossary's own CSV/TBX code
// keeps its helpers; these follow the same conventions).

/** Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF) become U+FFFD. */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// Spreadsheets run a cell starting with = + - @ (or a tab / CR) as a formula: such cells get a
// leading apostrophe, as OWASP advises for CSV exports.
const FORMULA = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break (or edge spaces), quotes doubled. */
export function csvCell(value: string): string {
  const v = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A tab-separated cell cannot hold tabs or line breaks: they become spaces. */
export function tsvCell(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

/** A GFM table cell: one line, with the pipe and the characters of inline markup escaped. */
export function escapeMarkdownCell(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\|`*_[\]<>#]/g, (c) => `\\${c}`)
    .trim();
}
