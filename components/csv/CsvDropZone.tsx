import { type DragEvent, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * Drop a file, or choose one with a keyboard-operable button. Hands over the
 * first file; says so when something else (text, a link) or several files
 * were dropped.
 */
export function CsvDropZone({ onFile }: { onFile(file: File): void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const hintId = useId();

  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (!file) {
      setNote(t('csvDropNotFile'));
      return;
    }
    setNote(files.length > 1 ? t('csvDropMany', { name: file.name }) : null);
    onFile(file);
  };
  const onDragOver = (e: DragEvent) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target only; the keyboard path is the "choose a file" button inside.
    <div
      className="csv-dropzone"
      data-testid="csv-dropzone"
      data-over={over ? 'true' : 'false'}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p id={hintId}>{t('csvDropHint')}</p>
      <button
        type="button"
        className="primary"
        aria-describedby={hintId}
        data-testid="csv-choose"
        onClick={() => input.current?.click()}
      >
        {t('csvChoose')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="csv-file-input"
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      {note ? (
        <p className="note" role="status">
          {note}
        </p>
      ) : null}
    </div>
  );
}
