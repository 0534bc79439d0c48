import { makeFilipinoName } from '../names/filipino';
import { english, thirdLanguage } from './common';
import type { CountryProfile } from './types';

export const PH: CountryProfile = {
  refPrefix: 'CESB',
  makeName: makeFilipinoName,
  agencies: [
    {
      name: 'Civil Service Commission',
      domain: 'csc',
      deputies: [{ en: 'Assistant Commissioner, Civil Service Commission' }],
      units: [
        { en: 'Human Resource Policies and Standards Office' },
        { en: 'Civil Service Institute' },
        { en: 'Examination, Recruitment and Placement Office' },
        { en: 'Office for Human Resource Management and Development' },
      ],
    },
    {
      name: 'Career Executive Service Board',
      domain: 'cesb',
      deputies: [{ en: 'Executive Director, Career Executive Service Board' }],
      units: [
        { en: 'Professional Development Division' },
        { en: 'Performance Management Division' },
      ],
    },
    {
      name: 'Development Academy of the Philippines',
      domain: 'dap',
      heads: [{ en: 'President, Development Academy of the Philippines' }],
      deputies: [{ en: 'Senior Vice President, Development Academy of the Philippines' }],
      units: [
        { en: 'Graduate School of Public and Development Management' },
        { en: 'Center for Governance' },
      ],
    },
    {
      name: 'Department of Budget and Management',
      domain: 'dbm',
      heads: [{ en: 'Undersecretary, Department of Budget and Management' }],
      deputies: [{ en: 'Assistant Secretary, Department of Budget and Management' }],
      units: [{ en: 'Organization, Position Classification and Compensation Bureau' }],
    },
    {
      name: 'Department of Information and Communications Technology',
      domain: 'dict',
      heads: [{ en: 'Undersecretary, Department of Information and Communications Technology' }],
      deputies: [
        { en: 'Assistant Secretary, Department of Information and Communications Technology' },
      ],
      units: [{ en: 'E-Government Bureau' }],
    },
  ],
  unitRoles: {
    EXECUTIVE: [{ en: 'Director IV' }, { en: 'Director III' }],
    SENIOR_MANAGER: [{ en: 'Director II' }, { en: 'Chief Administrative Officer' }],
  },
  // Career Executive Service Officer ranks, I the highest; third-level eligibles without a rank
  // yet hold the posts below.
  grades: [
    { scheme: 'CES', code: 'CESO I', band: 'TOP_EXECUTIVE' },
    { scheme: 'CES', code: 'CESO II', band: 'TOP_EXECUTIVE' },
    { scheme: 'CES', code: 'CESO III', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'CES', code: 'CESO IV', band: 'SENIOR_EXECUTIVE' },
    { scheme: 'CES', code: 'CESO V', band: 'EXECUTIVE' },
    { scheme: 'CES', code: 'CESO VI', band: 'EXECUTIVE' },
    { scheme: 'CES', code: 'CES Eligible', band: 'SENIOR_MANAGER' },
  ],
  languages: [english(true, 1), thirdLanguage(['es', 'ja', 'ko', 'zh'], 0.15)],
  universities: [
    'University of the Philippines Diliman',
    'Ateneo de Manila University',
    'De La Salle University',
    'University of Santo Tomas',
    'Polytechnic University of the Philippines',
    'Development Academy of the Philippines',
  ],
};
