import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField, withRow, withoutRow } from '../components/TextField';
import { REGIONAL_BANDS } from '../enums';
import {
  RequestCorrectionDocument,
  type MyRecordPartsFragment,
  type RegionalBand,
} from '../generated/graphql';
import { refusalWords } from '../graphql/error-words';
import { fieldLabel, words } from '../labels';
import { correctionOf, correctionValuesOf, type CorrectionValues } from './correction-model';

/**
 * A correction of what the expert may not change themselves (docs/ARCHITECTURE.md §6.8): the
 * country checks it as it checks an import when it is asked, and a steward approves or
 * rejects it with a reason.
 */
export function CorrectionForm({ me, onSent }: { me: MyRecordPartsFragment; onSent(): void }) {
  const held = correctionValuesOf(me);
  const [values, setValues] = useState(held);
  const [sent, setSent] = useState<string | null>(null);
  const [{ fetching, error }, request] = useMutation(RequestCorrectionDocument);
  const set = (patch: Partial<CorrectionValues>) => {
    setSent(null);
    setValues({ ...values, ...patch });
  };
  const input = correctionOf(held, values);
  const quals = values.qualifications;
  const setQual = (i: number, patch: Partial<CorrectionValues['qualifications'][number]>) =>
    set({ qualifications: withRow(quals, i, patch) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!input) return;
    const result = await request({ input });
    const asked = result.data?.requestCorrection;
    if (asked) {
      setSent(`Sent to your stewards: ${asked.fields.map(fieldLabel).join(', ')}.`);
      setValues(held);
      onSent();
    }
  };
  return (
    <form onSubmit={submit} className="programme-form">
      <TextField
        id="fix-name"
        label="Display name"
        value={values.displayName}
        onChange={(v) => set({ displayName: v })}
      />
      <fieldset>
        <legend>Position</legend>
        <TextField
          id="fix-title"
          label="Title"
          value={values.title}
          onChange={(v) => set({ title: v })}
        />
        <TextField
          id="fix-agency"
          label="Agency"
          value={values.agency}
          onChange={(v) => set({ agency: v })}
        />
        <div className="form-field">
          <label htmlFor="fix-band">Regional band</label>
          <select
            id="fix-band"
            value={values.band}
            onChange={(e) => set({ band: e.target.value as RegionalBand })}
          >
            {REGIONAL_BANDS.map((b) => (
              <option key={b} value={b}>
                {words(b)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <TextField
            id="fix-scheme"
            label="Grade scheme"
            value={values.gradeScheme}
            onChange={(v) => set({ gradeScheme: v })}
          />
          <TextField
            id="fix-code"
            label="Grade"
            value={values.gradeCode}
            onChange={(v) => set({ gradeCode: v })}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Qualifications</legend>
        {quals.map((q, i) => (
          <div className="form-row" key={i} role="group" aria-label={`Qualification ${i + 1}`}>
            <TextField
              id={`fix-q${i}-title`}
              label="Title"
              value={q.title}
              onChange={(v) => setQual(i, { title: v })}
            />
            <TextField
              id={`fix-q${i}-inst`}
              label="Institution"
              value={q.institution}
              onChange={(v) => setQual(i, { institution: v })}
            />
            <TextField
              id={`fix-q${i}-year`}
              label="Year"
              value={q.year}
              onChange={(v) => setQual(i, { year: v })}
            />
            <button type="button" onClick={() => set({ qualifications: withoutRow(quals, i) })}>
              Remove qualification {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            set({ qualifications: [...quals, { title: '', institution: '', year: '' }] })
          }
        >
          Add a qualification
        </button>
      </fieldset>
      <div className="form-field">
        <label htmlFor="fix-note">Why (your stewards read this)</label>
        <textarea
          id="fix-note"
          rows={3}
          value={values.note}
          onChange={(e) => set({ note: e.target.value })}
        />
      </div>
      <ErrorNotice messages={refusalWords(error)} />
      <div className="form-actions">
        <button type="submit" disabled={fetching || !input}>
          Ask for this correction
        </button>
        <p role="status">
          {fetching
            ? 'Sending…'
            : (sent ?? (input ? '' : 'Change a field above to ask for its correction.'))}
        </p>
      </div>
    </form>
  );
}
