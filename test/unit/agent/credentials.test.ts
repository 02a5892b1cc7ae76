import { describe, expect, it } from 'vitest';
import { queryAll, queryFirst } from '@/lib/dom/shadow';
import { fillHere, fillPreviewHere } from '@/lib/features/credentials/agent-fill';
import { readCredentialsHere } from '@/lib/features/credentials/agent-read';
import { loadDemo, waitFor } from '../../helpers/demo-dom';

const values = {
  clientId: '5a3e9b52-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  clientSecret: 'Zx81kPq0aL2mN7vB3cD4eF5gH6iJ7kL8',
  munchkinId: '123-ABC-456',
};

describe('agent: credentials', () => {
  it('reads the demo Actions Config and leaves the secret masked again', async () => {
    const demo = await loadDemo('https://app-ab12.marketo.com/?lang=de&demoState=invited#AD0SI2');
    await waitFor(demo.window, () => demo.document.body.textContent?.includes('Client-ID'));
    const res = await readCredentialsHere(demo.document);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.values.clientSecret).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(demo.document.body.textContent).not.toContain(res.values.clientSecret);
    demo.close();
  });

  it('opens the Set Up tab, fills the React-like form, and the form state holds the values', async () => {
    const demo = await loadDemo('https://toutapp.com/next?lang=fr#settings/marketo-admin');
    await waitFor(demo.window, () => demo.document.querySelector('h1'));
    const preview = await fillPreviewHere(demo.document);
    expect(preview).toMatchObject({
      ok: true,
      openedSetupTab: true,
      fields: { clientId: true, clientSecret: true },
    });
    const res = await fillHere(values, demo.document);
    expect(res).toMatchObject({
      ok: true,
      fields: { clientId: 'filled', clientSecret: 'filled', munchkinId: 'filled' },
    });
    const form = demo.document.querySelector('form') as HTMLFormElement;
    form.requestSubmit();
    const submitted = (demo.window as unknown as { demoSales: { lastSubmit: unknown } }).demoSales.lastSubmit;
    expect(submitted).toEqual(values);
    demo.close();
  });

  describe.each(['en', 'fr', 'es'])('the web-component variant (%s)', (lang) => {
    const submittedOf = (win: Window) =>
      (win as unknown as { demoSales: { lastSubmit: unknown } }).demoSales.lastSubmit;

    it('reads the Integration Information card built from components', async () => {
      // es: the secret's toggle is an eye icon that says "Mostrar" only inside its shadow root.
      const demo = await loadDemo(
        `https://app-ab12.marketo.com/?lang=${lang}&demoState=invited&ui=wc#AD0SI2`,
      );
      await waitFor(demo.window, () => demo.document.querySelector('ui-card'));
      const truth = JSON.parse(demo.window.localStorage.getItem('demo:marketo')!).credentials;
      const res = await readCredentialsHere(demo.document);
      expect(res).toMatchObject({ ok: true, values: truth, secretWasMasked: true });
      // Masked again: the secret field shows the mask, not the secret.
      const values = queryAll<HTMLInputElement>(demo.document, 'input').map((i) => i.value);
      expect(values).toContain('••••••••');
      expect(values).not.toContain(truth.clientSecret);
      demo.close();
    });

    it('opens the Set Up tab (a ui-tab), fills the inputs inside the components; the app’s state holds them', async () => {
      const demo = await loadDemo(`https://toutapp.com/next?lang=${lang}&ui=wc#settings/marketo-admin`);
      await waitFor(demo.window, () => demo.document.querySelector('h1'));
      const preview = await fillPreviewHere(demo.document);
      expect(preview).toMatchObject({ ok: true, openedSetupTab: true, fields: { munchkinId: true } });
      const res = await fillHere(values, demo.document);
      expect(res).toMatchObject({
        ok: true,
        fields: { clientId: 'filled', clientSecret: 'filled', munchkinId: 'filled' },
        saveButtonFound: true,
      });
      (demo.document.querySelector('form') as HTMLFormElement).requestSubmit();
      expect(submittedOf(demo.window)).toEqual(values);
      demo.close();
    });

    it('(the demo is honest) a value written without a composed input event never reaches the app', async () => {
      const demo = await loadDemo(`https://toutapp.com/next?lang=${lang}&ui=wc#settings/marketo-admin`);
      await waitFor(demo.window, () => demo.document.querySelector('h1'));
      await fillPreviewHere(demo.document); // opens the Set Up tab
      const inputs = queryAll<HTMLInputElement>(demo.document, 'form input');
      for (const input of inputs.length ? inputs : queryAll<HTMLInputElement>(demo.document, 'input')) {
        input.value = 'typed-elsewhere';
        input.dispatchEvent(new demo.window.Event('input', { bubbles: true }));
      }
      (demo.document.querySelector('form') as HTMLFormElement).requestSubmit();
      expect(JSON.stringify(submittedOf(demo.window))).not.toContain('typed-elsewhere');
      expect(queryFirst(demo.document, 'form [role=alert]')?.textContent).toBeTruthy();
      demo.close();
    });
  });

  it.each([
    'http://toutapp.com/next?lang=en#settings/marketo-admin',
    'https://toutapp.com:8443/next?lang=en#settings/marketo-admin',
  ])('refuses to fill the Set Up form at %s: only the Sales app’s own address takes values', async (url) => {
    // The background checks the frame's URL before it asks for a fill; the agent checks again at the
    // moment of filling, in case the frame navigated in between (the new document gets a fresh agent).
    const demo = await loadDemo(url);
    await waitFor(demo.window, () => demo.document.querySelector('h1'));
    expect(await fillHere(values, demo.document)).toEqual({ ok: false, reason: 'not-sales-app' });
    const inputs = [...demo.document.querySelectorAll('input, textarea')] as HTMLInputElement[];
    expect(inputs.map((i) => i.value).join()).not.toContain(values.clientSecret);
    demo.close();
  });

  it('refuses to fill anything on another Sales page', async () => {
    const demo = await loadDemo('https://toutapp.com/next?lang=en#settings/admin/user-management');
    await waitFor(demo.window, () => demo.document.querySelector('h1'));
    expect(await fillHere(values, demo.document)).toEqual({ ok: false, reason: 'not-marketo-settings' });
    const inputs = [...demo.document.querySelectorAll('input, textarea')] as HTMLInputElement[];
    expect(inputs.map((i) => i.value).join()).not.toContain(values.clientSecret);
    demo.close();
  });
});
