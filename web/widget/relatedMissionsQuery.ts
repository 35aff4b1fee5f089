import { MissionNames, RelatedReason } from './reasonPhrases';

export { RELATED_MISSIONS_QUERY } from '../../src/operations/webOperations';

export interface RelatedMission {
  score: number;
  mission: MissionNames & { launchDate: string | null; status: string };
  reasons: RelatedReason[];
}

export interface RelatedMissionsAnswer {
  mission: (MissionNames & { related: RelatedMission[] }) | null;
}
