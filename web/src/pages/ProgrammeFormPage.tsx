import { useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/ErrorNotice';
import {
  CreateProgrammeDocument,
  ProgrammeChoicesDocument,
  ProgrammeDetailDocument,
  UpdateProgrammeDocument,
  type ProgrammeChoicesQuery,
  type ProgrammePartsFragment,
} from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { emptyForm, formOf, inputOf, patchOf, type FormValues } from '../programmes/form-model';
import { sayBlanks, writeRefusal, type WriteRefusal } from '../programmes/problems';
import { ProgrammeForm } from '../programmes/ProgrammeForm';
import { PROGRAMMES_HREF, programmeHref } from '../programmes/routes';

const go = (href: string) => {
  window.location.hash = href;
};

/** Only the secretariat writes programmes; the region refuses anyone else anyway (FORBIDDEN). */
function SecretariatOnly() {
  return (
    <main>
      <h1>Programmes</h1>
      <p className="notice notice-info">
        Only the ACCSM secretariat creates and edits programmes. Sign in as the secretariat to do
        so.
      </p>
      <a href={PROGRAMMES_HREF}>Back to the programmes</a>
    </main>
  );
}

/** A new programme (`#/programmes/new`). */
export function NewProgrammePage() {
  const { session } = useSession();
  const [{ data, error }] = useQuery({ query: ProgrammeChoicesDocument });
  const [, create] = useMutation(CreateProgrammeDocument);
  if (session.identity.role !== 'secretariat') return <SecretariatOnly />;
  const save = async (values: FormValues): Promise<WriteRefusal | null> => {
    const input = inputOf(values);
    const result = await create({ input });
    const id = result.data?.createProgramme.id;
    if (id) go(programmeHref(id));
    return sayBlanks(writeRefusal(result.error), input);
  };
  return (
    <main className="programme-form-page">
      <a href={PROGRAMMES_HREF}>← Back to the programmes</a>
      <h1>New programme</h1>
      <ErrorNotice messages={errorWords(error)} />
      {data ? (
        <ProgrammeForm
          choices={data}
          initial={emptyForm()}
          submitLabel="Create the programme"
          save={save}
          backHref={PROGRAMMES_HREF}
        />
      ) : (
        <p role="status">Loading the form…</p>
      )}
    </main>
  );
}

function EditForm({
  programme,
  choices,
  reload,
}: {
  programme: ProgrammePartsFragment;
  choices: ProgrammeChoicesQuery;
  reload(): void;
}) {
  const [, update] = useMutation(UpdateProgrammeDocument);
  const initial = useMemo(() => formOf(programme), [programme]);
  const save = async (values: FormValues): Promise<WriteRefusal | null> => {
    const input = patchOf(values, initial);
    if (Object.keys(input).length === 0) {
      go(programmeHref(programme.id));
      return null;
    }
    // The version this form was filled from: a change made since is reported, not overwritten.
    const result = await update({ id: programme.id, input, expectedVersion: programme.version });
    if (result.data) go(programmeHref(programme.id));
    return sayBlanks(writeRefusal(result.error), input);
  };
  return (
    <ProgrammeForm
      choices={choices}
      initial={initial}
      submitLabel="Save the changes"
      save={save}
      onReload={reload}
      backHref={programmeHref(programme.id)}
    />
  );
}

/** An edit of an existing programme (`#/programmes/<id>/edit`). */
export function EditProgrammePage({ id }: { id: string }) {
  const { session } = useSession();
  const secretariat = session.identity.role === 'secretariat';
  const [choices] = useQuery({ query: ProgrammeChoicesDocument });
  const [detail, refetch] = useQuery({
    query: ProgrammeDetailDocument,
    variables: { id, withChanges: false },
    pause: !secretariat,
  });
  if (!secretariat) return <SecretariatOnly />;
  const programme = detail.data?.programme;
  const loading = (detail.fetching && !programme) || !choices.data;
  return (
    <main className="programme-form-page">
      <a href={programmeHref(id)}>← Back to the programme</a>
      <h1>Edit programme</h1>
      <ErrorNotice messages={[...errorWords(detail.error), ...errorWords(choices.error)]} />
      {loading ? <p role="status">Loading the programme…</p> : null}
      {!loading && !programme ? <p className="empty">There is no programme {id}.</p> : null}
      {programme?.status === 'CANCELLED' ? (
        <p className="notice notice-info">This programme was cancelled; it is no longer changed.</p>
      ) : null}
      {programme && choices.data && programme.status === 'ACTIVE' ? (
        <EditForm
          // A new version (after "Load the latest version") starts the form afresh from it.
          key={programme.version}
          programme={programme}
          choices={choices.data}
          reload={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : null}
    </main>
  );
}
