import { Audience, CONSENT_AUDIENCES, ConsentAudience, badInput } from '@expertpool/shared';

/** The Expert fields a release policy decides on; `id`, `country` and `withheldFields` always leave. */
export const RELEASABLE_FIELDS = [
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
] as const;
export type ReleasableField = (typeof RELEASABLE_FIELDS)[number];

/** The audiences a policy names (those consent is given to); OWN always receives every field. */
export const POLICY_AUDIENCES = CONSENT_AUDIENCES;
export type PolicyAudience = ConsentAudience;

export type PolicyAudiences = Record<PolicyAudience, ReleasableField[]>;

/** The `policy` collection's document `_id: 'release'`. */
export interface ReleasePolicyDoc {
  _id: 'release';
  audiences: PolicyAudiences;
  updatedAt: Date;
  updatedBy: string | null;
}

/** A policy as the service applies it: stored, or the default when none is stored. */
export interface ReleasePolicy {
  audiences: PolicyAudiences;
  updatedAt: Date | null;
  updatedBy: string | null;
  isDefault: boolean;
}

const ordered = (fields: Iterable<ReleasableField>): ReleasableField[] => {
  const set = new Set(fields);
  return RELEASABLE_FIELDS.filter((f) => set.has(f));
};

/** What leaves the country when the country has not decided otherwise. */
export const DEFAULT_RELEASE_POLICY: ReleasePolicy = Object.freeze({
  audiences: Object.freeze({
    SECRETARIAT: RELEASABLE_FIELDS.filter((f) => f !== 'contact'),
    MEMBER: RELEASABLE_FIELDS.filter((f) => f !== 'contact' && f !== 'updatedAt'),
    PUBLIC: ['displayName', 'position', 'expertise', 'languages'],
  }) as PolicyAudiences,
  updatedAt: null,
  updatedBy: null,
  isDefault: true,
});

/** The fields `audience` receives under `policy`. */
export function releasedFields(
  policy: ReleasePolicy,
  audience: Audience,
): readonly ReleasableField[] {
  return audience === 'OWN' ? RELEASABLE_FIELDS : policy.audiences[audience];
}

/** The fields `audience` does not receive, in RELEASABLE_FIELDS order. */
export function withheldFields(policy: ReleasePolicy, audience: Audience): ReleasableField[] {
  const released = new Set(releasedFields(policy, audience));
  return RELEASABLE_FIELDS.filter((f) => !released.has(f));
}

export const isReleasableField = (name: unknown): name is ReleasableField =>
  typeof name === 'string' && (RELEASABLE_FIELDS as readonly string[]).includes(name);

/**
 * A policy from untrusted input (the GraphQL input or a CLI file), as
 * `{ audiences: [{ audience, fields }] }` or `{ audiences: { MEMBER: [...], ... } }`.
 * Every one of MEMBER, SECRETARIAT and PUBLIC must be named exactly once; OWN, unknown audiences
 * and unknown field names are refused (BAD_USER_INPUT, listing every problem).
 */
export function parsePolicyInput(input: unknown): PolicyAudiences {
  const problems: string[] = [];
  const entries: { audience: unknown; fields: unknown }[] = [];
  const audiences = (input as { audiences?: unknown } | null)?.audiences;
  if (Array.isArray(audiences)) {
    for (const entry of audiences) {
      if (typeof entry !== 'object' || entry === null)
        problems.push('each audience entry must be an object { audience, fields }');
      else entries.push(entry as { audience: unknown; fields: unknown });
    }
  } else if (typeof audiences === 'object' && audiences !== null) {
    for (const [audience, fields] of Object.entries(audiences)) entries.push({ audience, fields });
  } else {
    problems.push('audiences is required: one entry per audience MEMBER, SECRETARIAT and PUBLIC');
  }
  const result: Partial<PolicyAudiences> = {};
  for (const { audience, fields } of entries) {
    const name = String(audience);
    if (audience === 'OWN') {
      problems.push('audience OWN always receives every field and cannot be restricted');
      continue;
    }
    if (!(POLICY_AUDIENCES as readonly unknown[]).includes(audience)) {
      problems.push(
        `unknown audience "${name.slice(0, 40)}"; one of ${POLICY_AUDIENCES.join(', ')}`,
      );
      continue;
    }
    const key = audience as PolicyAudience;
    if (result[key]) {
      problems.push(`audience ${key} is given twice`);
      continue;
    }
    if (!Array.isArray(fields)) {
      problems.push(`${key}: fields must be a list of field names`);
      continue;
    }
    const unknown = fields.filter((f) => !isReleasableField(f));
    if (unknown.length > 0) {
      problems.push(
        `${key}: unknown field${unknown.length === 1 ? '' : 's'} ${unknown
          .slice(0, 5)
          .map((f) => JSON.stringify(String(f).slice(0, 40)))
          .join(', ')}; releasable fields are ${RELEASABLE_FIELDS.join(', ')}`,
      );
      continue;
    }
    result[key] = ordered(fields as ReleasableField[]);
  }
  if (entries.length > 0) {
    for (const a of POLICY_AUDIENCES)
      if (!result[a] && !problems.some((p) => p.startsWith(`${a}:`))) {
        problems.push(`audience ${a} is missing (give an empty list to release nothing to it)`);
      }
  }
  if (problems.length > 0)
    throw badInput(`Invalid release policy: ${problems.join('; ')}`, { field: 'policy', problems });
  return result as PolicyAudiences;
}
