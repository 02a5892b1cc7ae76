/** "Show me" locators of Admin Settings › User Management (guide §1.5, §1.6), in open shadow roots too. */
import type { Found } from '../../types';
import { action, fromElement } from '../find';

/** User Management: the Actions button. */
export const locateActionsMenu = (doc: Document): Found<HTMLElement> =>
  fromElement(action(doc, 'actions'), 'no-actions-button');

/** Actions › Invite Users (menu open). */
export const locateInviteUsers = (doc: Document): Found<HTMLElement> =>
  fromElement(action(doc, 'inviteUsers'), 'menu-closed');

/** Actions › Invite Users via CSV (menu open). */
export const locateInviteUsersCsv = (doc: Document): Found<HTMLElement> =>
  fromElement(action(doc, 'inviteUsersCsv'), 'menu-closed');
