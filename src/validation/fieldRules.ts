import { isCalendarDate } from './calendarDate';
import { ID_FORMATS, IdScheme } from './identifiers';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 100;
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 5000;

/** A check on one field's value; returns a problem, or null when the value is fine. */
export type FieldRule = (value: unknown) => string | null;

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** BCP 47, as far as this data needs it: a language, an optional script, an optional region. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

export const rules = {
  id: (value: unknown) =>
    isString(value) && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value)
      ? null
      : 'must be a lowercase slug like "tianwen-2" (letters, digits, single hyphens)',
  name: (value: unknown) =>
    isString(value) && value.trim().length > 0 && value.length <= MAX_NAME_LENGTH
      ? null
      : `must be a non-empty string of at most ${MAX_NAME_LENGTH} characters`,
  text: (value: unknown) =>
    isString(value) && value.length <= MAX_TEXT_LENGTH ? null : `must be a string of at most ${MAX_TEXT_LENGTH} characters`,
  date: (value: unknown) => (isString(value) && isCalendarDate(value) ? null : 'must be a calendar date written YYYY-MM-DD'),
  boolean: (value: unknown) => (typeof value === 'boolean' ? null : 'must be true or false'),
  distance: (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : 'must be a non-negative number',
  country: (value: unknown) => (isString(value) && /^[A-Z]{2}$/.test(value) ? null : 'must be an ISO 3166-1 alpha-2 code like "CN"'),
  oneOf: (allowed: Record<string, string>): FieldRule => (value) =>
    isString(value) && value in allowed ? null : `must be one of ${Object.keys(allowed).join(', ')}`,
  listOf: (item: FieldRule, options: { nonEmpty?: boolean } = {}): FieldRule => (value) => {
    if (!Array.isArray(value)) return 'must be a list';
    if (options.nonEmpty && value.length === 0) return 'must not be empty';
    const problem = value.map(item).find((result) => result !== null);
    if (problem) return `every item ${problem}`;
    return new Set(value).size === value.length ? null : 'must not repeat an item';
  },
  /** A list of objects: no two items alike. */
  listOfRecords: (item: FieldRule): FieldRule => (value) => {
    if (!Array.isArray(value)) return 'must be a list';
    const problem = value.map(item).find((result) => result !== null);
    if (problem) return `every item ${problem}`;
    return new Set(value.map((entry) => JSON.stringify(entry))).size === value.length ? null : 'must not repeat an item';
  },
  url: (value: unknown) => {
    if (!isString(value) || value.length > 2000) return 'must be an https URL';
    try {
      return new URL(value).protocol === 'https:' ? null : 'must be an https URL';
    } catch {
      return 'must be an https URL';
    }
  },
  externalId: (value: unknown) => {
    if (!isRecord(value) || Object.keys(value).some((key) => key !== 'scheme' && key !== 'value')) {
      return 'must be { "scheme": ..., "value": ... }';
    }
    const format = typeof value.scheme === 'string' ? ID_FORMATS[value.scheme as IdScheme] : undefined;
    if (!format) return `must have a scheme among ${Object.keys(ID_FORMATS).join(', ')}`;
    return typeof value.value === 'string' && format.pattern.test(value.value)
      ? null
      : `must be a ${value.scheme} identifier written like "${format.example}", got ${JSON.stringify(value.value)}`;
  },
  localizedName: (value: unknown) => {
    if (!isRecord(value) || Object.keys(value).some((key) => key !== 'language' && key !== 'text')) {
      return 'must be { "language": ..., "text": ... }';
    }
    if (typeof value.language !== 'string' || !LANGUAGE_TAG.test(value.language)) {
      return `must have a BCP 47 language tag like "zh-Hans" or "ru", got ${JSON.stringify(value.language)}`;
    }
    return rules.name(value.text);
  },
};

/** Rules shared by several kinds of record. */
export const recordRules = {
  sources: rules.listOf(rules.url, { nonEmpty: true }),
  ids: rules.listOf(rules.id),
  someIds: rules.listOf(rules.id, { nonEmpty: true }),
  names: rules.listOf(rules.name),
  externalIds: rules.listOfRecords(rules.externalId),
  localizedNames: rules.listOfRecords(rules.localizedName),
};
