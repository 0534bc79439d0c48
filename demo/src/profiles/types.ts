import type { Cefr, NationalGrade, RegionalBand } from '@expertpool/shared';
import type { GeneratedName, NameMaker } from '../names/types';

/** English text, and for countries whose officials write titles in their own script, that form. */
export interface Label {
  en: string;
  local?: string;
}

export interface AgencyProfile {
  /** English name; it becomes `position.agency`. */
  name: string;
  /** First label of the demo e-mail domain: `<domain>.<cc>.demo.example`. */
  domain: string;
  /** Whole titles of the top band (heads of the agency). */
  heads?: Label[];
  /** Whole titles of the senior-executive band (deputy heads, heads of large components). */
  deputies?: Label[];
  /** Units whose heads and deputy heads hold the executive and senior-manager posts. */
  units: Label[];
}

/** A national grade and the regional band it maps to; one grade always maps to one band. */
export interface GradeOption extends NationalGrade {
  band: RegionalBand;
}

/** A language the person may speak besides their first one. */
export interface LanguageOption {
  tags: readonly string[];
  levels: readonly Cefr[];
  chance: number;
}

/** Everything country-specific the generator needs; facts come from DATA-NOTES.md. */
export interface CountryProfile {
  /** Prefix of the national agency's own record reference, e.g. `BKN-JPT` for `BKN-JPT-000123`. */
  refPrefix: string;
  makeName: NameMaker;
  /** Names fixed at the first indexes, for records that tests and demos look for. */
  pinnedNames?: readonly GeneratedName[];
  agencies: readonly AgencyProfile[];
  /** Roles combined with a unit: "Director, <unit>" (executive), "Deputy Director, <unit>". */
  unitRoles: { EXECUTIVE: readonly Label[]; SENIOR_MANAGER: readonly Label[] };
  /**
   * Where officials write titles in their own script (Thai, Khmer, Lao, Burmese): the share of
   * records that get the local title, and whether the unit comes before the role (Burmese).
   */
  localTitles?: { share: number; unitFirst?: boolean };
  grades: readonly GradeOption[];
  /** Languages besides the first one (which is always at C2). */
  languages: readonly LanguageOption[];
  universities: readonly string[];
}
