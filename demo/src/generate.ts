import {
  badInput,
  DEFAULT_DEMO_SEED,
  type ExpertRecord,
  formatExpertId,
  isCountryCode,
  newOpaqueId,
} from '@expertpool/shared';
import { makeAvailability } from './availability';
import { makeEngagements, makeQualifications } from './career';
import { makeConsent } from './consent';
import { workEmail } from './contact';
import { makePosition } from './position';
import { createKeyedStreams, type RandomSource } from './prng';
import { PROFILES } from './profiles';
import type { CountryProfile } from './profiles/types';
import { Rng } from './random';
import { makeExpertise, makeLanguages } from './skills';

export interface DemoOptions {
  /** ISO 3166-1 alpha-2 code of a country in the country table. */
  country: string;
  count: number;
  /** Defaults to DEFAULT_DEMO_SEED. */
  seed?: number;
}

/**
 * Synthetic experts for one country. The same (country, count, seed) gives the same records on
 * every machine, and a smaller count gives a prefix of a larger one: each record is drawn from a
 * random stream of its own, keyed by seed, country and index, never from a shared one.
 */
export function generateExperts(options: DemoOptions): ExpertRecord[] {
  const country = options.country.toUpperCase();
  const profile = PROFILES[country];
  if (!isCountryCode(country) || profile === undefined) {
    throw badInput(`No demo data for country "${options.country}".`);
  }
  if (!Number.isSafeInteger(options.count) || options.count < 0) {
    throw badInput(`The demo count must be a non-negative integer, got ${options.count}.`);
  }
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isFinite(seed)) throw badInput(`The demo seed must be a finite number, got ${seed}.`);

  const streams = createKeyedStreams(`expertpool-demo|${seed}|${country}`);
  const records: ExpertRecord[] = [];
  for (let index = 0; index < options.count; index++) {
    records.push(generateExpert(profile, country, index, streams(index)));
  }
  return records;
}

function generateExpert(
  profile: CountryProfile,
  country: string,
  index: number,
  random: RandomSource,
): ExpertRecord {
  const rng = new Rng(random);
  const id = formatExpertId(country, newOpaqueId(rng.next));
  const name = profile.pinnedNames?.[index] ?? profile.makeName(rng);
  const { position, agency } = makePosition(rng, profile);
  const expertise = makeExpertise(rng);
  return {
    id,
    ref: `${profile.refPrefix}-${`${index + 1}`.padStart(6, '0')}`,
    names: name.names.map((n) => ({ ...n })),
    displayName: name.latin,
    position,
    expertise,
    languages: makeLanguages(rng, name.homeLanguage, profile.languages),
    availability: makeAvailability(rng),
    contact: { workEmail: workEmail(name.mailbox, agency.domain, country, index) },
    qualifications: makeQualifications(rng, profile.universities),
    engagements: makeEngagements(rng, expertise),
    consent: makeConsent(rng),
  };
}
