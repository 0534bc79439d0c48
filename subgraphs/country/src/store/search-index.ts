import { randomUUID } from 'node:crypto';
import { Collection, Db, MongoServerError } from 'mongodb';
import {
  AreaNamer,
  FormStatistic,
  NamedArea,
  NamingPhrase,
  QueryWord,
  SearchStatistics,
  TermDictionary,
  keepBestForms,
  vocabularyPhrases,
} from '@expertpool/shared';
import { ExpertDoc } from './document';
import { SearchScope } from './search-scope';
import { releasedForms } from './token-groups';

interface EpochDoc {
  _id: string;
  /** A fresh random value per write. */
  n: string;
}

const EPOCH_ID = 'experts';
const DUPLICATE_KEY = 11000;
/** Counts remembered per epoch; past this many the memory is cleared (a new epoch clears it too). */
const MAX_REMEMBERED = 20_000;
/** Stored tokens are `<prefix>:<word>` with a one-letter prefix (token-groups.ts). */
const bare = (token: string) => token.slice(2);

/**
 * What text search derives from the country's own records, kept in this process: the term
 * dictionary that completes and corrects query words, and the counts behind the statistics
 * (docs/ARCHITECTURE.md §7.6). MongoDB stays the system of record: every write through
 * ExpertStore gives the epoch document a new random value before it is acknowledged, and every
 * search reads the epoch first and rebuilds what it derived when it changed. A random value, not
 * a counter: two writers racing a read-modify-write increment (as emulators may do) could leave
 * the count where a search last saw it, while any write after a search's read leaves a value
 * that search has not seen. Several replicas and the import CLI
 * may write at once; each one's next search still reflects every acknowledged write.
 */
export class SearchIndex {
  private readonly epochs: Collection<EpochDoc>;
  private epoch: string | undefined;
  private dictionary = new TermDictionary([]);
  private namer = new AreaNamer([]);
  private readonly counts = new Map<string, number>();
  private readonly areaCounts = new Map<string, Map<string, number>>();

  constructor(
    db: Db,
    private readonly experts: Collection<ExpertDoc>,
    /** The country's own synonyms (synonym-store.ts), read again with every rebuild. */
    private readonly synonyms: () => Promise<NamingPhrase[]>,
  ) {
    this.epochs = db.collection<EpochDoc>('search_epoch');
  }

  /** Names areas by the shared vocabulary and this country's own synonyms, as of now. */
  async areaNamer(): Promise<AreaNamer> {
    await this.current();
    return this.namer;
  }

  /**
   * Called by every write, before it is acknowledged. Two first writes may race to create the
   * epoch document; the loser's upsert fails on the duplicate id and is retried.
   */
  async changed(): Promise<void> {
    const renew = () =>
      this.epochs.updateOne({ _id: EPOCH_ID }, { $set: { n: randomUUID() } }, { upsert: true });
    try {
      await renew();
    } catch (error) {
      if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
      await renew();
    }
  }

  private async current(): Promise<void> {
    const n = (await this.epochs.findOne({ _id: EPOCH_ID }))?.n ?? '';
    if (n === this.epoch) return;
    const [tokens, own] = await Promise.all([
      this.experts.distinct('tokens') as Promise<string[]>,
      this.synonyms(),
    ]);
    this.dictionary = new TermDictionary(tokens.map(bare));
    this.namer = new AreaNamer([...vocabularyPhrases(), ...own]);
    this.counts.clear();
    this.areaCounts.clear();
    this.epoch = n;
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
    await this.current();
    const scopeKey = `${JSON.stringify(scope.visibility)}|${[...scope.released].sort().join(',')}`;
    const forms = words.map((w) => this.dictionary.forms(w));
    const tokens = [...new Set(forms.flat().map((f) => f.token))];
    const df = await this.documentFrequencies(scope, scopeKey, tokens);
    const found: FormStatistic[] = forms.flatMap((list, word) =>
      list.map((f) => ({
        word,
        token: f.token,
        kind: f.kind,
        edits: f.edits,
        documents: df.get(f.token) ?? 0,
      })),
    );
    // Every area's holders, not only the areas named here: another country's synonym may name
    // an area this country's phrases do not, and the region's sum must count its holders here too.
    const areas = scope.released.has('expertise') ? await this.areaHolders(scope, scopeKey) : [];
    const documents = await this.remember(`${scopeKey}|N`, () =>
      this.experts.countDocuments(scope.visibility),
    );
    return { documents, forms: keepBestForms(found), areas, named: [...named] };
  }

  /** Records holding each word in a released field; the unknown ones counted in one pass. */
  private async documentFrequencies(
    scope: SearchScope,
    scopeKey: string,
    tokens: readonly string[],
  ): Promise<Map<string, number>> {
    const result = new Map<string, number>();
    const missing: string[] = [];
    for (const token of tokens) {
      const known = this.counts.get(`${scopeKey}|df:${token}`);
      if (known === undefined) missing.push(token);
      else result.set(token, known);
    }
    if (missing.length > 0) {
      const wanted = new Map<string, string>();
      for (const token of missing)
        for (const form of releasedForms(token, scope.released)) wanted.set(form, token);
      for (const token of missing) result.set(token, 0);
      if (wanted.size > 0) {
        const cursor = this.experts.find(
          { $and: [scope.visibility, { tokens: { $in: [...wanted.keys()] } }] },
          { projection: { _id: 0, tokens: 1 } },
        );
        for await (const doc of cursor) {
          const seen = new Set<string>();
          for (const t of doc.tokens) {
            const word = wanted.get(t);
            if (word !== undefined) seen.add(word);
          }
          for (const word of seen) result.set(word, result.get(word)! + 1);
        }
      }
      for (const token of missing) this.set(`${scopeKey}|df:${token}`, result.get(token)!);
    }
    return result;
  }

  /** Records holding each area, by one aggregation per scope and epoch. */
  private async areaHolders(
    scope: SearchScope,
    scopeKey: string,
  ): Promise<{ area: string; documents: number }[]> {
    let counts = this.areaCounts.get(scopeKey);
    if (!counts) {
      const rows = await this.experts
        .aggregate<{ _id: string; n: number }>([
          { $match: scope.visibility },
          { $unwind: '$expertise' },
          { $group: { _id: '$expertise.area', n: { $sum: 1 } } },
        ])
        .toArray();
      counts = new Map(rows.filter((r) => typeof r._id === 'string').map((r) => [r._id, r.n]));
      if (this.areaCounts.size >= MAX_REMEMBERED) this.areaCounts.clear();
      this.areaCounts.set(scopeKey, counts);
    }
    return [...counts]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([area, documents]) => ({ area, documents }));
  }

  private async remember(key: string, count: () => Promise<number>): Promise<number> {
    const known = this.counts.get(key);
    if (known !== undefined) return known;
    const value = await count();
    this.set(key, value);
    return value;
  }

  private set(key: string, value: number): void {
    if (this.counts.size >= MAX_REMEMBERED) this.counts.clear();
    this.counts.set(key, value);
  }
}
