import { parse } from 'graphql';
import { FanoutKind, readFieldKinds, selectedCountries } from '../field-kinds';

const ALL = ['VN', 'BN', 'TH', 'MY'];
const SEARCH: FanoutKind = {
  kind: 'fanout',
  merge: 'CONNECTION',
  countries: ['filter', 'countries'],
};
const MATCH: FanoutKind = {
  kind: 'fanout',
  merge: 'CONNECTION',
  countries: ['need', 'includeCountries'],
  excludeCountries: ['need', 'excludeCountries'],
};

describe('the countries a fan-out asks, from the paths its directive names', () => {
  it('asks every country when the arguments list none', () => {
    expect(selectedCountries(SEARCH, {}, ALL)).toEqual(['BN', 'MY', 'TH', 'VN']);
    expect(selectedCountries(SEARCH, { filter: { text: 'audit' } }, ALL)).toEqual([
      'BN',
      'MY',
      'TH',
      'VN',
    ]);
  });

  it('asks the listed countries once each, even ones not routed (coverage reports them)', () => {
    expect(selectedCountries(SEARCH, { filter: { countries: ['TH', 'TH', 'LA'] } }, ALL)).toEqual([
      'LA',
      'TH',
    ]);
  });

  it('leaves out the excluded countries, from the list or from all', () => {
    expect(selectedCountries(MATCH, { need: { excludeCountries: ['MY', 'VN'] } }, ALL)).toEqual([
      'BN',
      'TH',
    ]);
    expect(
      selectedCountries(
        MATCH,
        { need: { includeCountries: ['TH', 'MY'], excludeCountries: ['MY'] } },
        ALL,
      ),
    ).toEqual(['TH']);
  });
});

describe('routing read from the experts schema', () => {
  it('reads @routeBy(claim:) apart from @routeBy(arg:): the me fields route by the token', () => {
    const kinds = readFieldKinds(
      parse(`type Query {
        me: Int @routeBy(claim: "expertId")
        expert(id: ID!): Int @routeBy(arg: "id")
      }`),
    );
    expect(kinds.get('Query.me')).toEqual({ kind: 'routeByClaim', claim: 'expertId' });
    expect(kinds.get('Query.expert')).toEqual({ kind: 'routeBy', arg: 'id' });
  });
});
