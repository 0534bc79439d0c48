import { ErrorCode, appError } from '@expertpool/shared';
import { ChangeAuthor, EngagementDoc, ProgrammeDoc } from '../programme';
import { PlannedChange } from '../store';
import { CheckedFields, OptionalField, ProgrammeFields } from './programme-input';

/**
 * What each programme mutation makes of the current document. ProgrammeStore.change plans a
 * change again when a concurrent one got in first, so these decide from `current` alone.
 */

export const MAX_ENGAGEMENTS = 100;
export const MAX_CANCEL_REASON_LENGTH = 500;

const quote = (value: unknown) => {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One field's change in words: a short value as before → after, a list by what it gained and lost. */
function describe(field: keyof ProgrammeFields, before: unknown, after: unknown): string {
  if (field === 'competencies' && Array.isArray(before) && Array.isArray(after)) {
    const added = after.filter((id) => !before.includes(id)).map((id) => `+${id}`);
    const removed = before.filter((id) => !after.includes(id)).map((id) => `-${id}`);
    return `competencies ${[...added, ...removed].join(' ') || 'reordered'}`;
  }
  if (after === undefined) return `${field} removed`;
  if (field === 'description' || field === 'need')
    return `${field} ${before === undefined ? 'set' : 'changed'}`;
  return `${field}: ${before === undefined ? 'none' : quote(before)} → ${quote(after)}`;
}

function refuseIfCancelled(current: ProgrammeDoc): void {
  if (current.status === 'CANCELLED')
    throw appError(
      ErrorCode.CONFLICT,
      `Programme ${current._id} was cancelled; a cancelled programme is no longer changed.`,
    );
}

const at = () => new Date();

/** An update: the patched fields that differ from `current`; null when nothing would change. */
export function planUpdate(
  current: ProgrammeDoc,
  { values, cleared }: CheckedFields,
  by: ChangeAuthor,
): PlannedChange | null {
  refuseIfCancelled(current);
  const set: PlannedChange['set'] = {};
  const unset: OptionalField[] = [];
  const words: string[] = [];
  for (const [name, value] of Object.entries(values) as [keyof ProgrammeFields, unknown][]) {
    if (same(current[name], value)) continue;
    Object.assign(set, { [name]: value });
    words.push(describe(name, current[name], value));
  }
  for (const name of cleared) {
    if (current[name] === undefined) continue;
    unset.push(name);
    words.push(describe(name, current[name], undefined));
  }
  const fields = [...Object.keys(set), ...unset];
  if (fields.length === 0) return null;
  return {
    set,
    unset,
    record: { at: at(), by, action: 'UPDATED', fields, summary: words.join('; ') },
  };
}

export function planCancel(current: ProgrammeDoc, reason: string, by: ChangeAuthor): PlannedChange {
  refuseIfCancelled(current);
  const cancelledAt = at();
  return {
    set: { status: 'CANCELLED', cancelledAt, cancelReason: reason },
    unset: [],
    record: {
      at: cancelledAt,
      by,
      action: 'CANCELLED',
      fields: ['status', 'cancelledAt', 'cancelReason'],
      summary: `cancelled: ${reason}`,
    },
  };
}

const sameSlot = (a: EngagementDoc, b: Pick<EngagementDoc, 'expertId' | 'role'>) =>
  a.expertId === b.expertId && a.role === b.role;

export function planAddEngagement(
  current: ProgrammeDoc,
  engagement: EngagementDoc,
  by: ChangeAuthor,
): PlannedChange {
  refuseIfCancelled(current);
  const { expertId, role } = engagement;
  if (current.engagements.some((e) => sameSlot(e, engagement)))
    throw appError(
      ErrorCode.CONFLICT,
      `Expert ${expertId} is already engaged as ${role} in programme ${current._id}.`,
      { field: 'expertId' },
    );
  if (current.engagements.length >= MAX_ENGAGEMENTS)
    throw appError(
      ErrorCode.CONFLICT,
      `Programme ${current._id} has ${MAX_ENGAGEMENTS} engagements, the most a programme may have.`,
    );
  return {
    set: { engagements: [...current.engagements, engagement] },
    unset: [],
    record: {
      at: at(),
      by,
      action: 'ENGAGEMENT_ADDED',
      fields: ['engagements'],
      summary: `${expertId} engaged as ${role}${engagement.topic ? ` (${quote(engagement.topic)})` : ''}`,
    },
  };
}

export function planRemoveEngagement(
  current: ProgrammeDoc,
  slot: Pick<EngagementDoc, 'expertId' | 'role'>,
  by: ChangeAuthor,
): PlannedChange {
  refuseIfCancelled(current);
  if (!current.engagements.some((e) => sameSlot(e, slot)))
    throw appError(
      ErrorCode.NOT_FOUND,
      `Expert ${slot.expertId} is not engaged as ${slot.role} in programme ${current._id}.`,
      { field: 'expertId' },
    );
  return {
    set: { engagements: current.engagements.filter((e) => !sameSlot(e, slot)) },
    unset: [],
    record: {
      at: at(),
      by,
      action: 'ENGAGEMENT_REMOVED',
      fields: ['engagements'],
      summary: `${slot.expertId} no longer engaged as ${slot.role}`,
    },
  };
}
