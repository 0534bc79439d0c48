import { makeSingaporeanName } from '../names/singaporean';
import { thirdLanguage } from './common';
import type { CountryProfile } from './types';

export const SG: CountryProfile = {
  refPrefix: 'PSD',
  makeName: makeSingaporeanName,
  agencies: [
    {
      name: "Public Service Division, Prime Minister's Office",
      domain: 'psd',
      heads: [{ en: 'Permanent Secretary (Public Service Division)' }],
      deputies: [
        { en: 'Deputy Secretary (Leadership), Public Service Division' },
        { en: 'Deputy Secretary (Workforce), Public Service Division' },
      ],
      units: [
        { en: 'Leadership Development Directorate' },
        { en: 'Workforce Development Directorate' },
        { en: 'Public Sector Transformation Directorate' },
      ],
    },
    {
      name: 'Civil Service College',
      domain: 'csc',
      deputies: [{ en: 'Dean and Chief Executive Officer, Civil Service College' }],
      units: [
        { en: 'Institute of Leadership and Organisation Development' },
        { en: 'Institute of Governance and Policy' },
      ],
    },
    {
      name: 'Government Technology Agency (GovTech)',
      domain: 'tech',
      deputies: [{ en: 'Chief Executive, Government Technology Agency' }],
      units: [
        { en: 'Government Digital Services' },
        { en: 'Data Science and Artificial Intelligence Division' },
      ],
    },
    {
      name: 'Ministry of Finance',
      domain: 'mof',
      heads: [{ en: 'Permanent Secretary (Finance)' }],
      deputies: [{ en: 'Deputy Secretary (Fiscal), Ministry of Finance' }],
      units: [{ en: 'Budget Directorate' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Director' }],
    SENIOR_MANAGER: [{ en: 'Deputy Director' }, { en: 'Senior Assistant Director' }],
  },
  // Administrative Service superscale grades, G (lowest) to A.
  grades: [
    { scheme: 'Superscale', code: 'A', band: 'TOP_EXECUTIVE' },
    { scheme: 'Superscale', code: 'B', band: 'TOP_EXECUTIVE' },
    { scheme: 'Superscale', code: 'C', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'Superscale', code: 'D', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'Superscale', code: 'E', band: 'EXECUTIVE' },
    { scheme: 'Superscale', code: 'F', band: 'EXECUTIVE' },
    { scheme: 'Superscale', code: 'G', band: 'SENIOR_MANAGER' },
  ],
  // English is the working language: everyone has it, next to their mother tongue.
  languages: [
    { tags: ['en'], levels: ['C1', 'C2', 'C2', 'C2'], chance: 1 },
    thirdLanguage(['ms', 'zh', 'fr', 'ja']),
  ],
  universities: [
    'National University of Singapore',
    'Nanyang Technological University',
    'Singapore Management University',
  ],
};
