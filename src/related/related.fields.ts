import { Int } from 'type-graphql';
import { declareFields } from '../entities/declareFields';
import { computed } from '../entities/fieldDescriptor';
import { Mission } from '../missions/mission.type';
import { RELATED_DEFAULT_FIRST, relatedExpression } from './related.compiler';
import { RelatedMission } from './related.type';

/** The related-missions feature adds Mission.related: the same ranking as Query.relatedMissions, compiled in place. */
declareFields(Mission, [
  [
    'related',
    computed(() => [RelatedMission], {
      description: 'The same ranking as Query.relatedMissions(id: this.id).',
      args: { first: { type: () => Int, defaultValue: RELATED_DEFAULT_FIRST, description: 'How many related missions, from 0 to 100.' } },
      cypher: (field) => relatedExpression(field.statement, field.source, field.arguments().first, (scope) => field.project('null', scope)),
    }),
  ],
]);
