import type {
  AvailabilityStatus,
  Cefr,
  MyRecordInput,
  MyRecordPartsFragment,
} from '../generated/graphql';

/**
 * The fields an expert changes directly (docs/ARCHITECTURE.md §6.8), as the form holds them:
 * strings as typed, sent unchecked. The country checks them as it checks an import and names
 * the field at fault.
 */
export interface SelfServiceValues {
  status: AvailabilityStatus;
  onsite: boolean;
  remote: boolean;
  windows: { from: string; to: string }[];
  languages: { tag: string; cefr: Cefr }[];
  workEmail: string;
}

export function valuesOf({ expert }: MyRecordPartsFragment): SelfServiceValues {
  const availability = expert.availability;
  return {
    status: availability?.status ?? 'AVAILABLE',
    onsite: availability?.onsite ?? false,
    remote: availability?.remote ?? false,
    windows: (availability?.windows ?? []).map(({ from, to }) => ({ from, to })),
    languages: (expert.languages ?? []).map(({ tag, cefr }) => ({ tag, cefr })),
    workEmail: expert.contact?.workEmail ?? '',
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The input for what changed only: the audit log names the fields an expert changed (§6.8), so
 * an untouched field is not sent. Null when nothing changed.
 */
export function changesOf(
  before: SelfServiceValues,
  after: SelfServiceValues,
): MyRecordInput | null {
  const input: MyRecordInput = {};
  const availability = ({ status, onsite, remote, windows }: SelfServiceValues) => ({
    status,
    onsite,
    remote,
    windows,
  });
  if (!same(availability(before), availability(after))) input.availability = availability(after);
  if (!same(before.languages, after.languages)) input.languages = after.languages;
  if (before.workEmail !== after.workEmail) input.contact = { workEmail: after.workEmail };
  return Object.keys(input).length > 0 ? input : null;
}
