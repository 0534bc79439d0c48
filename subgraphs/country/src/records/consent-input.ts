import { Audience, ConsentEntry, Purpose, assertPlainString, badInput } from '@expertpool/shared';

export interface ConsentAnswer {
  audience: Audience;
  purpose: Purpose;
  granted: boolean;
  noticeVersion: string;
}

/**
 * Consent answers as stored entries, all recorded now: the one check for a steward's `setConsent`
 * and an expert's own `setMyConsent` (docs/ARCHITECTURE.md §6.4, §6.8).
 */
export function consentEntries(
  answers: readonly ConsentAnswer[],
  now = new Date(),
): ConsentEntry[] {
  if (answers.length === 0 || answers.length > 20)
    throw badInput('consent must hold 1 to 20 entries.', { field: 'consent' });
  const recordedAt = now.toISOString();
  return answers.map((c, i) => {
    if (c.audience === 'OWN')
      throw badInput(`consent[${i}].audience: OWN needs no consent.`, { field: 'consent' });
    const noticeVersion = assertPlainString(c.noticeVersion, `consent[${i}].noticeVersion`, 40);
    if (noticeVersion.trim() === '')
      throw badInput(`consent[${i}].noticeVersion must not be empty.`, { field: 'consent' });
    return {
      audience: c.audience,
      purpose: c.purpose,
      granted: c.granted,
      noticeVersion,
      recordedAt,
    };
  });
}
