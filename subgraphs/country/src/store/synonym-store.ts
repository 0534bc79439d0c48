import { Collection, Db } from 'mongodb';
import { NamingPhrase, isDuplicateKey } from '@expertpool/shared';

/** A country's own phrase for an expertise area, beside the shared vocabulary's (§7.6). */
export interface AreaSynonym {
  area: string;
  /** One of the vocabulary's languages. */
  lang: string;
  text: string;
}

export interface SynonymDoc extends AreaSynonym {
  _id: string;
  addedBy: string | null;
  addedAt: Date;
}

/**
 * The country's own synonyms, as data in its own database: a steward adds a local term for an
 * area without a code change or a release, and every search names the area by it from the next
 * request on (docs/ARCHITECTURE.md §7.6).
 */
export class SynonymStore {
  private readonly synonyms: Collection<SynonymDoc>;

  constructor(db: Db) {
    this.synonyms = db.collection<SynonymDoc>('synonyms');
  }

  async list(): Promise<SynonymDoc[]> {
    return this.synonyms.find({}).sort({ area: 1, lang: 1, text: 1 }).toArray();
  }

  async phrases(): Promise<NamingPhrase[]> {
    return (await this.list()).map((s) => ({ area: s.area, text: s.text }));
  }

  /**
   * Replaces the list with `next`. Entries already stored keep who added them and when; the
   * others are added as by `by`. Ids are the entries themselves, so a concurrent replace of the
   * same list cannot duplicate one.
   */
  async replace(next: readonly AreaSynonym[], by: string | null, now = new Date()): Promise<void> {
    const id = (s: AreaSynonym) => `${s.area}|${s.lang}|${s.text}`;
    const keep = new Set(next.map(id));
    await this.synonyms.deleteMany({ _id: { $nin: [...keep] } });
    for (const s of next) {
      try {
        await this.synonyms.updateOne(
          { _id: id(s) },
          { $setOnInsert: { ...s, addedBy: by, addedAt: now } },
          { upsert: true },
        );
      } catch (error) {
        // Another replace inserted the same entry first: it is there, as asked.
        if (!isDuplicateKey(error)) throw error;
      }
    }
  }
}
