import { EXPERTISE_AREAS, type ExpertiseEntry, type LanguageSkill } from '@expertpool/shared';
import type { Rng } from './random';
import type { LanguageOption } from './profiles/types';

const AREA_COUNTS: readonly (readonly [number, number])[] = [
  [1, 0.2],
  [2, 0.35],
  [3, 0.3],
  [4, 0.15],
];

/** Years of practice that fit each level, so a level-4 expert never has one year's experience. */
const YEARS_BY_LEVEL: Record<1 | 2 | 3 | 4, readonly [number, number]> = {
  1: [1, 6],
  2: [3, 12],
  3: [6, 20],
  4: [10, 30],
};

export function makeExpertise(rng: Rng): ExpertiseEntry[] {
  const areas = rng.sample(EXPERTISE_AREAS, rng.weighted(AREA_COUNTS));
  return areas.map((area) => {
    const level = rng.int(1, 4) as 1 | 2 | 3 | 4;
    const [minYears, maxYears] = YEARS_BY_LEVEL[level];
    const entry: ExpertiseEntry = { area: area.id, level, years: rng.int(minYears, maxYears) };
    if (area.escoUri) entry.escoUri = area.escoUri;
    return entry;
  });
}

/** The first language at C2, then each optional language the dice grant, without repeats. */
export function makeLanguages(
  rng: Rng,
  firstLanguage: string,
  options: readonly LanguageOption[],
): LanguageSkill[] {
  const skills: LanguageSkill[] = [{ tag: firstLanguage, cefr: 'C2' }];
  for (const option of options) {
    if (!rng.chance(option.chance)) continue;
    const tag = rng.pick(option.tags);
    const cefr = rng.pick(option.levels);
    if (!skills.some((s) => s.tag === tag)) skills.push({ tag, cefr });
  }
  return skills;
}
