import { ListOrder } from '../cypher/connection';
import { MissionOrder } from '../entities/entity.enums';

/** The orders missions are listed in, by their public name. */
export const MISSION_ORDERS: Record<MissionOrder, ListOrder> = {
  LAUNCH_DATE_ASC: { name: 'LAUNCH_DATE_ASC', key: 'launchDate', direction: 'ASC' },
  LAUNCH_DATE_DESC: { name: 'LAUNCH_DATE_DESC', key: 'launchDate', direction: 'DESC' },
  NAME_ASC: { name: 'NAME_ASC', key: 'name', direction: 'ASC' },
  NAME_DESC: { name: 'NAME_DESC', key: 'name', direction: 'DESC' },
};
