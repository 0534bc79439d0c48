import { makeLaoName } from '../names/lao';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

export const LA: CountryProfile = {
  refPrefix: 'MOHA-LA',
  makeName: makeLaoName,
  agencies: [
    {
      name: 'Ministry of Home Affairs',
      domain: 'moha',
      heads: [{ en: 'Deputy Minister of Home Affairs', local: 'ຮອງລັດຖະມົນຕີກະຊວງພາຍໃນ' }],
      deputies: [
        {
          en: 'Director-General, Department of Civil Service Management',
          local: 'ຫົວໜ້າກົມຄຸ້ມຄອງລັດຖະກອນ',
        },
      ],
      units: [
        { en: 'Division of Civil Service Training', local: 'ພະແນກຝຶກອົບຮົມລັດຖະກອນ' },
        { en: 'Division of Personnel Policy', local: 'ພະແນກນະໂຍບາຍບຸກຄະລາກອນ' },
        { en: 'Division of Civil Service Statistics', local: 'ພະແນກສະຖິຕິລັດຖະກອນ' },
      ],
    },
    {
      name: 'Ministry of Finance',
      domain: 'mof',
      heads: [{ en: 'Deputy Minister of Finance', local: 'ຮອງລັດຖະມົນຕີກະຊວງການເງິນ' }],
      deputies: [{ en: 'Director-General, Department of Budget', local: 'ຫົວໜ້າກົມງົບປະມານ' }],
      units: [{ en: 'Division of Administration', local: 'ພະແນກບໍລິຫານ' }],
    },
    {
      name: 'Ministry of Technology and Communications',
      domain: 'mtc',
      units: [{ en: 'Division of Digital Government', local: 'ພະແນກລັດຖະບານດີຈີຕອນ' }],
    },
    {
      name: 'National Academy of Politics and Public Administration',
      domain: 'napa',
      deputies: [
        {
          en: 'Vice President, National Academy of Politics and Public Administration',
          local: 'ຮອງປະທານສະຖາບັນການເມືອງແລະການປົກຄອງແຫ່ງຊາດ',
        },
      ],
      units: [{ en: 'Division of Leadership Training', local: 'ພະແນກຝຶກອົບຮົມຜູ້ນຳ' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Director', local: 'ຫົວໜ້າ' }],
    SENIOR_MANAGER: [{ en: 'Deputy Director', local: 'ຮອງຫົວໜ້າ' }],
  },
  localTitles: { share: 0.5 },
  // Lao civil-service grades (ຊັ້ນ) run from 1 to 6; the senior posts sit in the upper ones.
  grades: [
    { scheme: 'LA-CS', code: 'Grade 6', band: 'TOP_EXECUTIVE' },
    { scheme: 'LA-CS', code: 'Grade 5', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'LA-CS', code: 'Grade 4', band: 'EXECUTIVE' },
    { scheme: 'LA-CS', code: 'Grade 3', band: 'SENIOR_MANAGER' },
  ],
  languages: [english(), thirdLanguage(['fr', 'th', 'vi', 'zh'], 0.35)],
  universities: [
    'National University of Laos',
    'Souphanouvong University',
    'Champasack University',
  ],
};
