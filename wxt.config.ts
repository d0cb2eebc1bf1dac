import { defineConfig } from 'wxt';
import { glossaryFingerprint } from './core/glossary/fingerprint';
import { BUILTIN_ENTRIES } from './glossary/index';

// Least privilege: no host permissions. The content script is injected only when the reader clicks
// the toolbar button (activeTab + scripting); WXT adds `sidePanel` for the side panel entrypoint.
export default defineConfig({
  imports: false,
  // The built-in glossary's fingerprint, for the key of the index snapshot the background keeps
  // (components/glossary-service.ts): made here once, not at every start of the service worker.
  vite: () => ({ define: { 'import.meta.env.TARJUMA_BUILTIN_GLOSSARY': JSON.stringify(glossaryFingerprint(BUILTIN_ENTRIES)) } }),
  // TARJUMA_OUT lets parallel builds (several people testing on one machine) keep apart.
  outDir: process.env.TARJUMA_OUT ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Tarjuma',
    description: 'Finds the officials and organizations in English, Russian and Tajik news articles and explains them.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    action: { default_title: 'Tarjuma: find officials and organizations' },
    // Alt+Shift+T (the suggestion) is Chrome's own "focus the toolbar" key, so Alt+Shift+K.
    // The command fires the same click (action.onClicked), so it opens the panel and reads the page.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Find the officials and organizations in this article',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tarjuma@tarjuma.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
