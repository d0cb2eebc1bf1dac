import { extractDocumentSteps, type AnalyzeOptions, type DocumentExtraction, type NotArticle } from './extract-document';
import type { GlossaryIndex } from './recognition/glossary-index';
import { recognizeText, type Recognition } from './recognize-text';
import { drain } from './slices';

export interface DocumentAnalysis extends DocumentExtraction, Recognition {
  timings: { extract: number; text: number; match: number };
}

export type DocumentResult = DocumentAnalysis | NotArticle;

/**
 * The whole recognition path for a document, used by the command line, the evaluation and the tests:
 * extract the article, build its text from the live nodes, recognize. The extension runs the same two
 * halves apart: extraction in the page (which has the DOM), recognition in the background (which
 * has the glossary), so a page never receives the glossary.
 */
export function analyzeDocument(doc: Document, index: GlossaryIndex, options: AnalyzeOptions = {}): DocumentResult {
  const extraction = drain(extractDocumentSteps(doc, options));
  if (extraction.status !== 'ok') return extraction;
  const started = performance.now();
  const recognition = recognizeText(extraction.article.text, index, extraction.langHint);
  return { ...extraction, ...recognition, timings: { ...extraction.timings, match: performance.now() - started } };
}
