/**
 * Issue 9, finding 9: a JWT_SECRET of 40 × "a" was accepted. The dev secret must carry 256
 * bits of randomness; what plainly does not is refused with one line naming the variable and
 * the command that makes a good one, and never quoting the secret.
 */
import { randomBytes } from 'node:crypto';
import { GENERATE_SECRET_HINT, generateSecret, secretProblem } from '../secret';

describe('JWT_SECRET strength', () => {
  it.each([
    ['40 × "a"', 'a'.repeat(40), 'it repeats one character'],
    ['"abab…"', 'ab'.repeat(32), 'it repeats a pattern of 2 characters'],
    ['a repeated word', 'Password1!'.repeat(5), 'it repeats a pattern of 10 characters'],
    [
      '32 characters (192 bits of base64)',
      randomBytes(24).toString('base64url'),
      'carry at most 192 bits',
    ],
    [
      '63 hex digits',
      randomBytes(32).toString('hex').slice(1),
      '63 characters of hex carry at most 252 bits',
    ],
    [
      'words and digits',
      'test-secret-that-is-at-least-32-characters-long',
      'it uses only 15 different characters',
    ],
    ['a phrase', 'the quick brown fox jumps over the lazy dog twice', 'all of one case'],
    [
      'one case only',
      randomBytes(48).toString('base64url').toLowerCase(),
      'its letters are all of one case',
    ],
    [
      'the alphabet',
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
      'mostly runs',
    ],
    [
      'digits only',
      '7'.repeat(1) + '3141592653589793238462643383279502884197169399375105820974944592',
      'hex without both',
    ],
  ])('refuses %s', (_what, secret, why) => {
    const problem = secretProblem(secret)!;
    expect(problem).toContain(why);
    expect(problem).toMatch(
      /^JWT_SECRET is too weak \(.+\); it needs at least 256 bits of randomness: generate one with node -e /,
    );
    expect(problem).toContain(GENERATE_SECRET_HINT);
    expect(problem).not.toContain('\n');
    expect(problem).not.toContain(secret);
  });

  it('accepts every secret the hint and the usual generators make', () => {
    for (let i = 0; i < 5000; i++) {
      expect(secretProblem(generateSecret())).toBeUndefined();
      expect(secretProblem(randomBytes(32).toString('hex'))).toBeUndefined(); // openssl rand -hex 32
      expect(secretProblem(randomBytes(32).toString('base64'))).toBeUndefined(); // openssl rand -base64 32
    }
  });
});
