import { Extensions } from 'type-graphql';
import { CYPHER, FieldCompiler, Presenter, PRESENT } from '../cypher/compiledField';

/**
 * On a field of a GraphQL object type: how the field is compiled into Cypher
 * (and, where the statement's answer needs one more step, how it is presented).
 */
export const Compiled = (compiler: FieldCompiler, present?: Presenter) =>
  Extensions({ [CYPHER]: compiler, ...(present ? { [PRESENT]: present } : {}) });
