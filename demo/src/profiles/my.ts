import { makeMalayName } from '../names/malay';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

export const MY: CountryProfile = {
  refPrefix: 'JPA',
  makeName: (rng) => makeMalayName(rng),
  agencies: [
    {
      name: 'Public Service Department (JPA)',
      domain: 'jpa',
      heads: [{ en: 'Director General of Public Service' }],
      deputies: [
        { en: 'Deputy Director General of Public Service (Development)' },
        { en: 'Deputy Director General of Public Service (Operations)' },
      ],
      units: [
        { en: 'Remuneration Division' },
        { en: 'Service Division' },
        { en: 'Human Capital Development Division' },
        { en: 'Psychology Management Division' },
      ],
    },
    {
      name: 'National Institute of Public Administration (INTAN)',
      domain: 'intan',
      deputies: [{ en: 'Director, National Institute of Public Administration (INTAN)' }],
      units: [
        { en: 'Centre for Leadership and Management Development' },
        { en: 'Centre for Public Policy Studies' },
      ],
    },
    {
      name: 'Malaysian Administrative Modernisation and Management Planning Unit (MAMPU)',
      domain: 'mampu',
      deputies: [{ en: 'Director General, MAMPU' }],
      units: [{ en: 'Digital Government Division' }, { en: 'Data Management Division' }],
    },
    {
      name: 'Ministry of Finance',
      domain: 'mof',
      heads: [{ en: 'Secretary General of the Treasury' }],
      deputies: [{ en: 'Deputy Secretary General of the Treasury (Policy)' }],
      units: [{ en: 'National Budget Office' }],
    },
    {
      name: 'Malaysian Anti-Corruption Commission (MACC)',
      domain: 'macc',
      deputies: [{ en: 'Deputy Chief Commissioner (Prevention), MACC' }],
      units: [{ en: 'Malaysia Anti-Corruption Academy' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Director' }],
    SENIOR_MANAGER: [{ en: 'Deputy Director' }, { en: 'Principal Assistant Director' }],
  },
  // Turus and JUSA (Jawatan Utama Sektor Awam) are the top grades; Grade 54 is the premier grade
  // of the management and professional group below them.
  grades: [
    { scheme: 'Turus', code: 'III', band: 'TOP_EXECUTIVE' },
    { scheme: 'JUSA', code: 'A', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'JUSA', code: 'B', band: 'EXECUTIVE' },
    { scheme: 'JUSA', code: 'C', band: 'EXECUTIVE' },
    { scheme: 'Gred Premier', code: '54', band: 'SENIOR_MANAGER' },
  ],
  languages: [english(true), thirdLanguage(['ar', 'zh', 'ja', 'ta'])],
  universities: [
    'Universiti Malaya',
    'Universiti Kebangsaan Malaysia',
    'Universiti Putra Malaysia',
    'Universiti Sains Malaysia',
    'Universiti Teknologi MARA',
    'Universiti Teknologi Malaysia',
  ],
};
