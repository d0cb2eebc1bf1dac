import highlightCss from '../public/tarjuma-highlights.css?raw';

/**
 * Chromium paints the underline of a ::highlight rule from a user-origin sheet but not its background
 * colour (Firefox paints both; checked on screenshots): the same rules are therefore also adopted as
 * an author sheet while a page's highlights are on (not in the reading view, whose themed colours it
 * would override). The user-origin sheet stays, so a page that restyles our highlight names can at
 * most take the tint away, never the underline. No node is added to the page; the sheet is taken
 * away again when the highlights are turned off.
 */
export class HighlightColours {
  private sheet: CSSStyleSheet | undefined;

  constructor(private readonly doc: Document) {}

  adopt(): void {
    this.remove();
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!win?.CSSStyleSheet || !('adoptedStyleSheets' in this.doc)) return;
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(highlightCss);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // No constructable stylesheets here: the user-origin sheet's underline still shows.
    }
  }

  remove(): void {
    if (!this.sheet) return;
    const sheet = this.sheet;
    this.sheet = undefined;
    try {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // The page replaced its adopted sheets meanwhile: ours is gone already.
    }
  }
}
