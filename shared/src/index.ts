export * from './expert';
export { COUNTRIES, MEMBER_CODES, findCountry, isCountryCode } from './countries';
export type { CountryInfo, Membership } from './countries';
export { ErrorCode, appError, badInput, errorCodeOf } from './errors';
export { formatExpertId, parseExpertId, countryOfId, newOpaqueId } from './ids';
export type { ExpertId } from './ids';
export { EXPERTISE_AREAS, findExpertiseArea } from './vocabulary';
export type { ExpertiseArea } from './vocabulary';
export { foldText, tokenize, tokenSet } from './text/tokens';
