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

  it("is the token's purpose; without one the request has no purpose (ANY)", () => {
    expect(resolvePurpose({ purpose: 'RESEARCH' }, undefined)).toBe('RESEARCH');
    expect(resolvePurpose({ purpose: 'ANY' }, undefined)).toBe('ANY');
    expect(resolvePurpose(null, undefined)).toBe('ANY');
    expect(resolvePurpose(null, '')).toBe('ANY');
    expect(resolvePurpose({}, [])).toBe('ANY');
  });

  it("a header may repeat the token's purpose, or choose one when the token grants ANY", () => {
    expect(resolvePurpose({ purpose: 'RESEARCH' }, 'research')).toBe('RESEARCH');
    expect(resolvePurpose({ purpose: 'ANY' }, ' trainer_search ')).toBe('TRAINER_SEARCH');
    expect(resolvePurpose({ purpose: 'ANY' }, ['DIRECTORY'])).toBe('DIRECTORY');
    expect(resolvePurpose({ purpose: 'ANY' }, 'ANY')).toBe('ANY');
    // "No purpose" said again is no purpose.
    expect(resolvePurpose(null, 'any')).toBe('ANY');
    expect(resolvePurpose({}, 'ANY')).toBe('ANY');
  });

  it('a header cannot add a purpose the token does not grant', () => {
    badInput(
      () => resolvePurpose(null, 'RESEARCH'),
      'x-purpose RESEARCH is not granted: the request carries no token, and a header cannot add a purpose.',
    );
    badInput(
      () => resolvePurpose({}, 'TRAINER_SEARCH'),
      'x-purpose TRAINER_SEARCH is not granted: the token has no purpose claim',
    );
    badInput(
      () => resolvePurpose({ purpose: 'RESEARCH' }, 'DIRECTORY'),
      "x-purpose DIRECTORY contradicts the token's purpose RESEARCH",
    );
    // ANY is not narrower than RESEARCH: a request for no particular purpose could be for any.
    badInput(
      () => resolvePurpose({ purpose: 'RESEARCH' }, 'ANY'),
      "x-purpose ANY contradicts the token's purpose RESEARCH",
    );
  });

  it('rejects unknown or repeated purposes', () => {
    badInput(
      () => resolvePurpose(null, 'MARKETING'),
      'Unknown purpose "MARKETING" in x-purpose; one of ANY, TRAINER_SEARCH',
    );
    badInput(() => resolvePurpose({ purpose: 'ANY' }, 'MARKETING'), 'Unknown purpose');
    badInput(
      () => resolvePurpose({ purpose: 'ANY' }, ['RESEARCH', 'DIRECTORY']),
      'Give one x-purpose header',
    );
  });
});
