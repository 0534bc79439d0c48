/**
 * Shared by the search-scope-*.test.ts files: a country with a few experts whose every text field
 * holds a word found in no other field, callers of each audience, the default and a changed
 * release policy, and what each caller may see and receive, written from the policy literals
 * (not through the code under test).
 */
import { Audience, ExpertRecord } from '@expertpool/shared';
import { Caller } from '../../caller';
import {
  DEFAULT_RELEASE_POLICY,
  PolicyAudiences,
  RELEASABLE_FIELDS,
} from '../../policy/release-policy';
import { CountryServer } from '../../server';
import { stringsIn } from './governance';
import { CONSENT } from './mutations';
import { expertInput, upsertThroughGraph } from './records';
import { ok, startCountry } from './server';

export const COUNTRY = 'MY';

export const CALLERS: Record<Audience, Caller> = {
  OWN: { audience: 'OWN', country: COUNTRY, role: 'viewer', subject: 'my-viewer', purpose: 'ANY' },
  MEMBER: {
    audience: 'MEMBER',
    country: 'TH',
    role: 'viewer',
    subject: 'th-viewer',
    purpose: 'ANY',
  },
  SECRETARIAT: {
    audience: 'SECRETARIAT',
    country: null,
    role: 'secretariat',
    subject: 'sec-1',
    purpose: 'RESEARCH',
  },
  PUBLIC: { audience: 'PUBLIC', country: null, role: null, subject: null, purpose: 'ANY' },
};
export const AUDIENCES = Object.keys(CALLERS) as Audience[];

export const POLICIES: [string, PolicyAudiences][] = [
  ['the default policy', DEFAULT_RELEASE_POLICY.audiences],
  [
    'a changed policy',
    {
      MEMBER: ['displayName', 'qualifications', 'availability'],
      SECRETARIAT: ['names', 'engagements', 'languages', 'updatedAt'],
      PUBLIC: [],
    },
  ],
];

/** The fields `audience` receives under `policy`: all of them for OWN. */
export function releasedTo(policy: PolicyAudiences, audience: Audience): readonly string[] {
  return audience === 'OWN' ? RELEASABLE_FIELDS : policy[audience];
}

/** A word of each text field of AISYAH that no other field of any expert holds. */
export const PROBES: { field: string; word: string }[] = [
  { field: 'names', word: 'عائشة' }, // her name in Jawi (Arabic script)
  { field: 'displayName', word: 'kamal' },
  { field: 'expertise', word: 'succession' },
  { field: 'position', word: 'intan' },
  { field: 'qualifications', word: 'quokka' },
  { field: 'engagements', word: 'wombat' },
];

export interface Fixture {
  server: CountryServer;
  records: ExpertRecord[];
  /** Audiences each record has consented to (OWN sees every record). */
  consented: Map<string, string[]>;
  aisyah: ExpertRecord;
  budi: ExpertRecord;
}

const AISYAH = expertInput('SCOPE-AISYAH', {
  names: [
    { value: 'Nurul Aisyah binti Harimau', lang: 'ms', script: 'Latn' },
    { value: 'نور عائشة', lang: 'ms-Arab', script: 'Arab' },
  ],
  displayName: 'Aisyah Kamal',
  position: {
    title: 'Pengarah Harimau',
    grade: { scheme: 'JUSA', code: 'C' },
    band: 'EXECUTIVE',
    agency: 'Institut Tadbiran Awam Negara INTAN',
  },
  expertise: [
    { area: 'succession-planning', level: 3, years: 8 },
    { area: 'talent-management', level: 2, years: 4 },
  ],
  languages: [
    { tag: 'ms', cefr: 'C2' },
    { tag: 'en', cefr: 'C1' },
  ],
  availability: {
    status: 'AVAILABLE',
    onsite: true,
    remote: true,
    windows: [{ from: '2026-05-01', to: '2026-05-31' }],
  },
  contact: { workEmail: 'aisyah.kamal@jpa.example' },
  qualifications: [
    { title: 'Sarjana Talent Quokka', institution: 'Universiti Malaya', year: 2010 },
  ],
  engagements: [{ title: 'Bengkel Wombat', role: 'TRAINER', year: 2024, hostCountry: 'TH' }],
});

