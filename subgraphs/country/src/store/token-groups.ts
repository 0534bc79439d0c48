import {
  ExpertRecord,
  SearchField,
  familyNameTokens,
  findExpertiseArea,
  tokenSet,
} from '@expertpool/shared';
import { ReleasableField } from '../policy/release-policy';

/**
 * Text search may only match words of fields the caller receives (a withheld field must not be
 * found by probing it with words), so every stored token names the field it comes from as a
 * prefix: `q:economics` is a word of a qualification. This table is the one place a prefix is
 * tied to its field.
 */
export const TOKEN_GROUPS = {
  n: 'names',
  d: 'displayName',
  e: 'expertise',
  p: 'position',
  q: 'qualifications',
  g: 'engagements',
} as const satisfies Record<string, ReleasableField & SearchField>;

export type TokenPrefix = keyof typeof TOKEN_GROUPS;
export type TextField = (typeof TOKEN_GROUPS)[TokenPrefix];

const PREFIXES = Object.keys(TOKEN_GROUPS) as TokenPrefix[];

/** The fields whose words `filter.text` can match, in table order. */
export const TEXT_FIELDS: readonly TextField[] = PREFIXES.map((p) => TOKEN_GROUPS[p]);

/** The searchable texts of each field of a record. */
const TEXTS: Record<TextField, (record: ExpertRecord) => string[]> = {
  names: (r) => r.names.map((n) => n.value),
  displayName: (r) => [r.displayName],
  expertise: (r) => r.expertise.map((e) => findExpertiseArea(e.area)?.label ?? e.area),
  position: (r) => [
    r.position.title,
    r.position.agency,
    r.position.grade.scheme,
    r.position.grade.code,
  ],
  qualifications: (r) => r.qualifications.flatMap((q) => [q.title, q.institution]),
  engagements: (r) => r.engagements.map((e) => e.title),
};

/**
 * The prefix of a family-name token (family-names.ts). Not a group of its own: its words are
 * words of `names` too, released with it, and stored apart only so that statistics can count in
 * how many records a word is a family name (docs/ARCHITECTURE.md §7.6).
 */
const FAMILY_PREFIX = 'f';

export type GroupedTokens = Record<TextField, string[]> & { family: string[] };

/** The distinct tokens of each text field of a record, and those of its family names. */
export function groupTokens(record: ExpertRecord): GroupedTokens {
  const groups = Object.fromEntries(
    TEXT_FIELDS.map((field) => [field, tokenSet(TEXTS[field](record))]),
  ) as Record<TextField, string[]>;
  return { ...groups, family: [...new Set(record.names.flatMap(familyNameTokens))] };
}

/** Every token of every group, each under its group's prefix: the stored `tokens` array. */
export function prefixedTokens(groups: GroupedTokens): string[] {
  // The prefix is always prepended, so a token that itself contains ':' cannot pose as another group.
  return [
    ...PREFIXES.flatMap((prefix) =>
      groups[TOKEN_GROUPS[prefix]].map((token) => `${prefix}:${token}`),
    ),
    ...groups.family.map((token) => familyForm(token)),
  ];
}

/** The stored form of `token` as a family name. */
export const familyForm = (token: string): string => `${FAMILY_PREFIX}:${token}`;

/** The stored forms under which `token` may match for a caller receiving `released`. */
export function releasedForms(token: string, released: ReadonlySet<ReleasableField>): string[] {
  return PREFIXES.filter((prefix) => released.has(TOKEN_GROUPS[prefix])).map(
    (prefix) => `${prefix}:${token}`,
  );
}
