import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '../errors/publicError';
import { isCalendarDate } from '../validation/calendarDate';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw badUserInput(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO-8601, e.g. 2025-05-28.',
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
