/**
 * The credentials feature on the Sales app's Marketo settings, in the Sales app's
 * agent (lib/agent/apps/sales.ts): finds the Set Up / Configure form and fills
 * the values the background sends, after it checked this frame's URL; checked
 * again here against the document that receives them.
 */
import { setFieldValue } from '../../dom/set-value';
import type { FeatureHandlers } from '../../messaging/receive';
import { marketoSettingsPage } from '../../pages/sales/marketo-settings/page';
import { isCredentialsTargetUrl, isSalesUrl } from '../../pages/sales/url';
import type {
  CredentialValuesPayload,
  credentialsAgentMessages,
  FieldName,
  FieldOutcome,
  FillPreview,
  FillResult,
} from './protocol';

/** Where the credentials are filled: the Sales app's Marketo settings page module. */
const form = marketoSettingsPage.fill;
const marketoSettings = marketoSettingsPage.recognise;

/** Is this frame the Sales app's Marketo settings page? (URL and document, through the adapter.) */
export function isMarketoSettingsHere(doc: Document = document): boolean {
  const url = new URL(doc.location?.href ?? 'about:blank');
  if (!isSalesUrl(url)) return false;
  return marketoSettings.matchUrl(url) === true || marketoSettings.matchDocument(doc);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForFields(doc: Document, timeoutMs: number) {
  const start = Date.now();
  for (;;) {
    const fields = form.fields(doc);
    if (fields.found || Date.now() - start > timeoutMs) return fields;
    await sleep(50);
  }
}

export async function fillPreviewHere(doc: Document = document, timeoutMs = 3000): Promise<FillPreview> {
  if (!isMarketoSettingsHere(doc)) return { ok: false, reason: 'not-marketo-settings' };
  let openedSetupTab = false;
  let fields = form.fields(doc);
  if (!fields.found) {
    const tab = form.setupTab(doc);
    if (tab.found && !tab.value.selected) {
      tab.value.tab.click();
      openedSetupTab = true;
    }
    fields = await waitForFields(doc, timeoutMs);
  }
  if (!fields.found) return { ok: false, reason: fields.reason };
  const pageMunchkin = form.munchkinId(doc);
  return {
    ok: true,
    ...(pageMunchkin.found && pageMunchkin.value ? { pageMunchkinId: pageMunchkin.value } : {}),
    fields: { munchkinId: !!fields.value.munchkinId, clientId: true, clientSecret: true },
    openedSetupTab,
  };
}

function fillOne(el: HTMLInputElement, value: string): FieldOutcome {
  const result = setFieldValue(el, value);
  if (!result.ok) return result.reason;
  return el.value === value ? 'filled' : 'not-accepted';
}

export async function fillHere(
  values: CredentialValuesPayload,
  doc: Document = document,
): Promise<FillResult> {
  const preview = await fillPreviewHere(doc);
  if (!preview.ok) return { ok: false, reason: preview.reason };
  // The background checked this frame's URL before the preview; the frame may have navigated since
  // (a fresh agent in the new document gets the values): they go into this document only at the target.
  if (!isCredentialsTargetUrl(doc.location?.href ?? '')) return { ok: false, reason: 'not-sales-app' };
  const fields = form.fields(doc);
  if (!fields.found) return { ok: false, reason: fields.reason };
  const { clientId, clientSecret, munchkinId } = fields.value;
  // Never the ID into the secret field or the reverse: the adapter refuses ambiguous fields.
  if (clientId === clientSecret) return { ok: false, reason: 'ambiguous' };
  const outcome: Partial<Record<FieldName, FieldOutcome>> = {};
  if (munchkinId) {
    // Only an empty, editable Munchkin ID field is filled; one that holds a value is the page's to keep.
    outcome.munchkinId =
      values.munchkinId && !munchkinId.value.trim() && !munchkinId.readOnly && !munchkinId.disabled
        ? fillOne(munchkinId, values.munchkinId)
        : 'kept';
  }
  outcome.clientId = fillOne(clientId, values.clientId);
  outcome.clientSecret = fillOne(clientSecret, values.clientSecret);
  // Read back once more after the framework had a chance to re-render.
  await sleep(50);
  if (outcome.clientId === 'filled' && clientId.value !== values.clientId) outcome.clientId = 'not-accepted';
  if (outcome.clientSecret === 'filled' && clientSecret.value !== values.clientSecret) {
    outcome.clientSecret = 'not-accepted';
  }
  const ok = outcome.clientId === 'filled' && outcome.clientSecret === 'filled';
  const save = form.save(doc);
  return ok
    ? { ok: true, fields: outcome, saveButtonFound: save.found, forgotten: false }
    : { ok: false, reason: 'not-accepted', fields: outcome };
}

/** The background's messages to preview and fill the form in this frame. */
export const credentialsFillHandlers: Pick<
  FeatureHandlers<typeof credentialsAgentMessages>,
  'agent:fill-preview' | 'agent:fill'
> = {
  'agent:fill-preview': () => fillPreviewHere(document),
  'agent:fill': ({ values }) => fillHere(values, document),
};
