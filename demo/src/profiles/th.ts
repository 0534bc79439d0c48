import { SOMCHAI_JAIDEE, makeThaiName } from '../names/thai';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

// Thai titles are written without spaces; role and unit join into one word run
// (ผู้อำนวยการ + สำนัก... ), which is what word segmentation in search must split again.
export const TH: CountryProfile = {
  refPrefix: 'OCSC',
  makeName: makeThaiName,
  pinnedNames: [SOMCHAI_JAIDEE],
  agencies: [
    {
      name: 'Office of the Civil Service Commission (OCSC)',
      domain: 'ocsc',
      heads: [
        {
          en: 'Secretary-General of the Civil Service Commission',
          local: 'เลขาธิการคณะกรรมการข้าราชการพลเรือน',
        },
      ],
      deputies: [
        {
          en: 'Deputy Secretary-General of the Civil Service Commission',
          local: 'รองเลขาธิการคณะกรรมการข้าราชการพลเรือน',
        },
      ],
      units: [
        { en: 'Civil Service Development Institute', local: 'สถาบันพัฒนาข้าราชการพลเรือน' },
        {
          en: 'Bureau of Position Classification and Compensation Development',
          local: 'สำนักพัฒนาระบบจำแนกตำแหน่งและค่าตอบแทน',
        },
        { en: 'Bureau of Merit System Protection', local: 'สำนักพิทักษ์ระบบคุณธรรม' },
        { en: 'Bureau of Recruitment and Selection', local: 'สำนักสรรหาและเลือกสรร' },
        { en: 'Office of Human Resource Management', local: 'สำนักงานบริหารทรัพยากรบุคคล' },
      ],
    },
    {
      name: 'Office of the Public Sector Development Commission (OPDC)',
      domain: 'opdc',
      heads: [
        {
          en: 'Secretary-General of the Public Sector Development Commission',
          local: 'เลขาธิการคณะกรรมการพัฒนาระบบราชการ',
        },
      ],
      deputies: [
        {
          en: 'Deputy Secretary-General of the Public Sector Development Commission',
          local: 'รองเลขาธิการคณะกรรมการพัฒนาระบบราชการ',
        },
      ],
      units: [
        { en: 'Public Administration Innovation Division', local: 'กองนวัตกรรมการบริหารภาครัฐ' },
        { en: 'Monitoring and Evaluation Division', local: 'กองติดตามและประเมินผล' },
      ],
    },
    {
      name: 'Digital Government Development Agency (DGA)',
      domain: 'dga',
      deputies: [
        {
          en: 'Deputy President, Digital Government Development Agency',
          local: 'รองผู้อำนวยการสำนักงานพัฒนารัฐบาลดิจิทัล',
        },
      ],
      units: [{ en: 'Thailand Digital Government Academy', local: 'สถาบันพัฒนาบุคลากรภาครัฐด้านดิจิทัล' }],
    },
    {
      name: 'Ministry of Interior',
      domain: 'moi',
      heads: [{ en: 'Permanent Secretary for Interior', local: 'ปลัดกระทรวงมหาดไทย' }],
      deputies: [{ en: 'Deputy Permanent Secretary for Interior', local: 'รองปลัดกระทรวงมหาดไทย' }],
      units: [
        { en: 'Personnel Division', local: 'กองการเจ้าหน้าที่' },
        { en: 'Damrong Rajanubhab Institute', local: 'สถาบันดำรงราชานุภาพ' },
        {
          en: 'Information and Communication Technology Centre',
          local: 'ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร',
        },
      ],
    },
    {
      name: 'Office of the National Anti-Corruption Commission (NACC)',
      domain: 'nacc',
      deputies: [
        {
          en: 'Deputy Secretary-General of the National Anti-Corruption Commission',
          local: 'รองเลขาธิการคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ',
        },
      ],
      units: [{ en: 'Bureau of Corruption Prevention', local: 'สำนักป้องกันการทุจริต' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Director', local: 'ผู้อำนวยการ' }],
    SENIOR_MANAGER: [{ en: 'Deputy Director', local: 'รองผู้อำนวยการ' }],
  },
  localTitles: { share: 0.5 },
  // Two of the civil service's position types, executive (บริหาร) and administrative
  // (อำนวยการ), each with a higher and a primary level.
  grades: [
    { scheme: 'TH-OCSC', code: 'Executive, Higher level', band: 'TOP_EXECUTIVE' },
    { scheme: 'TH-OCSC', code: 'Executive, Primary level', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'TH-OCSC', code: 'Administrative, Higher level', band: 'EXECUTIVE' },
    { scheme: 'TH-OCSC', code: 'Administrative, Primary level', band: 'SENIOR_MANAGER' },
  ],
  languages: [english(), thirdLanguage(['zh', 'ja', 'fr', 'de'])],
  universities: [
    'Chulalongkorn University',
    'Thammasat University',
    'Mahidol University',
    'Kasetsart University',
    'Chiang Mai University',
    'Khon Kaen University',
    'National Institute of Development Administration (NIDA)',
  ],
};
