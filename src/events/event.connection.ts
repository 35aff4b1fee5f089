import { connectionTypes } from '../entities/connection.type';
import { Event } from './event.type';

export const { Edge: EventEdge, Connection: EventConnection } = connectionTypes(Event, 'Event', 'events');
