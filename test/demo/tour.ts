/** The stops of `npm run demo -- --headless`, in the order of the guide. */
import type { Page } from '@playwright/test';
import type { KnownPageId } from '../../lib/pages/types';
import { demoPage, EXPERIENCE_ACTIONS_CONFIG, IDLE_PAGES } from './pages';

export interface TourStop {
  name: string;
  url: string;
  page?: KnownPageId;
  /** false: the panel must not appear here. */
  expectPanel?: boolean;
  /** Opened as tabs by the interactive demo. */
  startHere?: boolean;
  act?(page: Page): Promise<void>;
}

const stop = (page: KnownPageId, lang: 'en' | 'fr', name: string, startHere = false): TourStop => ({
  name,
  url: demoPage(page).url(lang),
  page,
  startHere,
});

export const DEMO_TOUR: readonly TourStop[] = [
  stop('marketo-actions-config', 'en', 'marketo-actions-config-en', true),
  stop('marketo-actions-config', 'fr', 'marketo-actions-config-fr'),
  {
    name: 'experience-marketo-frame',
    url: EXPERIENCE_ACTIONS_CONFIG,
    page: 'marketo-actions-config',
    startHere: true,
  },
  stop('sales-salesforce-settings', 'en', 'sales-salesforce-settings-en', true),
  stop('sales-marketo-settings', 'en', 'sales-marketo-settings-en', true),
  stop('sales-marketo-settings', 'fr', 'sales-marketo-settings-fr'),
  stop('sales-user-management', 'en', 'sales-user-management-en', true),
  stop('salesforce-installed-packages', 'en', 'salesforce-installed-packages-en', true),
  stop('salesforce-remote-sites', 'fr', 'salesforce-remote-sites-fr', true),
  stop('salesforce-msi-config', 'en', 'salesforce-msi-config-en', true),
  { name: 'unrelated-site', url: IDLE_PAGES.unrelated, expectPanel: false },
];
