import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { SetMyConsentDocument, type MyRecordPartsFragment } from '../generated/graphql';
import { refusalWords } from '../graphql/error-words';
import { words } from '../labels';
import { AUDIENCE_WORDS } from '../steward/audience-words';
import {
  CONSENT_AUDIENCES,
  PURPOSES,
  cellKey,
  consentChanges,
  latestAnswers,
  type Answer,
} from './consent-model';
import { utcDay } from '../dates';

const purposeWords = (p: string) => (p === 'ANY' ? 'Any purpose' : words(p));
const answerWords = (a: Answer | undefined) =>
  a === undefined ? 'not answered' : `${a.granted ? 'yes' : 'no'} since ${utcDay(a.recordedAt)}`;

/**
 * Whom the expert lets see their record, and for what (docs/ARCHITECTURE.md §6.4): one box per
 * audience and purpose, ticked when the latest answer is yes. Saving records an entry for each
 * box changed, under the notice the country asks consent under now; a withdrawal takes effect
 * on the next request.
 */
export function ConsentPanel({
  me,
  countryName,
  onSaved,
}: {
  me: MyRecordPartsFragment;
  countryName: string;
  onSaved(): void;
}) {
  const answers = latestAnswers(me);
  const grantedKey = [...answers]
    .filter(([, a]) => a.granted)
    .map(([k]) => k)
    .join(',');
  const [ticked, setTicked] = useState(new Set<string>());
  useEffect(() => setTicked(new Set(grantedKey ? grantedKey.split(',') : [])), [grantedKey]);
  const [saved, setSaved] = useState(false);
  const [{ fetching, error }, setConsent] = useMutation(SetMyConsentDocument);
  const changes = consentChanges(answers, ticked, me.noticeVersion);

  const toggle = (key: string, on: boolean) => {
    setSaved(false);
    const next = new Set(ticked);
    if (on) next.add(key);
    else next.delete(key);
    setTicked(next);
  };
  const save = async () => {
    const result = await setConsent({ consent: changes });
    if (result.data) {
      setSaved(true);
      onSaved();
    }
  };
  return (
    <section aria-labelledby="my-consent-title" className="steward-section">
      <h2 id="my-consent-title">Who may see your record</h2>
      <p className="muted">
        {countryName}'s own officials always see it. Outside {countryName}, an audience sees your
        record only for what you say yes to here; saying no takes effect at once. You answer under{' '}
        {countryName}'s privacy notice, version {me.noticeVersion}.
      </p>
      {CONSENT_AUDIENCES.map((audience) => (
        <fieldset key={audience} className="consent-choices">
          <legend>{AUDIENCE_WORDS[audience]}</legend>
          {PURPOSES.map((purpose) => {
            const key = cellKey(audience, purpose);
            return (
              <label key={key}>
                <input
                  type="checkbox"
                  checked={ticked.has(key)}
                  onChange={(e) => toggle(key, e.target.checked)}
                />{' '}
                {purposeWords(purpose)}{' '}
                <span className="muted">({answerWords(answers.get(key))})</span>
              </label>
            );
          })}
        </fieldset>
      ))}
      <ErrorNotice messages={refusalWords(error)} />
      <div className="form-actions">
        <button type="button" onClick={save} disabled={fetching || changes.length === 0}>
          Save my answers
        </button>
        <p role="status">{fetching ? 'Saving…' : saved ? 'Your answers are recorded.' : ''}</p>
      </div>
    </section>
  );
}
