import { AUDIENCES, ErrorCode, appError, badInput } from '@expertpool/shared';
import { requireSteward } from '../caller';
import { CountryContext } from '../context';
import {
  RELEASABLE_FIELDS,
  ReleasePolicy,
  parsePolicyInput,
  releasedFields,
  withheldFields,
} from '../policy/release-policy';
import { AuditEntry } from '../store/audit-store';

export const MAX_AUDIT_PAGE = 100;

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

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO date or date-time; a bare date `to` means the end of that day. */
function parseBound(value: string | null | undefined, name: 'from' | 'to'): Date | undefined {
  if (value === null || value === undefined) return undefined;
  const ok = DATE_ONLY.test(value) || DATE_TIME.test(value);
  const date = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if (!ok || Number.isNaN(date.getTime())) {
    throw badInput(
      `${name} must be an ISO date (YYYY-MM-DD) or date-time with a zone (got "${value.slice(0, 40)}").`,
      { field: name },
    );
  }
  if (name === 'to')
    return DATE_ONLY.test(value)
      ? new Date(date.getTime() + 86_400_000)
      : new Date(date.getTime() + 1);
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

export const governanceQueries = {
  async releasePolicy(_: unknown, args: { country: string }, ctx: CountryContext) {
    stewardHere(ctx, args.country);
    return policyView(await ctx.releasePolicy(), args.country);
  },

  async auditLog(
    _: unknown,
    args: {
      country: string;
      from?: string | null;
      to?: string | null;
      first?: number | null;
      after?: string | null;
    },
    ctx: CountryContext,
  ) {
    stewardHere(ctx, args.country);
    if (!ctx.audit)
      throw appError(ErrorCode.INTERNAL_SERVER_ERROR, 'This service keeps no audit log.');
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 0 || first > MAX_AUDIT_PAGE) {
      throw badInput(`first must be from 0 to ${MAX_AUDIT_PAGE} (got ${first}).`, {
        field: 'first',
      });
    }
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

export const governanceMutations = {
  async setReleasePolicy(
    _: unknown,
    args: { country: string; policy: unknown },
    ctx: CountryContext,
  ) {
    stewardHere(ctx, args.country);
    if (!ctx.policies)
      throw appError(ErrorCode.INTERNAL_SERVER_ERROR, 'This service keeps no release policy.');
    const audiences = parsePolicyInput(args.policy);
    const policy = await ctx.policies.replace(audiences, ctx.caller.subject);
    return policyView(policy, args.country);
  },
};
