import { SortKey, compareKeys } from '@expertpool/shared';

/**
 * The best `first` entries after a cursor, from a stream seen once: memory is bounded by the page,
 * not by how many records match (docs/ARCHITECTURE.md §7.6). One more than the page is kept to
 * tell whether there is a next page.
 */
export class TopAfter<T extends { key: SortKey }> {
  private readonly best: T[] = [];
  /** Entries offered, whether or not they made the page: the connection's totalCount. */
  total = 0;

  constructor(
    private readonly first: number,
    private readonly after?: SortKey,
  ) {}

  offer(entry: T): void {
    this.total++;
    if (this.after && compareKeys(entry.key, this.after) <= 0) return;
    const keep = this.first + 1;
    const best = this.best;
    if (best.length === keep && compareKeys(entry.key, best[keep - 1].key) >= 0) return;
    let at = best.length;
    while (at > 0 && compareKeys(entry.key, best[at - 1].key) < 0) at--;
    best.splice(at, 0, entry);
    if (best.length > keep) best.pop();
  }

  page(): { entries: T[]; hasNextPage: boolean } {
    return { entries: this.best.slice(0, this.first), hasNextPage: this.best.length > this.first };
  }
}
