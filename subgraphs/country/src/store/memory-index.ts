import { ExpertiseEntry, SEARCH_FIELD_NAMES, SearchField } from '@expertpool/shared';
import { ExpertDoc } from './document';

/** What search reads of a record, kept in the process (docs/ARCHITECTURE.md §7.6). */
export type IndexedDoc = Pick<
  ExpertDoc,
  | '_id'
  | 'tokens'
  | 'search'
  | 'expertise'
  | 'consentKeys'
  | 'lastConfirmedAt'
  | 'erasureRequestedAt'
  | 'expertiseKeys'
  | 'maxLevel'
  | 'languageKeys'
  | 'availability'
  | 'position'
>;

/** The fields filters and scoring read: everything of a record but names, contact and the like. */
export const INDEXED_PROJECTION = {
  _id: 1,
  tokens: 1,
  search: 1,
  expertise: 1,
  consentKeys: 1,
  // Read by the visibility filter (visibilityFor), like consentKeys.
  lastConfirmedAt: 1,
  erasureRequestedAt: 1,
  expertiseKeys: 1,
  maxLevel: 1,
  languageKeys: 1,
  availability: 1,
  position: 1,
} as const;

export interface IndexedRecord {
  doc: IndexedDoc;
  /** Each text field's words, and its length in words. */
  fields: Record<SearchField, ReadonlySet<string>>;
  lengths: Record<SearchField, number>;
  expertise: readonly ExpertiseEntry[];
  /** The words of the record's family names. */
  family: ReadonlySet<string>;
  /** The last candidate walk that yielded this record (MemoryIndex.candidates). */
  walk: number;
}

/** A record's words per text field and their lengths, as scoring reads them. */
export function indexedText(
  doc: Pick<IndexedDoc, 'search' | 'expertise'>,
): Pick<IndexedRecord, 'fields' | 'lengths' | 'expertise' | 'family'> {
  const fields = {} as Record<SearchField, ReadonlySet<string>>;
  const lengths = {} as Record<SearchField, number>;
  for (const field of SEARCH_FIELD_NAMES) {
    const words = doc.search?.[field] ? doc.search[field].split(' ') : [];
    fields[field] = new Set(words);
    lengths[field] = words.length;
  }
  const family = new Set(doc.search?.family ? doc.search.family.split(' ') : []);
  return { fields, lengths, expertise: doc.expertise ?? [], family };
}

const indexed = (doc: IndexedDoc): IndexedRecord => ({ doc, ...indexedText(doc), walk: 0 });

/**
 * A country's records as an inverted index in memory: postings per stored token, holders per
 * expertise area. Derived from MongoDB and kept in step with it by SearchIndex, so a ranked
 * search reads only the postings of the query's words instead of every matching document from
 * the database (what makes its cost follow the matches, not the collection: §7.6).
 */
export class MemoryIndex {
  private readonly records = new Map<string, IndexedRecord>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly holders = new Map<string, Set<string>>();
  private walks = 0;

  get size(): number {
    return this.records.size;
  }

  get(id: string): IndexedRecord | undefined {
    return this.records.get(id);
  }

  all(): IterableIterator<IndexedRecord> {
    return this.records.values();
  }

  /** Every stored token (with its field prefix). */
  tokens(): IterableIterator<string> {
    return this.postings.keys();
  }

  /**
   * Ids holding any of these stored tokens, and for each area given, its holders: each id once,
   * without collecting them, so a search's memory does not grow with its matches (§7.6). A
   * record seen in this walk carries the walk's number; walks are consumed synchronously (no
   * await between two ids), so two never interleave.
   */
  *candidates(tokens: Iterable<string>, areas: Iterable<string> = []): Iterable<string> {
    const walk = ++this.walks;
    const lists: ReadonlySet<string>[] = [];
    for (const token of tokens) {
      const ids = this.postings.get(token);
      if (ids) lists.push(ids);
    }
    for (const area of areas) {
      const ids = this.holders.get(area);
      if (ids) lists.push(ids);
    }
    for (const list of lists)
      for (const id of list) {
        const record = this.records.get(id);
        if (!record || record.walk === walk) continue;
        record.walk = walk;
        yield id;
      }
  }

  put(doc: IndexedDoc): void {
    this.remove(doc._id);
    const record = indexed(doc);
    this.records.set(doc._id, record);
    for (const token of doc.tokens) add(this.postings, token, doc._id);
    for (const e of record.expertise) add(this.holders, e.area, doc._id);
  }

  remove(id: string): void {
    const known = this.records.get(id);
    if (!known) return;
    this.records.delete(id);
    for (const token of known.doc.tokens) drop(this.postings, token, id);
    for (const e of known.expertise) drop(this.holders, e.area, id);
  }
}

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

function drop(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}
