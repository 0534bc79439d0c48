import type { Audience, ReleasePolicyInput } from '../generated/graphql';

/** The audiences a policy names; OWN always receives every field (docs/ARCHITECTURE.md §6.3). */
export const POLICY_AUDIENCES = ['MEMBER', 'SECRETARIAT', 'PUBLIC'] as const;
export type PolicyAudience = (typeof POLICY_AUDIENCES)[number];

/** The steward's working copy of the matrix: the fields each audience receives. */
export type Draft = Record<PolicyAudience, readonly string[]>;

interface StoredPolicy {
  audiences: readonly { audience: Audience; released: readonly string[] }[];
}

/** The stored policy as a draft to edit. */
export function draftOf(policy: StoredPolicy): Draft {
  const released = (audience: PolicyAudience) =>
    policy.audiences.find((a) => a.audience === audience)?.released ?? [];
  return {
    MEMBER: released('MEMBER'),
    SECRETARIAT: released('SECRETARIAT'),
    PUBLIC: released('PUBLIC'),
  };
}

/** Ticks or unticks one field for one audience, keeping the policy's field order. */
export function toggleField(
  draft: Draft,
  audience: PolicyAudience,
  field: string,
  order: readonly string[],
): Draft {
  const current = new Set(draft[audience]);
  if (current.has(field)) current.delete(field);
  else current.add(field);
  return { ...draft, [audience]: order.filter((f) => current.has(f)) };
}

export const sameDraft = (a: Draft, b: Draft) =>
  POLICY_AUDIENCES.every(
    (audience) =>
      a[audience].length === b[audience].length &&
      a[audience].every((f) => b[audience].includes(f)),
  );

/** What setReleasePolicy and releasePreview take. */
export const policyInput = (draft: Draft): ReleasePolicyInput => ({
  audiences: POLICY_AUDIENCES.map((audience) => ({ audience, fields: [...draft[audience]] })),
});
