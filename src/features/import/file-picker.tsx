// The drop zone and the labelled `<input type="file" multiple data-testid="import-file-input">`.

import { useId } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileDrop } from '../../lib/use-file-drop';

/**
 * Calls `onFiles` with the files dropped on the zone or chosen in the input (never with an empty list).
 * `inputRef` reaches the file input (the import screen moves the focus there when it starts over).
 */
export function FilePicker({ onFiles, disabled, inputRef }: { onFiles: (files: File[]) => void; disabled?: boolean; inputRef?: Ref<HTMLInputElement> }) {
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
        ref={inputRef}
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
