/** Recognises the Sales app's Admin Settings › Marketo (connect, or credentials on the Set Up tab). */
import { hasExactText, lazyLabelSet } from '../../../dom/text';
import { pageLabels, routeAdapter, titleOrSelected } from '../recognition';

const MARKETO = lazyLabelSet(pageLabels('marketo'));
const MARKETO_PAGE_TEXT = [
  ...pageLabels('setupTab'),
  ...pageLabels('clientId'),
  ...pageLabels('marketoConnect'),
  ...pageLabels('disconnect'),
];

export const salesMarketoSettings = routeAdapter(
  'sales-marketo-settings',
  'settings/marketo-admin',
  (doc) => titleOrSelected(doc, MARKETO) && hasExactText(doc, MARKETO_PAGE_TEXT),
);
