/** A person's name as the schema gives it (PersonName). */
export interface Name {
  value: string;
  lang: string;
  script: string;
}

/**
 * The name to show first and its Latin form: the name in the local script (Thai, Khmer, Lao,
 * Burmese, ...) when there is one, with the Latin-script name beside it (ISO 15924 Latn).
 */
export function namesToShow(
  names: readonly Name[] | null | undefined,
  displayName: string | null | undefined,
): { local: Name | null; latin: string | null } {
  const list = names ?? [];
  const local = list.find((n) => n.script !== 'Latn') ?? null;
  const latin = list.find((n) => n.script === 'Latn')?.value ?? displayName ?? null;
  return { local, latin };
}
