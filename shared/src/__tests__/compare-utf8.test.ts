import { compareUtf8 } from '../order';

/** MongoDB's order: the strings' UTF-8 bytes. */
const bytes = (a: string, b: string) =>
  Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

// ASCII, Latin with diacritics, Thai, CJK, the private-use and specials block just below U+FFFF
// (where UTF-16 and UTF-8 orders differ), and code points above U+FFFF (surrogate pairs).
const ALPHABET = [
  'a',
  'z',
  '0',
  'é',
  'ễ',
  'ส',
  'ม',
  '中',
  '\ue000',
  '\uffee',
  '😀',
  '𠀋',
  '\u0000',
];

function randomString(random: () => number): string {
  const length = Math.floor(random() * 5);
  return Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
}

test('orders strings exactly as their UTF-8 bytes do', () => {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let n = 0; n < 20_000; n++) {
    const a = randomString(random);
    const b = randomString(random);
    expect([a, b, Math.sign(compareUtf8(a, b))]).toEqual([a, b, Math.sign(bytes(a, b))]);
  }
});

test('a code point above U+FFFF sorts after U+E000-U+FFFF, as in UTF-8', () => {
  expect(compareUtf8('😀', '\uffee')).toBeGreaterThan(0);
  expect(compareUtf8('abc', 'ab')).toBeGreaterThan(0);
  expect(compareUtf8('same', 'same')).toBe(0);
});
