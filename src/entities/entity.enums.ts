import { registerEnumType } from 'type-graphql';
import { IdScheme } from '../validation/identifiers';

export { IdScheme };

export enum EntityKind { MISSION = 'MISSION', AGENCY = 'AGENCY', TARGET = 'TARGET', EVENT = 'EVENT' }

export enum MissionStatus {
  PLANNED = 'PLANNED', ACTIVE = 'ACTIVE', COMPLETED = 'COMPLETED', FAILED = 'FAILED', LOST = 'LOST', CANCELLED = 'CANCELLED',
}

export enum MissionKind {
  FLYBY = 'FLYBY', ORBITER = 'ORBITER', LANDER = 'LANDER', ROVER = 'ROVER', IMPACTOR = 'IMPACTOR',
  SAMPLE_RETURN = 'SAMPLE_RETURN', RENDEZVOUS = 'RENDEZVOUS', ATMOSPHERIC_PROBE = 'ATMOSPHERIC_PROBE',
  AERIAL = 'AERIAL', TELESCOPE = 'TELESCOPE', TECHNOLOGY = 'TECHNOLOGY',
}

export enum TargetKind {
  STAR = 'STAR', PLANET = 'PLANET', DWARF_PLANET = 'DWARF_PLANET', MOON = 'MOON', ASTEROID = 'ASTEROID',
  COMET = 'COMET', SITE = 'SITE', REGION = 'REGION',
}

export enum EventType {
  LAUNCH = 'LAUNCH', FLYBY = 'FLYBY', GRAVITY_ASSIST = 'GRAVITY_ASSIST', ORBIT_INSERTION = 'ORBIT_INSERTION',
  ARRIVAL = 'ARRIVAL', LANDING = 'LANDING', DEPLOYMENT = 'DEPLOYMENT', SAMPLE_COLLECTION = 'SAMPLE_COLLECTION',
  DEPARTURE = 'DEPARTURE', SAMPLE_RETURN = 'SAMPLE_RETURN', IMPACT = 'IMPACT', DISCOVERY = 'DISCOVERY',
  IMAGE_RELEASE = 'IMAGE_RELEASE', MILESTONE = 'MILESTONE', LOSS_OF_CONTACT = 'LOSS_OF_CONTACT',
  END_OF_MISSION = 'END_OF_MISSION',
}

export enum DatePrecision { DAY = 'DAY', MONTH = 'MONTH', YEAR = 'YEAR' }

export enum EventOutcome { SUCCESS = 'SUCCESS', PARTIAL = 'PARTIAL', FAILURE = 'FAILURE' }

export enum MissionOrder {
  LAUNCH_DATE_ASC = 'LAUNCH_DATE_ASC', LAUNCH_DATE_DESC = 'LAUNCH_DATE_DESC', NAME_ASC = 'NAME_ASC', NAME_DESC = 'NAME_DESC',
}

