import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import {
  PreviewCandidatesDocument,
  ReleasePreviewDocument,
  SaveReleasePolicyDocument,
  StewardPolicyDocument,
  type CountryCode,
} from '../generated/graphql';
import { errorWords } from '../graphql/error-words';
import { useReference } from '../reference';
import { PolicyMatrix } from './PolicyMatrix';
import { PreviewPanel } from './PreviewPanel';
import {
  POLICY_AUDIENCES,
  draftOf,
  policyInput,
  sameDraft,
  toggleField,
  type Draft,
} from './policy-draft';

/** A record every audience may see shows every audience's view: the preview starts with one. */
const seenByAll = (audiences: readonly string[] | undefined) =>
  POLICY_AUDIENCES.every((a) => audiences?.includes(a));

/**
 * The release policy as a matrix the steward edits, with a preview of one real record as each
 * audience would receive it: under the draft while it differs from the stored policy, under the
 * stored policy once saved. The server applies the policy for the preview (releasePreview), so
 * the console never guesses what its own code would release.
 */
export function PolicySection({ country }: { country: CountryCode }) {
  const { countryName } = useReference();
  const [policyResult] = useQuery({
    query: StewardPolicyDocument,
    variables: { country },
    requestPolicy: 'network-only',
  });
  const stored = policyResult.data?.releasePolicy;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, save] = useMutation(SaveReleasePolicyDocument);
  useEffect(() => {
    if (stored && !draft) setDraft(draftOf(stored));
  }, [stored, draft]);

  const storedDraft = useMemo(() => (stored ? draftOf(stored) : null), [stored]);
  const dirty = Boolean(draft && storedDraft && !sameDraft(draft, storedDraft));
  const fields = stored?.releasableFields ?? [];

  const [candidates] = useQuery({
    query: PreviewCandidatesDocument,
    variables: { filter: { countries: [country] } },
  });
  const experts = candidates.data?.experts.edges.map((e) => e.node) ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const expertId =
    chosen ?? (experts.find((e) => seenByAll(e.consent?.audiences)) ?? experts[0])?.id;

  const [preview, refreshPreview] = useQuery({
    query: ReleasePreviewDocument,
    variables: {
      country,
      expertId: expertId ?? '',
      policy: dirty && draft ? policyInput(draft) : null,
    },
    pause: !expertId || !draft,
    requestPolicy: 'network-only',
  });

  const onSave = async () => {
    if (!draft) return;
    const result = await save({ country, policy: policyInput(draft) });
    const next = result.data?.setReleasePolicy;
    if (next) {
      setDraft(draftOf(next));
      setSaved(`Saved. ${countryName(country)} now releases what the preview shows.`);
      refreshPreview({ requestPolicy: 'network-only' });
    }
  };

  const problems = [
    ...errorWords(policyResult.error),
    ...errorWords(saving.error),
    ...errorWords(candidates.error),
    ...errorWords(preview.error),
  ];

  return (
    <section aria-labelledby="policy-title" className="steward-section">
      <h2 id="policy-title">Release policy</h2>
      <ErrorNotice messages={[...new Set(problems)]} />
      {stored ? (
        <p className="muted">
          {stored.isDefault
            ? `The default policy applies: ${countryName(country)} has not stored one of its own.`
            : `Stored ${stored.updatedAt?.slice(0, 10) ?? ''}${stored.updatedBy ? ` by ${stored.updatedBy}` : ''}.`}
        </p>
      ) : (
        <p role="status">{policyResult.fetching ? 'Loading the policy…' : ''}</p>
      )}
      {draft ? (
        <>
          <PolicyMatrix
            fields={fields}
            draft={draft}
            disabled={saving.fetching}
            onToggle={(audience, field) => {
              setSaved(null);
              setDraft(toggleField(draft, audience, field, fields));
            }}
          />
          <div className="actions">
            <button
              type="button"
              onClick={() => void onSave()}
              disabled={!dirty || saving.fetching}
            >
              {saving.fetching ? 'Saving…' : 'Save policy'}
            </button>
            <button
              type="button"
              onClick={() => storedDraft && setDraft(storedDraft)}
              disabled={!dirty || saving.fetching}
            >
              Discard changes
            </button>
            <p role="status" className="muted" data-testid="policy-status">
              {dirty ? 'Unsaved changes: the preview shows your draft.' : (saved ?? '')}
            </p>
          </div>
        </>
      ) : null}

      <h3>Preview</h3>
      <div className="preview-controls">
        <label htmlFor="preview-expert">Expert to preview</label>
        <select
          id="preview-expert"
          value={expertId ?? ''}
          onChange={(e) => setChosen(e.target.value)}
          disabled={experts.length === 0}
        >
          {experts.map((e) => (
            <option key={e.id} value={e.id}>
              {e.displayName ?? e.id}
              {seenByAll(e.consent?.audiences) ? '' : ' (not shown to every audience)'}
            </option>
          ))}
        </select>
      </div>
      <p className="muted" data-testid="preview-state" role="status">
        {!candidates.fetching && experts.length === 0
          ? `${countryName(country)} holds no expert to preview yet.`
          : preview.fetching
            ? 'Applying the policy…'
            : preview.data?.releasePreview.draft
              ? 'Under your draft (not saved yet):'
              : 'Under the stored policy:'}
      </p>
      {preview.data ? (
        <PreviewPanel previews={preview.data.releasePreview.audiences} fields={fields} />
      ) : null}
    </section>
  );
}
