import { afterEach, describe, expect, it } from 'vitest';
import { locateStartSync, locateSyncButton } from '@/lib/pages/marketo/actions-config/locators';
import { readSyncStatus } from '@/lib/pages/marketo/actions-config/readers';
import { waitFor } from '../../../helpers/demo-dom';
import { demoStore, LANGS, openDemo, pageText, ROUTES, snippet, VARIANTS } from './demo';

afterEach(() => {
  document.body.replaceChildren();
});

const FIELDS = ['First Name', 'SFDC Opportunity ID', 'Marketo ID', 'LinkedIn URL', 'Source'];

describe.each(VARIANTS)('readSyncStatus on the demo (%s)', (ui) => {
  it.each(LANGS)('%s: fresh → not-started', async (lang) => {
    const demo = await openDemo({ ui, lang, state: 'fresh' });
    expect(readSyncStatus(demo.document)).toEqual({ found: true, value: { state: 'not-started', text: '' } });
    demo.close();
  });

  it.each(LANGS)('%s: Sync → preview of the 13 fields → Start Sync → in progress', async (lang) => {
    const demo = await openDemo({ ui, lang, state: 'invited' });
    const sync = locateSyncButton(demo.document);
    if (!sync.found) throw new Error(sync.reason);
    sync.value.click();
    const start = await waitFor(demo.window, () => {
      const found = locateStartSync(demo.document);
      return found.found ? found.value : null;
    });
    expect(readSyncStatus(demo.document)).toEqual({ found: true, value: { state: 'preview', text: '' } });
    for (const field of FIELDS) expect(pageText(demo.document)).toContain(field);

    start.click();
    const status = readSyncStatus(demo.document);
    expect(status.found && status.value.state).toBe('in-progress');
    expect(status.found && status.value.text).toMatch(/\d/);
    demo.close();
  });

  it.each(LANGS)('%s: synced → completed', async (lang) => {
    const demo = await openDemo({ ui, lang, state: 'synced' });
    const status = readSyncStatus(demo.document);
    expect(status.found && status.value.state).toBe('completed');
    expect(status.found && status.value.text).toMatch(/1[\s,.\u00a0\u202f]?250/);
    demo.close();
  });

  it('a reload keeps the status: in progress right after the start, completed a few seconds later', async () => {
    const seeded = await openDemo({ ui, state: 'invited' });
    const invited = demoStore(seeded);
    seeded.close();
    const store = (startedAt: number) => ({
      'demo:marketo': JSON.stringify({ ...invited, sync: { startedAt } }),
    });
    const running = await openDemo({ ui, storage: store(Date.now() - 500) });
    expect(readSyncStatus(running.document)).toMatchObject({ found: true, value: { state: 'in-progress' } });
    running.close();
    const done = await openDemo({ ui, storage: store(Date.now() - 5000) });
    expect(readSyncStatus(done.document)).toMatchObject({ found: true, value: { state: 'completed' } });
    done.close();
  });

  it('on an unrelated Marketo page (My Marketo): no-card', async () => {
    const demo = await openDemo({ ui, state: 'synced', route: ROUTES.myMarketo });
    expect(readSyncStatus(demo.document)).toEqual({ found: false, reason: 'no-card' });
    demo.close();
  });
});

describe('readSyncStatus on other markup', () => {
  it('a section with a "last run" sentence → completed', () => {
    const doc = snippet(`
      <section aria-labelledby="h"><h3 id="h">Action Field Sync</h3>
        <p>Last run: sync completed on 2024-05-01 (1,250 people).</p><button>Sync</button></section>`);
    expect(readSyncStatus(doc)).toEqual({
      found: true,
      value: { state: 'completed', text: 'Last run: sync completed on 2024-05-01 (1,250 people).' },
    });
  });

  it('a French table row "Statut | En cours" → in-progress', () => {
    const doc = snippet(`
      <div><div><b>Synchronisation des champs d'action</b></div>
        <table><tr><th>Statut</th><td>En cours (45 %)</td></tr></table></div>`);
    expect(readSyncStatus(doc)).toEqual({
      found: true,
      value: { state: 'in-progress', text: 'En cours (45 %)' },
    });
  });

  it('a Japanese preview with 同期の開始 → preview; a bare Sync button → not-started', () => {
    expect(
      readSyncStatus(
        snippet(
          `<div><h5>アクションフィールドを同期</h5><ol><li>Email</li></ol><a role="button">同期の開始</a></div>`,
        ),
      ),
    ).toEqual({ found: true, value: { state: 'preview', text: '' } });
    expect(
      readSyncStatus(
        snippet(
          `<div><h5>Action Field Sync</h5><p>Keep people data up to date.</p><button>Sync</button></div>`,
        ),
      ),
    ).toEqual({ found: true, value: { state: 'not-started', text: '' } });
  });

  it('no Action Field Sync card → no-card', () => {
    expect(readSyncStatus(snippet(`<p>Sync completed</p>`))).toEqual({ found: false, reason: 'no-card' });
  });
});
