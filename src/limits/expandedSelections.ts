import { DocumentNode, FragmentDefinitionNode, Kind, SelectionNode, SelectionSetNode } from 'graphql';

/** More selections than this, once every fragment spread is expanded, is refused. */
export const MAX_EXPANDED_SELECTIONS = 10_000;

/**
 * Counts what `weigh` gives each selection over a selection set with every
 * fragment spread replaced by its fragment. Each fragment is counted once and
 * reused, so the count is linear in the document however fragments spread
 * one another; cycles count nothing (validation refuses them), and past `cap`
 * the count stops at `cap + 1`: the exact number no longer matters, and it
 * could outgrow a double.
 */
function expandedCounter(document: DocumentNode, weigh: (selection: SelectionNode) => number, cap: number) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const counted = new Map<string, number>();
  const inProgress = new Set<string>();

  const ofFragment = (name: string): number => {
    const known = counted.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return 0;
    inProgress.add(name);
    const count = ofSet(fragment.selectionSet);
    inProgress.delete(name);
    counted.set(name, count);
    return count;
  };

  const ofSet = (set: SelectionSetNode): number => {
    let count = 0;
    for (const selection of set.selections) {
      count += weigh(selection);
      if (selection.kind === Kind.FRAGMENT_SPREAD) count += ofFragment(selection.name.value);
      else if (selection.selectionSet) count += ofSet(selection.selectionSet);
      if (count > cap) return cap + 1;
    }
    return count;
  };

  return { ofSet, ofFragment };
}

/**
 * How many selections the document holds once every fragment spread is
 * replaced by its fragment, over all its operations and fragments: what a
 * walk that follows spreads visits. graphql-js's introspection depth rule is
 * such a walk with no memo, so `...T1 ...T1` in each of 26 nested fragments
 * took it 8 s in a 1 kB document.
 */
export function expandedSelections(document: DocumentNode): number {
  const { ofSet, ofFragment } = expandedCounter(document, () => 1, MAX_EXPANDED_SELECTIONS);
  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) total += ofSet(definition.selectionSet);
    else if (definition.kind === Kind.FRAGMENT_DEFINITION) total += ofFragment(definition.name.value);
    if (total > MAX_EXPANDED_SELECTIONS) return MAX_EXPANDED_SELECTIONS + 1;
  }
  return total;
}

/**
 * The most aliases one operation of the document holds once its fragments are
 * expanded, introspection's included: as the operation's measure counts them,
 * but before validation, which spends tens of milliseconds on a hundred
 * aliased copies of `__schema { types }` before the limit could refuse them.
 * Exact up to MAX_EXPANDED_SELECTIONS, which expandedSelections checks first.
 */
export function expandedAliases(document: DocumentNode): number {
  const { ofSet } = expandedCounter(document, (selection) => (selection.kind === Kind.FIELD && selection.alias ? 1 : 0), MAX_EXPANDED_SELECTIONS);
  let most = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) most = Math.max(most, ofSet(definition.selectionSet));
  }
  return most;
}
