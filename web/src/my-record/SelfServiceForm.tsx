import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import {
  UpdateMyRecordDocument,
  type AvailabilityStatus,
  type Cefr,
  type MyRecordPartsFragment,
} from '../generated/graphql';
import { refusalWords } from '../graphql/error-words';
import { AVAILABILITY_STATUSES, CEFR } from '../enums';
import { fieldLabel, words } from '../labels';
import { changesOf, valuesOf, type SelfServiceValues } from './self-service-model';

/** Availability, languages and contact: the expert's to change, effective on the next request. */
export function SelfServiceForm({ me, onSaved }: { me: MyRecordPartsFragment; onSaved(): void }) {
  const stored = valuesOf(me);
  const [values, setValues] = useState(stored);
  const [saved, setSaved] = useState<string | null>(null);
  const [{ fetching, error }, update] = useMutation(UpdateMyRecordDocument);
  // A fresh read of the record (after any write on the page) is what the form starts from.
  const storedKey = JSON.stringify(stored);
  useEffect(() => setValues(JSON.parse(storedKey) as SelfServiceValues), [storedKey]);

  const set = (patch: Partial<SelfServiceValues>) => {
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
  const windows = values.windows;
  const languages = values.languages;
  return (
    <section aria-labelledby="self-title" className="steward-section">
      <h2 id="self-title">Your availability, languages and contact</h2>
      <p className="muted">Yours to change: what you save here is what everyone sees next.</p>
      <form onSubmit={submit} className="programme-form">
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
            />{' '}
            On site
          </label>{' '}
          <label className="inline-choice">
            <input
              type="checkbox"
              checked={values.remote}
              onChange={(e) => set({ remote: e.target.checked })}
            />{' '}
            Remote
          </label>
          {windows.map((w, i) => (
            <div className="form-row" key={i} role="group" aria-label={`Window ${i + 1}`}>
              <div className="form-field">
                <label htmlFor={`my-window-${i}-from`}>Available from</label>
                <input
                  id={`my-window-${i}-from`}
                  type="date"
                  value={w.from}
                  onChange={(e) =>
                    set({
                      windows: windows.map((x, j) =>
                        j === i ? { ...x, from: e.target.value } : x,
                      ),
                    })
                  }
                />
              </div>
              <div className="form-field">
                <label htmlFor={`my-window-${i}-to`}>to</label>
                <input
                  id={`my-window-${i}-to`}
                  type="date"
                  value={w.to}
                  onChange={(e) =>
                    set({
                      windows: windows.map((x, j) => (j === i ? { ...x, to: e.target.value } : x)),
                    })
                  }
                />
              </div>
              <button
                type="button"
                onClick={() => set({ windows: windows.filter((_, j) => j !== i) })}
              >
                Remove window {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => set({ windows: [...windows, { from: '', to: '' }] })}
          >
            Add a window
          </button>
        </fieldset>
        <fieldset>
          <legend>Languages</legend>
          {languages.map((l, i) => (
            <div className="form-row" key={i} role="group" aria-label={`Language ${i + 1}`}>
              <div className="form-field">
                <label htmlFor={`my-lang-${i}`}>Language tag</label>
                <input
                  id={`my-lang-${i}`}
                  value={l.tag}
                  aria-describedby="my-lang-hint"
                  onChange={(e) =>
                    set({
                      languages: languages.map((x, j) =>
                        j === i ? { ...x, tag: e.target.value } : x,
                      ),
                    })
                  }
                />
              </div>
              <div className="form-field">
                <label htmlFor={`my-cefr-${i}`}>Level</label>
                <select
                  id={`my-cefr-${i}`}
                  value={l.cefr}
                  onChange={(e) =>
                    set({
                      languages: languages.map((x, j) =>
                        j === i ? { ...x, cefr: e.target.value as Cefr } : x,
                      ),
                    })
                  }
                >
                  {CEFR.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                onClick={() => set({ languages: languages.filter((_, j) => j !== i) })}
              >
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
        <div className="form-field">
          <label htmlFor="my-email">Work email</label>
          <input
            id="my-email"
            type="email"
            value={values.workEmail}
            onChange={(e) => set({ workEmail: e.target.value })}
          />
        </div>
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
