import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLocale } from '@/lib/i18n/locale-texts';
import { LOCALES } from '@/lib/i18n/locales';

beforeEach(() => fakeBrowser.reset());
afterEach(() => cleanup());

// Every locale's texts in memory, as a page has the one it shows once loaded (lib/i18n/locale-texts.ts).
await Promise.all(LOCALES.map((locale) => loadLocale(locale)));
