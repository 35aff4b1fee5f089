/**
 * A list of rows with its keys beside it, `{ #keys: [...], #rows: [[...], ...] }`:
 * what SelectionProjector sends for a list of a selection, and what toPlain
 * (src/db/values.ts) reads back into the list of maps it stands for. Neither
 * key is a GraphQL name, so no projected map can be mistaken for one.
 */
export const ROW_KEYS = '#keys';
export const ROWS = '#rows';
