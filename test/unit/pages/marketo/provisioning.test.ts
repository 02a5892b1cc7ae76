import { afterEach, describe, expect, it } from 'vitest';
import { findByText } from '@/lib/dom/text';
import { locateSendInvite } from '@/lib/pages/marketo/actions-config/locators';
import { readProvisioning } from '@/lib/pages/marketo/actions-config/readers';
import { waitFor } from '../../../helpers/demo-dom';
import { LANGS, openDemo, pageText, ROUTES, snippet, VARIANTS } from './demo';

afterEach(() => {
  document.body.replaceChildren();
});

describe.each(VARIANTS)('readProvisioning on the demo (%s)', (ui) => {
  it.each(LANGS)('%s: fresh → not invited (the admins listed are not invitees)', async (lang) => {
    const demo = await openDemo({ ui, lang, state: 'fresh' });
    expect(pageText(demo.document)).toContain('ana.lopez@acme-demo.com'); // listed, not invited
    expect(readProvisioning(demo.document)).toEqual({ found: true, value: { invited: false } });
    demo.close();
  });

  it.each(LANGS)('%s: invited → who was invited', async (lang) => {
    for (const state of ['invited', 'synced'] as const) {
      const demo = await openDemo({ ui, lang, state });
      expect(readProvisioning(demo.document)).toEqual({
        found: true,
        value: { invited: true, invitee: 'ana.lopez@acme-demo.com' },
      });
      demo.close();
    }
  });

  it.each(LANGS)(
    '%s: pick an admin, Send Invite → confirmation, then the card shows the invitee',
    async (lang) => {
      const demo = await openDemo({ ui, lang, state: 'fresh' });
      (findByText(demo.document.body, ['Daiki Sato'])[0] as HTMLElement).click();
      const send = locateSendInvite(demo.document);
      if (!send.found) throw new Error(send.reason);
      send.value.click();
      const dialog = await waitFor(demo.window, () => demo.document.querySelector('[role=alertdialog]'));
      expect(dialog.textContent).toContain('daiki.sato@acme-demo.com');
      expect(readProvisioning(demo.document)).toEqual({
        found: true,
        value: { invited: true, invitee: 'daiki.sato@acme-demo.com' },
      });
      demo.close();
    },
  );

  it('Send Invite without choosing an admin sends nothing', async () => {
    const demo = await openDemo({ ui, state: 'fresh' });
    const send = locateSendInvite(demo.document);
    if (!send.found) throw new Error(send.reason);
    send.value.click();
    await new Promise((r) => demo.window.setTimeout(r, 400));
    expect(pageText(demo.document)).toContain('Select an admin first.');
    expect(readProvisioning(demo.document)).toEqual({ found: true, value: { invited: false } });
    demo.close();
  });

  it('on an unrelated Marketo page (My Marketo): no-card', async () => {
    const demo = await openDemo({ ui, state: 'invited', route: ROUTES.myMarketo });
    expect(readProvisioning(demo.document)).toEqual({ found: false, reason: 'no-card' });
    demo.close();
  });
});

describe('readProvisioning on other markup', () => {
  it('a fieldset with a confirmation sentence', () => {
    const doc = snippet(`
      <fieldset><legend>Provisioning</legend>
        <p>Invitation sent to <b>Bob Stone</b> &lt;bob.stone@example.com&gt;.</p>
      </fieldset>
      <fieldset><legend>Integration Information</legend><p>Client ID: x</p></fieldset>`);
    expect(readProvisioning(doc)).toEqual({
      found: true,
      value: { invited: true, invitee: 'bob.stone@example.com' },
    });
  });

  it('a German definition list with only a name', () => {
    const doc = snippet(
      `<div><h4>Bereitstellung</h4><dl><dt>Eingeladener Benutzer:</dt><dd>Jonas Weber</dd></dl></div>`,
    );
    expect(readProvisioning(doc)).toEqual({ found: true, value: { invited: true, invitee: 'Jonas Weber' } });
  });

  it('no card title: found by its Send Invite button; emails in the <select> are not invitees', () => {
    const doc = snippet(`
      <div>
        <p>Invite a Marketo admin to be the first Actions user.</p>
        <select aria-label="Admins"><option>ana@example.com</option><option>ben@example.com</option></select>
        <button>Send Invite</button>
      </div>`);
    expect(readProvisioning(doc)).toEqual({ found: true, value: { invited: false } });
  });

  it('no provisioning card at all → no-card', () => {
    const doc = snippet(`<h3>Integration Information</h3><p>Nothing yet.</p>`);
    expect(readProvisioning(doc)).toEqual({ found: false, reason: 'no-card' });
  });
});
