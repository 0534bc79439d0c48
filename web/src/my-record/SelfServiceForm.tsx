import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField, withRow, withoutRow } from '../components/TextField';
import { AVAILABILITY_STATUSES, CEFR } from '../enums';
import {
  UpdateMyRecordDocument,
  type AvailabilityStatus,
  type Cefr,
  type MyRecordPartsFragment,
} from '../generated/graphql';
import { refusalWords } from '../graphql/error-words';
import { fieldLabel, words } from '../labels';
import { changesOf, valuesOf, type SelfServiceValues } from './self-service-model';

type Set = (patch: Partial<SelfServiceValues>) => void;

function AvailabilityFields({ values, set }: { values: SelfServiceValues; set: Set }) {
  const { windows } = values;
  return (
    <fieldset>
      <legend>Availability</legend>
      <div className="form-field">
        <label htmlFor="my-status">Status</label>
        <select
          id="my-status"
          value={values.status}
          onChange={(e) => set({ status: e.target.value as AvailabilityStatus })}
        >
          {AVAILABILITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {words(s)}
            </option>
          ))}
        </select>
      </div>
      <label className="inline-choice">
        <input
          type="checkbox"
          checked={values.onsite}
          onChange={(e) => set({ onsite: e.target.checked })}
        />
        On site
      </label>
      <label className="inline-choice">
        <input
          type="checkbox"
          checked={values.remote}
          onChange={(e) => set({ remote: e.target.checked })}
        />
        Remote
      </label>
      {windows.map((w, i) => (
        <div className="form-row" key={i} role="group" aria-label={`Window ${i + 1}`}>
          <TextField
            id={`my-window-${i}-from`}
            label="Available from"
            type="date"
            value={w.from}
            onChange={(from) => set({ windows: withRow(windows, i, { from }) })}
          />
          <TextField
            id={`my-window-${i}-to`}
            label="to"
            type="date"
            value={w.to}
            onChange={(to) => set({ windows: withRow(windows, i, { to }) })}
          />
          <button type="button" onClick={() => set({ windows: withoutRow(windows, i) })}>
            Remove window {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => set({ windows: [...windows, { from: '', to: '' }] })}>
        Add a window
      </button>
    </fieldset>
  );
}

function LanguageFields({ values, set }: { values: SelfServiceValues; set: Set }) {
  const { languages } = values;
  return (
    <fieldset>
      <legend>Languages</legend>
      {languages.map((l, i) => (
        <div className="form-row" key={i} role="group" aria-label={`Language ${i + 1}`}>
          <TextField
            id={`my-lang-${i}`}
            label="Language tag"
            value={l.tag}
            describedBy="my-lang-hint"
            onChange={(tag) => set({ languages: withRow(languages, i, { tag }) })}
          />
          <div className="form-field">
            <label htmlFor={`my-cefr-${i}`}>Level</label>
            <select
              id={`my-cefr-${i}`}
              value={l.cefr}
              onChange={(e) =>
                set({ languages: withRow(languages, i, { cefr: e.target.value as Cefr }) })
              }
            >
              {CEFR.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => set({ languages: withoutRow(languages, i) })}>
            Remove language {i + 1}
          </button>
        </div>
      ))}
      <p id="my-lang-hint" className="muted">
        A language tag such as en, th, ms or zh-Hant; the level on the CEFR scale.
      </p>
      <button
        type="button"
        onClick={() => set({ languages: [...languages, { tag: '', cefr: 'B2' }] })}
      >
        Add a language
      </button>
    </fieldset>
  );
}

/** Availability, languages and contact: the expert's to change, effective on the next request. */
export function SelfServiceForm({ me, onSaved }: { me: MyRecordPartsFragment; onSaved(): void }) {
  const stored = valuesOf(me);
  const [values, setValues] = useState(stored);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching, error }, update] = useMutation(UpdateMyRecordDocument);
  // A fresh read of the record (after any write on the page) is what the form starts from.
  const storedKey = JSON.stringify(stored);
  useEffect(() => setValues(JSON.parse(storedKey) as SelfServiceValues), [storedKey]);

  const set: Set = (patch) => {
    setSaved(null);
    setValues({ ...values, ...patch });
  };
  const input = changesOf(stored, values);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!input) return;
    const result = await update({ input });
    if (result.data) {
      setSaved(`Saved: ${Object.keys(input).map(fieldLabel).join(', ')}.`);
      onSaved();
    }
  };
  return (
    <section aria-labelledby="self-title" className="steward-section">
      <h2 id="self-title">Your availability, languages and contact</h2>
      <p className="muted">Yours to change: what you save here is what everyone sees next.</p>
      <form onSubmit={submit} className="programme-form">
        <AvailabilityFields values={values} set={set} />
        <LanguageFields values={values} set={set} />
        <TextField
          id="my-email"
          label="Work email"
          type="email"
          value={values.workEmail}
          onChange={(workEmail) => set({ workEmail })}
        />
        <ErrorNotice messages={refusalWords(error)} />
        <div className="form-actions">
          <button type="submit" disabled={fetching || !input}>
            Save changes
          </button>
          <p role="status">
            {fetching ? 'Saving…' : (saved ?? (input ? '' : 'No changes to save.'))}
          </p>
        </div>
      </form>
    </section>
  );
}
