/**
 * Recognises Marketo Engage › Admin › Sales Insight › Actions Config. The
 * route is unknown (shared/domain.md §4.1 gap), so the document decides: at
 * least two of "Integration Information card title", "Action Field Sync card
 * title" and "Actions Config tab", in any UI language. Cheap: substring checks
 * over the page's text, then native XPath existence checks only when two
 * signals' words are present. Imports only labels, the URL helpers (pure,
 * tiny) and lib/dom/text, to keep the bootstrap bundle small.
 */
import { hasExactTexts } from '@/lib/dom/text';
import type { PageAdapter } from '@/lib/pages/types';
import { ACTIONS_CONFIG_TAB, FIELD_SYNC_CARD, INTEGRATION_CARD } from '../labels';
import { isExperienceMarketoRoute, isMarketoUrl } from '../url';

const SIGNALS: ReadonlyArray<readonly string[]> = [INTEGRATION_CARD, FIELD_SYNC_CARD, ACTIONS_CONFIG_TAB];

export const marketoActionsConfig: PageAdapter = {
  page: 'marketo-actions-config',
  app: 'marketo',
  matchUrl(url) {
    // Marketo hosts (and the shell's Marketo routes, whose frame shows the page):
    // the route does not tell which admin page it is.
    return isMarketoUrl(url) || isExperienceMarketoRoute(url) ? undefined : false;
  },
  matchDocument: (doc) => hasExactTexts(doc, SIGNALS, 2),
};
