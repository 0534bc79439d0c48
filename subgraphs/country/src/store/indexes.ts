import { Collection, IndexDescription } from 'mongodb';
import { ensureIndexes } from '@expertpool/shared';
import { ExpertDoc } from './document';

/**
 * One index per filter and order of the public contract (docs/ARCHITECTURE.md §5), and the
 * unique index on the agency's own reference that makes re-imports upsert, not duplicate.
 */
export async function ensureExpertIndexes(experts: Collection<ExpertDoc>): Promise<void> {
  const indexes: IndexDescription[] = [
    { key: { ref: 1 }, name: 'ref_unique', unique: true },
    { key: { tokens: 1 }, name: 'tokens' },
    { key: { sortName: 1, _id: 1 }, name: 'order_name' },
    { key: { updatedAt: -1, _id: 1 }, name: 'order_updated' },
    { key: { expertiseKeys: 1 }, name: 'expertise' },
    { key: { maxLevel: 1 }, name: 'max_level' },
    { key: { languageKeys: 1 }, name: 'languages' },
    { key: { 'position.band': 1 }, name: 'band' },
    { key: { 'availability.status': 1 }, name: 'availability_status' },
    { key: { consentKeys: 1 }, name: 'consent' },
    // The confirmation report and the lapse rule (docs/ARCHITECTURE.md §6.8).
    { key: { lastConfirmedAt: 1, _id: 1 }, name: 'last_confirmed' },
    // Finds the few documents of an older derivation at start-up without reading the others.
    { key: { derivation: 1 }, name: 'derivation' },
  ];
  await ensureIndexes(experts, indexes);
}
