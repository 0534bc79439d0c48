import { ConsentEntry, ExpertRecord, SearchField, foldText } from '@expertpool/shared';
import { TEXT_FIELDS, groupTokens, prefixedTokens } from './token-groups';

/**
 * The version of the derived fields' shape. Bump it whenever `derive` changes what it stores:
 * ExpertStore.init re-derives every document of another version, so old databases keep working.
 * 2: tokens prefixed by their field (token-groups.ts); `search` split into names and displayName.
 * 3: `consentKeys` also lists withdrawn consents (`!AUDIENCE:PURPOSE`).
 * 4: `search` holds every text field's words, for BM25F over all of them (docs/ARCHITECTURE.md §7.6).
 * 5: family names by their language's convention: `search.family` and `f:` tokens (family-names.ts).
 * 6: `lastConfirmedAt` on every record; an older one's is its `updatedAt` (docs/ARCHITECTURE.md §6.8).
 */
export const DERIVATION = 6;

/** The prefix of a withdrawn consent's key. */
export const WITHDRAWN = '!';

/**
 * Space-separated words of each text field, keyed by the field they come from, and the words of
 * the record's family names (released with `names`).
 */
export type SearchGroups = Record<SearchField, string> & { family?: string };

/**
 * An expert as stored in the country's `experts` collection: the record plus fields derived from
 * it for search and filtering. Derived fields are rebuilt on every write, never edited alone.
 */
export interface ExpertDoc extends Omit<ExpertRecord, 'id'> {
  /** The opaque part of the expert id; the country prefix is implied by the database. */
  _id: string;
  updatedAt: Date;
  /** The DERIVATION the derived fields below were computed with. */
  derivation: number;
  /**
   * Tokens of the fields relevance weighs, space-separated, one string per field so a caller's
   * score counts only fields released to it. Strings, not arrays: MongoDB-compatible emulators
   * decode every array element of every scanned document, and these are only read for ranking.
   */
  search: SearchGroups;
  /** Every token as `<field prefix>:<token>` (token-groups.ts), matched with a multikey index. */
  tokens: string[];
  /** Folded display name: the NAME order's key. */
  sortName: string;
  /** `area:level` per expertise entry; a query for "level >= n" lists the levels n..4. */
  expertiseKeys: string[];
  maxLevel: number;
  /** `tag:LEVEL` per language, under its tag, its primary subtag and `*` (any language). */
  languageKeys: string[];
  /**
   * `AUDIENCE:PURPOSE` for each consent currently granted, `!AUDIENCE:PURPOSE` for each currently
   * withdrawn: a withdrawal for one purpose outweighs a consent for ANY purpose (caller.ts).
   */
  consentKeys: string[];
  /**
   * When the record was last confirmed as accurate (written by import or upsert, or confirmed by
   * the expert or a steward): a record older than the country's confirmation period is withheld
   * from every non-OWN audience (visibilityFor, docs/ARCHITECTURE.md §6.8).
   */
  lastConfirmedAt: Date;
  /** When the expert asked for erasure: from then on no non-OWN audience sees the record. */
  erasureRequestedAt?: Date;
}

/** What a document keeps across rewrites of its record fields: the expert's rights' state. */
export type Lifecycle = Pick<ExpertDoc, 'lastConfirmedAt' | 'erasureRequestedAt'>;

/** A document's lifecycle, to carry over into its next version. */
export function lifecycleOf(doc: ExpertDoc): Lifecycle {
  return {
    lastConfirmedAt: doc.lastConfirmedAt ?? doc.updatedAt,
    ...(doc.erasureRequestedAt && { erasureRequestedAt: doc.erasureRequestedAt }),
  };
}

/** `expertiseKeys` of an area at `minLevel` or above. */
export function areaKeys(area: string, minLevel: number): string[] {
  return [1, 2, 3, 4].filter((l) => l >= minLevel).map((l) => `${area}:${l}`);
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
  const groups = groupTokens(record);
  const languageKeys = new Set<string>();
  for (const skill of record.languages) {
    for (const tag of [...languageKeyTags(skill.tag), '*'])
      languageKeys.add(`${tag}:${skill.cefr}`);
  }
  return {
    derivation: DERIVATION,
    search: {
      ...(Object.fromEntries(
        TEXT_FIELDS.map((field) => [field, groups[field].join(' ')]),
      ) as Record<SearchField, string>),
      family: groups.family.join(' '),
    },
    tokens: prefixedTokens(groups),
    sortName: foldText(record.displayName).trim(),
    expertiseKeys: record.expertise.map((e) => `${e.area}:${e.level}`),
    maxLevel: Math.max(0, ...record.expertise.map((e) => e.level)),
    languageKeys: [...languageKeys],
    consentKeys: currentConsent(record.consent).map(
      (c) => `${c.granted ? '' : WITHDRAWN}${c.audience}:${c.purpose}`,
    ),
  };
}

/** A document of `record`; a new record counts as confirmed when it is written. */
export function toDocument(
  record: ExpertRecord,
  opaque: string,
  updatedAt: Date,
  lifecycle: Lifecycle = { lastConfirmedAt: updatedAt },
): ExpertDoc {
  const { id: _ignored, ...rest } = record;
  return { ...rest, _id: opaque, updatedAt, ...derive(record), ...lifecycle };
}

/** The record fields of a stored document: what export writes and import compares. */
export function toRecord(doc: ExpertDoc, country: string): ExpertRecord {
  const {
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
  } = doc;
  return {
    id: `${country}:${doc._id}`,
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
}
