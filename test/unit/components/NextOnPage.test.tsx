import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { NextOnPage } from '@/components/panel/NextOnPage';
import { sectionsShown } from '@/components/panel/sections';
import { LOCALES } from '@/lib/i18n/locales';

const sent: Array<[string, unknown]> = [];
let highlightOk = true;
vi.mock('@/lib/messaging/send', () => ({
  sendToBackground: async (type: string, payload: unknown) => {
    sent.push([type, payload]);
    return { ok: highlightOk };
  },
}));
afterEach(() => {
  sent.length = 0;
  highlightOk = true;
});

describe('"Next on this page"', () => {
  it.each(LOCALES)('says the action and why, without placeholders or keys (%s)', (locale) => {
    render(
      <I18nProvider locale={locale}>
        <NextOnPage
          page="sales-user-management"
          frameId={0}
          instance={undefined}
          csvDialog={false}
          onFocusSection={() => {}}
        />
      </I18nProvider>,
    );
    const card = screen.getByTestId('next-on-page');
    expect(card).toHaveAttribute('data-action', 'check-csv');
    expect(card.textContent).not.toMatch(/\{|\}|next[A-Z]/);
    // The click path to the dialog is named (the host's own labels, from the step texts).
    expect(card.textContent).toMatch(/CSV/);
  });

  it("brings the section forward when the action is the panel's own", () => {
    const focus = vi.fn();
    render(
      <I18nProvider locale="en">
        <NextOnPage
          page="sales-marketo-settings"
          frameId={0}
          instance={undefined}
          csvDialog={false}
          onFocusSection={focus}
        />
      </I18nProvider>,
    );
    expect(screen.getByTestId('next-on-page')).toHaveTextContent('Fill in the Marketo credentials');
    fireEvent.click(screen.getByTestId('next-on-page-go'));
    expect(focus).toHaveBeenCalledWith('credentials');
    expect(sent).toEqual([]);
  });

  it("outlines the host's control, and gives the click path when it is not there", async () => {
    render(
      <I18nProvider locale="en">
        <NextOnPage
          page="salesforce-remote-sites"
          frameId={3}
          instance={undefined}
          csvDialog={false}
          onFocusSection={() => {}}
        />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByTestId('next-on-page-go'));
    await waitFor(() =>
      expect(sent).toEqual([
        ['page:highlight', { frameId: 3, target: 'salesforce-new-remote-site', label: 'Here' }],
      ]),
    );
    highlightOk = false;
    fireEvent.click(screen.getByTestId('next-on-page-go'));
    expect(await screen.findByTestId('next-on-page-missing')).toHaveTextContent('Remote Site');
  });

  it('in the CSV dialog, says to check the file there', () => {
    render(
      <I18nProvider locale="fr">
        <NextOnPage
          page="sales-user-management"
          frameId={0}
          instance={undefined}
          csvDialog={true}
          onFocusSection={() => {}}
        />
      </I18nProvider>,
    );
    expect(screen.getByTestId('next-on-page')).toHaveAttribute('data-action', 'check-csv-dialog');
    expect(screen.getByTestId('next-on-page')).toHaveTextContent('boîte de dialogue');
  });
});

describe('the section registry', () => {
  it('shows only the checklist on Salesforce pages, all three in the Sales app', () => {
    expect(sectionsShown({ app: 'salesforce', page: 'salesforce-msi-config' }).map((s) => s.id)).toEqual([
      'checklist',
    ]);
    expect(sectionsShown({ app: 'sales', page: 'sales-user-management' }).map((s) => s.id)).toEqual([
      'checklist',
      'credentials',
      'csv',
    ]);
  });
});
