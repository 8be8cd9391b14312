/**
 * Step 1 of the registry: the population of drafts, with exact counts by type, level and
 * status. Later steps fill in each draft; the records are written from them at the end.
 */
import {
  OrganizationStatus,
  OrganizationType,
  RegistrationLevel,
} from '../../server/modules/registry/enums.js';
import { shuffle, type Rng } from '../random.js';
import type { FieldDef } from '../vocabulary/fields.js';
import type { IndustryDef } from '../vocabulary/industries.js';
import { RARE_NAME_WORDS } from '../vocabulary/words.js';
import { DEMO_COUNTS, type DemoRating } from './model.js';

/** One period of sponsorship: the unit's id (null once decoupled) from a day on. */
export interface ChainLink {
  unit: string | null;
  from: number;
  reason: string;
}

export interface Draft {
  index: number;
  type: OrganizationType;
  level: RegistrationLevel;
  status: OrganizationStatus;
  isIA: boolean;
  districtCode: string;
  field: FieldDef | null;
  industry: IndustryDef | null;
  registered: number; // day number (calendar.ts)
  name: string;
  englishName: string;
  scope: string;
  capital: number;
  creditCode: string;
  sponsor: string; // current-name sponsor unit
  predecessor: string | undefined;
  chain: ChainLink[];
  departmentId: string | null;
  rating: DemoRating | null;
  isBrand: boolean;
  forcedWord: string | null;
}

export interface Population {
  drafts: Draft[];
  /** The 17,000 on the register (active for now; some are suspended later). */
  onRegister: Draft[];
}

export function draftPopulation(rng: Rng): Population {
  const drafts: Draft[] = [];
  const add = (
    n: number,
    type: OrganizationType,
    level: RegistrationLevel,
    isIA: boolean,
    status = OrganizationStatus.ACTIVE,
  ): void => {
    for (let i = 0; i < n; i++) {
      drafts.push({
        index: drafts.length,
        type,
        level,
        status,
        isIA,
        districtCode: '',
        field: null,
        industry: null,
        registered: 0,
        name: '',
        englishName: '',
        scope: '',
        capital: 0,
        creditCode: '',
        sponsor: '',
        predecessor: undefined,
        chain: [],
        departmentId: null,
        rating: null,
        isBrand: false,
        forcedWord: null,
      });
    }
  };
  const { MUNICIPAL, DISTRICT } = RegistrationLevel;
  const { SOCIAL_GROUP: SG, SOCIAL_SERVICE_INSTITUTION: SSI, FOUNDATION: FDN } = OrganizationType;
  add(320, SG, MUNICIPAL, true);
  add(80, SG, DISTRICT, true);
  add(1_560, SG, MUNICIPAL, false);
  add(2_940, SG, DISTRICT, false);
  add(1_680, SSI, MUNICIPAL, false);
  add(9_900, SSI, DISTRICT, false);
  add(440, FDN, MUNICIPAL, false);
  add(80, FDN, DISTRICT, false);
  const activeCount = drafts.length;
  // The 400 closed ones (注销 / 撤销), any type.
  for (let i = 0; i < DEMO_COUNTS.closed; i++) {
    const r = rng();
    const type = r < 0.33 ? SG : r < 0.97 ? SSI : FDN;
    const status = i < 300 ? OrganizationStatus.DEREGISTERED : OrganizationStatus.REVOKED;
    add(1, type, rng() < 0.15 ? MUNICIPAL : DISTRICT, false, status);
  }

  // Rare words go to a handful of ordinary organizations.
  const candidates = shuffle(
    rng,
    drafts.filter((d) => !d.isIA && d.status === OrganizationStatus.ACTIVE),
  );
  let next = 0;
  for (const [word, count] of Object.entries(RARE_NAME_WORDS)) {
    for (let i = 0; i < count; i++) candidates[next++].forcedWord = word;
  }
  return { drafts, onRegister: drafts.slice(0, activeCount) };
}
