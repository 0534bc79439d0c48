import { Collection, Db, Filter } from 'mongodb';
import {
  ConsentEntry,
  ErrorCode,
  ExpertRecord,
  appError,
  isEmptyCollection,
  parseExpertId,
  AreaNamer,
  SearchStatistics,
  SortKey,
  TrainingNeed,
  isDuplicateKey,
} from '@expertpool/shared';
import { ExpertDoc, Lifecycle, lifecycleOf, toDocument, toRecord } from './document';
import { ensureExpertIndexes } from './indexes';
import { searchExperts, SearchArgs, SearchPage } from './search';
import { expertFacets, Facets } from './facets';
import { CompiledFilter } from './filter';
import { Upsert, upsertOf } from './upsert';
import { Rederived, rederiveOutdated } from './rederive';
import { SearchIndex } from './search-index';
import { AreaSynonym, SynonymDoc, SynonymStore } from './synonym-store';
import { SearchScope } from './search-scope';
import { CandidatePage, matchTrainers } from './matching';
import { textPlan } from './search-text';
import { timeSearch } from '../metrics';
import { ConsentCounts, VisibleTo, consentCounts } from './consent-counts';

export type { UpsertOutcome } from './upsert';

/**
 * One country's experts in its own database: the only code that talks to the collection. The
 * seed, the import and the export go through it too.
 */
export class ExpertStore {
  private readonly experts: Collection<ExpertDoc>;
  private readonly index: SearchIndex;
  private readonly synonyms: SynonymStore;

  constructor(
    db: Db,
    readonly country: string,
  ) {
    this.experts = db.collection<ExpertDoc>('experts');
    this.synonyms = new SynonymStore(db);
    this.index = new SearchIndex(db, this.experts, () => this.synonyms.phrases());
  }

  /**
   * Indexes, then documents written by older code brought to the current derivation (search
   * would not find them otherwise). Returns what was re-derived, for the caller to log.
   */
  async init(): Promise<Rederived> {
    await ensureExpertIndexes(this.experts);
    await this.index.init();
    const rederived = await rederiveOutdated(this.experts, this.country);
    if (rederived.rewritten > 0) await this.index.changed(null);
    return rederived;
  }

  /** From the collection's metadata: cheap enough for /health, not an exact count. */
  count(): Promise<number> {
    return this.experts.estimatedDocumentCount();
  }

  /** No record at all: only then may demo data be seeded. */
  isEmpty(): Promise<boolean> {
    return isEmptyCollection(this.experts);
  }

  /**
   * Inserts documents already built with `toDocument` (the seed's demo data, with the ids and
   * `updatedAt` it chose), in any order.
   */
  async insertMany(docs: readonly ExpertDoc[]): Promise<void> {
    if (docs.length === 0) return;
    try {
      await this.experts.insertMany([...docs], { ordered: false });
    } finally {
      // Also when some were refused: the others are in. Many at once: re-read all.
      await this.index.changed(docs.length > 100 ? null : docs.map((d) => d._id));
    }
  }

  /** Every document by the agency's reference, streamed: the export's order. */
  allByRef(): AsyncIterable<ExpertDoc> {
    return this.experts.find({}).sort({ ref: 1 });
  }

  /** Every record's opaque id and reference, streamed: what `import --sync` compares with a file. */
  allRefs(): AsyncIterable<Pick<ExpertDoc, '_id' | 'ref'>> {
    return this.experts.find({}, { projection: { _id: 1, ref: 1 } });
  }

  /** Which of these opaque ids some record already holds. */
  async takenIds(opaques: readonly string[]): Promise<Set<string>> {
    if (opaques.length === 0) return new Set();
    const docs = await this.experts
      .find({ _id: { $in: [...opaques] } }, { projection: { _id: 1 } })
      .toArray();
    return new Set(docs.map((d) => d._id));
  }

