/**
 * The page side of the CSV feature's messages: the panel's verdicts on the CSV
 * dialog's file and the Invite Users field, the fixed file swapped in, the
 * answer to the removal caution and User Management's user count, handed to
 * the guards the page watcher runs in this frame (lib/agent/sales-guards.ts,
 * lib/csv-dialog/). lib/agent/start.ts routes them.
 */
import { csvReplace, csvVerdict, inviteVerdict, removalDecide, usersContext } from '../../agent/sales-guards';
import type { FeatureHandlers } from '../../messaging/receive';
import type { csvAgentMessages } from './protocol';

/** The background's CSV messages to this frame's agent. */
export const csvAgentHandlers: FeatureHandlers<typeof csvAgentMessages> = {
  'agent:csv-verdict': ({ seq, action, label }) => ({ ok: csvVerdict(seq, action, label) }),
  'agent:csv-replace': ({ seq, name, base64 }) => ({ result: csvReplace(seq, name, base64) }),
  'agent:invite-verdict': ({ seq, action, label }) => ({ ok: inviteVerdict(seq, action, label) }),
  'agent:removal-decide': ({ id, proceed }) => ({ ok: removalDecide(id, proceed) }),
  'agent:users': () => usersContext(document),
};
