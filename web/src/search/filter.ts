import type { ExpertFilter } from '../generated/graphql';

/** The facet selections of the search page. */
export interface Selection {
  countries: string[];
  areas: string[];
  languages: string[];
  bands: string[];
  availability: AvailabilityWindow | null;
}

export const NO_SELECTION: Selection = {
  countries: [],
  areas: [],
  languages: [],
  bands: [],
  availability: null,
};

/** The availability facet: available some time within the next days. */
export const AVAILABILITY_WINDOWS = {
  soon: { label: 'Within 30 days', days: 30 },
  quarter: { label: 'Within 3 months', days: 91 },
  halfYear: { label: 'Within 6 months', days: 182 },
} as const;
export type AvailabilityWindow = keyof typeof AVAILABILITY_WINDOWS;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function windowRange(window: AvailabilityWindow, today = new Date()) {
  const to = new Date(today.getTime() + AVAILABILITY_WINDOWS[window].days * 86_400_000);
  return { from: isoDate(today), to: isoDate(to) };
}

/** The ExpertFilter for the text and selections; empty parts are left out. */
export function filterOf(text: string, selection: Selection): ExpertFilter {
  const filter: ExpertFilter = {};
  if (text.trim() !== '') filter.text = text.trim();
  if (selection.countries.length)
    filter.countries = selection.countries as ExpertFilter['countries'];
  if (selection.areas.length) filter.expertiseAreas = selection.areas;
  if (selection.languages.length) filter.languages = selection.languages;
  if (selection.bands.length) filter.bands = selection.bands as ExpertFilter['bands'];
  if (selection.availability) filter.availableBetween = windowRange(selection.availability);
  return filter;
}

/** Adds a value to a facet's selection, or removes it when selected. */
export function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
