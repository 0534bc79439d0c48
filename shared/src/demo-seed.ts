import { EnvReader } from './config';

/**
 * The default SEED of the demo data, in shared rather than in @expertpool/demo: every service
 * reads SEED at start-up, seeding or not, and the region's trainers exist in the countries only
 * when both use the same value (docs/ARCHITECTURE.md §8). The year of the Bogor workshop where
 * BKN proposed the expert pool.
 */
export const DEFAULT_DEMO_SEED = 2017;

/** A setting that asks for demo data: `SEED_EXPERTS=200`, and the value that asks for none. */
export interface DemoDataRequest {
  variable: string;
  value: string;
  none: string;
}

/**
 * Refuses demo data with NODE_ENV=production unless DEMO_DATA=yes (yes or no, default no) asks
 * for it too; `asked` is the setting that would generate it, undefined when none does. A real
 * member state's or the secretariat's empty database must never fill with fake records because
 * a default or a copied .env asked for them, and the opt-in is a second variable so that one
 * typo cannot do it (docs/ARCHITECTURE.md §11.6).
 */
export function checkDemoDataAllowed(
  r: EnvReader,
  production: boolean,
  asked: DemoDataRequest | undefined,
): void {
  const demoData = r.oneOf('DEMO_DATA', ['yes', 'no'], 'no');
  if (!production || asked === undefined || demoData === 'yes') return;
  r.check(
    false,
    `${asked.variable}=${asked.value} would fill an empty database with demo data, and NODE_ENV=production: set ${asked.variable}=${asked.none} for real data, or DEMO_DATA=yes for a trial with demo data`,
  );
}
