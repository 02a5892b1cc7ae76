import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLocale } from '@/lib/i18n/locale-texts';
import { LOCALES } from '@/lib/i18n/locales';

// The page code of every app runs in this one realm: the agents of all three apps are installed
// before each test (in the browser a frame's agent has its own app's only: lib/agent/app.ts).
// Imported here, not at the top: the agents' modules must load after the fake browser is in place.
beforeEach(async () => {
  fakeBrowser.reset();
  const [{ runApp }, { marketoAgent }, { salesAgent }, { salesforceAgent }] = await Promise.all([
    import('@/lib/agent/app'),
    import('@/lib/agent/apps/marketo'),
    import('@/lib/agent/apps/sales'),
    import('@/lib/agent/apps/salesforce'),
  ]);
  runApp(marketoAgent, salesAgent, salesforceAgent);
});
afterEach(() => cleanup());

// Every locale's texts in memory, as a page has the one it shows once loaded (lib/i18n/locale-texts.ts).
await Promise.all(LOCALES.map((locale) => loadLocale(locale)));
