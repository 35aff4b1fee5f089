import { isCalendarDate } from '../common/date.scalar';
import { DatePrecision, EventOutcome, EventType, IdScheme, MissionKind, MissionStatus, TargetKind } from '../entities/entity.enums';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 100;
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 5000;

/** A check on one field's value; returns a problem, or null when the value is fine. */
export type FieldRule = (value: unknown) => string | null;

const isString = (value: unknown): value is string => typeof value === 'string';

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
  url: (value: unknown) => {
    if (!isString(value) || value.length > 2000) return 'must be an https URL';
    try {
      return new URL(value).protocol === 'https:' ? null : 'must be an https URL';
    } catch {
      return 'must be an https URL';
    }
  },
};

/** How each catalogue writes its identifiers. */
export const ID_FORMATS: Record<IdScheme, { pattern: RegExp; example: string }> = {
  COSPAR: { pattern: /^(19[5-9]\d|20\d\d)-\d{3}[A-Z]{1,3}$/, example: '2020-049A' },
  WIKIDATA: { pattern: /^Q[1-9]\d*$/, example: 'Q1234' },
  NAIF: { pattern: /^-?[1-9]\d{0,9}$|^0$/, example: '499' },
  JPL_SBDB: { pattern: /^[1-9]\d{6,7}$/, example: '2469219' },
  MPC: { pattern: /^([1-9]\d*|\d{4} [A-Z]{2}\d{0,3}|[1-9]\d*[PDI]|[PCDX]\/\d{4} [A-Z]{1,2}\d{0,3})$/, example: '469219' },
  ROR: { pattern: /^0[a-z0-9]{6}\d{2}$/, example: '01cwqze88' },
};

/** BCP 47, as far as this data needs it: a language, an optional script, an optional region. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const externalId: FieldRule = (value) => {
  if (!isRecord(value) || Object.keys(value).some((key) => key !== 'scheme' && key !== 'value')) {
    return 'must be { "scheme": ..., "value": ... }';
  }
  const format = typeof value.scheme === 'string' ? ID_FORMATS[value.scheme as IdScheme] : undefined;
  if (!format) return `must have a scheme among ${Object.keys(ID_FORMATS).join(', ')}`;
  return typeof value.value === 'string' && format.pattern.test(value.value)
    ? null
    : `must be a ${value.scheme} identifier written like "${format.example}", got ${JSON.stringify(value.value)}`;
};

const localizedName: FieldRule = (value) => {
  if (!isRecord(value) || Object.keys(value).some((key) => key !== 'language' && key !== 'text')) {
    return 'must be { "language": ..., "text": ... }';
  }
  if (typeof value.language !== 'string' || !LANGUAGE_TAG.test(value.language)) {
    return `must have a BCP 47 language tag like "zh-Hans" or "ru", got ${JSON.stringify(value.language)}`;
  }
  return rules.name(value.text);
};

/** A list of objects: no two items alike. */
const listOfRecords = (item: FieldRule): FieldRule => (value) => {
  if (!Array.isArray(value)) return 'must be a list';
  const problem = value.map(item).find((result) => result !== null);
  if (problem) return `every item ${problem}`;
  return new Set(value.map((entry) => JSON.stringify(entry))).size === value.length ? null : 'must not repeat an item';
};

const externalIds = listOfRecords(externalId);
const names = listOfRecords(localizedName);
const sources = rules.listOf(rules.url, { nonEmpty: true });
const ids = rules.listOf(rules.id);
const strings = rules.listOf(rules.name);

export interface FieldSpec {
  rule: FieldRule;
  required?: boolean;
}

/** The fields each kind of record may have; anything else is a typo and an error. */
export const RECORD_FIELDS: Record<'agency' | 'target' | 'mission' | 'event', Record<string, FieldSpec>> = {
  agency: {
    id: { rule: rules.id, required: true },
    name: { rule: rules.name, required: true },
    abbreviation: { rule: rules.name },
    country: { rule: rules.country },
    countryNote: { rule: rules.text },
    externalIds: { rule: externalIds },
    names: { rule: names },
    sources: { rule: sources, required: true },
  },
  target: {
    id: { rule: rules.id, required: true },
    name: { rule: rules.name, required: true },
    kind: { rule: rules.oneOf(TargetKind), required: true },
    designation: { rule: rules.name },
    parent: { rule: rules.id },
    aliases: { rule: strings },
    description: { rule: rules.text },
    externalIds: { rule: externalIds },
    names: { rule: names },
    sources: { rule: sources, required: true },
  },
  mission: {
    id: { rule: rules.id, required: true },
    name: { rule: rules.name, required: true },
    aliases: { rule: strings },
    summary: { rule: rules.text },
    kinds: { rule: rules.listOf(rules.oneOf(MissionKind), { nonEmpty: true }), required: true },
    status: { rule: rules.oneOf(MissionStatus), required: true },
    launchDate: { rule: rules.date },
    endDate: { rule: rules.date },
    agencies: { rule: rules.listOf(rules.id, { nonEmpty: true }), required: true },
    targets: { rule: rules.listOf(rules.id, { nonEmpty: true }), required: true },
    predecessors: { rule: ids },
    externalIds: { rule: externalIds },
    cosparNote: { rule: rules.text },
    names: { rule: names },
    sources: { rule: sources, required: true },
  },
  event: {
    id: { rule: rules.id, required: true },
    name: { rule: rules.name, required: true },
    mission: { rule: rules.id, required: true },
    type: { rule: rules.oneOf(EventType), required: true },
    date: { rule: rules.date },
    datePrecision: { rule: rules.oneOf(DatePrecision), required: true },
    planned: { rule: rules.boolean, required: true },
    description: { rule: rules.text },
    distanceKm: { rule: rules.distance },
    outcome: { rule: rules.oneOf(EventOutcome) },
    targets: { rule: ids },
    sources: { rule: sources, required: true },
  },
};
