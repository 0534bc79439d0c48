import { useQuery } from 'urql';
import {
  AvailabilityCountsDocument,
  SearchFacetsDocument,
  type ExpertFilter,
} from '../generated/graphql';
import { languageName, words } from '../labels';
import { useReference } from '../reference';
import {
  AVAILABILITY_WINDOWS,
  toggle,
  windowRange,
  type AvailabilityWindow,
  type Selection,
} from '../search/filter';

interface Props {
  filter: ExpertFilter;
  selection: Selection;
  onChange(next: Selection): void;
}

type ListKey = 'countries' | 'areas' | 'languages' | 'bands';

/** Facets with counts from expertFacets for the current filter; a click narrows the search. */
export function Facets({ filter, selection, onChange }: Props) {
  const { countryName, areaLabel } = useReference();
  const windowed = (w: AvailabilityWindow) => ({ ...filter, availableBetween: windowRange(w) });
  const [{ data, fetching }] = useQuery({ query: SearchFacetsDocument, variables: { filter } });
  const [availability] = useQuery({
    query: AvailabilityCountsDocument,
    variables: {
      soon: windowed('soon'),
      quarter: windowed('quarter'),
      halfYear: windowed('halfYear'),
    },
  });
  const facets = data?.expertFacets;
  const group = (
    key: ListKey,
    title: string,
    buckets: readonly { value: string; count: number }[],
    label: (v: string) => string,
  ) => (
    <fieldset className="facet" key={key}>
      <legend>{title}</legend>
      {buckets.length === 0 ? <p className="muted">{fetching ? 'Counting…' : 'None'}</p> : null}
      {buckets.map((b) => (
        <label key={b.value} className="facet-option">
          <input
            type="checkbox"
            checked={selection[key].includes(b.value)}
            onChange={() => onChange({ ...selection, [key]: toggle(selection[key], b.value) })}
          />
          <span>{label(b.value)}</span>
          <span className="count">{b.count}</span>
        </label>
      ))}
    </fieldset>
  );
  return (
    <aside className="facets" aria-label="Narrow the search">
      {group('countries', 'Country', facets?.byCountry ?? [], countryName)}
      {group('areas', 'Expertise area', facets?.byArea ?? [], areaLabel)}
      {group('languages', 'Language', facets?.byLanguage ?? [], languageName)}
      {group('bands', 'Band', facets?.byBand ?? [], words)}
      <fieldset className="facet">
        <legend>Availability</legend>
        {availability.error && !availability.data ? (
          <p className="muted">The countries do not release availability to your audience.</p>
        ) : null}
        {(Object.keys(AVAILABILITY_WINDOWS) as AvailabilityWindow[]).map((w) => (
          <label key={w} className="facet-option">
            <input
              type="checkbox"
              checked={selection.availability === w}
              onChange={() =>
                onChange({ ...selection, availability: selection.availability === w ? null : w })
              }
            />
            <span>{AVAILABILITY_WINDOWS[w].label}</span>
            <span className="count">{availability.data?.[w]?.total ?? ''}</span>
          </label>
        ))}
      </fieldset>
    </aside>
  );
}
