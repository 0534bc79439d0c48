/**
 * The programme pages' hash routes (docs/ARCHITECTURE.md §10.4): the list, one programme, and
 * the secretariat's form to create or edit one. Kept apart from routing.ts so the programme
 * screens add their routes in one place.
 */
export type ProgrammeRoute =
  | { page: 'programmes' }
  | { page: 'programme'; id: string }
  | { page: 'programme-new' }
  | { page: 'programme-edit'; id: string };

export const PROGRAMMES_HREF = '#/programmes';
export const NEW_PROGRAMME_HREF = '#/programmes/new';
export const programmeHref = (id: string) => `#/programmes/${encodeURIComponent(id)}`;
export const editProgrammeHref = (id: string) => `${programmeHref(id)}/edit`;

/** The programme route a hash names, or null for a hash of another page. */
export function parseProgrammeRoute(hash: string): ProgrammeRoute | null {
  if (/^#\/programmes\/?$/.test(hash)) return { page: 'programmes' };
  if (hash === NEW_PROGRAMME_HREF) return { page: 'programme-new' };
  const edit = /^#\/programmes\/([^/]+)\/edit$/.exec(hash);
  if (edit) return { page: 'programme-edit', id: decodeURIComponent(edit[1]) };
  const one = /^#\/programmes\/([^/]+)$/.exec(hash);
  if (one) return { page: 'programme', id: decodeURIComponent(one[1]) };
  return null;
}
