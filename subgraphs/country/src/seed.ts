import { generateExperts } from '@expertpool/demo';
import { toDocument } from './store/document';
import { ExpertStore } from './store/expert-store';

/**
 * Fills an EMPTY database with deterministic demo experts; a database holding any record is
 * never touched, so a member state's real data is safe from a stray SEED_EXPERTS.
 */
export async function seedIfEmpty(
  store: ExpertStore,
  count: number,
  seed: number,
  log: (line: string) => void,
): Promise<number> {
  if (count <= 0 || !(await store.isEmpty())) return 0;
  const records = generateExperts({ country: store.country, count, seed });
  const base = Date.UTC(2026, 0, 1);
  const batch = 1000;
  for (let i = 0; i < records.length; i += batch) {
    // Spread updatedAt deterministically so the UPDATED order is meaningful on demo data.
    const docs = records
      .slice(i, i + batch)
      .map((r, j) => toDocument(r, r.id!.split(':')[1], new Date(base + (i + j) * 3_600_000)));
    await store.insertMany(docs);
    if (records.length > batch)
      log(
        `${store.country}: seeded ${Math.min(i + batch, records.length)}/${records.length} demo experts`,
      );
  }
  log(`${store.country}: seeded ${records.length} demo experts`);
  return records.length;
}
