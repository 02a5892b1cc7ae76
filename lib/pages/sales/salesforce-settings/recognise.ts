/** Recognises the Sales app's Admin Settings › Salesforce (Connections & Customizations › Connect › OK). */
import { hasExactText, lazyLabelSet } from '../../../dom/text';
import { pageLabels, routeAdapter, titleOrSelected } from '../recognition';

const SALESFORCE = lazyLabelSet(pageLabels('salesforce'));
const CONNECTIONS_TAB = pageLabels('connectionsTab');

export const salesSalesforceSettings = routeAdapter(
  'sales-salesforce-settings',
  'settings/crm/salesforce',
  (doc) => titleOrSelected(doc, SALESFORCE) && hasExactText(doc, CONNECTIONS_TAB),
);
