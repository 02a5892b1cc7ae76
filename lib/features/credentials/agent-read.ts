/**
 * The credentials feature on Marketo's Actions Config, in the Marketo agent
 * (lib/agent/apps/marketo.ts): reads the Client ID, Client Secret and Munchkin ID
 * the Integration Information card shows. The values go to the background only,
 * as this message's answer (./background.ts puts them in the vault).
 */
import type { FeatureHandlers } from '../../messaging/receive';
import { actionsConfigPage } from '../../pages/marketo/actions-config/page';
import type { credentialsAgentMessages, ReadCredentialsResult } from './protocol';

/** Where the credentials are read: Actions Config's page module. */
const source = actionsConfigPage.credentials;

export async function readCredentialsHere(doc: Document = document): Promise<ReadCredentialsResult> {
  const result = await source.read(doc);
  if (!result.found) return { ok: false, reason: result.reason };
  const { clientId, clientSecret, secretWasMasked } = result.value;
  let munchkinId = result.value.munchkinId;
  if (!munchkinId) {
    const m = source.munchkinId(doc, doc.location?.href);
    if (m.found) munchkinId = m.value.munchkinId;
  }
  return {
    ok: true,
    values: { clientId, clientSecret, ...(munchkinId ? { munchkinId } : {}) },
    secretWasMasked,
  };
}

/** The background's message to read the credentials in this frame. */
export const credentialsReadHandlers: Pick<
  FeatureHandlers<typeof credentialsAgentMessages>,
  'agent:read-credentials'
> = {
  'agent:read-credentials': () => readCredentialsHere(document),
};
