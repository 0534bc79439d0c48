import type { ReleasePreviewQuery } from '../generated/graphql';
import { languageName, words } from '../labels';

export type PreviewExpert = NonNullable<
  ReleasePreviewQuery['releasePreview']['audiences'][number]['expert']
>;

const list = (items: readonly string[]) => (items.length ? items.join(', ') : 'none');

/**
 * One released field of the previewed record in a line of words, as the server resolved it for
 * the audience; null when the server withheld it (the field resolved to null).
 */
export function previewValue(expert: PreviewExpert, field: string): string | null {
  switch (field) {
    case 'names':
      return expert.names ? list(expert.names.map((n) => n.value)) : null;
    case 'displayName':
      return expert.displayName ?? null;
    case 'position':
      return expert.position
        ? `${expert.position.title}, ${expert.position.agency} (${words(expert.position.band)})`
        : null;
    case 'expertise':
      return expert.expertise
        ? list(expert.expertise.map((e) => `${e.area.label} ${e.level}`))
        : null;
    case 'languages':
      return expert.languages
        ? list(expert.languages.map((l) => `${languageName(l.tag)} ${l.cefr}`))
        : null;
    case 'availability':
      return expert.availability ? words(expert.availability.status) : null;
    case 'contact':
      return expert.contact?.workEmail ?? null;
    case 'qualifications':
      return expert.qualifications ? list(expert.qualifications.map((q) => q.title)) : null;
    case 'engagements':
      return expert.engagements
        ? list(expert.engagements.map((e) => `${e.title} (${e.year})`))
        : null;
    case 'consent':
      return expert.consent ? list(expert.consent.audiences.map(words)) : null;
    case 'updatedAt':
      return expert.updatedAt ? expert.updatedAt.slice(0, 10) : null;
    default:
      return null;
  }
}
