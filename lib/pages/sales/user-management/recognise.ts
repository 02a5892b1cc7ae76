/** Recognises the Sales app's Admin Settings › User Management (Actions › Invite Users / via CSV). */
import { hasExactText, lazyLabelSet } from '../../../dom/text';
import { pageLabels, routeAdapter, titleOrSelected } from '../recognition';

const USER_MANAGEMENT = lazyLabelSet(pageLabels('userManagement'));
const ACTIONS = pageLabels('actions');

export const salesUserManagement = routeAdapter(
  'sales-user-management',
  'settings/admin/user-management',
  (doc) =>
    titleOrSelected(doc, USER_MANAGEMENT) &&
    (hasExactText(doc, ACTIONS) || doc.querySelector('table, [role=grid], [role=table]') !== null),
);
