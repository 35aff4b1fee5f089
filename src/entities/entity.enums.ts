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
