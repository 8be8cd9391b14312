/**
 * Validates OCDS packages against the 1.1.5 schemas kept in `standards/ocds-1.1.5/` (JSON
 * Schema draft-04: Ajv's draft-04 class with ajv-formats), offline: `release-schema.json` is
 * registered under its `id`, so the package schemas' `$ref`s resolve without a network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';

// CommonJS packages: under NodeNext the default import is module.exports, whose `default` is the class (plugin)
const Ajv = AjvDraft04.default;
const addFormats = ajvFormats.default;

const DIR = join(process.cwd(), 'standards', 'ocds-1.1.5');
const load = (name: string) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Record<string, unknown>;

/** The record package refers to the versioned-release schema, which we never emit (no `versionedRelease`). */
const VERSIONED =
  'https://standard.open-contracting.org/schema/1__1__5/versioned-release-validation-schema.json';

export interface OcdsValidators {
  releasePackage: ValidateFunction;
  recordPackage: ValidateFunction;
}

let validators: OcdsValidators | null = null;

export function ocdsValidators(): OcdsValidators {
  if (validators) return validators;
  // strict: false — the OCDS schemas carry their own keywords (codelist, openCodelist, deprecated…)
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(load('release-schema.json'));
  // a versionedRelease, were one ever present, would fail: `not: {}` accepts nothing
  ajv.addSchema({ id: VERSIONED, not: {} });
  validators = {
    releasePackage: ajv.compile(load('release-package-schema.json')),
    recordPackage: ajv.compile(load('record-package-schema.json')),
  };
  return validators;
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, 20).map((e) => `${e.instancePath} ${e.message ?? ''}`.trim());
}
