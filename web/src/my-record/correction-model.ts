import type { CorrectionInput, MyRecordPartsFragment, RegionalBand } from '../generated/graphql';

/** The corrections the page offers, as the form holds them (strings as typed). */
export interface CorrectionValues {
  displayName: string;
  title: string;
  agency: string;
  band: RegionalBand;
  gradeScheme: string;
  gradeCode: string;
  qualifications: { title: string; institution: string; year: string }[];
  note: string;
}

export function correctionValuesOf({ expert }: MyRecordPartsFragment): CorrectionValues {
  return {
    displayName: expert.displayName ?? '',
    title: expert.position?.title ?? '',
    agency: expert.position?.agency ?? '',
    band: expert.position?.band ?? 'EXECUTIVE',
    gradeScheme: expert.position?.grade.scheme ?? '',
    gradeCode: expert.position?.grade.code ?? '',
    qualifications: (expert.qualifications ?? []).map((q) => ({
      title: q.title,
      institution: q.institution,
      year: String(q.year),
    })),
    note: '',
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The correction to ask for: each field the expert changed, whole (a position or the list of
 * qualifications replaces the one held), and the note. Null when no field changed: a note alone
 * corrects nothing. A year that is not a number goes as 0, for the country to refuse by name.
 */
export function correctionOf(
  before: CorrectionValues,
  after: CorrectionValues,
): CorrectionInput | null {
  const input: CorrectionInput = {};
  if (before.displayName !== after.displayName) input.displayName = after.displayName;
  const position = (v: CorrectionValues) => [v.title, v.agency, v.band, v.gradeScheme, v.gradeCode];
  if (!same(position(before), position(after)))
    input.position = {
      title: after.title,
      agency: after.agency,
      band: after.band,
      grade: { scheme: after.gradeScheme, code: after.gradeCode },
    };
  if (!same(before.qualifications, after.qualifications))
    input.qualifications = after.qualifications.map((q) => ({
      title: q.title,
      institution: q.institution,
      year: Number.parseInt(q.year, 10) || 0,
    }));
  if (Object.keys(input).length === 0) return null;
  const note = after.note.trim();
  return note ? { ...input, note } : input;
}
