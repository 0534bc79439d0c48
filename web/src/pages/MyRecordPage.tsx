import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import { ExpertFields } from '../components/ExpertFields';
import { MyRecordDocument } from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { ConfirmationPanel } from '../my-record/ConfirmationPanel';
import { ConsentPanel } from '../my-record/ConsentPanel';
import { CorrectionSection } from '../my-record/CorrectionSection';
import { ErasureSection } from '../my-record/ErasureSection';
import { ExportSection } from '../my-record/ExportSection';
import { ReleasesSection } from '../my-record/ReleasesSection';
import { SelfServiceForm } from '../my-record/SelfServiceForm';
import { useReference } from '../reference';

/**
 * The expert's own page (`#/me`, docs/ARCHITECTURE.md §10.6): their record as their country's
 * officials see it, who received it, and each of their rights over it. Everything is the `me`
 * fields, which the gateway routes to the country named in the expert's token; the page holds
 * no rule of its own.
 */
export function MyRecordPage() {
  const { session } = useSession();
  if (session.identity.role !== 'expert')
    return (
      <main className="my-record-page">
        <h1>My record</h1>
        <p className="notice notice-info">
          This page is for the experts in the pool. Sign in as yourself, through your country's
          identity provider, to see your record, who received it, and to correct, export or erase
          it.
        </p>
      </main>
    );
  return <MyRecord country={session.identity.country ?? ''} />;
}

function MyRecord({ country }: { country: string }) {
  const { countryName } = useReference();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyRecordDocument,
    requestPolicy: 'network-only',
  });
  // Every write asks again: the page shows what the country holds now, not what was sent.
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const name = countryName(country);
  const me = data?.me;
  if (!me)
    return (
      <main className="my-record-page">
        <h1>My record</h1>
        {fetching ? <p role="status">Loading your record…</p> : null}
        <ErrorNotice messages={errorWords(error)} />
        {!fetching && !error ? (
          <p className="notice notice-info">
            {name} holds no record of yours. If you asked for your record to be erased, a steward
            has completed it.
          </p>
        ) : null}
      </main>
    );
  return (
    <main className="my-record-page">
      <h1>My record</h1>
      <p className="muted">
        What {name} holds about you, who received it, and your rights over it under your country's
        data-protection law.
      </p>
      <ConfirmationPanel me={me} countryName={name} onChange={refresh} />
      <section aria-labelledby="record-title" className="steward-section">
        <h2 id="record-title">Your record, as {name}'s officials see it</h2>
        <ExpertFields expert={me.expert} />
      </section>
      <ReleasesSection countryName={name} />
      <ConsentPanel me={me} countryName={name} onSaved={refresh} />
      <SelfServiceForm me={me} onSaved={refresh} />
      <CorrectionSection me={me} onSent={refresh} />
      <ExportSection expertId={me.expert.id} />
      <ErasureSection me={me} countryName={name} onRequested={refresh} />
    </main>
  );
}
