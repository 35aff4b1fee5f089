import { connectionTypes } from '../entities/connection.type';
import { Target } from './target.type';

export const { Edge: TargetEdge, Connection: TargetConnection } = connectionTypes(Target, 'Target', 'targets');
