import { GraphQLError } from 'graphql';
import { audienceFor, resolvePurpose } from '../audience';
import { TokenClaims } from '../claims';

const token = (
  role: TokenClaims['role'],
  country: string | null,
): Pick<TokenClaims, 'role' | 'country'> => ({ role, country });

describe('audienceFor', () => {
  it.each([
    [null, 'MY', 'PUBLIC'],
    [token('secretariat', null), 'MY', 'SECRETARIAT'],
    [token('secretariat', null), 'TH', 'SECRETARIAT'],
    [token('steward', 'MY'), 'MY', 'OWN'],
    [token('viewer', 'MY'), 'MY', 'OWN'],
    [token('steward', 'MY'), 'TH', 'MEMBER'],
    [token('viewer', 'TH'), 'MY', 'MEMBER'],
    [token('viewer', null), 'MY', 'PUBLIC'],
  ] as const)('%j for a record of %s is %s', (claims, recordCountry, audience) => {
    expect(audienceFor(claims, recordCountry)).toBe(audience);
  });
});

describe('resolvePurpose', () => {
  const badInput = (fn: () => unknown, message: string) => {
    let error: unknown;
    try {
      fn();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    expect((error as GraphQLError).message).toContain(message);
  };

  it('takes the token purpose first, then the header, then ANY', () => {
    expect(resolvePurpose({ purpose: 'RESEARCH' }, undefined)).toBe('RESEARCH');
    expect(resolvePurpose({ purpose: 'RESEARCH' }, 'research')).toBe('RESEARCH');
    expect(resolvePurpose({}, 'TRAINER_SEARCH')).toBe('TRAINER_SEARCH');
    expect(resolvePurpose(null, ' trainer_search ')).toBe('TRAINER_SEARCH');
    expect(resolvePurpose(null, ['DIRECTORY'])).toBe('DIRECTORY');
    expect(resolvePurpose(null, undefined)).toBe('ANY');
    expect(resolvePurpose(null, '')).toBe('ANY');
    expect(resolvePurpose({}, [])).toBe('ANY');
  });

  it('rejects unknown, repeated or contradicting purposes', () => {
    badInput(
      () => resolvePurpose(null, 'MARKETING'),
      'Unknown purpose "MARKETING" in x-purpose; one of ANY, TRAINER_SEARCH',
    );
    badInput(() => resolvePurpose({ purpose: 'RESEARCH' }, 'MARKETING'), 'Unknown purpose');
    badInput(() => resolvePurpose(null, ['RESEARCH', 'DIRECTORY']), 'Give one x-purpose header');
    badInput(
      () => resolvePurpose({ purpose: 'RESEARCH' }, 'DIRECTORY'),
      "x-purpose DIRECTORY contradicts the token's purpose RESEARCH",
    );
  });
});