const BUDI = expertInput('SCOPE-BUDI', {
  names: [{ value: 'Budi Santoso', lang: 'ms', script: 'Latn' }],
  displayName: 'Budi Santoso',
  position: {
    title: 'Timbalan Pengarah',
    grade: { scheme: 'JUSA', code: 'B' },
    band: 'SENIOR_EXECUTIVE',
    agency: 'Jabatan Perkhidmatan Awam',
  },
  expertise: [{ area: 'talent-management', level: 4, years: 12 }],
  languages: [{ tag: 'en', cefr: 'B2' }],
  availability: {
    status: 'LIMITED',
    onsite: false,
    remote: true,
    windows: [{ from: '2026-05-10', to: '2026-05-12' }],
  },
  contact: { workEmail: 'budi.santoso@jpa.example' },
  qualifications: [
    {
      title: 'Master of Public Administration',
      institution: 'Universiti Sains Malaysia',
      year: 2001,
    },
  ],
  engagements: [
    { title: 'Harimau Forum on Talent', role: 'SPEAKER', year: 2023, hostCountry: 'SG' },
  ],
});

/** Visible to OWN only: a probe word must not find it for anyone else. */
const HIDDEN = expertInput('SCOPE-HIDDEN', {
  names: [{ value: 'Tersembunyi Orang', lang: 'ms', script: 'Latn' }],
  displayName: 'Tersembunyi Orang',
  qualifications: [{ title: 'Diploma Quokka', institution: 'Kolej Komuniti', year: 2015 }],
  engagements: [{ title: 'Bengkel Wombat', role: 'FACILITATOR', year: 2022, hostCountry: 'BN' }],
});

export async function startScopeCountry(label: string): Promise<Fixture> {
  const server = await startCountry(COUNTRY, label, 0);
  const consented = new Map<string, string[]>();
  const records: ExpertRecord[] = [];
  for (const [input, audiences] of [
    [AISYAH, ['MEMBER', 'SECRETARIAT', 'PUBLIC']],
    [BUDI, ['MEMBER', 'SECRETARIAT', 'PUBLIC']],
    [HIDDEN, []],
  ] as const) {
    const record = await upsertThroughGraph(server, input);
    if (audiences.length > 0) {
      await ok(server, CONSENT, {
        id: record.id,
        consent: audiences.map((audience) => ({ audience, granted: true, noticeVersion: 'v1' })),
      });
    }
    records.push(record);
    consented.set(record.id!, [...audiences]);
  }
  return { server, records, consented, aisyah: records[0], budi: records[1] };
}

/** The records `audience` may see at all (consent). */
export function visibleTo(fixture: Fixture, audience: Audience): ExpertRecord[] {
  return fixture.records.filter(
    (r) => audience === 'OWN' || fixture.consented.get(r.id!)!.includes(audience),
  );
}

/** Every cursor in a response, decoded: sort keys must not carry withheld values either. */
function decodedCursors(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(decodedCursors);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    (key === 'cursor' || key === 'endCursor') && typeof v === 'string'
      ? [Buffer.from(v, 'base64url').toString('utf8')]
      : decodedCursors(v),
  );
}

/**
 * Fails if the response (its JSON, its decoded cursors, its error messages) holds any string of a
 * field withheld from the caller, or if an error message holds any record string at all.
 */
export function expectNothingWithheld(
  fixture: Fixture,
  response: unknown,
  released: readonly string[],
): void {
  const text = [JSON.stringify(response), ...decodedCursors(response)].join('\n');
  const messages = ((response as { errors?: { message: string }[] }).errors ?? [])
    .map((e) => e.message)
    .join('\n');
  for (const record of fixture.records) {
    const fields = record as unknown as Record<string, unknown>;
    const shown = new Set(released.flatMap((f) => stringsIn(fields[f])));
    for (const field of RELEASABLE_FIELDS.filter((f) => !released.includes(f))) {
      for (const value of stringsIn(fields[field]).filter((v) => !shown.has(v))) {
        if (text.includes(value))
          throw new Error(`the response holds "${value}" of withheld field ${field}`);
      }
    }
    for (const value of stringsIn(record)) {
      if (messages.includes(value))
        throw new Error(`an error message holds the record value "${value}"`);
    }
  }
}
