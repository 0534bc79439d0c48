import { useState } from 'react';
import { useClient } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { ExportMeDocument } from '../generated/graphql';
import { errorWords } from '../graphql/error-words';

/** The file's name: the record's id, which is no personal data (`MY:7f3k2q` → `MY-7f3k2q`). */
export const exportFileName = (expertId: string) =>
  `expert-record-${expertId.replace(/[^A-Za-z0-9-]/g, '-')}.json`;

/**
 * Portability (docs/ARCHITECTURE.md §6.8): `exportMe` as a file to take away, `records` in the
 * import format any country's `npm run import` reads, and the releases. Made in the browser from
 * the answer: nothing is stored anywhere else on the way.
 */
export function ExportSection({ expertId }: { expertId: string }) {
  const client = useClient();
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    const result = await client
      .query(ExportMeDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    setProblems(errorWords(result.error));
    const json = result.data?.exportMe;
    if (!json) return;
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(expertId);
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-labelledby="export-title" className="steward-section">
      <h2 id="export-title">Take your record with you</h2>
      <p className="muted">
        A JSON file with your whole record, in the format member states import, and every release of
        it.
      </p>
      <div className="actions">
        <button type="button" onClick={download} disabled={busy}>
          Download my record
        </button>
        <p role="status">{busy ? 'Preparing the file…' : ''}</p>
      </div>
      <ErrorNotice messages={problems} />
    </section>
  );
}
