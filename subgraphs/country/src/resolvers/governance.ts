import { confirmedSince } from '../policy/rights-periods';
import { AUDIENCES, ErrorCode, appError, findExpertiseArea, pageSize } from '@expertpool/shared';
import { decodeAuditCursor, encodeAuditCursor } from '../audit/cursor';
import { parseAuditRange } from '../audit/date-range';
import { AuditRetentionKeeper } from '../audit/retention';
import { requireSteward, visibilityFor } from '../caller';
import { CountryContext } from '../context';
import { MutationResolvers, QueryResolvers } from '../generated/graphql';
import {
  RELEASABLE_FIELDS,
  ReleasePolicy,
  parsePolicyInput,
  releasedFields,
  withheldFields,
} from '../policy/release-policy';
import { AuditRetention, parseRetentionDays } from '../policy/audit-retention';
import { AuditEntry } from '../store/audit-store';
import { SynonymDoc } from '../store/synonym-store';
import { parseSynonyms } from '../records/synonyms';

/** Only a steward of `country`, at `country`'s own service. */
export function stewardHere(ctx: CountryContext, country: string, access: 'read' | 'change'): void {
  requireSteward(ctx.caller, country, access);
  if (country !== ctx.store.country) {
    throw appError(
      ErrorCode.FORBIDDEN,
      `This service holds ${ctx.store.country}'s data, not ${country}'s.`,
    );
  }
}

function policyView(policy: ReleasePolicy, country: string) {
  return {
    country,
    isDefault: policy.isDefault,
    updatedAt: policy.updatedAt?.toISOString() ?? null,
    updatedBy: policy.updatedBy,
    releasableFields: [...RELEASABLE_FIELDS],
    audiences: AUDIENCES.map((audience) => ({
      audience,
      released: [...releasedFields(policy, audience)],
      withheld: withheldFields(policy, audience),
    })),
  };
}

const retentionView = (retention: AuditRetention, country: string) => ({
  country,
  days: retention.days,
  isDefault: retention.isDefault,
  updatedAt: retention.updatedAt?.toISOString() ?? null,
  updatedBy: retention.updatedBy,
});

function retentionOf(ctx: CountryContext): AuditRetentionKeeper {
  if (!ctx.retention)
    throw appError(ErrorCode.INTERNAL_SERVER_ERROR, 'This service keeps no audit retention.');
  return ctx.retention;
}

/** Who added a synonym is a steward's identifier: shown to the country's own stewards only. */
const synonymView = (s: SynonymDoc, steward: boolean) => ({
  area: { id: s.area, label: findExpertiseArea(s.area)?.label ?? s.area },
  lang: s.lang,
  text: s.text,
  addedBy: steward ? s.addedBy : null,
  addedAt: s.addedAt.toISOString(),
});

const isSteward = (ctx: CountryContext, country: string) =>
  ctx.caller.audience === 'OWN' && ctx.caller.role === 'steward' && ctx.caller.country === country;

/** Synonyms are the country's public vocabulary: anyone may read them, at the owner's service. */
function ownCountry(ctx: CountryContext, country: string): void {
  if (country !== ctx.store.country)
    throw appError(
      ErrorCode.FORBIDDEN,
      `This service holds ${ctx.store.country}'s data, not ${country}'s.`,
    );
}

const entryView = ({ _id: _ignored, at, kind, ...rest }: AuditEntry) => ({
  ...rest,
  kind: kind ?? ('RELEASE' as const),
  at: at.toISOString(),
});

export const governanceQueries: QueryResolvers = {
  async areaSynonyms(_, args, ctx) {
    ownCountry(ctx, args.country);
    const steward = isSteward(ctx, args.country);
    return (await ctx.store.areaSynonyms()).map((s) => synonymView(s, steward));
  },

  async releasePolicy(_, args, ctx) {
    stewardHere(ctx, args.country, 'read');
    return policyView(await ctx.releasePolicy(), args.country);
  },

  async auditRetention(_, args, ctx) {
    stewardHere(ctx, args.country, 'read');
    return retentionView(await retentionOf(ctx).load(), args.country);
  },

  async auditLog(_, args, ctx) {
    stewardHere(ctx, args.country, 'read');
    if (!ctx.audit)
      throw appError(ErrorCode.INTERNAL_SERVER_ERROR, 'This service keeps no audit log.');
    const first = pageSize(args.first);
    const { from, to } = parseAuditRange(args.from, args.to);
    const after = args.after ? decodeAuditCursor(args.after, 'auditLog') : undefined;
    const audience = args.audience ?? undefined;
    const page = await ctx.audit.list({ from, to, audience, first, after });
    const edges = page.entries.map((e) => ({
      cursor: encodeAuditCursor(e._id),
      node: entryView(e),
    }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : (args.after ?? null),
      },
    };
  },
};

export const consentQueries: QueryResolvers = {
  async consentCounts(_, args, ctx) {
    stewardHere(ctx, args.country, 'read');
    const counts = await ctx.store.consentCounts((audience, purpose) =>
      visibilityFor({ audience, purpose }, confirmedSince(new Date(), ctx.periods)),
    );
    return { country: args.country, ...counts };
  },
};

export const governanceMutations: MutationResolvers = {
  async setAreaSynonyms(_, args, ctx) {
    stewardHere(ctx, args.country, 'change');
    const synonyms = parseSynonyms(args.synonyms);
    return (await ctx.store.setAreaSynonyms(synonyms, ctx.caller.subject)).map((s) =>
      synonymView(s, true),
    );
  },

  async setAuditRetention(_, args, ctx) {
    stewardHere(ctx, args.country, 'change');
    const days = parseRetentionDays(args.days);
    const { retention } = await retentionOf(ctx).set(days, ctx.caller.subject);
    return retentionView(retention, args.country);
  },

  async setReleasePolicy(_, args, ctx) {
    stewardHere(ctx, args.country, 'change');
    if (!ctx.policies)
      throw appError(ErrorCode.INTERNAL_SERVER_ERROR, 'This service keeps no release policy.');
    const audiences = parsePolicyInput(args.policy);
    const policy = await ctx.policies.replace(audiences, ctx.caller.subject);
    return policyView(policy, args.country);
  },
};
