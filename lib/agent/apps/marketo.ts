/** The Marketo Engage agent (entrypoints/agent-marketo.ts): Actions Config, where the credentials are read. */
import { credentialsReadHandlers } from '../../features/credentials/agent-read';
import { actionsConfigPage } from '../../pages/marketo/actions-config/page';
import type { AgentApp } from '../app';

export const marketoAgent: AgentApp = {
  app: 'marketo',
  pages: [actionsConfigPage],
  handlers: { ...credentialsReadHandlers },
};
