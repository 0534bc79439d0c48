import { randomUUID } from 'node:crypto';
import { Collection, Db, ObjectId } from 'mongodb';
import { Query } from 'mingo';
import {
  AreaNamer,
  FormStatistic,
  MAX_FORMS_PER_WORD,
  NamedArea,
  NamingPhrase,
  QueryWord,
  SearchStatistics,
  TermDictionary,
  ensureIndexes,
  keepBestForms,
  vocabularyPhrases,
  isDuplicateKey,
} from '@expertpool/shared';
import { ExpertDoc } from './document';
import { INDEXED_PROJECTION, IndexedDoc, IndexedRecord, MemoryIndex } from './memory-index';
import { SearchScope } from './search-scope';
import { familyForm, releasedForms } from './token-groups';

interface EpochDoc {
  _id: string;
  /** A fresh random value per write. */
  n: string;
}

/** One write: the ids it touched, or null when it touched too many to list (re-read all). */
interface ChangeDoc {
  _id: ObjectId;
  ids: string[] | null;
  at: Date;
}

const EPOCH_ID = 'experts';
/** Counts remembered per epoch; past this many the memory is cleared (a new epoch clears it too). */
const MAX_REMEMBERED = 20_000;
/**
 * Changes are read again this far back from the last sync: a writer's clock (the import CLI may
 * run on another machine) may run behind the reader's, and a write in flight may log its change
 * after a sync started. Clocks kept by NTP are well within this.
 */
const OVERLAP_MS = 5 * 60_000;
/**
 * Everything is read again at least this often, so that a change the log missed (a clock further
 * off than the overlap, a write whose log entry failed after its record was written) is seen
 * within this time at the latest; the page itself is always checked against the database.
 */
const RELOAD_EVERY_MS = 15 * 60_000;
/** Changes are kept this long; a replica that has not synced for longer reloads everything. */
const KEEP_CHANGES_MS = 3_600_000;
/** Stored tokens are `<prefix>:<word>` with a one-letter prefix (token-groups.ts). */
const bare = (token: string) => token.slice(2);

/**
 * What text search derives from the country's own records, kept in this process
 * (docs/ARCHITECTURE.md §7.6): the records' words as an inverted index, the term dictionary that
 * completes and corrects query words, the area namer with the country's own synonyms, and the
 * counts behind the statistics. MongoDB stays the system of record. Every write through
 * ExpertStore logs the ids it changed in `search_changes` and then gives the epoch document a new
 * random value, before it is acknowledged; every search reads the epoch first and, when it
 * changed, applies the logged changes since its last sync (reading those records again), so
 * several replicas and the import CLI may write at once and each next search reflects every
 * acknowledged write. A random epoch, not a counter: two writers racing a read-modify-write
 * increment (as emulators may do) could leave a count where a search last saw it.
 */
export class SearchIndex {
  private readonly epochs: Collection<EpochDoc>;
  private readonly changes: Collection<ChangeDoc>;
  private epoch: string | undefined;
  private memory: MemoryIndex | undefined;
  private syncedAt = 0;
  private reloadedAt = 0;
  /** Changes applied within the overlap window, so a change read twice is applied once. */
  private applied = new Map<string, number>();
  private dictionary = new TermDictionary([]);
  private namer = new AreaNamer([]);
  private readonly counts = new Map<string, number>();
  private readonly areaCounts = new Map<string, Map<string, number>>();
  private syncs: Promise<void> = Promise.resolve();

  constructor(
    db: Db,
    private readonly experts: Collection<ExpertDoc>,
    /** The country's own synonyms (synonym-store.ts), read again with every rebuild. */
    private readonly synonyms: () => Promise<NamingPhrase[]>,
  ) {
    this.epochs = db.collection<EpochDoc>('search_epoch');
    this.changes = db.collection<ChangeDoc>('search_changes');
  }

