import { BN } from './bn';
import { CN } from './cn';
import { ID } from './id';
import { JP } from './jp';
import { KH } from './kh';
import { KR } from './kr';
import { LA } from './la';
import { MM } from './mm';
import { MY } from './my';
import { PH } from './ph';
import { SG } from './sg';
import { TH } from './th';
import { TL } from './tl';
import { VN } from './vn';
import type { CountryProfile } from './types';

/** One profile per entry of the country table (countries.ts); a test keeps the two in step. */
export const PROFILES: Readonly<Record<string, CountryProfile>> = {
  BN,
  KH,
  ID,
  LA,
  MY,
  MM,
  PH,
  SG,
  TH,
  VN,
  TL,
  CN,
  JP,
  KR,
};
