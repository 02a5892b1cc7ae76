import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CredentialsSection } from '@/components/credentials/CredentialsSection';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import type { CarryStatus } from '@/lib/messaging/protocol';
import type { PanelChannel } from '@/lib/panel/channel';

const sent: Array<{ type: string; payload: unknown }> = [];
let carry: CarryStatus;
let pageMunchkinId: string | undefined;

vi.mock('@/lib/messaging/send', () => ({
  sendToBackground: async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    switch (type) {
      case 'credentials:status':
        return carry;
      case 'credentials:fill-preview':
        return {
          ok: true,
          ...(pageMunchkinId ? { pageMunchkinId } : {}),
          fields: { munchkinId: true, clientId: true, clientSecret: true },
          openedSetupTab: false,
        };
      case 'credentials:fill':
        return { ok: true, fields: { clientId: 'filled', clientSecret: 'filled' }, saveButtonFound: false };
      default:
        return { ok: true };
    }
  },
}));

const channel: PanelChannel = {
  page: { app: 'sales', page: 'sales-marketo-settings', frameId: 0, fromFrame: false },
  unread: [],
  subscribe: () => () => {},
  close: () => {},
};

const carried = (extra: Partial<Extract<CarryStatus, { state: 'carried' }>>): CarryStatus => ({
  state: 'carried',
  clientIdTail: 'a5b1',
  secretTail: 'kL8x',
  carriedAt: Date.now(),
  expiresAt: Date.now() + 600_000,
  keepUntilExpiry: false,
  ...extra,
});

async function openPreview() {
  const user = userEvent.setup();
  render(
    <I18nProvider locale="en">
      <CredentialsSection report={channel.page} channel={channel} />
    </I18nProvider>,
  );
  await user.click(await screen.findByTestId('credentials-fill'));
  await screen.findByTestId('credentials-fill-preview');
  return user;
}
const fills = () => sent.filter((m) => m.type === 'credentials:fill').length;

describe('wrong-instance guard in the fill preview', () => {
  beforeEach(() => {
    sent.length = 0;
  });

  it('values read on a page with no Munchkin ID, account holding 123-ABC-456: one click does not fill', async () => {
    carry = carried({ source: 'app-sb01' });
    pageMunchkinId = '123-ABC-456';
    const user = await openPreview();
    expect(screen.getByTestId('credentials-instance-warning')).toHaveTextContent(
      'this Sales account holds Munchkin ID 123-ABC-456, but the values were read on app-sb01, where no Munchkin ID was shown',
    );
    const fill = screen.getByTestId('credentials-fill-confirm');
    expect(fill).toBeDisabled();
    await user.click(fill);
    expect(fills()).toBe(0);
    const confirm = screen.getByRole('checkbox', {
      name: 'I checked: fill the values from app-sb01 into the Sales account of 123-ABC-456',
    });
    await user.click(confirm);
    await user.click(fill);
    expect(fills()).toBe(1);
    // The confirmation travels with the fill, naming the account the admin saw: the background checks it again.
    expect(sent.find((m) => m.type === 'credentials:fill')?.payload).toEqual({
      frameId: 0,
      confirmedPageId: '123-ABC-456',
    });
  });

  it('values of another Munchkin ID: both named, confirmation needed', async () => {
    carry = carried({ munchkinId: '987-ZYX-654', source: '987-ZYX-654' });
    pageMunchkinId = '123-ABC-456';
    await openPreview();
    expect(screen.getByTestId('credentials-instance-warning')).toHaveTextContent(
      'these values were read on 987-ZYX-654, but this Sales account holds Munchkin ID 123-ABC-456',
    );
    expect(screen.getByTestId('credentials-fill-confirm')).toBeDisabled();
  });

  it.each([
    ['the same Munchkin ID', '123-ABC-456'],
    ['an account with no Munchkin ID yet', undefined],
  ])('%s: one click fills', async (_name, page) => {
    carry = carried({ munchkinId: '123-ABC-456', source: '123-ABC-456' });
    pageMunchkinId = page;
    const user = await openPreview();
    expect(screen.queryByTestId('credentials-instance-warning')).toBeNull();
    expect(screen.queryByTestId('credentials-instance-confirm')).toBeNull();
    await user.click(screen.getByTestId('credentials-fill-confirm'));
    expect(fills()).toBe(1);
    expect(sent.find((m) => m.type === 'credentials:fill')?.payload).toEqual({ frameId: 0 });
  });
});

describe('what the extension does with the values, in plain words', () => {
  it.each([
    ['en', 10, "Kept for 10 minutes in this browser's memory, then forgotten"],
    ['en', 25, "Kept for 25 minutes in this browser's memory, then forgotten"],
    ['fr', 10, 'Conservés 10 minutes dans la mémoire de ce navigateur, puis oubliés'],
    ['ja', 10, 'このブラウザーのメモリに 10 分間だけ保持し、その後消去します'],
  ] as const)(
    '%s, sent %i minutes ago… says how long the values are kept',
    async (locale, minutes, words) => {
      const at = Date.now();
      carry = carried({ source: '123-ABC-456', carriedAt: at, expiresAt: at + minutes * 60_000 });
      render(
        <I18nProvider locale={locale}>
          <CredentialsSection report={channel.page} channel={channel} />
        </I18nProvider>,
      );
      const status = await screen.findByTestId('credentials-carried');
      expect(status).toHaveTextContent(words);
      expect(status).toHaveTextContent('123-ABC-456');
      expect(status.textContent).not.toMatch(/carried|in memory from/i);
    },
  );
});
