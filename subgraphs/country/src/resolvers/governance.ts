import {
  AUDIENCES,
  ErrorCode,
  appError,
  badInput,
  isCalendarDate,
  pageSize,
  parseZonedDateTime,
} from '@expertpool/shared';
import { requireSteward } from '../caller';
import { CountryContext } from '../context';
import { MutationResolvers, QueryResolvers } from '../generated/graphql';
import {
  RELEASABLE_FIELDS,
  ReleasePolicy,
  parsePolicyInput,
  releasedFields,
  withheldFields,
} from '../policy/release-policy';
import { AuditEntry } from '../store/audit-store';

/** Only a steward of `country`, at `country`'s own service. */
function stewardHere(ctx: CountryContext, country: string): void {
  requireSteward(ctx.caller, country);
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

/** An ISO date or date-time with a zone; a bare date `to` means the end of that day. */
function parseBound(value: string | null | undefined, name: 'from' | 'to'): Date | undefined {
  if (value === null || value === undefined) return undefined;
  const wholeDay = isCalendarDate(value);
  const date = wholeDay ? new Date(`${value}T00:00:00Z`) : parseZonedDateTime(value);
  if (!date) {
    throw badInput(
      `${name} must be an ISO date (YYYY-MM-DD) or date-time with a zone (got "${value.slice(0, 40)}").`,
      { field: name },
    );
  }
  if (name === 'to') return new Date(date.getTime() + (wholeDay ? 86_400_000 : 1));
  return date;
}

const CURSOR_ID = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_[0-9a-f]{12}$/;
const encodeAuditCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
function decodeAuditCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!CURSOR_ID.test(id)) throw badInput('after is not a cursor of auditLog.', { field: 'after' });
  return id;
}

const entryView = ({ _id: _ignored, at, ...rest }: AuditEntry) => ({
  ...rest,
  at: at.toISOString(),
});

export const governanceQueries: QueryResolvers = {
  async releasePolicy(_, args, ctx) {
    stewardHere(ctx, args.country);
    return policyView(await ctx.releasePolicy(), args.country);
  },

  async auditLog(_, args, ctx) {
    stewardHere(ctx, args.country);
    if (!ctx.audit)
      throw appError(ErrorCode.INTERNAL_SERVER_ERROR, 'This service keeps no audit log.');
    const first = pageSize(args.first);
    const from = parseBound(args.from, 'from');
    const to = parseBound(args.to, 'to');
    if (from && to && from >= to) throw badInput('from must be before to.', { field: 'from' });
    const after = args.after ? decodeAuditCursor(args.after) : undefined;
    const page = await ctx.audit.list({ from, to, first, after });
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

export const governanceMutations: MutationResolvers = {
  async setReleasePolicy(_, args, ctx) {
    stewardHere(ctx, args.country);
    if (!ctx.policies)
      throw appError(ErrorCode.INTERNAL_SERVER_ERROR, 'This service keeps no release policy.');
    const audiences = parsePolicyInput(args.policy);
    const policy = await ctx.policies.replace(audiences, ctx.caller.subject);
    return policyView(policy, args.country);
  },
};
