import { useState, type FormEvent } from 'react';
import type { ProgrammeChoicesQuery } from '../generated/graphql';
import { words } from '../labels';
import { FieldProblems, fieldProps } from './FieldProblems';
import { PROGRAMME_KINDS, areaRow, unsendable, type FormValues } from './form-model';
import { NeedFields } from './NeedFields';
import { controlId, type WriteRefusal } from './problems';
import { RefusalSummary } from './RefusalSummary';

/**
 * The secretariat's programme form, for a new programme and for an edit. `save` sends it and
 * answers why the region refused it, or null once saved; every rule is the region's
 * (form-model.ts), and each refusal is shown beside its field and in a summary on top.
 */
export function ProgrammeForm({
  choices,
  initial,
  submitLabel,
  save,
  onReload,
  backHref,
}: {
  choices: ProgrammeChoicesQuery;
  initial: FormValues;
  submitLabel: string;
  save(values: FormValues): Promise<WriteRefusal | null>;
  onReload?: () => void;
  backHref: string;
}) {
  const [values, setValues] = useState(initial);
  const [refusal, setRefusal] = useState<WriteRefusal | null>(null);
  const [saving, setSaving] = useState(false);
  const problems = refusal?.problems ?? [];
  const set = (patch: Partial<FormValues>) => setValues((v) => ({ ...v, ...patch }));
  const members = choices.countries.filter((c) => c.membership === 'MEMBER');
  const partners = choices.countries.filter((c) => c.membership !== 'MEMBER');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const unsent = unsendable(values);
    if (unsent.length > 0) return setRefusal({ problems: unsent, messages: [] });
    setSaving(true);
    setRefusal(await save(values));
    setSaving(false);
  };

  return (
    <form className="programme-form" onSubmit={(e) => void submit(e)} noValidate>
      <RefusalSummary refusal={refusal} title="The programme was not saved" onReload={onReload} />
      <fieldset>
        <legend>Programme</legend>
        <div className="form-field">
          <label htmlFor="pf-title">Title (required)</label>
          <input
            {...fieldProps(problems, 'title')}
            value={values.title}
            onChange={(e) => set({ title: e.target.value })}
          />
          <FieldProblems problems={problems} at="title" />
        </div>
        <div className="form-row">
          <div className="form-field">
            <label htmlFor="pf-kind">Kind</label>
            <select
              {...fieldProps(problems, 'kind')}
              value={values.kind}
              onChange={(e) => set({ kind: e.target.value as FormValues['kind'] })}
            >
              {PROGRAMME_KINDS.map((k) => (
                <option key={k} value={k}>
                  {words(k)}
                </option>
              ))}
            </select>
            <FieldProblems problems={problems} at="kind" />
          </div>
          <div className="form-field">
            <label htmlFor="pf-host">Host country (required)</label>
            <select
              {...fieldProps(problems, 'host')}
              value={values.host}
              onChange={(e) => set({ host: e.target.value })}
            >
              <option value="">Choose a country</option>
              <optgroup label="ASEAN member states">
                {members.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label="ACCSM+3 partners">
                {partners.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            </select>
            <FieldProblems problems={problems} at="host" />
          </div>
        </div>
        <div className="form-row">
          <div className="form-field">
            <label htmlFor="pf-startDate">Start date (required)</label>
            <input
              type="date"
              {...fieldProps(problems, 'startDate')}
              value={values.startDate}
              onChange={(e) => set({ startDate: e.target.value })}
            />
            <FieldProblems problems={problems} at="startDate" />
          </div>
          <div className="form-field">
            <label htmlFor="pf-endDate">End date (required, inclusive)</label>
            <input
              type="date"
              {...fieldProps(problems, 'endDate')}
              value={values.endDate}
              onChange={(e) => set({ endDate: e.target.value })}
            />
            <FieldProblems problems={problems} at="endDate" />
          </div>
        </div>
        <fieldset>
          <legend>Competencies (1 to 10)</legend>
          <FieldProblems problems={problems} at="competencies" exact />
          {values.competencies.map((row, i) => {
            const at = `competencies[${i}]`;
            return (
              <div className="form-row" key={row.key}>
                <div className="form-field">
                  <label htmlFor={controlId(at)}>Competency {i + 1}</label>
                  <select
                    {...fieldProps(problems, at)}
                    value={row.area}
                    onChange={(e) =>
                      set({
                        competencies: values.competencies.map((r) =>
                          r.key === row.key ? { ...r, area: e.target.value } : r,
                        ),
                      })
                    }
                  >
                    <option value="">Choose an area</option>
                    {choices.expertiseAreas.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.label}
                      </option>
                    ))}
                  </select>
                </div>
                <button
                  type="button"
                  onClick={() =>
                    set({ competencies: values.competencies.filter((r) => r.key !== row.key) })
                  }
                >
                  Remove competency {i + 1}
                </button>
                <FieldProblems problems={problems} at={at} />
              </div>
            );
          })}
          <button
            type="button"
            onClick={() => set({ competencies: [...values.competencies, areaRow()] })}
          >
            Add a competency
          </button>
        </fieldset>
        <div className="form-field">
          <label htmlFor="pf-workPlan">Work plan (optional)</label>
          <input
            {...fieldProps(problems, 'workPlan')}
            value={values.workPlan}
            placeholder="e.g. ACCSM+3 Work Plan 2021–2025"
            onChange={(e) => set({ workPlan: e.target.value })}
          />
          <FieldProblems problems={problems} at="workPlan" />
        </div>
        <div className="form-field">
          <label htmlFor="pf-description">Description (optional)</label>
          <textarea
            {...fieldProps(problems, 'description')}
            rows={4}
            value={values.description}
            onChange={(e) => set({ description: e.target.value })}
          />
          <FieldProblems problems={problems} at="description" />
        </div>
      </fieldset>
      <fieldset>
        <legend>Training need</legend>
        <label className="inline-choice">
          <input
            type="checkbox"
            checked={values.hasNeed}
            onChange={(e) => set({ hasNeed: e.target.checked })}
          />
          Find trainers for this programme by a training need
        </label>
        {values.hasNeed ? (
          <NeedFields
            need={values.need}
            onChange={(need) => set({ need })}
            problems={problems}
            choices={choices}
          />
        ) : (
          <p className="muted">No training need: trainer matching is not offered.</p>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <a href={backHref}>Back without saving</a>
      </div>
    </form>
  );
}
