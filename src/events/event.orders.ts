import { ListOrder } from '../cypher/connection';
import { EventOrder } from '../entities/entity.enums';

/** The orders events are listed in, by their public name. */
export const EVENT_ORDERS: Record<EventOrder, ListOrder> = {
  DATE_ASC: { name: 'DATE_ASC', key: 'eventDate', direction: 'ASC' },
  DATE_DESC: { name: 'DATE_DESC', key: 'eventDate', direction: 'DESC' },
};
