import { connectionTypes } from '../entities/connection.type';
import { Agency } from './agency.type';

export const { Edge: AgencyEdge, Connection: AgencyConnection } = connectionTypes(Agency, 'Agency', 'agencies');
