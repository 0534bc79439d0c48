/** Enum values and tags in words for the screen. */

/** SENIOR_EXECUTIVE → Senior executive. */
export function words(value: string): string {
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A BCP 47 tag by its English name ("th" → Thai), the tag itself when unknown. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The Expert fields a release policy names, as a person would. */
const FIELD_LABELS: Record<string, string> = {
  names: 'Names',
  displayName: 'Display name',
  position: 'Position',
  expertise: 'Expertise',
  languages: 'Languages',
  availability: 'Availability',
  contact: 'Contact',
  qualifications: 'Qualifications',
  engagements: 'ACCSM engagements',
  consent: 'Consent',
  updatedAt: 'Last updated',
};

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? words(field);
