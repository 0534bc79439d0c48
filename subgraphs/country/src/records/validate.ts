import {
  AVAILABILITY_STATUSES,
  CEFR_LEVELS,
  CONSENT_AUDIENCES,
  ENGAGEMENT_ROLES,
  ExpertRecord,
  PURPOSES,
  REGIONAL_BANDS,
  countryOfId,
  findExpertiseArea,
  isCountryCode,
} from '@expertpool/shared';
import { EMAIL, LANGUAGE_TAG, Problems, SCRIPT_CODE } from './checks';
import { EXPERT_LIST_LIMITS as LIMITS } from './list-limits';
import { unknownFieldProblems } from './shape';

/** At most this many availability windows: the store matches them by position (see filter.ts). */
export const MAX_WINDOWS = LIMITS.windows;

export type Validated = { ok: true; record: ExpertRecord } | { ok: false; problems: string[] };

/**
 * Validates one expert record from an untrusted source (an import row, a mutation input) for
 * `country`. A key the record's shape (shape.ts) does not list is a problem, as an unknown CSV
 * column is: dropping it silently would lose what the agency meant to send (a misspelt
 * `qualification`). Every problem is reported, not just the first.
 */
export function validateRecord(raw: unknown, country: string): Validated {
  const p = new Problems();
  const r = p.object(raw, 'record');
  if (p.list.length > 0) return { ok: false, problems: p.list };
  p.list.push(...unknownFieldProblems(r));

  let id: string | undefined;
  if (r.id !== undefined && r.id !== null && r.id !== '') {
    id = p.string(r.id, 'id', { max: 40 });
    const owner = countryOfId(id);
    if (id && owner === undefined) p.add('id', 'must look like "<CC>:<opaque>", e.g. "MY:7f3k2q"');
    else if (id && owner !== country) p.add('id', `belongs to ${owner}, not ${country}`);
  }
  const ref = p.string(r.ref, 'ref', {
    max: 64,
    pattern: /^[\p{L}\p{N}._/-]+$/u,
    hint: 'may hold letters, digits and . _ / - only',
  });

  const names = p.array(r.names, 'names', LIMITS.names, 1).map((n, i) => {
    const o = p.object(n, `names[${i}]`);
    return {
      value: p.string(o.value, `names[${i}].value`, { max: 200 }),
      lang: p.string(o.lang, `names[${i}].lang`, {
        max: 35,
        pattern: LANGUAGE_TAG,
        hint: 'must be a BCP 47 tag such as "th" or "zh-Hans"',
      }),
      script: p.string(o.script, `names[${i}].script`, {
        max: 4,
        pattern: SCRIPT_CODE,
        hint: 'must be an ISO 15924 code such as "Latn" or "Thai"',
      }),
    };
  });
  const displayName = p.string(r.displayName, 'displayName', { max: 200 });

  const pos = p.object(r.position, 'position');
  const grade = p.object(pos.grade, 'position.grade');
  const position = {
    title: p.string(pos.title, 'position.title', { max: 300 }),
    grade: {
      scheme: p.string(grade.scheme, 'position.grade.scheme', { max: 60 }),
      code: p.string(grade.code, 'position.grade.code', { max: 60 }),
    },
    band: p.oneOf(pos.band, 'position.band', REGIONAL_BANDS),
    agency: p.string(pos.agency, 'position.agency', { max: 300 }),
  };

  const seenAreas = new Set<string>();
  const expertise = p.array(r.expertise, 'expertise', LIMITS.expertise, 1).map((e, i) => {
    const o = p.object(e, `expertise[${i}]`);
    const area = p.string(o.area, `expertise[${i}].area`, { max: 60 });
    if (area && !findExpertiseArea(area))
      p.add(`expertise[${i}].area`, `"${area}" is not in the ACCSM expertise vocabulary`);
    if (seenAreas.has(area)) p.add(`expertise[${i}].area`, `"${area}" is listed twice`);
    seenAreas.add(area);
    const entry: ExpertRecord['expertise'][number] = {
      area,
      level: p.int(o.level, `expertise[${i}].level`, 1, 4) as 1 | 2 | 3 | 4,
      years: p.int(o.years, `expertise[${i}].years`, 0, 60),
    };
    if (o.escoUri !== undefined && o.escoUri !== null && o.escoUri !== '') {
      entry.escoUri = p.string(o.escoUri, `expertise[${i}].escoUri`, {
        pattern: /^https?:\/\/\S+$/,
        hint: 'must be an http(s) URI',
      });
    }
    return entry;
  });

  // Tags compare case-insensitively (BCP 47); a repeat would count one expert twice in a facet.
  const seenTags = new Set<string>();
  const languages = p.array(r.languages, 'languages', LIMITS.languages).map((l, i) => {
    const o = p.object(l, `languages[${i}]`);
    const tag = p.string(o.tag, `languages[${i}].tag`, {
      max: 35,
      pattern: LANGUAGE_TAG,
      hint: 'must be a BCP 47 tag such as "en" or "ms"',
    });
    if (tag && seenTags.has(tag.toLowerCase()))
      p.add(`languages[${i}].tag`, `"${tag}" is listed twice`);
    seenTags.add(tag.toLowerCase());
    return { tag, cefr: p.oneOf(o.cefr, `languages[${i}].cefr`, CEFR_LEVELS) };
  });

  const av = p.object(r.availability, 'availability');
  const windows = p.array(av.windows, 'availability.windows', MAX_WINDOWS).map((w, i) => {
    const o = p.object(w, `availability.windows[${i}]`);
    const from = p.date(o.from, `availability.windows[${i}].from`);
    const to = p.date(o.to, `availability.windows[${i}].to`);
    if (from && to && from > to) p.add(`availability.windows[${i}]`, 'from must not be after to');
    return { from, to };
  });
  const availability = {
    status: p.oneOf(av.status, 'availability.status', AVAILABILITY_STATUSES),
    onsite: p.bool(av.onsite, 'availability.onsite'),
    remote: p.bool(av.remote, 'availability.remote'),
    windows: windows.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
  };

  const contact = {
    workEmail: p.string(p.object(r.contact, 'contact').workEmail, 'contact.workEmail', {
      max: 254,
      pattern: EMAIL,
      hint: 'must be an e-mail address',
    }),
  };

  const qualifications = p
    .array(r.qualifications, 'qualifications', LIMITS.qualifications)
    .map((q, i) => {
      const o = p.object(q, `qualifications[${i}]`);
      return {
        title: p.string(o.title, `qualifications[${i}].title`),
        institution: p.string(o.institution, `qualifications[${i}].institution`),
        year: p.int(o.year, `qualifications[${i}].year`, 1940, 2100),
      };
    });

  const engagements = p.array(r.engagements, 'engagements', LIMITS.engagements).map((e, i) => {
    const o = p.object(e, `engagements[${i}]`);
    const entry: ExpertRecord['engagements'][number] = {
      title: p.string(o.title, `engagements[${i}].title`),
      role: p.oneOf(o.role, `engagements[${i}].role`, ENGAGEMENT_ROLES),
      year: p.int(o.year, `engagements[${i}].year`, 1940, 2100),
    };
    if (o.hostCountry !== undefined && o.hostCountry !== null && o.hostCountry !== '') {
      const host = p.string(o.hostCountry, `engagements[${i}].hostCountry`, { max: 2 });
      if (host && !isCountryCode(host))
        p.add(`engagements[${i}].hostCountry`, `"${host}" is not a known country code`);
      entry.hostCountry = host;
    }
    return entry;
  });

  const consent = p.array(r.consent, 'consent', LIMITS.consent).map((c, i) => {
    const o = p.object(c, `consent[${i}]`);
    const recordedAt = p.string(o.recordedAt, `consent[${i}].recordedAt`, { max: 40 });
    const validTime = recordedAt !== '' && !Number.isNaN(Date.parse(recordedAt));
    if (recordedAt && !validTime) p.add(`consent[${i}].recordedAt`, 'must be an ISO timestamp');
    return {
      audience: p.oneOf(o.audience, `consent[${i}].audience`, CONSENT_AUDIENCES),
      purpose: p.oneOf(o.purpose ?? 'ANY', `consent[${i}].purpose`, PURPOSES),
      granted: p.bool(o.granted, `consent[${i}].granted`),
      noticeVersion: p.string(o.noticeVersion, `consent[${i}].noticeVersion`, { max: 40 }),
      recordedAt: validTime ? new Date(recordedAt).toISOString() : recordedAt,
    };
  });

  if (p.list.length > 0) return { ok: false, problems: p.list };
  const record: ExpertRecord = {
    ref,
    names,
    displayName,
    position,
    expertise,
    languages,
    availability,
    contact,
    qualifications,
    engagements,
    consent,
  };
  if (id) record.id = id;
  return { ok: true, record };
}
