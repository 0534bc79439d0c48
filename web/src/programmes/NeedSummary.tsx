import type { TrainingNeedPartsFragment } from '../generated/graphql';
import { languageName } from '../labels';
import { useReference } from '../reference';
import { dateRange } from '../dates';

/** A programme's training need in words: what its trainers must have. */
export function NeedSummary({ need }: { need: TrainingNeedPartsFragment }) {
  const { areaLabel, countryName } = useReference();
  const names = (codes: readonly string[]) => codes.map(countryName).join(', ');
  return (
    <dl className="fields need-summary">
      <dt>Competencies</dt>
      <dd>
        <ul>
          {need.competencies.map((c) => (
            <li key={c.area}>
              {areaLabel(c.area)}, level {c.minLevel} or higher
            </li>
          ))}
        </ul>
      </dd>
      <dt>Languages</dt>
      <dd>
        {need.languages.length
          ? need.languages.map((l) => `${languageName(l.tag)} ${l.minCefr} or higher`).join(', ')
          : 'None required'}
      </dd>
      <dt>Available</dt>
      <dd>
        {dateRange(need.from, need.to)}, {need.mode === 'ONSITE' ? 'on site' : 'remote'}
      </dd>
      <dt>Trainers from</dt>
      <dd>
        {need.includeCountries
          ? names(need.includeCountries)
          : need.excludeCountries
            ? `Every member state except ${names(need.excludeCountries)}`
            : 'Every member state'}
      </dd>
    </dl>
  );
}
