/**
 * The reference of the relevance bench: one index over every country's stored records, ranked
 * in this process with the shared search engine (docs/ARCHITECTURE.md §7.6), as a single search
 * engine holding the whole region would rank them. The region's answer through the gateway must
 * equal it (issue 10, point 1: the region-wide order is one index's order).
 *
 * It reads each country's `experts` collection directly (fields `search` and `expertise`, the
 * stored shape of subgraphs/country/src/store/document.ts), keeps the records the caller sees
 * and, of each record, the fields its country releases to the caller; statistics are counted
 * over exactly those, once for the whole region.
 */
import { MongoClient } from 'mongodb';
import {
  ExpertiseEntry,
  NamedArea,
  QueryWord,
  SEARCH_FIELD_NAMES,
  ScoredRecord,
  SearchField,
  SearchStatistics,
  SortKey,
  TermDictionary,
  compareKeys,
  findNamedAreas,
  keepBestForms,
  parseQuery,
  planScoring,
  scoreRecord,
} from '@expertpool/shared';

/** What the reference reads of a stored expert document. */
interface StoredDoc {
  _id: string;
  search?: Partial<Record<SearchField | 'family', string>>;
  expertise?: ExpertiseEntry[];
}

interface IndexedRecord {
  id: string;
  key: { i: string; c: string };
  record: ScoredRecord;
  /** Every word of the released fields, for document frequencies. */
  words: ReadonlySet<string>;
  areas: ReadonlySet<string>;
}

export interface RankedHit {
  id: string;
  score: number;
}

export interface ReferenceIndex {
  size: number;
  /** The first `first` records for `text`, by score then id then country, and how many match. */
  search(text: string, first: number): { hits: RankedHit[]; totalCount: number };
}

/**
 * Loads the reference from the countries' databases. `visible` maps each expert id the caller
 * sees to the fields its country releases to the caller.
 */
export async function loadReference(
  uri: string,
  databases: ReadonlyMap<string, string>,
  visible: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<ReferenceIndex> {
  const client = new MongoClient(uri);
  const records: IndexedRecord[] = [];
  try {
    await client.connect();
    for (const [country, dbName] of databases) {
      const docs = client
        .db(dbName)
        .collection<StoredDoc>('experts')
        .find({}, { projection: { _id: 1, search: 1, expertise: 1 } });
      for await (const doc of docs) {
        const id = `${country}:${doc._id}`;
        const released = visible.get(id);
        if (released) records.push(indexed(id, country, doc, released));
      }
    }
  } finally {
    await client.close();
  }
  return new Reference(records);
}

/** A stored document as the country scores it for this caller (search-text.ts does the same). */
function indexed(
  id: string,
  country: string,
  doc: StoredDoc,
  released: ReadonlySet<string>,
): IndexedRecord {
  const record: ScoredRecord = { fields: {}, lengths: {} };
  const words = new Set<string>();
  for (const field of SEARCH_FIELD_NAMES) {
    if (!released.has(field)) continue;
    const text = doc.search?.[field] ?? '';
    const list = text ? text.split(' ') : [];
    record.fields[field] = new Set(list);
    record.lengths[field] = list.length;
    for (const word of list) words.add(word);
  }
  const expertise = released.has('expertise') ? (doc.expertise ?? []) : undefined;
  if (expertise) record.expertise = expertise;
  if (released.has('names'))
    record.family = new Set(doc.search?.family ? doc.search.family.split(' ') : []);
  return {
    id,
    key: { i: doc._id, c: country },
    record,
    words,
    areas: new Set((expertise ?? []).map((e) => e.area)),
  };
}

class Reference implements ReferenceIndex {
  private readonly dictionary: TermDictionary;
  private readonly expertiseReleased: boolean;

  constructor(private readonly records: readonly IndexedRecord[]) {
    this.dictionary = new TermDictionary(records.flatMap((r) => [...r.words]));
    this.expertiseReleased = records.some((r) => r.record.expertise !== undefined);
  }

  get size(): number {
    return this.records.length;
  }

  search(text: string, first: number): { hits: RankedHit[]; totalCount: number } {
    const words = parseQuery(text);
    const named = this.expertiseReleased ? findNamedAreas(words) : [];
    const plan = planScoring(words, named, this.statistics(words, named));
    const scored: { id: string; key: SortKey }[] = [];
    for (const r of this.records) {
      const { score } = scoreRecord(r.record, plan);
      if (score > 0) scored.push({ id: r.id, key: { o: 'RELEVANCE', v: score, ...r.key } });
    }
    scored.sort((a, b) => compareKeys(a.key, b.key));
    return {
      hits: scored.slice(0, first).map((s) => ({ id: s.id, score: s.key.v as number })),
      totalCount: scored.length,
    };
  }

  /** What one index counts: every record, every released word, every named area held. */
  private statistics(words: readonly QueryWord[], named: readonly NamedArea[]): SearchStatistics {
    const forms = words.flatMap((w, word) =>
      this.dictionary.forms(w).map((f) => ({
        word,
        token: f.token,
        kind: f.kind,
        edits: f.edits,
        documents: this.records.filter((r) => r.words.has(f.token)).length,
        families: this.records.filter((r) => r.record.family?.has(f.token)).length,
      })),
    );
    const areas = named
      .map((a) => ({
        area: a.area,
        documents: this.records.filter((r) => r.areas.has(a.area)).length,
      }))
      .filter((a) => a.documents > 0);
    return { documents: this.records.length, forms: keepBestForms(forms), areas };
  }
}
