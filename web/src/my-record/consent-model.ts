import type { Audience, ConsentInput, MyRecordPartsFragment, Purpose } from '../generated/graphql';

/** The audiences an expert answers for: their own country's officials always see them (§6.4). */
export const CONSENT_AUDIENCES: readonly Audience[] = ['MEMBER', 'SECRETARIAT', 'PUBLIC'];
export const PURPOSES: readonly Purpose[] = [
  'ANY',
  'TRAINER_SEARCH',
  'SUCCESSION_PLANNING',
  'RESEARCH',
  'DIRECTORY',
];

/** One audience and purpose: the latest answer decides (docs/ARCHITECTURE.md §6.4). */
export interface Answer {
  granted: boolean;
  recordedAt: string;
}

export const cellKey = (audience: Audience, purpose: Purpose) => `${audience}:${purpose}`;

/** The latest answer per audience and purpose; the entries come oldest first. */
export function latestAnswers({ consent }: MyRecordPartsFragment): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  for (const entry of consent)
    answers.set(cellKey(entry.audience, entry.purpose), {
      granted: entry.granted,
      recordedAt: entry.recordedAt,
    });
  return answers;
}

/**
 * The entries to record: one per box whose state differs from the latest answer. A box never
 * answered and left clear records nothing (no answer is no consent already).
 */
export function consentChanges(
  answers: ReadonlyMap<string, Answer>,
  ticked: ReadonlySet<string>,
  noticeVersion: string,
): ConsentInput[] {
  const changes: ConsentInput[] = [];
  for (const audience of CONSENT_AUDIENCES)
    for (const purpose of PURPOSES) {
      const key = cellKey(audience, purpose);
      const granted = ticked.has(key);
      if (granted !== (answers.get(key)?.granted ?? false))
        changes.push({ audience, purpose, granted, noticeVersion });
    }
  return changes;
}
