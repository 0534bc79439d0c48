import { ExpertRecord } from '@expertpool/shared';
import { CountryServer } from '../../server';
import { ok } from './server';

/** An `ExpertInput` as a client sends it to upsertExpert. */
export type ExpertInput = Omit<ExpertRecord, 'id' | 'consent'>;

export const UPSERT = /* GraphQL */ `
  mutation Upsert($country: CountryCode!, $input: ExpertInput!) {
    upsertExpert(country: $country, input: $input) {
      id
      displayName
      updatedAt
      position {
        title
      }
    }
  }
`;

/** A valid input; `overrides` replaces whole top-level fields. */
export function expertInput(ref: string, overrides: Partial<ExpertInput> = {}): ExpertInput {
  return {
    ref,
    names: [{ value: 'Test Expert', lang: 'en', script: 'Latn' }],
    displayName: 'Test Expert',
    position: {
      title: 'Director, Test Division',
      grade: { scheme: 'Test', code: 'T1' },
      band: 'EXECUTIVE',
      agency: 'Test Agency',
    },
    expertise: [{ area: 'talent-management', level: 2, years: 5 }],
    languages: [{ tag: 'en', cefr: 'C1' }],
    availability: { status: 'AVAILABLE', onsite: true, remote: true, windows: [] },
    contact: { workEmail: `${ref.toLowerCase()}@agency.example` },
    qualifications: [],
    engagements: [],
    ...overrides,
  };
}

/** Upserts through the GraphQL mutation and returns the record as it now stands, with its id. */
export async function upsertThroughGraph(
  server: CountryServer,
  input: ExpertInput,
): Promise<ExpertRecord> {
  const data = await ok<{ upsertExpert: { id: string } }>(server, UPSERT, {
    country: server.config.country,
    input,
  });
  return { ...input, id: data.upsertExpert.id, consent: [] };
}
