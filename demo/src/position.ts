import type { Position, RegionalBand } from '@expertpool/shared';
import type { Rng } from './random';
import type { AgencyProfile, CountryProfile, GradeOption, Label } from './profiles/types';

/** A senior-official pool is a pyramid: few agency heads, most experts one or two levels down. */
const BAND_WEIGHTS: readonly (readonly [RegionalBand, number])[] = [
  ['TOP_EXECUTIVE', 0.08],
  ['SENIOR_EXECUTIVE', 0.22],
  ['EXECUTIVE', 0.42],
  ['SENIOR_MANAGER', 0.28],
];

export interface Post {
  agency: AgencyProfile;
  title: Label;
}

/** Posts and grades by band, built once per profile: the generator asks for them per record. */
interface BandTables {
  posts: Map<RegionalBand, Post[]>;
  grades: Map<RegionalBand, GradeOption[]>;
}

const tablesCache = new WeakMap<CountryProfile, BandTables>();

export function bandTables(profile: CountryProfile): BandTables {
  let tables = tablesCache.get(profile);
  if (!tables) {
    tables = { posts: new Map(), grades: new Map() };
    for (const [band] of BAND_WEIGHTS) {
      tables.posts.set(
        band,
        profile.agencies.flatMap((agency) => postsOf(profile, agency, band)),
      );
      tables.grades.set(
        band,
        profile.grades.filter((g) => g.band === band),
      );
    }
    tablesCache.set(profile, tables);
  }
  return tables;
}

function postsOf(profile: CountryProfile, agency: AgencyProfile, band: RegionalBand): Post[] {
  if (band === 'TOP_EXECUTIVE') return (agency.heads ?? []).map((title) => ({ agency, title }));
  if (band === 'SENIOR_EXECUTIVE')
    return (agency.deputies ?? []).map((title) => ({ agency, title }));
  return profile.unitRoles[band].flatMap((role) =>
    agency.units.map((unit) => ({ agency, title: unitTitle(profile, role, unit) })),
  );
}

function unitTitle(profile: CountryProfile, role: Label, unit: Label): Label {
  const en = `${role.en}, ${unit.en}`;
  if (role.local === undefined || unit.local === undefined) return { en };
  // Written as one run without spaces, the way these scripts write a title.
  const local = profile.localTitles?.unitFirst ? unit.local + role.local : role.local + unit.local;
  return { en, local };
}

/** The position and the agency it belongs to (the agency also names the e-mail domain). */
export function makePosition(
  rng: Rng,
  profile: CountryProfile,
): { position: Position; agency: AgencyProfile } {
  const tables = bandTables(profile);
  const band = rng.weighted(BAND_WEIGHTS);
  const grade = rng.pick(tables.grades.get(band) ?? []);
  const post = rng.pick(tables.posts.get(band) ?? []);
  const local = post.title.local;
  const useLocal = local !== undefined && rng.chance(profile.localTitles?.share ?? 0);
  return {
    position: {
      title: useLocal ? local : post.title.en,
      grade: { scheme: grade.scheme, code: grade.code },
      band,
      agency: post.agency.name,
    },
    agency: post.agency,
  };
}
