/** "Show me" locators of Admin Settings › Marketo (guide §1.3), in open shadow roots too. */
import { flatClosest, queryFirst } from '../../../dom/shadow';
import { type Found, notFound } from '../../types';
import { action, fromElement } from '../find';
import { findCredentialFields } from './credentials';

/** Marketo page: "connect". */
export const locateMarketoConnect = (doc: Document): Found<HTMLElement> =>
  fromElement(action(doc, 'marketoConnect'), 'no-connect-button');

/** Marketo › Set Up: the Save (or Connect) button of the form holding the credential fields. */
export function locateSave(doc: Document): Found<HTMLElement> {
  const fields = findCredentialFields(doc);
  if (!fields.found) return notFound(fields.reason);
  const form = flatClosest<HTMLElement>(
    fields.value.clientId,
    'form, [role=form], [role=tabpanel], section, fieldset',
  );
  if (!form) return notFound('no-form');
  const submit = queryFirst<HTMLElement>(form, 'button[type=submit], input[type=submit], [type=submit]');
  const save = action(form, 'save') ?? submit;
  return fromElement(save, 'no-save-button');
}
