import { describe, expect, it } from 'vitest';
import { readPage, readPageSliced } from '@/lib/agent/read-page';
import { detectionsFrom } from '@/lib/checklist/detections';
import { queryAll } from '@/lib/dom/shadow';
import { loadDemo, waitFor } from '../../helpers/demo-dom';

describe('agent: reading page state for the checklist', () => {
  it('Marketo Actions Config: invited admin, credentials shown, sync completed (fr)', async () => {
    const demo = await loadDemo('https://app-ab12.marketo.com/?lang=fr&demoState=synced#AD0SI2');
    await waitFor(demo.window, () => demo.document.body.textContent?.includes('ID client'));
    const reading = readPage('marketo-actions-config', demo.document);
    expect(reading).toMatchObject({
      page: 'marketo-actions-config',
      provisioning: { invited: true },
      credentialsShown: true,
      sync: { state: 'completed' },
    });
    // The secret is never revealed to read the page state.
    expect(demo.document.body.textContent).not.toMatch(/\b[A-Za-z0-9]{32}\b/);
    const steps = detectionsFrom(reading, { at: 1 }).map((d) => d.step);
    expect(steps).toEqual(expect.arrayContaining(['set-up-marketo-sales-account', 'initiate-data-sync']));
    demo.close();
  });

  it('a fresh Marketo instance detects nothing', async () => {
    const demo = await loadDemo('https://app-ab12.marketo.com/?lang=en&demoState=fresh#AD0SI2');
    await waitFor(demo.window, () => demo.document.body.textContent?.includes('Integration Information'));
    const reading = readPage('marketo-actions-config', demo.document);
    expect(detectionsFrom(reading, { at: 1 }).filter((d) => !d.substep)).toEqual([]);
    demo.close();
  });

  it('Sales app: connections and the user total (es)', async () => {
    const demo = await loadDemo('https://toutapp.com/next?lang=es&demoState=full#settings/marketo-admin');
    await waitFor(demo.window, () => demo.document.querySelector('h1'));
    expect(readPage('sales-marketo-settings', demo.document)).toEqual({
      page: 'sales-marketo-settings',
      marketo: { connected: true },
    });
    await demo.navigate('#settings/admin/user-management');
    await waitFor(demo.window, () => demo.document.querySelector('table'));
    expect(readPage('sales-user-management', demo.document)).toMatchObject({ total: 23 });
    demo.close();
  });

  it('Salesforce: the MSI package and its version', async () => {
    const demo = await loadDemo(
      'https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home?lang=en&demoState=package',
    );
    await waitFor(demo.window, () => demo.document.querySelector('table'));
    const reading = readPage('salesforce-installed-packages', demo.document);
    expect(reading).toMatchObject({ msiPackage: { version: expect.stringMatching(/^1\./) } });
    demo.close();
  });

  it('in pieces, the host gets its main thread back before each, and the reading is the same', async () => {
    const demo = await loadDemo('https://app-ab12.marketo.com/?lang=fr&demoState=synced#AD0SI2');
    await waitFor(demo.window, () => demo.document.body.textContent?.includes('ID client'));
    const events: string[] = [];
    const sliced = await readPageSliced('marketo-actions-config', demo.document, async () => {
      events.push('pause');
    });
    expect(events).toEqual(['pause', 'pause', 'pause']);
    expect(sliced).toEqual(readPage('marketo-actions-config', demo.document));
    expect(sliced).toMatchObject({
      provisioning: { invited: true },
      credentialsShown: true,
      sync: { state: 'completed' },
    });
    demo.close();
  });

  describe.each(['en', 'de', 'ja'])('checklist detections on the web-component variant (%s)', (lang) => {
    it('Marketo: the invited admin in a read-only field, the sync status rendered in a shadow root', async () => {
      const demo = await loadDemo(`https://app-ab12.marketo.com/?lang=${lang}&demoState=synced&ui=wc#AD0SI2`);
      await waitFor(demo.window, () => demo.document.querySelector('ui-card'));
      const reading = readPage('marketo-actions-config', demo.document);
      expect(reading).toMatchObject({
        provisioning: { invited: true, invitee: 'ana.lopez@acme-demo.com' },
        credentialsShown: true,
        sync: { state: 'completed' },
      });
      const steps = detectionsFrom(reading, { at: 1 }).map((d) => d.step);
      expect(steps).toEqual(expect.arrayContaining(['set-up-marketo-sales-account', 'initiate-data-sync']));
      // Still never revealed to read the page state: the secret field holds the mask.
      expect(queryAll<HTMLInputElement>(demo.document, 'input').map((i) => i.value)).toContain('••••••••');
      demo.close();
    });

    it('Marketo fresh: nothing detected', async () => {
      const demo = await loadDemo(`https://app-ab12.marketo.com/?lang=${lang}&demoState=fresh&ui=wc#AD0SI2`);
      await waitFor(demo.window, () => demo.document.querySelector('ui-card'));
      const reading = readPage('marketo-actions-config', demo.document);
      expect(reading).toMatchObject({ provisioning: { invited: false } });
      expect(detectionsFrom(reading, { at: 1 }).filter((d) => !d.substep)).toEqual([]);
      demo.close();
    });
  });

  it('Sales app built from components: Marketo connected (its Disconnect is a component host)', async () => {
    const demo = await loadDemo(
      'https://toutapp.com/next?lang=fr&demoState=full&ui=wc#settings/marketo-admin',
    );
    await waitFor(demo.window, () => demo.document.querySelector('h1'));
    expect(readPage('sales-marketo-settings', demo.document)).toEqual({
      page: 'sales-marketo-settings',
      marketo: { connected: true },
    });
    demo.close();
  });
});
