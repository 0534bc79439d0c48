/**
 * Shared by the mutations-*.test.ts files: the callers, the operations, a full valid input and
 * thin wrappers around upsertExpert for a country server of COUNTRY.
 */
import { Caller } from '../../caller';
import { CountryServer } from '../../server';
import { ExpertInput, UPSERT, expertInput } from './records';
import { ok, run } from './server';

export const COUNTRY = 'ID';
export const SEEDED = 20;

export const PUBLIC: Caller = {
  audience: 'PUBLIC',
  country: null,
  role: null,
  subject: 'dashboard',
  purpose: 'ANY',
};
export const VIEWER: Caller = {
  audience: 'OWN',
  country: COUNTRY,
  role: 'viewer',
  subject: 'viewer-1',
  purpose: 'ANY',
};
export const OTHER_STEWARD: Caller = {
  audience: 'MEMBER',
  country: 'MY',
  role: 'steward',
  subject: 'my-steward',
  purpose: 'ANY',
};

export const EXPERT = /* GraphQL */ `
  query E($id: ID!) {
    expert(id: $id) {
      id
      country {
        code
      }
      names {
        value
        lang
        script
      }
      displayName
      position {
        title
        grade {
          scheme
          code
        }
        band
        agency
      }
      expertise {
        area {
          id
          label
        }
        level
        years
        escoUri
      }
      languages {
        tag
        cefr
      }
      availability {
        status
        onsite
        remote
        windows {
          from
          to
        }
      }
      contact {
        workEmail
      }
      qualifications {
        title
        institution
        year
      }
      engagements {
        title
        role
        year
        hostCountry
      }
      consent {
        audiences
        noticeVersion
        updatedAt
      }
      updatedAt
      withheldFields
    }
  }
`;
export const REMOVE = 'mutation R($id: ID!) { removeExpert(id: $id) }';
export const CONSENT = /* GraphQL */ `
  mutation C($id: ID!, $consent: [ConsentInput!]!) {
    setConsent(id: $id, consent: $consent) {
      id
      consent {
        audiences
        noticeVersion
        updatedAt
      }
    }
  }
`;

export interface Upserted {
  upsertExpert: { id: string; displayName: string; updatedAt: string; position: { title: string } };
}

/** upsertExpert as `caller` (a steward of COUNTRY by default); the raw result, errors included. */
export const upsertOn = (server: CountryServer, input: ExpertInput, caller?: Caller) =>
  run<Upserted>(server, UPSERT, { country: COUNTRY, input }, caller);
/** upsertExpert that must succeed; the upserted expert. */
export const upsertOkOn = (server: CountryServer, input: ExpertInput) =>
  ok<Upserted>(server, UPSERT, { country: COUNTRY, input }).then((d) => d.upsertExpert);
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const FULL = expertInput('BKN-TEST-1', {
  names: [{ value: 'Siti Rahmawati', lang: 'id', script: 'Latn' }],
  displayName: 'Siti Rahmawati',
  position: {
    title: 'Direktur Pengembangan Kompetensi',
    grade: { scheme: 'JPT', code: 'Pratama' },
    band: 'EXECUTIVE',
    agency: 'Badan Kepegawaian Negara (BKN)',
  },
  expertise: [
    { area: 'competency-assessment', level: 4, years: 15 },
    { area: 'talent-management', level: 3, years: 9 },
  ],
  languages: [
    { tag: 'id', cefr: 'C2' },
    { tag: 'en', cefr: 'B2' },
  ],
  availability: {
    status: 'LIMITED',
    onsite: true,
    remote: false,
    windows: [
      { from: '2026-09-01', to: '2026-09-10' },
      { from: '2026-03-01', to: '2026-03-05' },
    ],
  },
  contact: { workEmail: 'siti.rahmawati@bkn.example' },
  qualifications: [
    { title: 'Master of Public Administration', institution: 'Universitas Indonesia', year: 2004 },
  ],
  engagements: [
    {
      title: 'ACCSM Workshop on Talent Management',
      role: 'TRAINER',
      year: 2024,
      hostCountry: 'MY',
    },
  ],
});
