import { makeChineseName } from '../names/chinese';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

export const CN: CountryProfile = {
  refPrefix: 'NCSA',
  makeName: makeChineseName,
  agencies: [
    {
      name: 'National Civil Service Administration',
      domain: 'ncsa',
      heads: [{ en: 'Deputy Director, National Civil Service Administration' }],
      deputies: [
        { en: 'Director-General, Department of Examination and Recruitment' },
        { en: 'Director-General, Department of Training' },
      ],
      units: [
        { en: 'Department of Examination and Recruitment' },
        { en: 'Department of Training' },
        { en: 'Department of Assessment and Rewards' },
      ],
    },
    {
      name: 'Chinese Academy of Governance',
      domain: 'cag',
      deputies: [{ en: 'Vice President, Chinese Academy of Governance' }],
      units: [
        { en: 'Department of Public Administration' },
        { en: 'Department of Leadership Studies' },
      ],
    },
    {
      name: 'Ministry of Human Resources and Social Security',
      domain: 'mohrss',
      heads: [{ en: 'Vice Minister of Human Resources and Social Security' }],
      deputies: [{ en: 'Director-General, Department of Wages and Welfare' }],
      units: [
        { en: 'Department of Professional and Technical Personnel Management' },
        { en: 'Department of Wages and Welfare' },
      ],
    },
    {
      name: 'National Data Administration',
      domain: 'nda',
      deputies: [{ en: 'Deputy Director, National Data Administration' }],
      units: [{ en: 'Department of Digital Government' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Deputy Director-General' }],
    SENIOR_MANAGER: [{ en: 'Division Director' }],
  },
  // Leadership posts by level: vice-ministerial, bureau (司局) and division (处).
  grades: [
    { scheme: 'CN-Leadership', code: 'Vice-ministerial level', band: 'TOP_EXECUTIVE' },
    { scheme: 'CN-Leadership', code: 'Bureau level, principal', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'CN-Leadership', code: 'Bureau level, deputy', band: 'EXECUTIVE' },
    { scheme: 'CN-Leadership', code: 'Division level, principal', band: 'SENIOR_MANAGER' },
  ],
  languages: [english(false, 0.85), thirdLanguage(['ja', 'ru', 'fr', 'de'], 0.15)],
  universities: [
    'Tsinghua University',
    'Peking University',
    'Renmin University of China',
    'Fudan University',
    'Zhejiang University',
  ],
};
