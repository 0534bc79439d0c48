import { CountryContext } from '../context';
import { ErasureDoc } from '../store/erasure-store';

/** An erasure as the schema shows it; the completing steward's subject to stewards only. */
export const erasureView = (e: ErasureDoc, ctx: CountryContext, steward: boolean) => ({
  expertId: `${ctx.store.country}:${e._id}`,
  requestedAt: e.requestedAt.toISOString(),
  dueAt: e.dueAt.toISOString(),
  completedAt: e.completedAt?.toISOString() ?? null,
  completedBy: steward ? e.completedBy : null,
});
