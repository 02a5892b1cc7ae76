import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { PanelDock } from '@/components/panel/PanelDock';
import type { PanelUi } from '@/lib/storage/items';

/** The panel document's dock; `ui` is what it stores (the host element in the page takes its width from it). */
let stored: PanelUi;
function Harness({ initial }: { initial: PanelUi }) {
  const [ui, setUi] = useState(initial);
  stored = ui;
  return (
    <I18nProvider locale="en">
      <PanelDock app="marketo" page="marketo-actions-config" ui={ui} onUiChange={setUi} badge="2 of 7">
        <button type="button" data-testid="inside">
          Inside
        </button>
      </PanelDock>
    </I18nProvider>
  );
}

describe('PanelDock', () => {
  it('names the page and app on the root hook', () => {
    render(<Harness initial={{ collapsed: false, width: 380 }} />);
    const root = screen.getByTestId('msi-panel');
    expect(root).toHaveAttribute('data-app', 'marketo');
    expect(root).toHaveAttribute('data-page', 'marketo-actions-config');
    expect(screen.getByRole('complementary', { name: 'MSI Actions setup helper' })).toBe(root);
    // It fills the panel's own frame; the dock in the page sizes the frame (lib/agent/dock.ts).
    expect(root.style.width).toBe('100%');
  });

  it('collapses to a slim tab without removing its content', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ collapsed: false, width: 380 }} />);
    const toggle = screen.getByTestId('msi-panel-toggle');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByTestId('msi-panel')).toHaveAttribute('data-collapsed', 'true');
    expect(stored).toEqual({ collapsed: true, width: 380 });
    // Hidden but still in the DOM: stable hooks survive collapsing.
    expect(screen.getByTestId('inside')).not.toBeVisible();
    expect(screen.getByText(/MSI Actions setup · 2 of 7/)).toBeInTheDocument();
    await user.click(toggle);
    expect(screen.getByTestId('inside')).toBeVisible();
  });

  it('resizes with the keyboard within bounds', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ collapsed: false, width: 380 }} />);
    const handle = screen.getByRole('separator');
    handle.focus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(handle).toHaveAttribute('aria-valuenow', '412');
    expect(stored).toEqual({ collapsed: false, width: 412 });
    await user.keyboard('{End}');
    expect(handle).toHaveAttribute('aria-valuenow', '280');
    await user.keyboard('{ArrowRight}');
    expect(handle).toHaveAttribute('aria-valuenow', '280');
    expect(stored.width).toBe(280);
  });
});

describe('PanelDock narrowed to its strip by the agent (making room for a host dialog)', () => {
  it('shows the strip with an expand button that asks to stay out, leaving the stored state alone', async () => {
    const user = userEvent.setup();
    const original = globalThis.matchMedia;
    // The panel's frame is 36 px wide: the agent narrowed the dock (lib/agent/dock-yield.ts).
    globalThis.matchMedia = ((query: string) => ({
      matches: query.includes('max-width'),
      media: query,
      addEventListener() {},
      removeEventListener() {},
    })) as unknown as typeof matchMedia;
    try {
      const expanded: string[] = [];
      function Narrow() {
        const [ui, setUi] = useState<PanelUi>({ collapsed: false, width: 380 });
        stored = ui;
        return (
          <I18nProvider locale="en">
            <PanelDock
              app="sales"
              page="sales-user-management"
              ui={ui}
              onUiChange={setUi}
              onExpand={() => expanded.push('stay')}
            >
              <p>content</p>
            </PanelDock>
          </I18nProvider>
        );
      }
      render(<Narrow />);
      const toggle = screen.getByTestId('msi-panel-toggle');
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(toggle).toHaveAccessibleName('Expand the panel');
      await user.click(toggle);
      expect(expanded).toEqual(['stay']);
      expect(stored).toEqual({ collapsed: false, width: 380 });
    } finally {
      globalThis.matchMedia = original;
    }
  });
});
