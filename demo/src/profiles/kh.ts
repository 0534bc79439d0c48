import { makeKhmerName } from '../names/khmer';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

const MINISTRY = 'ក្រសួងមុខងារសាធារណៈ';

export const KH: CountryProfile = {
  refPrefix: 'MCS',
  makeName: makeKhmerName,
  agencies: [
    {
      name: 'Ministry of Civil Service',
      domain: 'mcs',
      heads: [
        { en: 'Secretary of State, Ministry of Civil Service', local: `រដ្ឋលេខាធិការ${MINISTRY}` },
      ],
      deputies: [
        {
          en: 'Under-Secretary of State, Ministry of Civil Service',
          local: `អនុរដ្ឋលេខាធិការ${MINISTRY}`,
        },
        {
          en: 'Director-General, General Department of Civil Service',
          local: 'អគ្គនាយកអគ្គនាយកដ្ឋានមុខងារសាធារណៈ',
        },
        { en: 'Director, Royal School of Administration', local: 'នាយកសាលាភូមិន្ទរដ្ឋបាល' },
      ],
      units: [
        { en: 'Department of Personnel', local: 'នាយកដ្ឋានបុគ្គលិក' },
        { en: 'Department of Training', local: 'នាយកដ្ឋានបណ្តុះបណ្តាល' },
        { en: 'Department of Civil Service Policy', local: 'នាយកដ្ឋានគោលនយោបាយមុខងារសាធារណៈ' },
      ],
    },
    {
      name: 'Ministry of Economy and Finance',
      domain: 'mef',
      heads: [
        {
          en: 'Secretary of State, Ministry of Economy and Finance',
          local: 'រដ្ឋលេខាធិការក្រសួងសេដ្ឋកិច្ចនិងហិរញ្ញវត្ថុ',
        },
      ],
      deputies: [
        {
          en: 'Under-Secretary of State, Ministry of Economy and Finance',
          local: 'អនុរដ្ឋលេខាធិការក្រសួងសេដ្ឋកិច្ចនិងហិរញ្ញវត្ថុ',
        },
      ],
      units: [
        { en: 'Department of Budget', local: 'នាយកដ្ឋានថវិកា' },
        { en: 'Department of Personnel', local: 'នាយកដ្ឋានបុគ្គលិក' },
      ],
    },
    {
      name: 'Ministry of Post and Telecommunications',
      domain: 'mptc',
      deputies: [
        {
          en: 'Under-Secretary of State, Ministry of Post and Telecommunications',
          local: 'អនុរដ្ឋលេខាធិការក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍',
        },
      ],
      units: [{ en: 'Department of Information Technology', local: 'នាយកដ្ឋានបច្ចេកវិទ្យាព័ត៌មាន' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Director', local: 'ប្រធាន' }],
    SENIOR_MANAGER: [{ en: 'Deputy Director', local: 'អនុប្រធាន' }],
  },
  localTitles: { share: 0.5 },
  // Framework A (ក្របខណ្ឌ ក) is the senior civil-service category; the grade codes within it are
  // plausible placeholders until the ministry supplies its table.
  grades: [
    { scheme: 'KH-Framework-A', code: 'Senior Grade 1', band: 'TOP_EXECUTIVE' },
    { scheme: 'KH-Framework-A', code: 'Senior Grade 2', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'KH-Framework-A', code: 'Grade 1', band: 'EXECUTIVE' },
    { scheme: 'KH-Framework-A', code: 'Grade 2', band: 'SENIOR_MANAGER' },
  ],
  languages: [english(), thirdLanguage(['fr', 'zh', 'ja'], 0.3)],
  universities: [
    'Royal University of Phnom Penh',
    'Royal University of Law and Economics',
    'National University of Management',
    'Royal School of Administration',
  ],
};
