import { makeTimoreseName } from '../names/timorese';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

export const TL: CountryProfile = {
  refPrefix: 'CFP',
  makeName: makeTimoreseName,
  agencies: [
    {
      name: 'Comissão da Função Pública',
      domain: 'cfp',
      heads: [{ en: 'President, Civil Service Commission (Comissão da Função Pública)' }],
      deputies: [{ en: 'Commissioner, Civil Service Commission' }],
      units: [
        { en: 'Directorate of Recruitment and Careers' },
        { en: 'Directorate of Performance Evaluation' },
        { en: 'Directorate of Human Resource Management' },
      ],
    },
    {
      name: 'National Institute of Public Administration (INAP)',
      domain: 'inap',
      deputies: [{ en: 'Executive Director, National Institute of Public Administration (INAP)' }],
      units: [{ en: 'Department of Training and Leadership' }],
    },
    {
      name: 'Ministry of State Administration',
      domain: 'mae',
      heads: [{ en: 'Director-General of State Administration' }],
      units: [{ en: 'Directorate of Local Administration' }],
    },
    {
      name: 'Anti-Corruption Commission (CAC)',
      domain: 'cac',
      deputies: [{ en: 'Deputy Commissioner, Anti-Corruption Commission' }],
      units: [{ en: 'Directorate of Prevention' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'National Director' }],
    SENIOR_MANAGER: [{ en: 'Head of Department' }],
  },
  // The career regime's grades run from A (highest) down; senior posts sit in A to D.
  grades: [
    { scheme: 'TL-Carreira', code: 'Grau A', band: 'TOP_EXECUTIVE' },
    { scheme: 'TL-Carreira', code: 'Grau B', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'TL-Carreira', code: 'Grau C', band: 'EXECUTIVE' },
    { scheme: 'TL-Carreira', code: 'Grau D', band: 'SENIOR_MANAGER' },
  ],
  // Portuguese is the other official language; Indonesian is widely known from schooling.
  languages: [
    { tags: ['pt'], levels: ['B2', 'C1', 'C1', 'C2'], chance: 0.95 },
    english(false, 0.85),
    thirdLanguage(['id'], 0.45),
  ],
  universities: [
    "Universidade Nacional Timor Lorosa'e",
    'Universidade da Paz',
    'Universidade de Coimbra',
  ],
};
