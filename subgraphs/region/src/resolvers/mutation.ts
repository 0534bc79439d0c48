import { ErrorCode, MEMBER_CODES, badInput, errorCodeOf, parseExpertId } from '@expertpool/shared';
import { MutationResolvers } from '../generated/graphql';
import { EngagementDoc } from '../programme';
import { newProgrammeId } from '../programme-id';
import { checkNewProgramme, checkProgrammeFields } from './programme-input';
import {
  MAX_CANCEL_REASON_LENGTH,
  planAddEngagement,
  planCancel,
  planRemoveEngagement,
  planUpdate,
} from './programme-plans';
import { requireSecretariat } from './secretariat';

const MAX_TOPIC_LENGTH = 200;

/** An engaged expert's id: well formed (docs/ARCHITECTURE.md §3) and of a member state. */
function memberExpertId(id: string): string {
  let country: string;
  try {
    country = parseExpertId(id).country;
  } catch (error) {
    if (errorCodeOf(error) !== ErrorCode.BAD_USER_INPUT) throw error;
    throw badInput(`expertId: ${(error as Error).message}`, { field: 'expertId' });
  }
  if (!MEMBER_CODES.includes(country))
    throw badInput(
      `expertId: ${country} is not an ASEAN member state; experts are held by ${MEMBER_CODES.join(', ')}.`,
      { field: 'expertId' },
    );
  return id;
}

function shortText(raw: string, field: string, max: number): string {
  const value = raw.trim();
  if (value.length === 0 || value.length > max || /[\u0000-\u001f\u007f]/.test(value))
    throw badInput(`${field} must be 1 to ${max} characters on one line (got ${value.length}).`, {
      field,
    });
  return value;
}

export const mutationResolvers: MutationResolvers = {
  async createProgramme(_, { input }, ctx) {
    const by = requireSecretariat(ctx, 'create a programme');
    const fields = checkNewProgramme(input);
    const { title, kind, host, startDate, endDate } = fields;
    return ctx.store.create(
      {
        ...fields,
        _id: newProgrammeId(title, startDate),
        engagements: [],
        status: 'ACTIVE',
      },
      {
        at: new Date(),
        by,
        action: 'CREATED',
        fields: Object.keys(fields),
        summary: `created "${title}" (${kind}, ${host}, ${startDate} to ${endDate})`,
      },
    );
  },

  async updateProgramme(_, { id, input, expectedVersion }, ctx) {
    const by = requireSecretariat(ctx, 'update a programme');
    return ctx.store.change(
      id,
      (current) => planUpdate(current, checkProgrammeFields(input, current), by),
      expectedVersion ?? undefined,
    );
  },

  async cancelProgramme(_, { id, reason }, ctx) {
    const by = requireSecretariat(ctx, 'cancel a programme');
    const why = shortText(reason, 'reason', MAX_CANCEL_REASON_LENGTH);
    return ctx.store.change(id, (current) => planCancel(current, why, by));
  },

  async addEngagement(_, { programmeId, expertId, role, topic }, ctx) {
    const by = requireSecretariat(ctx, 'engage an expert');
    const engagement: EngagementDoc = { expertId: memberExpertId(expertId), role };
    if (topic != null) engagement.topic = shortText(topic, 'topic', MAX_TOPIC_LENGTH);
    return ctx.store.change(programmeId, (current) => planAddEngagement(current, engagement, by));
  },

  async removeEngagement(_, { programmeId, expertId, role }, ctx) {
    const by = requireSecretariat(ctx, 'end an engagement');
    const slot = { expertId: memberExpertId(expertId), role };
    return ctx.store.change(programmeId, (current) => planRemoveEngagement(current, slot, by));
  },
};