  /**
   * Called by every write, before it is acknowledged, with the ids it changed (null: too many to
   * list). Two first writes may race to create the epoch document; the loser's upsert fails on
   * the duplicate id and is retried.
   */
  async changed(ids: readonly string[] | null): Promise<void> {
    const at = new Date();
    await this.changes.insertOne({ _id: new ObjectId(), ids: ids && [...ids], at });
    const renew = () =>
      this.epochs.updateOne({ _id: EPOCH_ID }, { $set: { n: randomUUID() } }, { upsert: true });
    try {
      await renew();
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      await renew();
    }
    // Now and then, the writer that happens by forgets what no replica needs any more.
    if (Math.random() < 0.01)
      await this.changes.deleteMany({ at: { $lt: new Date(at.getTime() - KEEP_CHANGES_MS) } });
  }

  /** The change log is read by time on every sync and swept by time. */
  async init(): Promise<void> {
    await ensureIndexes(this.changes, [{ key: { at: 1 }, name: 'at' }]);
  }

  /** The records as of the last acknowledged write. */
  async records(): Promise<MemoryIndex> {
    await this.current();
    return this.memory!;
  }

  /** Names areas by the shared vocabulary and this country's own synonyms, as of now. */
  async areaNamer(): Promise<AreaNamer> {
    await this.current();
    return this.namer;
  }

  /**
   * Brings the derived structures up to the epoch read now. Syncs run one after another: a sync
   * that began before this epoch was read might miss a write acknowledged before it, so a caller
   * queues its own behind it (skipped when an earlier one already reached this epoch).
   */
  private async current(): Promise<void> {
    const n = (await this.epochs.findOne({ _id: EPOCH_ID }))?.n ?? '';
    if (n === this.epoch && this.memory) return;
    const queued = this.syncs.then(() =>
      n === this.epoch && this.memory ? undefined : this.sync(n),
    );
    this.syncs = queued.catch(() => undefined);
    await queued;
  }

  private async sync(epoch: string): Promise<void> {
    const started = Date.now();
    if (
      !this.memory ||
      started - this.syncedAt > KEEP_CHANGES_MS - OVERLAP_MS ||
      started - this.reloadedAt > RELOAD_EVERY_MS
    ) {
      await this.reload(started);
    } else {
      const since = new Date(this.syncedAt - OVERLAP_MS);
      const fresh = (await this.changes.find({ at: { $gte: since } }).toArray()).filter(
        (c) => !this.applied.has(c._id.toHexString()),
      );
      if (fresh.some((c) => c.ids === null)) {
        await this.reload(started);
      } else {
        const ids = [...new Set(fresh.flatMap((c) => c.ids ?? []))];
        const docs = ids.length
          ? await this.experts
              .find({ _id: { $in: ids } }, { projection: INDEXED_PROJECTION })
              .toArray()
          : [];
        const found = new Map(docs.map((d) => [d._id, d as IndexedDoc]));
        for (const id of ids) {
          const doc = found.get(id);
          if (doc) this.memory.put(doc);
          else this.memory.remove(id);
        }
        for (const c of fresh) this.applied.set(c._id.toHexString(), c.at.getTime());
      }
    }
    // Applied changes older than the window cannot be read again: forget them.
    for (const [id, at] of this.applied) if (at < started - 2 * OVERLAP_MS) this.applied.delete(id);
    this.syncedAt = started;
    const memory = this.memory!;
    this.dictionary = new TermDictionary([...memory.tokens()].map(bare));
    this.namer = new AreaNamer([...vocabularyPhrases(), ...(await this.synonyms())]);
    this.counts.clear();
    this.areaCounts.clear();
    this.epoch = epoch;
  }

  /** Every record again, and the changes logged meanwhile marked as applied. */
  private async reload(started: number): Promise<void> {
    const logged = await this.changes
      .find({ at: { $gte: new Date(started - OVERLAP_MS) } })
      .toArray();
    const memory = new MemoryIndex();
    for await (const doc of this.experts.find({}, { projection: INDEXED_PROJECTION }))
      memory.put(doc as IndexedDoc);
    this.memory = memory;
    this.reloadedAt = started;
    this.applied = new Map(logged.map((c) => [c._id.toHexString(), c.at.getTime()]));
  }

