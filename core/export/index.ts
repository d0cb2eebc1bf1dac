/**
 * The article's term list, for translation.
 *
 *   const rows = buildTermRows(analysis.entities, glossaryEntries, { sort: 'appearance' | 'kind' | 'name', nameLang });
 *   // optionally with what the glossary lacks: sortTermRows([...rows, ...discoveryTermRows(found, lang)], options)
 *   const { text, html } = termListClipboard(rows, labels);       // text/plain + text/html clipboard items
 *   const file = termListFile(rows, 'csv' | 'tbx' | 'markdown', { baseName, source: url, exported: today });
 */
export * from './term-list';
