// The "Kolommen koppelen" dialog: map the columns of a file no format recognised (date, metric, age band,
// value), see a live preview of what the mapping reads, apply it to the preview card, or save it by name.

import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../../i18n/problem';
import { useImportClient } from '../../lib/import-client-context';
import type { FilePreview } from '../../workers/import-client';
import { inspectQuery } from '../../lib/queries';
import { trapTab } from './focus-trap';
import { MappingEditor } from './mapping-editor';

/**
 * A modal dialog (`role="dialog"`, focus kept inside, Escape closes, focus returns to the opener) over the
 * previewed file `preview` (status `error`, code `unknown-format`): its columns with sample values
 * (`inspect`), selects for every part of a {@link GenericCsvMapping}, a live preview (`tryMapping`: the
 * first observations and the youth share), **Toepassen** (the worker re-reads the file with the mapping;
 * `onApplied` gets the new preview) and **Opslaan als formaat** (stored by name in `savedFormats`).
 * Cell text from the file is rendered as text only.
 */
export function MappingDialog({ preview, onClose, onApplied }: { preview: FilePreview; onClose: () => void; onApplied: (p: FilePreview) => void }) {
  const { t } = useTranslation();
  const client = useImportClient();
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const dialogRef = useRef<HTMLDivElement>(null);
  const inspected = useQuery(inspectQuery(client, preview.key));
  const inspection = inspected.data?.status === 'ok' ? inspected.data.inspection : null;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.focus();
    return () => opener?.focus();
  }, []);

  const titleId = `${id}-title`;
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          } else trapTab(e, dialogRef.current);
        }}
      >
        <h2 id={titleId}>{t('mapping.title', { file: preview.fileName })}</h2>
        <p className="hint">{t('mapping.intro')}</p>
        {inspected.isPending ? <p role="status">{t('mapping.loading')}</p> : null}
        {inspected.data?.status === 'error' ? (
          <p role="alert" className="error">
            {describeProblem(t, preview.fileName, inspected.data.problem)}
          </p>
        ) : null}
        {inspection ? <MappingEditor idBase={id} inspection={inspection} preview={preview} onApplied={onApplied} /> : null}
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('mapping.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
