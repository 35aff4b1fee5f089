import { DocumentNode, Kind, SelectionSetNode } from 'graphql';

/** More than this many selections of one response name in one selection set is refused. */
export const MAX_FIELD_REPEATS = 20;

/**
 * The most times one response name is selected in one selection set (inline
 * fragments flattened). GraphQL's own validation compares every pair of such
 * selections: 2 000 copies of one field, well inside the token limit, cost
 * graphql-js about 20 s of CPU. Checked on the parsed document before validation.
 */
export function maxFieldRepeats(document: DocumentNode): number {
  let max = 0;
  const visit = (set: SelectionSetNode, counts: Map<string, number>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(name) ?? 0) + 1;
        counts.set(name, count);
        max = Math.max(max, count);
        if (selection.selectionSet) visit(selection.selectionSet, new Map());
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, counts);
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
      visit(definition.selectionSet, new Map());
    }
  }
  return max;
}
