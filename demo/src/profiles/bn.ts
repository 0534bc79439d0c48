import { makeMalayName } from '../names/malay';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

export const BN: CountryProfile = {
  refPrefix: 'JPA-BN',
  makeName: (rng) => makeMalayName(rng, { brunei: true }),
  agencies: [
    {
      name: "Public Service Department, Prime Minister's Office",
      domain: 'jpa',
      heads: [{ en: "Permanent Secretary, Prime Minister's Office" }],
      deputies: [{ en: 'Director-General of Public Service' }],
      units: [
        { en: 'Service Schemes Division' },
        { en: 'Recruitment and Selection Division' },
        { en: 'Human Resource Development Division' },
      ],
    },
    {
      name: 'Civil Service Institute (IPA)',
      domain: 'ipa',
      deputies: [{ en: 'Director, Civil Service Institute' }],
      units: [{ en: 'Leadership Development Centre' }],
    },
    {
      name: 'Management Services Department',
      domain: 'jpp',
      units: [
        { en: 'Public Service Innovation Division' },
        { en: 'Organisation Development Division' },
      ],
    },
    {
      name: 'E-Government National Centre (EGNC)',
      domain: 'egnc',
      deputies: [{ en: 'Director, E-Government National Centre' }],
      units: [{ en: 'Digital Services Division' }],
    },
    {
      name: 'Ministry of Finance and Economy',
      domain: 'mofe',
      heads: [{ en: 'Permanent Secretary, Ministry of Finance and Economy' }],
      units: [{ en: 'Budget Division' }],
    },
    {
      name: 'Anti-Corruption Bureau',
      domain: 'bmr',
      deputies: [{ en: 'Director, Anti-Corruption Bureau' }],
      units: [{ en: 'Prevention and Education Division' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Director' }, { en: 'Acting Director' }],
    SENIOR_MANAGER: [{ en: 'Deputy Director' }, { en: 'Head of Section' }],
  },
  // Division I officers on the superscale salary scales; codes are plausible placeholders.
  grades: [
    { scheme: 'BN-Superscale', code: 'A', band: 'TOP_EXECUTIVE' },
    { scheme: 'BN-Superscale', code: 'B', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'BN-Superscale', code: 'C', band: 'EXECUTIVE' },
    { scheme: 'BN-Division', code: 'I', band: 'SENIOR_MANAGER' },
  ],
  languages: [english(true), thirdLanguage(['ar', 'zh'])],
  universities: [
    'Universiti Brunei Darussalam',
    'Universiti Teknologi Brunei',
    'Universiti Islam Sultan Sharif Ali',
  ],
};
