import { makeIndonesianName } from '../names/indonesian';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

export const ID: CountryProfile = {
  refPrefix: 'BKN-JPT',
  makeName: makeIndonesianName,
  agencies: [
    {
      name: 'Badan Kepegawaian Negara (BKN)',
      domain: 'bkn',
      heads: [{ en: 'Head of the National Civil Service Agency (BKN)' }],
      deputies: [
        { en: 'Deputy for Civil Service Management Development, BKN' },
        { en: 'Deputy for Civil Service Information Systems, BKN' },
        { en: 'Deputy for Supervision and Control, BKN' },
      ],
      units: [
        { en: 'Directorate of Civil Service Competency Development' },
        { en: 'Centre for Civil Service Competency Assessment' },
        { en: 'Centre for Civil Service Recruitment System Development' },
        { en: 'Directorate of Civil Service Performance' },
      ],
    },
    {
      name: 'Lembaga Administrasi Negara (LAN)',
      domain: 'lan',
      heads: [{ en: 'Head of the National Institute of Public Administration (LAN)' }],
      deputies: [
        { en: 'Deputy for Civil Service Competency Development, LAN' },
        { en: 'Deputy for Public Administration Innovation, LAN' },
      ],
      units: [{ en: 'Centre for Leadership Training' }, { en: 'Politeknik STIA LAN Jakarta' }],
    },
    {
      name: 'Kementerian PANRB (Ministry of State Apparatus Empowerment and Bureaucratic Reform)',
      domain: 'menpan',
      deputies: [
        { en: 'Deputy for State Apparatus Human Resources, Kementerian PANRB' },
        { en: 'Deputy for Bureaucratic Reform, Accountability and Supervision, Kementerian PANRB' },
        { en: 'Deputy for Public Services, Kementerian PANRB' },
      ],
      units: [
        { en: 'Assistant Deputyship for Talent Management' },
        { en: 'Assistant Deputyship for Civil Service Remuneration' },
      ],
    },
    {
      name: 'Kementerian Komunikasi dan Digital (Komdigi)',
      domain: 'komdigi',
      deputies: [{ en: 'Director-General of Digital Government Technology, Komdigi' }],
      units: [{ en: 'Directorate of Digital Government Services' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Director' }, { en: 'Head' }],
    SENIOR_MANAGER: [{ en: 'Deputy Director' }, { en: 'Head of Division' }],
  },
  // JPT (Jabatan Pimpinan Tinggi) is the senior executive service; Administrator posts are the
  // level below it, from which JPT candidates come.
  grades: [
    { scheme: 'JPT', code: 'Utama', band: 'TOP_EXECUTIVE' },
    { scheme: 'JPT', code: 'Madya', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'JPT', code: 'Pratama', band: 'EXECUTIVE' },
    { scheme: 'JA', code: 'Administrator', band: 'SENIOR_MANAGER' },
  ],
  languages: [english(), thirdLanguage(['ja', 'ar', 'nl', 'ms'])],
  universities: [
    'Universitas Indonesia',
    'Universitas Gadjah Mada',
    'Institut Teknologi Bandung',
    'Universitas Airlangga',
    'Universitas Padjadjaran',
    'IPB University',
    'Politeknik STIA LAN Jakarta',
  ],
};