export enum EventOrder { DATE_ASC = 'DATE_ASC', DATE_DESC = 'DATE_DESC' }

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'The four kinds of entity in the graph.',
  valuesConfig: {
    MISSION: { description: 'A robotic mission beyond Earth orbit: one spacecraft, or a lander or rover with a life of its own (Zhurong, Ingenuity).' },
    AGENCY: { description: 'A space agency, company or institute that operates missions.' },
    TARGET: { description: 'Where missions go: the Sun, a planet, moon, asteroid or comet, a landing site or region, a Lagrange point.' },
    EVENT: { description: 'A dated moment in a mission: launch, flyby, landing, sample return, loss of contact.' },
  },
});
registerEnumType(MissionStatus, {
  name: 'MissionStatus',
  description: 'Where a mission stands, as of `dataset.asOf`.',
  valuesConfig: {
    PLANNED: { description: 'Approved, not launched yet.' },
    ACTIVE: { description: 'Launched and operating.' },
    COMPLETED: { description: 'Ended after doing what it was sent to do (its primary mission, or an extension of it).' },
    FAILED: { description: 'Did not achieve its primary goal: a launch failure, a crash, a missed orbit insertion.' },
    LOST: { description: 'Contact was lost before the planned end, after the mission had started its work (unlike FAILED, it did part of what it was sent to do).' },
    CANCELLED: { description: 'Stopped before launch.' },
  },
});
registerEnumType(MissionKind, {
  name: 'MissionKind',
  description: 'What a mission does at its targets; a mission may be several (Tianwen-1: ORBITER, LANDER, ROVER).',
  valuesConfig: {
    FLYBY: { description: 'Passes its targets without stopping (Voyager 2, New Horizons).' },
    ORBITER: { description: 'Enters orbit around its target.' },
    LANDER: { description: 'Lands and works from where it landed.' },
    ROVER: { description: 'Drives across the surface.' },
    IMPACTOR: { description: 'Strikes its target on purpose (Deep Impact, DART).' },
    SAMPLE_RETURN: { description: 'Brings material from its target back to Earth.' },
    RENDEZVOUS: { description: 'Flies alongside a small body without orbiting it in the usual sense (NEAR Shoemaker, Rosetta).' },
    ATMOSPHERIC_PROBE: { description: 'Descends through an atmosphere, measuring as it falls.' },
    AERIAL: { description: 'Flies in an atmosphere: a balloon or a helicopter (Vega balloons, Ingenuity).' },
    TELESCOPE: { description: 'Observes from afar, often from a Sun–Earth Lagrange point (JWST, SOHO).' },
    TECHNOLOGY: { description: 'Flies mainly to prove a technique (Deep Space 1, IKAROS).' },
  },
});
registerEnumType(TargetKind, {
  name: 'TargetKind',
  description: 'What kind of place a target is.',
  valuesConfig: {
    STAR: { description: 'The Sun.' },
    PLANET: { description: 'A planet, Earth included.' },
    DWARF_PLANET: { description: 'Pluto, Ceres and their like.' },
    MOON: { description: 'A natural satellite of a planet, dwarf planet or asteroid.' },
    ASTEROID: { description: 'A minor planet without a coma, near-Earth or in the main belt or beyond.' },
    COMET: { description: 'A small body with, at times, a coma and a tail (311P/PANSTARRS, active like a comet while in the main belt, is one).' },
    SITE: { description: 'A place on a body where a mission landed or took samples; its parent is the body (Utopia Planitia on Mars).' },
    REGION: { description: 'A region of space or of a body that is not a site: a Lagrange point, the heliosphere, a polar region.' },
  },
});
registerEnumType(EventType, {
  name: 'EventType',
  description: 'What happened at an event.',
  valuesConfig: {
    LAUNCH: { description: 'Left the ground; a launch failure is a LAUNCH with outcome FAILURE.' },
    FLYBY: { description: 'Passed close to a body to study it.' },
    GRAVITY_ASSIST: { description: 'Passed close to a body to change course.' },
    ORBIT_INSERTION: { description: 'Entered orbit around a body.' },
    ARRIVAL: { description: 'Reached a small body or a Lagrange point and began to fly with it.' },
    LANDING: { description: 'Touched down on a surface.' },
    DEPLOYMENT: { description: 'Released something: a rover, a probe, a sub-satellite, a helicopter.' },
    SAMPLE_COLLECTION: { description: 'Took material from a body; its targets are what was sampled.' },
    DEPARTURE: { description: 'Left a body it had been orbiting or flying with.' },
    SAMPLE_RETURN: { description: 'Brought its samples to Earth (the capsule landed).' },
    IMPACT: { description: 'Struck a surface, on purpose or at the end.' },
    DISCOVERY: { description: 'Found something new: a moon, a ring, an ocean, a feature.' },
    IMAGE_RELEASE: { description: 'Published a first or a famous image.' },
    MILESTONE: { description: 'Any other moment worth its place: a record distance, a mission extension, a first.' },
    LOSS_OF_CONTACT: { description: 'The last signal received, when it was not planned to be.' },
    END_OF_MISSION: { description: 'Operations ended on purpose.' },
  },
});
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely the sources give a date; the date itself is the first day of its month or year when less precise than DAY.',
  valuesConfig: {
    DAY: { description: 'The day is known (in UTC).' },
    MONTH: { description: 'Only the month is known: the date is its first day.' },
    YEAR: { description: 'Only the year is known: the date is 1 January of it.' },
  },
});
registerEnumType(MissionOrder, {
  name: 'MissionOrder',
  description: 'How a list of missions is sorted; ties are broken by id, so pages never overlap.',
  valuesConfig: {
    LAUNCH_DATE_ASC: { description: 'Oldest launch first; missions not launched yet come last.' },
    LAUNCH_DATE_DESC: { description: 'Newest launch first; missions not launched yet come first.' },
    NAME_ASC: { description: 'By name, A to Z.' },
    NAME_DESC: { description: 'By name, Z to A.' },
  },
});
registerEnumType(EventOrder, {
  name: 'EventOrder',
  description: 'How a list of events is sorted: an event known only to the month or year sorts at the middle of it; ties are broken by id.',
  valuesConfig: {
    DATE_ASC: { description: 'Oldest first; events without a date last.' },
    DATE_DESC: { description: 'Newest first; events without a date first.' },
  },
});
registerEnumType(EventOutcome, {
  name: 'EventOutcome',
  description: 'v2. How an event went.',
  valuesConfig: {
    SUCCESS: { description: 'It happened as intended.' },
    PARTIAL: { description: 'It happened, but not as intended: a landing on its side, a flyby with part of its data lost.' },
    FAILURE: { description: 'It did not happen as intended: a landing that crashed, an orbit insertion that missed, a launch that never reached orbit.' },
  },
});
registerEnumType(IdScheme, {
  name: 'IdScheme',
  description: 'v2. The catalogues whose identifiers the graph holds, for joining with them.',
  valuesConfig: {
    COSPAR: { description: 'International (COSPAR) designator of a spacecraft, which the NSSDCA catalogue also uses: "2020-049A".' },
    WIKIDATA: { description: 'Wikidata item: "Q…".' },
    NAIF: { description: 'NAIF/SPICE integer code: "499" for Mars, "301" for the Moon.' },
    JPL_SBDB: { description: 'JPL Small-Body Database SPK-ID: "2469219" for Kamoʻoalewa.' },
    MPC: { description: 'Minor Planet Center number or provisional designation: "469219".' },
    ROR: { description: 'Research Organization Registry id of an agency or institute.' },
  },
});
