import { LocalizedName } from '../shared/nativeNames';
import { missionKindWord, plainEnum, targetKindWord } from '../shared/vocabulary';

export interface ReasonVia {
  __typename: string;
  id: string;
  name: string;
  abbreviation?: string | null;
}

export interface RelatedReason {
  kind: string;
  weight: number;
  detail?: string | null;
  via?: ReasonVia | null;
}

export interface MissionNames {
  id: string;
  name: string;
  names?: LocalizedName[];
  predecessors?: { id: string }[];
}

/** "Moon" and "Sun" read as "the Moon" and "the Sun"; a named body reads as itself. */
const bodyName = (name: string): string => (name === 'Moon' || name === 'Sun' ? `the ${name}` : name);

/** One reason in plain words, from the point of view of `subject`, the mission the widget is about. */
export function describeReason(reason: RelatedReason, subject: MissionNames, related: MissionNames): string {
  const via = reason.via;
  switch (reason.kind) {
    case 'SHARED_TARGET':
      return via ? `shares the target ${via.name}` : 'shares a target';
    case 'FOLLOW_UP': {
      // The reason has no direction; the related mission's predecessors tell which one came first.
      const relatedFollowsSubject = related.predecessors?.some((mission) => mission.id === subject.id) ?? false;
      return relatedFollowsSubject ? `${related.name} follows up ${subject.name}` : `${subject.name} follows up ${related.name}`;
    }
    case 'SHARED_AGENCY':
      return via ? `both operated by ${via.abbreviation || via.name}` : 'both share an agency';
    case 'SAME_PARENT_BODY':
      return via ? `both go to sites on ${bodyName(via.name)}` : 'both go to sites on one body';
    case 'SAME_TARGET_KIND':
      return reason.detail ? `both target ${targetKindWord(reason.detail, 'many')}` : 'both target the same kind of body';
    case 'SAME_MISSION_KIND':
      return reason.detail ? `both are ${missionKindWord(reason.detail, 'many')}` : 'both are the same kind of mission';
    default:
      return plainEnum(reason.kind);
  }
}

/** Scores are sums of weights such as 0.436…; one decimal is what a reader can compare. */
export const formatScore = (score: number): string => score.toFixed(1);
