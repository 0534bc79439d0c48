import { makeKoreanName } from '../names/korean';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

export const KR: CountryProfile = {
  refPrefix: 'MPM',
  makeName: makeKoreanName,
  agencies: [
    {
      name: 'Ministry of Personnel Management',
      domain: 'mpm',
      heads: [{ en: 'Vice Minister of Personnel Management' }],
      deputies: [
        { en: 'Deputy Minister for Planning and Coordination, Ministry of Personnel Management' },
      ],
      units: [
        { en: 'Talent Recruitment Bureau' },
        { en: 'Personnel Innovation Bureau' },
        { en: 'Ethics and Service Bureau' },
      ],
    },
    {
      name: 'National Human Resources Development Institute',
      domain: 'nhi',
      deputies: [{ en: 'President, National Human Resources Development Institute' }],
      units: [{ en: 'Leadership Development Department' }],
    },
    {
      name: 'Ministry of the Interior and Safety',
      domain: 'mois',
      heads: [{ en: 'Vice Minister of the Interior and Safety' }],
      deputies: [{ en: 'Director-General, Government Innovation and Organization Office' }],
      units: [{ en: 'Digital Government Bureau' }],
    },
    {
      name: 'Anti-Corruption and Civil Rights Commission',
      domain: 'acrc',
      deputies: [{ en: 'Secretary-General, Anti-Corruption and Civil Rights Commission' }],
      units: [{ en: 'Anti-Corruption Bureau' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Director-General' }],
    SENIOR_MANAGER: [{ en: 'Director' }],
  },
  // The Senior Civil Service (고위공무원단) has grades A and B; division directors are grade 3-4.
  grades: [
    { scheme: 'KR-Political', code: 'Vice Minister', band: 'TOP_EXECUTIVE' },
    { scheme: 'KR-SCS', code: 'Grade A', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'KR-SCS', code: 'Grade B', band: 'EXECUTIVE' },
    { scheme: 'KR-General', code: 'Grade 3', band: 'SENIOR_MANAGER' },
    { scheme: 'KR-General', code: 'Grade 4', band: 'SENIOR_MANAGER' },
  ],
  languages: [english(false, 0.92), thirdLanguage(['ja', 'zh', 'fr', 'de'], 0.18)],
  universities: [
    'Seoul National University',
    'Korea University',
    'Yonsei University',
    'Sungkyunkwan University',
    'KDI School of Public Policy and Management',
  ],
};
