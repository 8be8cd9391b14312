/** The smaller fields of a record: legal representative, domicile, org-code body, capital. */
import { CREDIT_CODE_ALPHABET } from '../../server/modules/registry/credit-code.js';
import { OrganizationType } from '../../server/modules/registry/enums.js';
import { dayOf } from '../calendar.js';
import { intBetween, pick, type Rng } from '../random.js';
import {
  CAPITAL_BIG_SSI,
  CAPITAL_FDN_PRIVATE,
  CAPITAL_FDN_PUBLIC,
  CAPITAL_IA,
  CAPITAL_SG,
  CAPITAL_SSI,
} from '../vocabulary/capital.js';
import { GIVEN_CHARS, SURNAMES } from '../vocabulary/people.js';
import { ROADS } from '../vocabulary/places.js';
import type { Draft } from './draft.js';

const MJ_SINCE = dayOf('2016-01-01'); // civil-affairs org-code bodies start with MJ since 2016

export function personName(rng: Rng): string {
  const given = rng() < 0.65 ? pick(rng, GIVEN_CHARS) + pick(rng, GIVEN_CHARS) : pick(rng, GIVEN_CHARS);
  return SURNAMES.pick(rng) + given;
}

export function domicileOf(rng: Rng, districtCode: string, districtName: string): string {
  const road = pick(rng, ROADS[districtCode].split(' '));
  const number = rng() < 0.7 ? intBetween(rng, 1, 999) : intBetween(rng, 1000, 2999);
  const r = rng();
  const suffix =
    r < 0.35
      ? `${intBetween(rng, 1, 12)}0${intBetween(rng, 1, 9)}室`
      : r < 0.5
        ? `${intBetween(rng, 1, 8)}楼`
        : r < 0.6
          ? `${intBetween(rng, 1, 20)}幢${intBetween(rng, 1, 6)}0${intBetween(rng, 1, 9)}室`
          : '';
  return `上海市${districtName}${road}${number}号${suffix}`;
}

/** Org-code body (GB 11714): 'MJ' + letter + 5 digits since 2016, 8 random digits before. */
export function orgBody(rng: Rng, registered: number): string {
  let body = '';
  if (registered >= MJ_SINCE) {
    body = 'MJ' + CREDIT_CODE_ALPHABET[intBetween(rng, 10, 30)];
    for (let i = 0; i < 5; i++) body += String(intBetween(rng, 0, 9));
  } else {
    for (let i = 0; i < 8; i++) body += String(intBetween(rng, 0, 9));
  }
  return body;
}

/** Registered capital in yuan, by type; schools, hospitals and institutes hold more. */
export function capitalOf(rng: Rng, d: Draft): number {
  if (d.type === OrganizationType.FOUNDATION)
    return (rng() < 0.25 ? CAPITAL_FDN_PUBLIC : CAPITAL_FDN_PRIVATE).pick(rng);
  if (d.type === OrganizationType.SOCIAL_GROUP) return (d.isIA ? CAPITAL_IA : CAPITAL_SG).pick(rng);
  return /学校|医院|研究院/.test(d.name) ? CAPITAL_BIG_SSI.pick(rng) : CAPITAL_SSI.pick(rng);
}

export function formatCapital(yuan: number): string {
  return `${yuan}.00`;
}
