import { makeJapaneseName } from '../names/japanese';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

export const JP: CountryProfile = {
  refPrefix: 'NPA',
  makeName: makeJapaneseName,
  agencies: [
    {
      name: 'National Personnel Authority',
      domain: 'npa',
      heads: [{ en: 'Secretary-General, National Personnel Authority' }],
      deputies: [
        { en: 'Director-General, Human Resources Bureau' },
        { en: 'Director-General, Compensation Bureau' },
      ],
      units: [
        { en: 'Human Resources Bureau' },
        { en: 'Compensation Bureau' },
        { en: 'Employee Welfare Bureau' },
      ],
    },
    {
      name: 'Cabinet Bureau of Personnel Affairs',
      domain: 'cas',
      deputies: [{ en: 'Director-General, Cabinet Bureau of Personnel Affairs' }],
      units: [{ en: 'Cabinet Bureau of Personnel Affairs' }],
    },
    {
      name: 'Digital Agency',
      domain: 'digital',
      deputies: [{ en: 'Director-General, Strategy and Organization Group, Digital Agency' }],
      units: [{ en: 'Citizen Services Group' }],
    },
    {
      name: 'Ministry of Internal Affairs and Communications',
      domain: 'soumu',
      heads: [{ en: 'Administrative Vice-Minister for Internal Affairs and Communications' }],
      deputies: [
        { en: 'Director-General, Administrative Management Bureau' },
        { en: 'Director-General, Administrative Evaluation Bureau' },
      ],
      units: [
        { en: 'Administrative Management Bureau' },
        { en: 'Administrative Evaluation Bureau' },
      ],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Deputy Director-General' }],
    SENIOR_MANAGER: [{ en: 'Counsellor' }],
  },
  // The designated-service pay schedule (指定職) for executives, then the top grade of the
  // administrative service (I) schedule for division directors.
  grades: [
    { scheme: 'JP-Designated', code: 'Grade 8', band: 'TOP_EXECUTIVE' },
    { scheme: 'JP-Designated', code: 'Grade 5', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'JP-Designated', code: 'Grade 4', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'JP-Designated', code: 'Grade 2', band: 'EXECUTIVE' },
    { scheme: 'JP-Administrative-I', code: 'Grade 10', band: 'SENIOR_MANAGER' },
  ],
  languages: [english(false, 0.9), thirdLanguage(['fr', 'de', 'zh', 'ko'], 0.15)],
  universities: [
    'University of Tokyo',
    'Kyoto University',
    'Hitotsubashi University',
    'Keio University',
    'Waseda University',
    'National Graduate Institute for Policy Studies (GRIPS)',
  ],
};
