import { connectionTypes } from '../entities/connection.type';
import { Mission } from './mission.type';

export const { Edge: MissionEdge, Connection: MissionConnection } = connectionTypes(Mission, 'Mission', 'missions');
