/** The contract's enum values in plain words, shared by the explorer and the widget. */

export type EntityTypename = 'Mission' | 'Agency' | 'Target' | 'Event';

export const ENTITY_TYPENAMES: EntityTypename[] = ['Mission', 'Agency', 'Target', 'Event'];

export const ENTITY_KIND_WORDS: Record<EntityTypename, string> = {
  Mission: 'mission',
  Agency: 'agency',
  Target: 'target',
  Event: 'event',
};

const KIND_PLURALS: Record<EntityTypename, [string, string]> = {
  Mission: ['mission', 'missions'],
  Agency: ['agency', 'agencies'],
  Target: ['target', 'targets'],
  Event: ['event', 'events'],
};

/** "1 event", "14 events". */
export const countOf = (count: number, kind: EntityTypename): string => `${count} ${KIND_PLURALS[kind][count === 1 ? 0 : 1]}`;

export const TARGET_KIND_WORDS: Record<string, { one: string; many: string }> = {
  STAR: { one: 'star', many: 'stars' },
  PLANET: { one: 'planet', many: 'planets' },
  DWARF_PLANET: { one: 'dwarf planet', many: 'dwarf planets' },
  MOON: { one: 'moon', many: 'moons' },
  ASTEROID: { one: 'asteroid', many: 'asteroids' },
  COMET: { one: 'comet', many: 'comets' },
  SITE: { one: 'surface site', many: 'surface sites' },
  REGION: { one: 'region of space', many: 'regions of space' },
};

/** As in "both are … missions" / "both are …". */
export const MISSION_KIND_WORDS: Record<string, { one: string; many: string }> = {
  FLYBY: { one: 'flyby', many: 'flyby missions' },
  ORBITER: { one: 'orbiter', many: 'orbiters' },
  LANDER: { one: 'lander', many: 'landers' },
  ROVER: { one: 'rover', many: 'rovers' },
  IMPACTOR: { one: 'impactor', many: 'impactors' },
  SAMPLE_RETURN: { one: 'sample return', many: 'sample-return missions' },
  RENDEZVOUS: { one: 'rendezvous', many: 'rendezvous missions' },
  ATMOSPHERIC_PROBE: { one: 'atmospheric probe', many: 'atmospheric probes' },
  AERIAL: { one: 'aerial vehicle', many: 'aerial missions' },
  TELESCOPE: { one: 'telescope', many: 'space telescopes' },
  TECHNOLOGY: { one: 'technology demonstrator', many: 'technology demonstrators' },
};

/** An enum value the vocabulary does not know yet (the contract may add some): SOME_VALUE -> "some value". */
export const plainEnum = (value: string): string => value.toLowerCase().replace(/_/g, ' ');

/** SAMPLE_RETURN -> "Sample return". */
export const sentenceCase = (value: string): string => {
  const words = plainEnum(value);
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const targetKindWord = (kind: string, form: 'one' | 'many' = 'one'): string =>
  TARGET_KIND_WORDS[kind]?.[form] ?? plainEnum(kind);

export const missionKindWord = (kind: string, form: 'one' | 'many' = 'one'): string =>
  MISSION_KIND_WORDS[kind]?.[form] ?? plainEnum(kind);
