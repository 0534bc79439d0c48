import type { DeliveryMode, ProgrammeChoicesQuery } from '../generated/graphql';
import { CEFR } from '../enums';
import { languageName } from '../labels';
import { FieldProblems, fieldProps } from './FieldProblems';
import {
  LEVELS,
  competencyRow,
  languageRow,
  type CountryChoice,
  type NeedValues,
} from './form-model';
import { controlId, type Problem } from './problems';

/** Languages offered as suggestions; any BCP 47 tag may be typed (the region checks it). */
const SUGGESTED_LANGUAGES = [
  'en',
  'id',
  'ms',
  'th',
  'vi',
  'fil',
  'km',
  'lo',
  'my',
  'zh',
  'ja',
  'ko',
  'tet',
];

const COUNTRY_CHOICES: { value: CountryChoice; label: string }[] = [
  { value: 'ALL', label: 'Every member state' },
  { value: 'ONLY', label: 'Only these member states' },
  { value: 'EXCEPT', label: 'Every member state except these' },
];

/** The training need: what the programme's trainers must have (docs/ARCHITECTURE.md §7.7). */
export function NeedFields({
  need,
  onChange,
  problems,
  choices,
}: {
  need: NeedValues;
  onChange(next: NeedValues): void;
  problems: readonly Problem[];
  choices: ProgrammeChoicesQuery;
}) {
  const set = (patch: Partial<NeedValues>) => onChange({ ...need, ...patch });
  const members = choices.countries.filter((c) => c.membership === 'MEMBER');
  const countryProblems = [
    ...problems.filter((p) => p.key.startsWith('need.includeCountries')),
    ...problems.filter((p) => p.key.startsWith('need.excludeCountries')),
  ];
  return (
    <div className="need-fields">
      <fieldset>
        <legend>Competencies the trainers need</legend>
        <FieldProblems problems={problems} at="need.competencies" exact />
        {need.competencies.map((row, i) => {
          const at = `need.competencies[${i}]`;
          const update = (patch: Partial<typeof row>) =>
            set({
              competencies: need.competencies.map((r) =>
                r.key === row.key ? { ...r, ...patch } : r,
              ),
            });
          return (
            <div className="form-row" key={row.key}>
              <div className="form-field">
                <label htmlFor={controlId(`${at}.area`)}>Needed competency {i + 1}</label>
                <select
                  {...fieldProps(problems, `${at}.area`)}
                  value={row.area}
                  onChange={(e) => update({ area: e.target.value })}
                >
                  <option value="">Choose an area</option>
                  {choices.expertiseAreas.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="form-field">
                <label htmlFor={controlId(`${at}.minLevel`)}>Lowest level (1-4)</label>
                <select
                  {...fieldProps(problems, `${at}.minLevel`)}
                  value={row.minLevel}
                  onChange={(e) => update({ minLevel: e.target.value })}
                >
                  {LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                onClick={() =>
                  set({ competencies: need.competencies.filter((r) => r.key !== row.key) })
                }
              >
                Remove needed competency {i + 1}
              </button>
              <FieldProblems problems={problems} at={at} />
            </div>
          );
        })}
        <button
          type="button"
          onClick={() => set({ competencies: [...need.competencies, competencyRow()] })}
        >
          Add a needed competency
        </button>
      </fieldset>

      <fieldset>
        <legend>Languages the trainers need</legend>
        <FieldProblems problems={problems} at="need.languages" exact />
        <datalist id="suggested-languages">
          {SUGGESTED_LANGUAGES.map((tag) => (
            <option key={tag} value={tag}>
              {languageName(tag)}
            </option>
          ))}
        </datalist>
        {need.languages.length === 0 ? <p className="muted">No language is required.</p> : null}
        {need.languages.map((row, i) => {
          const at = `need.languages[${i}]`;
          const update = (patch: Partial<typeof row>) =>
            set({
              languages: need.languages.map((r) => (r.key === row.key ? { ...r, ...patch } : r)),
            });
          return (
            <div className="form-row" key={row.key}>
              <div className="form-field">
                <label htmlFor={controlId(`${at}.tag`)}>
                  Needed language {i + 1} (a tag such as en, th or zh-Hant)
                </label>
                <input
                  {...fieldProps(problems, `${at}.tag`)}
                  list="suggested-languages"
                  value={row.tag}
                  onChange={(e) => update({ tag: e.target.value })}
                  autoComplete="off"
                />
              </div>
              <div className="form-field">
                <label htmlFor={controlId(`${at}.minCefr`)}>Lowest level (CEFR)</label>
                <select
                  {...fieldProps(problems, `${at}.minCefr`)}
                  value={row.minCefr}
                  onChange={(e) => update({ minCefr: e.target.value as (typeof CEFR)[number] })}
                >
                  {CEFR.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                onClick={() => set({ languages: need.languages.filter((r) => r.key !== row.key) })}
              >
                Remove needed language {i + 1}
              </button>
              <FieldProblems problems={problems} at={at} />
            </div>
          );
        })}
        <button
          type="button"
          onClick={() => set({ languages: [...need.languages, languageRow()] })}
        >
          Add a needed language
        </button>
      </fieldset>

      <div className="form-row">
        <div className="form-field">
          <label htmlFor={controlId('need.from')}>Trainers available from</label>
          <input
            type="date"
            {...fieldProps(problems, 'need.from')}
            value={need.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        </div>
        <div className="form-field">
          <label htmlFor={controlId('need.to')}>Trainers available until</label>
          <input
            type="date"
            {...fieldProps(problems, 'need.to')}
            value={need.to}
            onChange={(e) => set({ to: e.target.value })}
          />
        </div>
        <FieldProblems problems={problems} at="need.from" />
        <FieldProblems problems={problems} at="need.to" />
      </div>

      <fieldset>
        <legend>Delivery</legend>
        {(['ONSITE', 'REMOTE'] as DeliveryMode[]).map((mode) => (
          <label key={mode} className="inline-choice">
            <input
              type="radio"
              name="need-mode"
              value={mode}
              checked={need.mode === mode}
              onChange={() => set({ mode })}
              {...(mode === 'ONSITE' ? { id: 'pf-need-mode' } : {})}
            />
            {mode === 'ONSITE' ? 'On site' : 'Remote'}
          </label>
        ))}
        <FieldProblems problems={problems} at="need.mode" />
      </fieldset>

      <fieldset>
        <legend>Trainers' countries</legend>
        {COUNTRY_CHOICES.map((c, i) => (
          <label key={c.value} className="inline-choice">
            <input
              type="radio"
              name="need-countries"
              value={c.value}
              checked={need.countries === c.value}
              onChange={() => set({ countries: c.value })}
              {...(i === 0 ? { id: 'pf-need-includeCountries' } : {})}
            />
            {c.label}
          </label>
        ))}
        {need.countries !== 'ALL' ? (
          <div className="country-choices">
            {members.map((c) => (
              <label key={c.code} className="inline-choice">
                <input
                  type="checkbox"
                  checked={need.chosen.includes(c.code)}
                  onChange={(e) =>
                    set({
                      chosen: e.target.checked
                        ? [...need.chosen, c.code]
                        : need.chosen.filter((x) => x !== c.code),
                    })
                  }
                />
                {c.name}
              </label>
            ))}
          </div>
        ) : null}
        {countryProblems.length ? (
          <ul className="field-problems">
            {countryProblems.map((p) => (
              <li key={p.key + p.sentence}>{p.sentence}</li>
            ))}
          </ul>
        ) : null}
      </fieldset>
    </div>
  );
}
