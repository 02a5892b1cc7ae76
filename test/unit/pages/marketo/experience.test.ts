import { describe, expect, it } from 'vitest';
import { readCredentials, readMunchkinId } from '@/lib/pages/marketo/actions-config/readers';
import { marketoActionsConfig } from '@/lib/pages/marketo/detect';
import { isExperienceMarketoRoute, isMarketoUrl } from '@/lib/pages/marketo/url';
import { loadDemo, tick, waitFor } from '../../../helpers/demo-dom';

const SHELL = 'https://experience.adobe.com/';

describe('the Unified Shell demo (experience.adobe.com)', () => {
  it('maps a marketo-engage route to a Marketo frame on engage-ab with the Munchkin ID', async () => {
    const shell = await loadDemo(`${SHELL}#/@acme/so:987-XYZ-654/marketo-engage/classic/AD0SI2`);
    const frame = shell.document.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://engage-ab.marketo.com/?munchkinId=987-XYZ-654#AD0SI2');
    expect(isExperienceMarketoRoute(shell.window.location.href)).toBe(true);
    expect(marketoActionsConfig.matchUrl(new URL(shell.window.location.href))).toBeUndefined();
    // The shell itself shows no Marketo cards: its document is not the page.
    expect(marketoActionsConfig.matchDocument(shell.document)).toBe(false);

    // Shell navigation to another Marketo asset re-points the frame.
    await shell.navigate('#/@acme/so:987-XYZ-654/marketo-engage/classic/MM0A1');
    expect(shell.document.querySelector('iframe')!.getAttribute('src')).toMatch(/#MM0A1$/);
    shell.close();
  });

  it('inside the frame: the page is recognised and read; the Munchkin ID comes from the frame URL', async () => {
    const shell = await loadDemo(`${SHELL}?lang=fr#/@acme/so:987-XYZ-654/marketo-engage/classic/AD0SI2`);
    const frame = shell.document.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toContain('lang=fr');
    const inner = await waitFor(shell.window, () => {
      const doc = frame.contentDocument;
      return doc && marketoActionsConfig.matchDocument(doc) ? doc : null;
    });
    expect(isMarketoUrl(inner.URL)).toBe(true);
    expect(readMunchkinId(inner, inner.URL)).toEqual({
      found: true,
      value: { munchkinId: '987-XYZ-654', source: 'url' },
    });
    // Fresh instance in the frame: the card is there, still empty.
    expect(await readCredentials(inner)).toEqual({ found: false, reason: 'no-credentials-yet' });
    shell.close();
  });

  it('a non-Marketo route renders the shell home without a frame', async () => {
    const shell = await loadDemo(`${SHELL}#/@acme/home`);
    expect(shell.document.querySelector('iframe')).toBeNull();
    expect(shell.document.body.textContent).toContain('Welcome to Adobe Experience Cloud');
    expect(isExperienceMarketoRoute(shell.window.location.href)).toBe(false);
    expect(marketoActionsConfig.matchUrl(new URL(shell.window.location.href))).toBe(false);
    shell.close();
  });

  it('an empty route lands on the shell home', async () => {
    const shell = await loadDemo(SHELL);
    await tick(shell.window, 10);
    expect(shell.window.location.hash).toBe('#/@acme/home');
    shell.close();
  });
});
