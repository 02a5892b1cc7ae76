import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { LocalizedPage } from '../i18n/LocalizedPage';
import { Recoverable } from '../recover/Recoverable';
import { CsvChecker } from './CsvChecker';
import { CsvHeadingLevel } from './CsvHeading';
import { useCsvCheck } from './useCsvCheck';

/** The "CSV check" extension page (opened from the toolbar on other sites): the same drop zone and report. */
export function CheckerPage() {
  return (
    <LocalizedPage>
      <Recoverable part="page">
        <Checker />
      </Recoverable>
    </LocalizedPage>
  );
}

function Checker() {
  const { t } = useI18n();
  const { state, check, recheck, clear } = useCsvCheck();
  useEffect(() => {
    document.title = t('csvCheckerTitle');
  }, [t]);
  return (
    <main className="msi-root checker" data-testid="csv-checker">
      <h1>{t('csvTitle')}</h1>
      <CsvHeadingLevel.Provider value={2}>
        <CsvChecker state={state} onFile={(file) => void check(file)} onClear={clear} onRecheck={recheck} />
      </CsvHeadingLevel.Provider>
    </main>
  );
}