  /** One query for any number of ids, answered in the order asked (null where not found). */
  async findByOpaqueIds(
    ids: readonly string[],
    visibility: Filter<ExpertDoc>,
  ): Promise<(ExpertDoc | null)[]> {
    const docs = await this.experts
      .find({ $and: [{ _id: { $in: [...ids] } }, visibility] })
      .toArray();
    const byId = new Map(docs.map((d) => [d._id, d]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  findByRefs(refs: readonly string[]): Promise<ExpertDoc[]> {
    return this.experts.find({ ref: { $in: [...refs] } }).toArray();
  }

  /**
   * This country's statistics for the filter's text (docs/ARCHITECTURE.md §7.6): what the gateway
   * adds up across the region before it asks for the ranked pages.
   */
  statistics(filter: CompiledFilter): Promise<SearchStatistics> {
    if (!filter.text || filter.excludesCountry)
      return Promise.resolve({ documents: 0, forms: [], areas: [] });
    return this.index.statistics(filter.scope, filter.text.words, filter.text.named);
  }

  /** A page; text is scored with `statistics` (the region's), else with this country's own. */
  async search(args: Omit<SearchArgs, 'plan'>, statistics?: SearchStatistics): Promise<SearchPage> {
    const done = timeSearch(this.country, args.order);
    try {
      const plan = textPlan(args.filter, statistics ?? (await this.statistics(args.filter)));
      const memory = plan && args.order === 'RELEVANCE' ? await this.index.records() : undefined;
      return await searchExperts(this.experts, this.country, { ...args, plan }, memory);
    } finally {
      done();
    }
  }

  /** Names areas by the vocabulary and this country's synonyms, as of the last write. */
  areaNamer(): Promise<AreaNamer> {
    return this.index.areaNamer();
  }

  areaSynonyms(): Promise<SynonymDoc[]> {
    return this.synonyms.list();
  }

  /** Replaces the country's own synonyms; the next search names areas by them. */
  async setAreaSynonyms(
    synonyms: readonly AreaSynonym[],
    by: string | null,
  ): Promise<SynonymDoc[]> {
    try {
      await this.synonyms.replace(synonyms, by);
    } finally {
      await this.index.changed([]);
    }
    return this.synonyms.list();
  }

  /** Trainer candidates for a need (matching.ts). */
  matchTrainers(
    scope: SearchScope,
    need: TrainingNeed,
    first: number,
    after?: SortKey,
  ): Promise<CandidatePage> {
    return matchTrainers(this.experts, scope, need, first, after);
  }

  async facets(filter: CompiledFilter): Promise<Facets> {
    const plan = textPlan(filter, await this.statistics(filter));
    return expertFacets(this.experts, this.country, filter, plan);
  }

  /** Counts of the experts by consent (consent-counts.ts), for the country's stewards. */
  consentCounts(visibleTo: VisibleTo): Promise<ConsentCounts> {
    return consentCounts(this.experts, visibleTo);
  }

  /** The opaque part of an id of this country, or a BAD_USER_INPUT error. */
  opaqueOf(id: string): string {
    const parsed = parseExpertId(id);
    if (parsed.country !== this.country) {
      throw appError(
        ErrorCode.BAD_USER_INPUT,
        `Expert ${id} belongs to ${parsed.country}; this service holds ${this.country} only.`,
      );
    }
    return parsed.opaque;
  }

  /**
   * Inserts or updates by the agency reference (upsert.ts decides which); `existing` is the
   * document already read for this reference, if the caller has it.
   */
  async upsert(
    record: ExpertRecord,
    existing?: ExpertDoc | null,
    now = new Date(),
  ): Promise<Upsert> {
    const current =
      existing === undefined ? await this.experts.findOne({ ref: record.ref }) : existing;
    const upsert = upsertOf(record, current, this.country, now, (id) => this.opaqueOf(id));
    const { doc, outcome } = upsert;
    if (outcome === 'unchanged') return upsert;
    if (outcome === 'updated') {
      await this.experts.replaceOne({ _id: doc._id }, doc);
    } else {
      try {
        await this.experts.insertOne(doc);
      } catch (error) {
        if (isDuplicateKey(error)) {
          throw appError(
            ErrorCode.CONFLICT,
            `Another record already uses id ${this.country}:${doc._id} or ref "${record.ref}".`,
          );
        }
        throw error;
      }
    }
    await this.index.changed([doc._id]);
    return upsert;
  }

  async remove(opaque: string): Promise<boolean> {
    const result = await this.experts.deleteOne({ _id: opaque });
    if (result.deletedCount === 1) await this.index.changed([opaque]);
    return result.deletedCount === 1;
  }

  /** Appends consent entries; the latest per audience and purpose decides visibility. */
  async addConsent(
    opaque: string,
    entries: ConsentEntry[],
    now = new Date(),
  ): Promise<ExpertDoc | null> {
    const current = await this.experts.findOne({ _id: opaque });
    if (!current) return null;
    const record = toRecord(current, this.country);
    const doc = toDocument(
      { ...record, consent: [...record.consent, ...entries] },
      opaque,
      now,
      lifecycleOf(current),
    );
    await this.experts.replaceOne({ _id: opaque }, doc);
    await this.index.changed([opaque]);
    return doc;
  }

  /**
   * Sets a record's lifecycle (a confirmation, an erasure request) without touching its record
   * fields or `updatedAt`; the search index sees it from the next request. Null: no such record.
   */
  async setLifecycle(opaque: string, set: Partial<Lifecycle>): Promise<ExpertDoc | null> {
    const doc = await this.experts.findOneAndUpdate(
      { _id: opaque },
      { $set: set },
      { returnDocument: 'after' },
    );
    if (doc) await this.index.changed([opaque]);
    return doc;
  }

  /** Records last confirmed before `before`, longest unconfirmed first: the confirmation report. */
  confirmedBefore(before: Date, limit: number): Promise<ExpertDoc[]> {
    return this.experts
      .find({ lastConfirmedAt: { $lt: before } })
      .sort({ lastConfirmedAt: 1, _id: 1 })
      .limit(limit)
      .toArray();
  }
}
