import type { EntityChange } from '../shared/changeFeed';

/** Entities of the view that changed while the page was open: the latest change to each, by id. */
export type ChangedEntities = ReadonlyMap<string, EntityChange>;

/** The word the node list, the graph and the details use for it: a deleted entity stays drawn until the view is loaded again. */
export const changeWord = (change: EntityChange): 'updated' | 'deleted' => (change.kind === 'DELETED' ? 'deleted' : 'updated');

/** "at 14:05:09 UTC": the clock time of the commit, the same for every reader whatever their time zone. */
const at = (change: EntityChange): string => {
  const time = /T(\d\d:\d\d:\d\d)/.exec(change.committedAt)?.[1];
  return time ? ` at ${time} UTC` : '';
};

const by = (change: EntityChange): string => (change.by ? ` by ${change.by}` : '');

/** What the polite live region says, and the line at the top of the details. */
export function describeChange(name: string, change: EntityChange): string {
  return `${name} was ${changeWord(change)}${by(change)}${at(change)}.`;
}

/** The details' note: what they show now. */
export function detailsNote(change: EntityChange): string {
  return `Updated${by(change)}${at(change)}: these are its details now.`;
}
