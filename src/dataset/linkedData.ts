import type { GraphRecord } from '../documents/graphDocument';
import type { KindModel } from '../documents/graphModel';
import type { RecordKind } from '../entities/entityKinds';

const PREFIXES = {
  schema: 'http://schema.org/',
  wdt: 'http://www.wikidata.org/prop/direct/',
  wd: 'http://www.wikidata.org/entity/',
  dct: 'http://purl.org/dc/terms/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** What a term's values are: entity or web IRIs, literals of one datatype, or literals that carry their own type or language. */
type Coercion = '@id' | 'xsd:date' | 'xsd:double' | 'xsd:boolean' | undefined;

/**
 * The terms of the JSON-LD, each a schema.org or Wikidata property where one
 * says the same thing, else one of ours (mg:, under the API's /vocab/).
 * Wikidata: P137 operator, P155 follows, P247 COSPAR ID, P361 part of,
 * P397 parent astronomical body, P582 end time, P585 point in time,
 * P619 UTC date of spacecraft launch.
 */
/** `one`: the term has one value at most, written as it is rather than in a list. */
const TERMS: Record<string, { iri: string; type?: Coercion; one?: true }> = {
  name: { iri: 'schema:name', one: true },
  names: { iri: 'rdfs:label' },
  aliases: { iri: 'schema:alternateName' },
  description: { iri: 'schema:description', one: true },
  summary: { iri: 'schema:description', one: true },
  sources: { iri: 'dct:source', type: '@id' },
  sameAs: { iri: 'schema:sameAs', type: '@id' },
  cosparId: { iri: 'wdt:P247' },
  naifId: { iri: 'mg:naifId' },
  jplSbdbId: { iri: 'mg:jplSbdbId' },
  mpcDesignation: { iri: 'mg:mpcDesignation' },
  abbreviation: { iri: 'mg:abbreviation', one: true },
  country: { iri: 'mg:country', one: true },
  kind: { iri: 'mg:targetKind', one: true },
  designation: { iri: 'mg:designation', one: true },
  parent: { iri: 'wdt:P397', type: '@id', one: true },
  kinds: { iri: 'mg:missionKind' },
  status: { iri: 'mg:status', one: true },
  launchDate: { iri: 'wdt:P619', type: 'xsd:date', one: true },
  endDate: { iri: 'wdt:P582', type: 'xsd:date', one: true },
  agencies: { iri: 'wdt:P137', type: '@id' },
  leadAgency: { iri: 'mg:leadAgency', type: '@id', one: true },
  targets: { iri: 'mg:target', type: '@id' },
  primaryTarget: { iri: 'mg:primaryTarget', type: '@id', one: true },
  predecessors: { iri: 'wdt:P155', type: '@id' },
  mission: { iri: 'wdt:P361', type: '@id', one: true },
  eventType: { iri: 'mg:eventType', one: true },
  date: { iri: 'wdt:P585', one: true },
  datePrecision: { iri: 'mg:datePrecision', one: true },
  planned: { iri: 'mg:planned', type: 'xsd:boolean', one: true },
  distanceKm: { iri: 'mg:distanceKm', type: 'xsd:double', one: true },
  outcome: { iri: 'mg:outcome', one: true },
  involves: { iri: 'mg:involves', type: '@id' },
};

const TYPES: Record<RecordKind, string[]> = {
  agency: ['mg:Agency', 'schema:Organization'],
  target: ['mg:Target'],
  mission: ['mg:Mission'],
  event: ['mg:Event', 'schema:Event'],
};

/** A record's field under another key where its meaning differs by kind (an event's targets are where it happened). */
const RENAMED: Partial<Record<RecordKind, Record<string, string>>> = { event: { targets: 'involves', type: 'eventType' } };

/** An identifier scheme's term; Wikidata and ROR identifiers are IRIs of the thing itself. */
const ID_SCHEMES: Record<string, { key: string; iri?: (value: string) => string }> = {
  COSPAR: { key: 'cosparId' },
  WIKIDATA: { key: 'sameAs', iri: (value) => `${PREFIXES.wd}${value}` },
  ROR: { key: 'sameAs', iri: (value) => `https://ror.org/${value}` },
  NAIF: { key: 'naifId' },
  JPL_SBDB: { key: 'jplSbdbId' },
  MPC: { key: 'mpcDesignation' },
};

/** A date known to the month or year is a gYearMonth or a gYear, not a day. */
const PRECISE_DATE: Record<string, (date: string) => { value: string; datatype: string }> = {
  DAY: (date) => ({ value: date, datatype: 'xsd:date' }),
  MONTH: (date) => ({ value: date.slice(0, 7), datatype: 'xsd:gYearMonth' }),
  YEAR: (date) => ({ value: date.slice(0, 4), datatype: 'xsd:gYear' }),
};

/** One value of a fact: an IRI, or a literal (with the datatype or language it carries itself, if any). */
type Value = { iri: string } | { literal: string | boolean; datatype?: string; language?: string };

export interface LinkedData {
  /** The @context of every JSON-LD document: the prefixes and the terms. */
  context: Record<string, unknown>;
  entityIri(id: string): string;
  /** An entity as a JSON-LD node object (without the @context) and as N-Triples lines: the same triples. */
  entity(model: KindModel, record: GraphRecord): { node: Record<string, unknown>; triples: string[] };
}

/** An IRI may not hold spaces, <>"{}|^` or a backslash (a source URL might): they are percent-encoded, as a browser would. */
const safeIri = (iri: string) => iri.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const iriRef = (iri: string) => `<${iri}>`;
const quoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;

/** The vocabulary over the API's public address (`baseUrl`): entity IRIs are `<baseUrl>/entity/<id>`, our terms `<baseUrl>/vocab/<term>`. */
function linkedData(baseUrl: string): LinkedData {
  const prefixes: Record<string, string> = { ...PREFIXES, mg: `${baseUrl}/vocab/` };
  const expand = (compact: string) => {
    const [prefix, rest] = compact.split(':');
    return prefixes[prefix] + rest;
  };
  const context: Record<string, unknown> = { ...prefixes };
  for (const [key, { iri, type }] of Object.entries(TERMS)) context[key] = type ? { '@id': iri, '@type': type } : iri;
  const entityIri = (id: string) => `${baseUrl}/entity/${id}`;

  const factsOf = (model: KindModel, record: GraphRecord): [key: string, value: Value][] => {
    const facts: [string, Value][] = [];
    const renamed = RENAMED[model.record] ?? {};
    for (const [name, field] of model.fields) {
      const raw = record[name];
      if (name === 'id' || raw === null || raw === undefined) continue;
      const values = Array.isArray(raw) ? raw : [raw];
      if (field.kind === 'relation') {
        const key = renamed[name] ?? name;
        facts.push(...values.map((id): [string, Value] => [key, { iri: entityIri(id as string) }]));
        const lead = { agencies: 'leadAgency', targets: 'primaryTarget' }[key];
        if (lead && values.length > 0) facts.push([lead, { iri: entityIri(values[0] as string) }]);
      } else if (name === 'externalIds') {
        for (const { scheme, value } of values as { scheme: string; value: string }[]) {
          const { key, iri } = ID_SCHEMES[scheme];
          facts.push([key, iri ? { iri: iri(value) } : { literal: value }]);
        }
      } else if (name === 'names') {
        facts.push(...values.map(({ language, text }: { language: string; text: string }): [string, Value] => ['names', { literal: text, language }]));
      } else if (name === 'date' && model.record === 'event') {
        const { value, datatype } = PRECISE_DATE[record.datePrecision as string](raw as string);
        facts.push(['date', { literal: value, datatype }]);
      } else {
        const key = renamed[name] ?? name;
        const type = TERMS[key].type;
        facts.push(...values.map((value): [string, Value] => (type === '@id' ? [key, { iri: safeIri(value as string) }] : [key, { literal: type === 'xsd:double' ? String(value) : (value as string | boolean) }])));
      }
    }
    return facts;
  };

  const jsonLdValue = (value: Value): unknown => {
    if ('iri' in value) return value.iri;
    if (value.language) return { '@value': value.literal, '@language': value.language };
    if (value.datatype) return { '@value': value.literal, '@type': value.datatype };
    return value.literal;
  };

  const objectOf = (key: string, value: Value): string => {
    if ('iri' in value) return iriRef(value.iri);
    const text = quoted(String(value.literal));
    if (value.language) return `${text}@${value.language}`;
    const datatype = value.datatype ?? TERMS[key].type ?? (typeof value.literal === 'boolean' ? 'xsd:boolean' : undefined);
    return datatype ? `${text}^^${iriRef(expand(datatype))}` : text;
  };

  // The JSON-LD and the N-Triples writers ask for the same record one after the other: it is worked out once.
  let last: { record: GraphRecord; linked: ReturnType<LinkedData['entity']> } | undefined;
  return {
    context,
    entityIri,
    entity(model, record) {
      if (last?.record === record) return last.linked;
      const subject = entityIri(record.id);
      const types = TYPES[model.record];
      const node: Record<string, unknown> = { '@id': subject, '@type': types };
      const triples = types.map((type) => `${iriRef(subject)} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ${iriRef(expand(type))} .`);
      for (const [key, value] of factsOf(model, record)) {
        if (TERMS[key].one) node[key] = jsonLdValue(value);
        else ((node[key] ??= []) as unknown[]).push(jsonLdValue(value));
        triples.push(`${iriRef(subject)} ${iriRef(expand(TERMS[key].iri))} ${objectOf(key, value)} .`);
      }
      last = { record, linked: { node, triples } };
      return last.linked;
    },
  };
}

const byBaseUrl = new Map<string, LinkedData>();

/** One vocabulary per public address, shared by the writers of a snapshot. */
export const linkedDataOf = (baseUrl: string): LinkedData => {
  let vocabulary = byBaseUrl.get(baseUrl);
  if (!vocabulary) byBaseUrl.set(baseUrl, (vocabulary = linkedData(baseUrl)));
  return vocabulary;
};
