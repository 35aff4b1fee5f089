import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { presentCursor } from '../cypher/connection';
import { property } from '../cypher/fieldCompilers';
import { FieldCompiler } from '../cypher/compiledField';
import { Compiled } from '../entities/compiled';
import { PageInfo } from '../entities/connection.type';
import { EntityKind } from '../entities/entity.enums';

export enum ChangeKind { CREATED = 'CREATED', UPDATED = 'UPDATED', DELETED = 'DELETED' }

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What a change did to its entity.',
  valuesConfig: {
    CREATED: { description: 'The entity did not exist before.' },
    UPDATED: { description: 'Its record changed: a field, or a relationship it owns (or one it was named in was removed with the entity at its other end).' },
    DELETED: { description: 'The entity was removed, with its relationships (a mission with its events).' },
  },
});

/** The order every change cursor is written in: commit order. */
export const CHANGE_ORDER = 'COMMIT_ORDER';

/** A change's cursor before it is encoded: [order, sequence number, sequence number], as the other cursors are shaped. */
export const changeCursor = (change: string) => `['${CHANGE_ORDER}', toString(${change}.seq), toString(${change}.seq)]`;

const cursorOfSource: FieldCompiler = ({ source }) => changeCursor(source);

@ObjectType({ description: 'One committed write to the graph.', simpleResolvers: true })
export class Change {
  @Field({ description: 'Pass as `after` to read the changes that came later.' })
  @Compiled(cursorOfSource, presentCursor)
  cursor!: string;

  @Field({ description: 'When it was committed, ISO-8601 in UTC.' })
  @Compiled(({ source }) => `toString(${source}.committedAt)`)
  committedAt!: string;

  @Field(() => ChangeKind, { description: 'Whether the entity was created, updated or deleted.' })
  @Compiled(property('kind'))
  kind!: ChangeKind;

  @Field(() => ID, { description: 'The entity changed; after DELETED, no entity has it (until one is created again).' })
  @Compiled(property('entityId'))
  entityId!: string;

  @Field(() => EntityKind, { description: 'What kind of entity it is (or was).' })
  @Compiled(property('entityKind'))
  entityKind!: EntityKind;

  @Field(() => String, { nullable: true, description: 'The editor\'s name from the server\'s token list; never the token. "seed" for the curated data\'s load.' })
  @Compiled(property('by'))
  by!: string | null;
}

@ObjectType({ description: 'A page of the change log, oldest first.', simpleResolvers: true })
export class ChangeConnection {
  @Field(() => [Change], { description: 'The changes of this page, in the order they were committed.' })
  @Compiled((field) => field.projectEach(`${field.scope.rows}[0..${field.scope.first}]`))
  nodes!: Change[];

  @Field(() => PageInfo, { description: 'Whether more changes follow (already committed), and the cursor to read from: the last change\'s, or `after` itself on an empty page, so polling with endCursor never goes back.' })
  @Compiled((field) => field.project(field.scope.rows, field.scope))
  pageInfo!: PageInfo;
}
