import { foldText } from '@expertpool/shared';
import type { GeneratedName } from './names/types';

/**
 * Work addresses live under `.example` (reserved by RFC 2606), so demo data can never mail a real
 * official. The record number keeps addresses unique where two people share a name.
 */
export function workEmail(
  mailbox: GeneratedName['mailbox'],
  agencyDomain: string,
  country: string,
  index: number,
): string {
  const first = asciiWord(mailbox.first);
  const initial = asciiWord(mailbox.last).charAt(0);
  const local = `${first}${initial ? `.${initial}` : ''}${index + 1}`;
  return `${local}@${agencyDomain}.${country.toLowerCase()}.demo.example`;
}

/** Names come from small banks, so folding each one once saves most of the Unicode work. */
const folded = new Map<string, string>();

/** Latin letters only: diacritics folded (Đặng -> dang), spaces and punctuation dropped. */
function asciiWord(text: string): string {
  let word = folded.get(text);
  if (word === undefined) {
    word = foldText(text).replace(/[^a-z]/g, '');
    folded.set(text, word);
  }
  return word;
}
