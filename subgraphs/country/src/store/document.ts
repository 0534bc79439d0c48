import { ConsentEntry, ExpertRecord, findExpertiseArea, foldText, tokenSet } from '@expertpool/shared';

/**
 * An expert as stored in the country's `experts` collection: the record plus fields derived from
 * it for search and filtering. Derived fields are rebuilt on every write, never edited alone.
 */
export interface ExpertDoc extends Omit<ExpertRecord, 'id'> {
  /** The opaque part of the expert id; the country prefix is implied by the database. */
  _id: string;
  updatedAt: Date;
  /**
   * Name and expertise tokens, space-separated; relevance weighs a match by where it is found.
   * Strings, not arrays: MongoDB-compatible emulators decode every array element of every
   * scanned document, and these groups are only read for ranking.
   */
  search: { name: string; expertise: string };
  /** Every token, for `$all` matching with a multikey index. */
  tokens: string[];
  /** Folded display name: the NAME order's key. */
  sortName: string;
  /** `area:level` per expertise entry; a query for "level >= n" lists the levels n..4. */
  expertiseKeys: string[];
  maxLevel: number;
  /** `tag:LEVEL` per language, under its tag, its primary subtag and `*` (any language). */
  languageKeys: string[];
  /** `AUDIENCE:PURPOSE` for each consent currently granted. */
  consentKeys: string[];
}

export function languageKeyTags(tag: string): string[] {
  const lower = tag.toLowerCase();
  const primary = lower.split('-')[0];
  return primary === lower ? [lower] : [lower, primary];
}

/** The latest entry per audience and purpose decides; earlier ones are history. */
export function currentConsent(entries: readonly ConsentEntry[]): ConsentEntry[] {
  const latest = new Map<string, ConsentEntry>();
  for (const entry of entries) {
    const key = `${entry.audience}:${entry.purpose}`;
    const seen = latest.get(key);
    if (!seen || seen.recordedAt <= entry.recordedAt) latest.set(key, entry);
  }
  return [...latest.values()];
}

function derive(record: ExpertRecord) {
  const name = tokenSet(record.names.map((n) => n.value).concat(record.displayName));
  const expertise = tokenSet(record.expertise.map((e) => findExpertiseArea(e.area)?.label ?? e.area));
  const other = tokenSet([
    record.position.title,
    record.position.agency,
    record.position.grade.scheme,
    record.position.grade.code,
    ...record.qualifications.flatMap((q) => [q.title, q.institution]),
    ...record.engagements.map((e) => e.title),
  ]);
  const languageKeys = new Set<string>();
  for (const skill of record.languages) {
    for (const tag of [...languageKeyTags(skill.tag), '*']) languageKeys.add(`${tag}:${skill.cefr}`);
  }
  return {
    search: { name: name.join(' '), expertise: expertise.join(' ') },
    tokens: [...new Set([...name, ...expertise, ...other])],
    sortName: foldText(record.displayName).trim(),
    expertiseKeys: record.expertise.map((e) => `${e.area}:${e.level}`),
    maxLevel: Math.max(0, ...record.expertise.map((e) => e.level)),
    languageKeys: [...languageKeys],
    consentKeys: currentConsent(record.consent)
      .filter((c) => c.granted)
      .map((c) => `${c.audience}:${c.purpose}`),
  };
}

export function toDocument(record: ExpertRecord, opaque: string, updatedAt: Date): ExpertDoc {
  const { id: _ignored, ...rest } = record;
  return { ...rest, _id: opaque, updatedAt, ...derive(record) };
}

/** The record fields of a stored document: what export writes and import compares. */
export function toRecord(doc: ExpertDoc, country: string): ExpertRecord {
  const { ref, names, displayName, position, expertise, languages, availability, contact, qualifications, engagements, consent } = doc;
  return { id: `${country}:${doc._id}`, ref, names, displayName, position, expertise, languages, availability, contact, qualifications, engagements, consent };
}
