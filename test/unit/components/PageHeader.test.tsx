import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { PageHeader } from '@/components/panel/PageHeader';
import { LOCALES } from '@/lib/i18n/locales';

describe('PageHeader', () => {
  it.each(LOCALES)(
    'on the Salesforce config page (a Visualforce frame) names the page in plain words, no "frame" (%s)',
    (locale) => {
      render(
        <I18nProvider locale={locale}>
          <PageHeader report={{ app: 'salesforce', page: 'salesforce-msi-config', fromFrame: true }} />
        </I18nProvider>,
      );
      expect(screen.getByTestId('panel-page-name').textContent).toMatch(/Marketo Sales Insight Config/);
      const text = document.body.textContent ?? '';
      expect(text).not.toMatch(/frame|cadre|marco|ram\b|框架|フレーム|quadro|embedded|eingebettet/i);
    },
  );
});
