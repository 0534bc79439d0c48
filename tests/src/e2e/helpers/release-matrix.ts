/**
 * The audience × field matrix of the ownership tests: the Expert fields a release policy decides
 * on, the default and a changed policy written out apart from the code under test, and the check
 * that a response releases exactly a policy's fields and leaks nothing withheld.
 */
import { GraphQLResult } from './graphql';

export const ALL_FIELDS = `
  id country { code } names { value lang script } displayName
  position { title grade { scheme code } band agency }
  expertise { area { id label } level years escoUri }
  languages { tag cefr }
  availability { status onsite remote windows { from to } }
  contact { workEmail }
  qualifications { title institution year }
  engagements { title role year hostCountry }
  consent { audiences noticeVersion updatedAt }
  updatedAt withheldFields`;
export const ENTITY_SELECTED = [
  'names',
  'displayName',
  'position',
  'contact',
  'qualifications',
  'updatedAt',
];
export const ENTITY_FIELDS = `id names { value lang script } displayName position { title grade { scheme code } band agency }
  contact { workEmail } qualifications { title institution year } updatedAt withheldFields`;
export const RELEASABLE = [
  'names',
  'displayName',
  'position',
  'expertise',
  'languages',
  'availability',
  'contact',
  'qualifications',
  'engagements',
  'consent',
  'updatedAt',
];

export type Audience = 'MEMBER' | 'SECRETARIAT' | 'PUBLIC';
export type Policy = Record<Audience, string[]>;
/** The default of docs/ARCHITECTURE.md §6, written out, not imported from the code under test. */
export const DEFAULT_POLICY: Policy = {
  SECRETARIAT: RELEASABLE.filter((f) => f !== 'contact'),
  MEMBER: RELEASABLE.filter((f) => f !== 'contact' && f !== 'updatedAt'),
  PUBLIC: ['displayName', 'position', 'expertise', 'languages'],
};
export const CHANGED_POLICY: Policy = {
  SECRETARIAT: ['names', 'displayName', 'qualifications', 'updatedAt'],
  MEMBER: ['displayName', 'position', 'contact'],
  PUBLIC: ['displayName'],
};

export function data(res: GraphQLResult): Record<string, any> {
  if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

/** Distinctive strings of a value (long enough not to occur by chance, and not enum names). */
export function distinctive(value: unknown): string[] {
  if (typeof value === 'string')
    return value.length >= 6 && !/^[A-Z0-9_]+$/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(distinctive);
  if (value && typeof value === 'object') return Object.values(value).flatMap(distinctive);
  return [];
}

/**
 * Checks one response for one audience: released fields equal the owner's values, withheld ones
 * are null and named, and no string of a withheld field appears anywhere in the response.
 */
export function expectReleased(
  expert: Record<string, any>,
  own: Record<string, any>,
  released: string[],
  whole: GraphQLResult,
  selected: readonly string[] = RELEASABLE,
): void {
  const withheld = RELEASABLE.filter((f) => !released.includes(f));
  expect(expert.withheldFields).toEqual([...withheld].sort());
  for (const field of selected) {
    const expected = released.includes(field) ? own[field] : null;
    expect({ field, value: expert[field] }).toEqual({ field, value: expected });
  }
  const allowed = new Set(released.flatMap((f) => distinctive(own[f])));
  const text = JSON.stringify(whole);
  for (const secret of withheld.flatMap((f) => distinctive(own[f]))) {
    if (!allowed.has(secret))
      expect({ leaked: text.includes(secret), secret }).toEqual({ leaked: false, secret });
  }
}
