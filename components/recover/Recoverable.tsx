import { Component, type ReactNode, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * One failing part must not take the rest down. Invariant: every section of the
 * panel and every extension page renders inside a Recoverable; an error thrown
 * while rendering it shows a sentence in the user's language and a button that
 * starts that part again (a fresh mount: its state is dropped, stored data is
 * read again), while the other parts keep working. Attacker tests:
 * test/unit/components/Recoverable.test.tsx.
 */

class Boundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

interface Props {
  /** A section of the panel (its name as the user sees it), or a whole extension page. */
  part: { section: string; id: string } | 'page';
  children: ReactNode;
}

export function Recoverable({ part, children }: Props) {
  const { t } = useI18n();
  // A new key mounts the boundary and its children afresh.
  const [generation, setGeneration] = useState(0);
  const id = part === 'page' ? 'page' : part.id;
  const fallback = (
    <div className="section recover" role="alert" data-testid={`recover-${id}`}>
      <p>{part === 'page' ? t('recoverPage') : t('recoverSection', { section: part.section })}</p>
      <button
        type="button"
        className="secondary"
        data-testid={`recover-${id}-reset`}
        onClick={() => setGeneration((g) => g + 1)}
      >
        {part === 'page' ? t('recoverPageReset') : t('recoverSectionReset')}
      </button>
    </div>
  );
  return (
    <Boundary key={generation} fallback={fallback}>
      {children}
    </Boundary>
  );
}
