import { makeVietnameseName } from '../names/vietnamese';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

export const VN: CountryProfile = {
  refPrefix: 'BNV',
  makeName: makeVietnameseName,
  agencies: [
    {
      name: 'Ministry of Home Affairs',
      domain: 'moha',
      heads: [{ en: 'Deputy Minister of Home Affairs' }],
      deputies: [{ en: 'Director-General, Department of Civil Servants and Public Employees' }],
      units: [
        { en: 'Department of Organisation and Personnel' },
        { en: 'Department of Public Administration Reform' },
        { en: 'Department of Salaries' },
        { en: 'Department of Civil Servants and Public Employees' },
      ],
    },
    {
      name: 'Academy of Public Administration and Governance',
      domain: 'apag',
      deputies: [{ en: 'President, Academy of Public Administration and Governance' }],
      units: [
        { en: 'Faculty of Human Resource Management' },
        { en: 'Institute of Leadership Training' },
      ],
    },
    {
      name: 'Ministry of Science and Technology',
      domain: 'most',
      deputies: [{ en: 'Director-General, National Digital Transformation Agency' }],
      units: [{ en: 'Department of E-Government' }],
    },
    {
      name: 'Government Inspectorate',
      domain: 'thanhtra',
      heads: [{ en: 'Deputy Inspector General of the Government' }],
      deputies: [{ en: 'Director-General, Anti-Corruption Department' }],
      units: [{ en: 'Anti-Corruption Department' }],
    },
    {
      name: 'Ministry of Finance',
      domain: 'mof',
      heads: [{ en: 'Deputy Minister of Finance' }],
      units: [{ en: 'State Budget Department' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Director' }],
    SENIOR_MANAGER: [{ en: 'Deputy Director' }],
  },
  // Civil-service ranks (ngạch) with their salary groups: senior specialist (A3), principal
  // specialist (A2), specialist (A1).
  grades: [
    { scheme: 'VN-Ngach', code: 'Chuyên viên cao cấp (A3.1)', band: 'TOP_EXECUTIVE' },
    { scheme: 'VN-Ngach', code: 'Chuyên viên cao cấp (A3.2)', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'VN-Ngach', code: 'Chuyên viên chính (A2.1)', band: 'EXECUTIVE' },
    { scheme: 'VN-Ngach', code: 'Chuyên viên (A1)', band: 'SENIOR_MANAGER' },
  ],
  languages: [english(), thirdLanguage(['fr', 'ru', 'zh', 'ja', 'ko'], 0.3)],
  universities: [
    'Vietnam National University, Hanoi',
    'Vietnam National University, Ho Chi Minh City',
    'National Economics University',
    'Hanoi Law University',
    'Foreign Trade University',
    'National Academy of Public Administration',
  ],
};
