import { makeBurmeseName } from '../names/burmese';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

const UCSB_OFFICE = 'ပြည်ထောင်စုရာထူးဝန်အဖွဲ့ရုံး';
const PLANNING_FINANCE = 'စီမံကိန်းနှင့်ဘဏ္ဍာရေးဝန်ကြီးဌာန';
const TRANSPORT_COMMUNICATIONS = 'ပို့ဆောင်ရေးနှင့်ဆက်သွယ်ရေးဝန်ကြီးဌာန';
const PERMANENT_SECRETARY = 'အမြဲတမ်းအတွင်းဝန်';
const DIRECTOR_GENERAL = 'ညွှန်ကြားရေးမှူးချုပ်';

// Burmese puts the organisation before the role: <office><Director-General>.
export const MM: CountryProfile = {
  refPrefix: 'UCSB',
  makeName: makeBurmeseName,
  agencies: [
    {
      name: 'Union Civil Service Board',
      domain: 'ucsb',
      heads: [
        {
          en: 'Director-General, Union Civil Service Board Office',
          local: `${UCSB_OFFICE}${DIRECTOR_GENERAL}`,
        },
      ],
      deputies: [
        {
          en: 'Deputy Director-General, Union Civil Service Board Office',
          local: `${UCSB_OFFICE}ဒုတိယ${DIRECTOR_GENERAL}`,
        },
      ],
      units: [
        { en: 'Training Department', local: 'သင်တန်းဌာန' },
        { en: 'Selection Department', local: 'ရွေးချယ်ရေးဌာန' },
        { en: 'Research and Policy Department', local: 'သုတေသနနှင့်မူဝါဒဌာန' },
      ],
    },
    {
      name: 'Ministry of Planning and Finance',
      domain: 'mopf',
      heads: [
        {
          en: 'Permanent Secretary, Ministry of Planning and Finance',
          local: `${PLANNING_FINANCE}${PERMANENT_SECRETARY}`,
        },
      ],
      deputies: [
        { en: 'Director-General, Budget Department', local: `ဘတ်ဂျက်ဦးစီးဌာန${DIRECTOR_GENERAL}` },
      ],
      units: [{ en: 'Budget Department', local: 'ဘတ်ဂျက်ဦးစီးဌာန' }],
    },
    {
      name: 'Ministry of Transport and Communications',
      domain: 'motc',
      heads: [
        {
          en: 'Permanent Secretary, Ministry of Transport and Communications',
          local: `${TRANSPORT_COMMUNICATIONS}${PERMANENT_SECRETARY}`,
        },
      ],
      deputies: [
        {
          en: 'Director-General, Posts and Telecommunications Department',
          local: `ဆက်သွယ်ရေးဦးစီးဌာန${DIRECTOR_GENERAL}`,
        },
      ],
      units: [{ en: 'E-Government Department', local: 'အီလက်ထရောနစ်အစိုးရဌာန' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Director', local: 'ညွှန်ကြားရေးမှူး' }],
    SENIOR_MANAGER: [{ en: 'Deputy Director', local: 'ဒုတိယညွှန်ကြားရေးမှူး' }],
  },
  localTitles: { share: 0.5, unitFirst: true },
  // Gazetted ranks; the codes are plausible placeholders until the board supplies its table.
  grades: [
    { scheme: 'MM-Gazetted', code: 'Rank 1', band: 'TOP_EXECUTIVE' },
    { scheme: 'MM-Gazetted', code: 'Rank 2', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'MM-Gazetted', code: 'Rank 3', band: 'EXECUTIVE' },
    { scheme: 'MM-Gazetted', code: 'Rank 4', band: 'SENIOR_MANAGER' },
  ],
  languages: [english(), thirdLanguage(['ja', 'zh', 'th'])],
  universities: [
    'University of Yangon',
    'Yangon University of Economics',
    'University of Mandalay',
    'Yangon Technological University',
  ],
};
