import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { ReferenceDocument, type ReferenceQuery } from './generated/graphql';

/** The region's country names and area labels, read once and shared by every page. */
export interface Reference {
  countryName(code: string): string;
  areaLabel(id: string): string;
  countries: ReferenceQuery['countries'];
}

const fallback: Reference = { countryName: (c) => c, areaLabel: (a) => a, countries: [] };
const ReferenceContext = createContext<Reference>(fallback);

export function ReferenceProvider({ children }: { children: ReactNode }) {
  const [{ data }] = useQuery({ query: ReferenceDocument });
  const countries = new Map((data?.countries ?? []).map((c) => [c.code as string, c.name]));
  const areas = new Map((data?.expertiseAreas ?? []).map((a) => [a.id, a.label]));
  const value: Reference = {
    countryName: (code) => countries.get(code) ?? code,
    areaLabel: (id) => areas.get(id) ?? id,
    countries: data?.countries ?? [],
  };
  return <ReferenceContext.Provider value={value}>{children}</ReferenceContext.Provider>;
}

export const useReference = () => useContext(ReferenceContext);
