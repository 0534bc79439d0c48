/**
 * Shared by release-policy.test.ts and audit.test.ts: callers of each audience, a fully filled
 * expert, and the Expert selection with every field.
 */
import { Caller } from '../../caller';
import { CountryServer } from '../../server';
import { CONSENT, COUNTRY, FULL, OTHER_STEWARD, PUBLIC, upsertOkOn } from './mutations';
import { expertInput } from './records';
import { ok } from './server';

export { COUNTRY, OTHER_STEWARD, PUBLIC };

export const MEMBER_VIEWER: Caller = {
  audience: 'MEMBER',
  country: 'TH',
  role: 'viewer',
  subject: 'th-viewer',
  purpose: 'ANY',
};
export const SECRETARIAT: Caller = {
  audience: 'SECRETARIAT',
  country: null,
  role: 'secretariat',
  subject: 'sec-1',
  purpose: 'RESEARCH',
};
export const STEWARD: Caller = {
  audience: 'OWN',
  country: COUNTRY,
  role: 'steward',
  subject: 'id-steward',
  purpose: 'ANY',
};

export const EXPERT_FIELDS = /* GraphQL */ `
  fragment All on Expert {
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
`;
export const ONE = `query One($id: ID!) { expert(id: $id) { ...All } } ${EXPERT_FIELDS}`;
// The default order (by id): NAME and UPDATED are refused to callers not receiving their field.
export const LIST = `query List { experts(first: 100) { totalCount edges { node { ...All } } } } ${EXPERT_FIELDS}`;
export const ENTITIES = `query Ent($reps: [_Any!]!) { _entities(representations: $reps) { ... on Expert { ...All } } } ${EXPERT_FIELDS}`;
export const FACETS = '{ expertFacets { total byCountry { value count } } }';

/** An expert with every field filled with values found nowhere else, visible to every audience. */
export async function consentedExpert(
  server: CountryServer,
  ref: string,
  audiences = ['MEMBER', 'SECRETARIAT', 'PUBLIC'],
): Promise<string> {
  const id = (
    await upsertOkOn(
      server,
      expertInput(ref, {
        ...FULL,
        ref,
        names: [{ value: `Legalname ${ref}`, lang: 'id', script: 'Latn' }],
        displayName: `Shown ${ref}`,
        position: { ...FULL.position, title: `Title ${ref}`, agency: `Agency ${ref}` },
        contact: { workEmail: `${ref.toLowerCase()}@private.example` },
        qualifications: [{ title: `Degree ${ref}`, institution: `University ${ref}`, year: 2004 }],
        engagements: [{ title: `Workshop ${ref}`, role: 'TRAINER', year: 2024, hostCountry: 'MY' }],
      }),
    )
  ).id;
  if (audiences.length > 0) {
    await ok(server, CONSENT, {
      id,
      consent: audiences.map((audience) => ({
        audience,
        granted: true,
        noticeVersion: `notice-${ref}`,
      })),
    });
  }
  return id;
}

/** Every string of at least 4 characters in a value, however deep. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 4 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
