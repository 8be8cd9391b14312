import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, ForbiddenError, type Message } from '../../common/errors.js';
import { InputChecker } from '../../common/input-checker.js';
import type { TextFieldSpec } from '../../common/input-checker.js';
import { assertCurrentVersion, lockOrFail } from '../../common/locking.js';
import { Role } from '../../common/roles.js';
import { trail } from '../../common/trail.js';
import { Organization } from './organization.entity.js';
import type { UpdateContactDetails } from './contact-details.inputs.js';
import { ORGANIZATION_FIELDS as F } from './organization.fields.js';
import { managedOrganizations, registrarOf } from './registry.scope.js';
import { RegistryActions } from './registry.trail.js';

/**
 * Landline with its area code (0 + 9 to 11 digits), mobile, or 400/800
 * numbers, optionally +86 and an extension (转 801, ext. 801); spaces,
 * hyphens and brackets between digits are fine.
 */
const PHONE = /^(?:\+?86)?(?:0\d{9,11}|1[3-9]\d{9}|[48]00\d{7})(?:(?:转|ext\.?|x|#)\d{1,6})?$/i;
const isPhone = (value: string) => PHONE.test(value.replace(/[\s()（）-]/g, ''));
/** The HTML standard's "valid e-mail address" (what <input type=email> accepts). */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

function invalid(label: Message, hint: Message): Message {
  return {
    'zh-CN': `${label['zh-CN']}格式不正确：${hint['zh-CN']}`,
    en: `${label.en} is not valid: ${hint.en}`,
  };
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A cleaned optional value that must match `valid`: undefined unchanged, null cleared. */
function formatted(
  check: InputChecker,
  value: string | null | undefined,
  field: string,
  spec: TextFieldSpec,
  valid: (v: string) => boolean,
  hint: Message,
): string | null | undefined {
  const clean = check.nullableText(value, field, spec);
  if (clean && !valid(clean)) check.add(CommonErrorCode.INVALID, invalid(spec.label, hint), field);
  return clean;
}

/** 联系方式: the organization's office phone, email and website; its own account or its officers change them. */
export class ContactDetailsService {
  async update(ctx: RequestContext, input: UpdateContactDetails): Promise<Organization> {
    return ctx.em.transactional(async (em) => {
      const org = await lockOrFail(em, Organization, input.organizationId, {
        field: 'organizationId',
        label: F.organization.label,
      });
      const own = ctx.viewer?.role === Role.ORGANIZATION && ctx.viewer.organizationId === org.id;
      if (!own && !managedOrganizations.covers(ctx, registrarOf(org))) throw new ForbiddenError();
      if (input.version !== null && input.version !== undefined) assertCurrentVersion(org, input.version);
      const check = new InputChecker();
      const changes = {
        contactPhone: formatted(check, input.phone, 'phone', F.contactPhone, isPhone, {
          'zh-CN': '请填写带区号的固定电话（如 021-62345678）、手机号码或 400 电话。',
          en: 'give a landline with its area code (021-62345678), a mobile or a 400 number.',
        }),
        contactEmail: formatted(check, input.email, 'email', F.contactEmail, (v) => EMAIL.test(v), {
          'zh-CN': '请填写如 office@example.org 的地址。',
          en: 'give an address such as office@example.org.',
        }),
        website: formatted(check, input.website, 'website', F.website, isWebAddress, {
          'zh-CN': '请填写以 http:// 或 https:// 开头的网址。',
          en: 'give an address starting with http:// or https://.',
        }),
      };
      check.throwIfAny();
      const before = trail.snapshot(org);
      for (const [key, value] of Object.entries(changes))
        if (value !== undefined) Object.assign(org, { [key]: value });
      await trail.record(em, ctx, RegistryActions.updateContactDetails, org, before);
      return org;
    });
  }
}
