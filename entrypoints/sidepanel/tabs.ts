/**
 * The panel's two sections, Article and My glossary, as ARIA tabs: arrow keys, Home and End move
 * between them (the WAI-ARIA Authoring Practices tabs pattern, activation on focus).
 */
const TABS = [
  { tab: 'tab-article', panel: 'content', name: 'article' },
  { tab: 'tab-glossary', panel: 'glossary', name: 'glossary' },
] as const;
export type PanelTab = (typeof TABS)[number]['name'];

export function showTab(name: PanelTab, focus = true): void {
  for (const t of TABS) {
    const selected = t.name === name;
    const tab = document.getElementById(t.tab)!;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(t.panel)!.hidden = !selected;
    if (selected && focus) tab.focus();
  }
}

export function setUpTabs(): void {
  TABS.forEach((t, i) => {
    const tab = document.getElementById(t.tab)!;
    tab.addEventListener('click', () => showTab(t.name));
    tab.addEventListener('keydown', (e) => {
      const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
      if (next === null) return;
      e.preventDefault();
      showTab(TABS[(next + TABS.length) % TABS.length]!.name);
    });
  });
}
