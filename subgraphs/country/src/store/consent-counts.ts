import { Collection, Filter } from 'mongodb';
import { CONSENT_AUDIENCES, ConsentAudience, PURPOSES, Purpose } from '@expertpool/shared';
import { ExpertDoc, WITHDRAWN } from './document';

export interface PurposeCounts {
  purpose: Purpose;
  granted: number;
  withdrawn: number;
  visible: number;
}

export interface ConsentCounts {
  experts: number;
  noConsent: number;
  audiences: { audience: ConsentAudience; purposes: PurposeCounts[] }[];
}

/** Which records a request of `audience` naming `purpose` sees: the caller's rule (caller.ts). */
export type VisibleTo = (audience: ConsentAudience, purpose: Purpose) => Filter<ExpertDoc>;

/**
 * How many of the country's experts answered yes or no to each audience and purpose, from the
 * `consentKeys` every write derives (document.ts), and how many each audience sees for each
 * purpose by the very filter its requests apply, so the console's numbers cannot drift from
 * what the service does (docs/ARCHITECTURE.md §6.4). Counts only: never who.
 */
export async function consentCounts(
  experts: Collection<ExpertDoc>,
  visibleTo: VisibleTo,
): Promise<ConsentCounts> {
  const grantedKeys = CONSENT_AUDIENCES.flatMap((a) => PURPOSES.map((p) => `${a}:${p}`));
  const pairs = CONSENT_AUDIENCES.flatMap((audience) =>
    PURPOSES.map((purpose) => ({ audience, purpose })),
  );
  const [total, none, rows, visible] = await Promise.all([
    experts.countDocuments({}),
    experts.countDocuments({ consentKeys: { $nin: grantedKeys } }),
    experts
      .aggregate<{ _id: unknown; n: number }>([
        { $unwind: '$consentKeys' },
        { $group: { _id: '$consentKeys', n: { $sum: 1 } } },
      ])
      .toArray(),
    Promise.all(
      pairs.map(({ audience, purpose }) => experts.countDocuments(visibleTo(audience, purpose))),
    ),
  ]);
  const byKey = new Map(rows.map((r) => [String(r._id), r.n]));
  return {
    experts: total,
    noConsent: none,
    audiences: CONSENT_AUDIENCES.map((audience) => ({
      audience,
      purposes: PURPOSES.map((purpose) => ({
        purpose,
        granted: byKey.get(`${audience}:${purpose}`) ?? 0,
        withdrawn: byKey.get(`${WITHDRAWN}${audience}:${purpose}`) ?? 0,
        visible:
          visible[pairs.findIndex((p) => p.audience === audience && p.purpose === purpose)] ?? 0,
      })),
    })),
  };
}
