import { CONSENT_AUDIENCES, ConsentAudience, ExpertRecord } from '@expertpool/shared';
import { generateExperts } from '@expertpool/demo';

/**
 * Trainers come from the first 20 demo experts of a country: generation is prefix-stable, so they
 * exist in any country instance seeded (with the same SEED) with at least 20 experts.
 */
export const TRAINER_POOL_SIZE = 20;

/** How many audiences beyond its own country may see the expert, by its latest consent entries. */
function visibility(record: ExpertRecord): number {
  const latest = new Map<string, boolean>();
  const entries = [...record.consent].sort((a, b) =>
    a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0,
  );
  for (const c of entries) latest.set(`${c.audience}:${c.purpose}`, c.granted);
  const grants = (audience: ConsentAudience) =>
    latest.get(`${audience}:ANY`) === true || latest.get(`${audience}:TRAINER_SEARCH`) === true;
  return CONSENT_AUDIENCES.filter(grants).length;
}

function fit(record: ExpertRecord, competencies: readonly string[]): number {
  return record.expertise.reduce(
    (sum, e) => sum + (competencies.includes(e.area) ? e.level : 0),
    0,
  );
}

/** Lexicographic comparison of two equally long rank vectors. */
function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * Picks demo experts deterministically: the most visible (a trainer is shown to every reader of
 * programmes), then the best fit for the programme's competencies, then the least used so far,
 * then the first generated.
 */
export class TrainerPicker {
  private readonly pools = new Map<string, ExpertRecord[]>();
  private readonly uses = new Map<string, number>();

  constructor(private readonly seed: number) {}

  pick(country: string, competencies: readonly string[], taken: ReadonlySet<string>): string {
    let best: { id: string; rank: number[] } | undefined;
    for (const record of this.pool(country)) {
      const id = record.id;
      if (id === undefined)
        throw new Error(`The demo generator returned a ${country} expert without an id.`);
      if (taken.has(id)) continue;
      const rank = [visibility(record), fit(record, competencies), -(this.uses.get(id) ?? 0)];
      // Strictly better only: on a tie the earlier generated expert stays.
      if (!best || compareRanks(rank, best.rank) > 0) best = { id, rank };
    }
    if (!best) throw new Error(`No demo expert of ${country} is left to pick.`);
    this.uses.set(best.id, (this.uses.get(best.id) ?? 0) + 1);
    return best.id;
  }

  private pool(country: string): ExpertRecord[] {
    const cached = this.pools.get(country);
    if (cached) return cached;
    const pool = generateExperts({ country, count: TRAINER_POOL_SIZE, seed: this.seed });
    this.pools.set(country, pool);
    return pool;
  }
}