  /**
   * This country's statistics for a query, over what `scope` may see: records it may see, and
   * words of fields released to it. A form found only in withheld fields counts 0 and is not
   * reported, so statistics reveal nothing a search could not.
   */
  async statistics(
    scope: SearchScope,
    words: readonly QueryWord[],
    named: readonly NamedArea[],
  ): Promise<SearchStatistics> {
    const memory = await this.records();
    const scopeKey = `${JSON.stringify(scope.visibility)}|${[...scope.released].sort().join(',')}`;
    const visible = visibleTest(scope);
    // Forms come best first (compareForms); counting stops at the best MAX_FORMS_PER_WORD this
    // caller can see, which is what keepBestForms would keep of all of them.
    const found: FormStatistic[] = words.flatMap((w, word) => {
      const kept: FormStatistic[] = [];
      for (const f of this.dictionary.forms(w)) {
        if (kept.length === MAX_FORMS_PER_WORD) break;
        const documents = this.remember(`${scopeKey}|df:${f.token}`, () =>
          countVisible(memory.candidates(releasedForms(f.token, scope.released)), memory, visible),
        );
        if (documents === 0) continue;
        // Family names are words of `names`, so they count only where names are released.
        const families = scope.released.has('names')
          ? this.remember(`${scopeKey}|fn:${f.token}`, () =>
              countVisible(memory.candidates([familyForm(f.token)]), memory, visible),
            )
          : 0;
        kept.push({ word, token: f.token, kind: f.kind, edits: f.edits, documents, families });
      }
      return kept;
    });
    // Every area's holders, not only the areas named here: another country's synonym may name
    // an area this country's phrases do not, and the region's sum must count its holders here too.
    const areas = scope.released.has('expertise')
      ? this.areaHolders(memory, scopeKey, visible)
      : [];
    const documents = this.remember(`${scopeKey}|N`, () => {
      let n = 0;
      for (const r of memory.all()) if (visible(r)) n++;
      return n;
    });
    return { documents, forms: keepBestForms(found), areas, named: [...named] };
  }

  /** Records holding each area among those the scope may see, once per scope and epoch. */
  private areaHolders(
    memory: MemoryIndex,
    scopeKey: string,
    visible: (r: IndexedRecord) => boolean,
  ): { area: string; documents: number }[] {
    let counts = this.areaCounts.get(scopeKey);
    if (!counts) {
      counts = new Map();
      for (const r of memory.all()) {
        if (!visible(r)) continue;
        for (const area of new Set(r.expertise.map((e) => e.area)))
          counts.set(area, (counts.get(area) ?? 0) + 1);
      }
      if (this.areaCounts.size >= MAX_REMEMBERED) this.areaCounts.clear();
      this.areaCounts.set(scopeKey, counts);
    }
    return [...counts]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([area, documents]) => ({ area, documents }));
  }

  private remember(key: string, count: () => number): number {
    const known = this.counts.get(key);
    if (known !== undefined) return known;
    const value = count();
    if (this.counts.size >= MAX_REMEMBERED) this.counts.clear();
    this.counts.set(key, value);
    return value;
  }
}

/** Whether the scope may see a record: its visibility filter, as MongoDB would apply it. */
export function visibleTest(scope: SearchScope): (r: IndexedRecord) => boolean {
  const query = new Query(scope.visibility);
  return (r) => query.test(r.doc);
}

function countVisible(
  ids: Iterable<string>,
  memory: MemoryIndex,
  visible: (r: IndexedRecord) => boolean,
): number {
  let n = 0;
  for (const id of ids) {
    const r = memory.get(id);
    if (r && visible(r)) n++;
  }
  return n;
}
