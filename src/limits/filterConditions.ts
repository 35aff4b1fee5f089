/** The argument that filters a list: MissionWhere, EventWhere, TargetWhere, AgencyWhere and what they nest. */
export const FILTER_ARGUMENT = 'where';

const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * How many conditions a filter, as execution coerces it, asks the statement
 * to test on every candidate of its list: one per value it names, AND, OR,
 * NOT and hasEvent opened, and one per item of a list such as statusIn. A
 * filter's size is the client's to choose (OR of OR of ...), so it is counted
 * like any other work the client asks for. Walked without recursion, so that
 * no nesting can overflow the stack.
 */
export function filterConditions(filter: unknown): number {
  let conditions = 0;
  const pending: unknown[] = [filter];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) pending.push(item);
    else if (typeof value === 'object' && isPlainObject(value)) for (const item of Object.values(value)) pending.push(item);
    else conditions += 1;
  }
  return conditions;
}
