import { defineConfig } from 'wxt';
import { eagerCompile } from './lib/build/compile-hints';
import { polyfillWithoutNamespaceCopy } from './lib/build/polyfill-import';
import { reactFromGlobal } from './lib/build/react-global';
import { BOOTSTRAPS, HOST_MATCHES } from './lib/hosts';
import { localeFiles } from './lib/i18n/locale-files';

// See README "Permissions": each one is used by a feature; nothing else is asked for.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [
      polyfillWithoutNamespaceCopy(),
      reactFromGlobal(/entrypoints[\\/]+panel\.tsx/),
      eagerCompile(/^boot-[a-z]+\.js$/),
    ],
    build: { sourcemap: process.env.MSI_SOURCEMAP === '1' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    host_permissions: HOST_MATCHES,
    action: { default_title: '__MSG_actionTitle__' },
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
