/**
 * Least privilege, checked on the build that ships (npm test builds before the end-to-end tests):
 * exactly the permissions the README lists, no host access, nothing a web page can call into, the
 * default extension-page CSP, and no code that evaluates strings or talks to the network.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/lib/browser';

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX_DIR = resolve(EXTENSION_DIR, '../firefox-mv2');

/** The permissions Tarjuma needs, and why. */
const EXPECTED = {
  activeTab: 'read the tab the reader clicked the button on, and only that tab',
  scripting: 'inject the content script and the highlight CSS into that tab',
  storage: 'settings and the reader’s own glossary (local, sync), what was found per tab (session)',
  sidePanel: 'the panel (Chrome; Firefox uses sidebar_action, which needs no permission)',
  contextMenus: '“Add to Tarjuma glossary” on a selection',
};

type Manifest = Record<string, unknown> & { permissions?: string[] };

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

/** Permission names written in backticks in the README (`storage.local` and the like are not permissions). */
const KNOWN_PERMISSIONS = new Set([
  ...Object.keys(EXPECTED), 'tabs', 'webNavigation', 'webRequest', 'webRequestBlocking', 'declarativeNetRequest', 'cookies',
  'history', 'bookmarks', 'downloads', 'clipboardRead', 'clipboardWrite', 'notifications', 'alarms', 'unlimitedStorage',
  'identity', 'management', 'nativeMessaging', 'offscreen', 'debugger', 'proxy', 'privacy', 'topSites', 'sessions',
  'menus', 'sidebarAction', 'userScripts', 'geolocation', 'background',
]);

function readmePermissions(): Set<string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return new Set([...readme.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]!).filter((w) => KNOWN_PERMISSIONS.has(w)));
}

describe('the built Chrome manifest', () => {
  const m = manifest(EXTENSION_DIR);

  it('asks for exactly the permissions Tarjuma needs', () => {
    expect(new Set(m.permissions)).toEqual(new Set(Object.keys(EXPECTED)));
    expect(m.permissions).toHaveLength(Object.keys(EXPECTED).length);
  });

  it('asks for no host access and offers nothing a web page can call into', () => {
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable', 'web_accessible_resources', 'content_security_policy', 'sandbox', 'oauth2', 'key', 'update_url']) {
      expect(m, key).not.toHaveProperty(key);
    }
    const scripts = (m.content_scripts ?? []) as Array<{ matches?: string[] }>;
    expect(scripts.filter((s) => (s.matches ?? []).length > 0)).toEqual([]);
  });

  it('the README lists the same permissions', () => {
    expect(readmePermissions()).toEqual(new Set(Object.keys(EXPECTED)));
  });

  it('ships no code that evaluates strings or reaches the network', () => {
    const found: string[] = [];
    for (const file of jsFiles(EXTENSION_DIR)) {
      const code = readFileSync(file, 'utf8');
      const name = file.slice(EXTENSION_DIR.length + 1);
      for (const pattern of [/\beval\(/g, /new Function\(/g, /\bXMLHttpRequest\b/g, /\bWebSocket\b/g, /\bEventSource\b/g, /\bsendBeacon\b/g, /\bimportScripts\(/g]) {
        for (const match of code.matchAll(pattern)) found.push(`${name}: ${match[0]}`);
      }
      // Vite's modulepreload polyfill fetches the extension's own chunks (link.href); nothing else may fetch.
      for (const match of code.matchAll(/\bfetch\(([^)]{0,40})/g)) {
        if (!/^\w+\.href,/.test(match[1]!)) found.push(`${name}: fetch(${match[1]}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe.skipIf(!existsSync(join(FIREFOX_DIR, 'manifest.json')))('the built Firefox manifest (when built)', () => {
  it('has the same permissions minus sidePanel, no host permissions, and declares no data collection', () => {
    const m = manifest(FIREFOX_DIR);
    const { sidePanel: _chromeOnly, ...firefox } = EXPECTED;
    expect(new Set(m.permissions)).toEqual(new Set(Object.keys(firefox)));
    expect(m).not.toHaveProperty('web_accessible_resources');
    expect(m).not.toHaveProperty('content_security_policy');
    const gecko = (m.browser_specific_settings as { gecko: { data_collection_permissions: { required: string[] } } }).gecko;
    expect(gecko.data_collection_permissions.required).toEqual(['none']);
  });
});
