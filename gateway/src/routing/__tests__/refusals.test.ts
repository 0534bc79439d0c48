import { GraphQLFormattedError } from 'graphql';
import { CountryAnswer } from '../country-client';
import { mergeRefusals } from '../refusals';

const refusal = (country: string): GraphQLFormattedError => ({
  message: `filter.email searches email, which ${country} does not release to MEMBER callers.`,
  path: ['experts'],
  extensions: { code: 'FORBIDDEN', field: 'filter.email' },
});

const answer = (country: string, errors: GraphQLFormattedError[]): CountryAnswer => ({
  ok: true,
  country,
  data: { experts: null },
  errors,
  latencyMs: 1,
});

test('the same refusal from every country names exactly those countries, not the first one alone', () => {
  const errors = mergeRefusals(['BN', 'KH', 'TH'].map((c) => answer(c, [refusal(c)])));
  expect(errors).toEqual([
    {
      message:
        'filter.email searches email, which each of BN, KH and TH does not release to MEMBER callers.',
      path: ['experts'],
      extensions: {
        code: 'FORBIDDEN',
        field: 'filter.email',
        country: undefined,
        countries: ['BN', 'KH', 'TH'],
      },
    },
  ]);
});

test('a refusal only one country gave names that country only; BN is not named for TH', () => {
  const other: GraphQLFormattedError = {
    message: 'first must be from 1 to 100.',
    extensions: { code: 'BAD_USER_INPUT' },
  };
  const errors = mergeRefusals([answer('BN', [other]), answer('TH', [refusal('TH')])]);
  expect(errors.map((e) => e.message)).toEqual([
    'first must be from 1 to 100.',
    'filter.email searches email, which TH does not release to MEMBER callers.',
  ]);
  expect(errors.map((e) => e.extensions?.countries)).toEqual([['BN'], ['TH']]);
  expect(errors[1].message).not.toContain('BN');
});
