/** Marketo Engage (and its experience.adobe.com shell) as the bootstrap recognises it. */
import type { AppRecogniser } from '../../boot/recognise';
import { marketoAdapters } from './detect';
import { isExperienceMarketoRoute, isMarketoUrl, munchkinFromUrl, podFromUrl } from './url';

export const marketoApp: AppRecogniser = {
  app: 'marketo',
  matchesUrl: (url) => isMarketoUrl(url) || isExperienceMarketoRoute(url),
  adapters: marketoAdapters,
  instance(url) {
    const munchkinId = munchkinFromUrl(url) ?? undefined;
    const instanceHost = podFromUrl(url) ?? undefined;
    return { ...(munchkinId ? { munchkinId } : {}), ...(instanceHost ? { instanceHost } : {}) };
  },
};
