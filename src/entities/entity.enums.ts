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

registerEnumType(EntityKind, { name: 'EntityKind' });
registerEnumType(MissionStatus, { name: 'MissionStatus' });
registerEnumType(MissionKind, { name: 'MissionKind' });
registerEnumType(TargetKind, { name: 'TargetKind' });
registerEnumType(EventType, { name: 'EventType' });
registerEnumType(DatePrecision, { name: 'DatePrecision' });
registerEnumType(MissionOrder, { name: 'MissionOrder' });
registerEnumType(EventOrder, { name: 'EventOrder' });
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
  description: 'v2.',
  valuesConfig: {
    COSPAR: { description: 'International (COSPAR) designator of a spacecraft, which the NSSDCA catalogue also uses: "2020-049A".' },
    WIKIDATA: { description: 'Wikidata item: "Q…".' },
    NAIF: { description: 'NAIF/SPICE integer code: "499" for Mars, "301" for the Moon.' },
    JPL_SBDB: { description: 'JPL Small-Body Database SPK-ID: "2469219" for Kamoʻoalewa.' },
    MPC: { description: 'Minor Planet Center number or provisional designation: "469219".' },
    ROR: { description: 'Research Organization Registry id of an agency or institute.' },
  },
});
