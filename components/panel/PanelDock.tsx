import { type ReactNode, useEffect, useRef } from 'react';
import type { AppId, PageId } from '@/lib/pages/types';
import type { PanelUi } from '@/lib/storage/items';
import { clampWidth, PANEL_MAX_WIDTH, PANEL_MIN_WIDTH } from '@/lib/storage/panel-ui';
import { useI18n } from '../i18n/I18nProvider';
import { useAnnounce } from './Announcer';
import { useNarrowFrame } from './useNarrowFrame';

const KEY_STEP = 16;

interface Props {
  app: AppId | null;
  page: PageId;
  ui: PanelUi;
  onUiChange(ui: PanelUi): void;
  /** Shown on the collapsed tab and in the header (e.g. "4 of 7 done"). */
  badge?: string;
  /** False in the browser's side panel: the browser sizes it, nothing to collapse or resize. */
  docked?: boolean;
  /** The user expands the panel (also while the dock only makes room for a host dialog). */
  onExpand?(): void;
  children: ReactNode;
}

/**
 * The dock at the right edge: a complementary landmark with a collapse toggle
 * (slim tab when collapsed) and a keyboard- and pointer-operable resize handle.
 * Collapsing hides the content but keeps it mounted (stable hooks stay in the DOM).
 */
export function PanelDock({
  app,
  page,
  ui: stored,
  onUiChange,
  badge,
  docked = true,
  onExpand,
  children,
}: Props) {
  // Shown as the strip: collapsed by the user, or narrowed by the agent to make room for the host.
  const narrow = useNarrowFrame(docked);
  const ui = docked ? { ...stored, collapsed: stored.collapsed || narrow } : { ...stored, collapsed: false };
  const { t } = useI18n();
  const announce = useAnnounce();
  // Narrowed to the strip by the agent, not by the user: said to screen reader users (the panel moved away).
  const madeRoom = docked && narrow && !stored.collapsed;
  // biome-ignore lint/correctness/useExhaustiveDependencies: announced when it starts only.
  useEffect(() => {
    if (madeRoom) announce(t('panelMadeRoom'));
  }, [madeRoom]);
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const setWidth = (width: number) => onUiChange({ ...stored, width: clampWidth(width) });

  return (
    <aside
      className={ui.collapsed ? 'dock collapsed' : 'dock'}
      data-testid="msi-panel"
      data-app={app ?? ''}
      data-page={page}
      data-collapsed={String(ui.collapsed)}
      aria-label={t('panelLabel')}
      style={{ width: '100%' }}
    >
      {ui.collapsed || !docked ? null : (
        // biome-ignore lint/a11y/useSemanticElements: a draggable splitter has no native element; this is the ARIA window-splitter pattern.
        <div
          className="resize-handle"
          role="separator"
          aria-orientation="vertical"
          aria-label={t('panelResize')}
          aria-valuemin={PANEL_MIN_WIDTH}
          aria-valuemax={PANEL_MAX_WIDTH}
          aria-valuenow={ui.width}
          tabIndex={0}
          data-testid="msi-panel-resize"
          onKeyDown={(e) => {
            if (e.key === 'ArrowLeft') setWidth(ui.width + KEY_STEP);
            else if (e.key === 'ArrowRight') setWidth(ui.width - KEY_STEP);
            else if (e.key === 'Home') setWidth(PANEL_MAX_WIDTH);
            else if (e.key === 'End') setWidth(PANEL_MIN_WIDTH);
            else return;
            e.preventDefault();
          }}
          onPointerDown={(e) => {
            drag.current = { startX: e.screenX, startWidth: ui.width };
            e.currentTarget.setPointerCapture?.(e.pointerId);
          }}
          onPointerMove={(e) => {
            // Screen coordinates: the panel's own frame moves under the pointer as it resizes.
            if (drag.current) setWidth(drag.current.startWidth + (drag.current.startX - e.screenX));
          }}
          onPointerUp={() => {
            drag.current = null;
          }}
        />
      )}
      <div className="dock-bar">
        {docked ? (
          <button
            type="button"
            className="toggle"
            data-testid="msi-panel-toggle"
            aria-expanded={!ui.collapsed}
            aria-controls="msi-panel-body"
            aria-label={ui.collapsed ? t('panelExpand') : t('panelCollapse')}
            title={ui.collapsed ? t('panelExpand') : t('panelCollapse')}
            onClick={() => {
              if (!ui.collapsed) {
                onUiChange({ ...stored, collapsed: true });
                return;
              }
              if (stored.collapsed) onUiChange({ ...stored, collapsed: false });
              onExpand?.();
            }}
          >
            <span aria-hidden="true">{ui.collapsed ? '‹' : '›'}</span>
          </button>
        ) : null}
        {ui.collapsed ? (
          <span className="tab-label" aria-hidden="true">
            {t('panelTitle')}
            {badge ? ` · ${badge}` : ''}
          </span>
        ) : (
          <h1 className="title">
            <span className="title-text" title={t('panelTitle')}>
              {t('panelTitle')}
            </span>
            {badge ? <span className="badge">{badge}</span> : null}
          </h1>
        )}
      </div>
      <div className="dock-body" id="msi-panel-body" hidden={ui.collapsed}>
        {children}
      </div>
    </aside>
  );
}
