import { defineConfig } from 'wxt';
import { agentLibsFromWorld } from './lib/build/agent-libs';
import { eagerCompile } from './lib/build/compile-hints';
import { polyfillWithoutNamespaceCopy } from './lib/build/polyfill-import';
import { FOCUS_PANEL_COMMAND, FOCUS_PANEL_KEY } from './lib/commands';
import { BOOTSTRAPS, HOST_MATCHES } from './lib/hosts';
import { localeFiles } from './lib/i18n/locale-files';

/** The toolbar button's and the sidebar's icon (public/icon/, from scripts/make-icons.mjs; WXT lists them all as `icons`). */
const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png' };

// See README "Permissions": each one is used by a feature; nothing else is asked for.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [agentLibsFromWorld(), polyfillWithoutNamespaceCopy(), eagerCompile(/^boot-[a-z]+\.js$/)],
    build: { sourcemap: process.env.MSI_SOURCEMAP === '1' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // sidePanel: the panel can open in Chrome's side panel instead of the page (options).
    permissions: ['storage', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: HOST_MATCHES,
    action: { default_title: '__MSG_actionTitle__', default_icon: TOOLBAR_ICONS },
    // A keyboard shortcut that opens the panel and puts the focus in it (lib/background/start.ts).
    commands: {
      [FOCUS_PANEL_COMMAND]: {
        suggested_key: { default: FOCUS_PANEL_KEY },
        description: '__MSG_commandFocusPanel__',
      },
    },
    // The panel document is framed by the dock on our hosts only (lib/agent/dock.ts); the
    // background trusts only the one the dock framed (lib/background/panels.ts). WXT writes the
    // MV2 form for Firefox; Chrome gets use_dynamic_url (the URL changes every session).
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: HOST_MATCHES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // The same panel document in the browser's own side panel / sidebar, following the active tab.
    ...(browser === 'firefox'
      ? {
          sidebar_action: {
            default_panel: 'panel.html',
            default_title: '__MSG_extName__',
            default_icon: TOOLBAR_ICONS,
            open_at_install: false,
          },
        }
      : { side_panel: { default_path: 'panel.html' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'msi-actions-setup-helper@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
    // The bootstraps are built as unlisted scripts (no WXT content-script wrapper, no polyfill)
    // and declared here: each app's on that app's host pages, in every frame.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        ...BOOTSTRAPS.map((b) => ({
          matches: [...b.matches],
          all_frames: true,
          run_at: 'document_idle' as const,
          js: [b.script],
        })),
      ];
    },
  },
});
