// The drop zone and the labelled `<input type="file" multiple data-testid="import-file-input">`.

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileDrop } from '../../lib/use-file-drop';

/** Calls `onFiles` with the files dropped on the zone or chosen in the input (never with an empty list). */
export function FilePicker({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const inputId = useId();
  const { over, handlers } = useFileDrop(onFiles, disabled);
  return (
    <div className={over ? 'drop-zone drop-zone--over' : 'drop-zone'} {...handlers}>
      <p className="drop-zone__text" aria-hidden="true">
        {t('import.dropZone')}
      </p>
      {/* The native input stays focusable but is drawn by its label, so the button text follows the
          interface language instead of the browser's ("Choose Files"). */}
      <input
        id={inputId}
        className="file-input"
        type="file"
        multiple
        data-testid="import-file-input"
        accept=".csv,.tsv,.txt,.zip,.xlsx,.xls,text/csv,text/tab-separated-values,text/plain,application/zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
        disabled={disabled}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = ''; // choosing the same file again fires change again
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={inputId} className="button button--primary file-input-label">
        {t('import.chooseFiles')}
      </label>
      <span className="hint">{t('import.fileTypes')}</span>
    </div>
  );
}
