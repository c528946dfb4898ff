// A button that downloads the stored original of an imported file, so that whoever traces a number can open
// the very file it came from (the trace panel, the data screen's list of imports).

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../core/model/errors';
import { readStoredSourceFile } from '../db/data-repo';
import { downloadBlob } from './storage';

/**
 * "Origineel downloaden" (`short`: "Downloaden", where the row says which file) for source file `fileId`
 * (shown as `fileName`; the accessible name is "Origineel downloaden: <file>" either way): reads the stored
 * original (one record, `readStoredSourceFile`) and downloads it under its own name. When the file is no
 * longer stored (deleted meanwhile) it says so; when it cannot be read, it shows the error. Neither is silent.
 */
export function SourceFileDownload({ fileId, fileName, short = false }: { fileId: string; fileName: string; short?: boolean }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const file = await readStoredSourceFile(fileId);
      if (file) downloadBlob(file.blob, file.name);
      else setProblem(t('data.original.gone', { file: fileName }));
    } catch (e) {
      setProblem(t('app.error', { detail: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button button--small" aria-label={t('data.original.downloadLabel', { file: fileName })} disabled={busy} onClick={() => void download()}>
        {t(short ? 'data.original.downloadShort' : 'data.original.download')}
      </button>
      {problem ? (
        <span role="alert" className="error">
          {' '}
          {problem}
        </span>
      ) : null}
    </>
  );
}
