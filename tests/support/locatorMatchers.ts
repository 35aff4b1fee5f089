import { setTimeout as sleep } from 'node:timers/promises';
import type { Locator } from 'playwright-core';

/**
 * Auto-waiting assertions for the browser tests, as Playwright Test's
 * `expect(locator)` has them (playwright-core ships without its runner): each
 * one reads the page again until what it expects is there or the timeout
 * passes, so a test never reads a list before the page has drawn it, and
 * never sleeps for a fixed time instead. Registered for the browser project
 * in jest.config.js (through browserSetup.ts). The bound is long because this
 * machine is shared: a page that takes 10 s to draw under load is slow, not wrong.
 */
export const ASSERTION_TIMEOUT_MS = 45_000;
const BACKOFF_MS = [0, 50, 100, 250, 500, 1000];

/**
 * Reads until `check` passes (it throws, as `expect` does, while it does not);
 * fails with the last reading's error. For what a locator cannot express: the
 * cytoscape drawing, the URL, computed styles.
 */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeout = ASSERTION_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeout;
  for (let attempt = 0; ; attempt++) {
    const value = await read();
    try {
      check(value);
      return value;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await sleep(BACKOFF_MS[Math.min(attempt + 1, BACKOFF_MS.length - 1)]);
  }
}

type TextPattern = string | RegExp;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const matches = (text: string, pattern: TextPattern, whole: boolean) =>
  typeof pattern === 'string' ? (whole ? normalise(text) === normalise(pattern) : normalise(text).includes(normalise(pattern))) : pattern.test(normalise(text));

async function poll<T>(read: () => Promise<T>, passes: (value: T) => boolean, timeout: number): Promise<{ pass: boolean; value: T }> {
  const deadline = Date.now() + timeout;
  for (let attempt = 0; ; attempt++) {
    const value = await read();
    if (passes(value)) return { pass: true, value };
    if (Date.now() > deadline) return { pass: false, value };
    await sleep(BACKOFF_MS[Math.min(attempt + 1, BACKOFF_MS.length - 1)]);
  }
}

/** A matcher that re-reads the locator until it holds (or, under `.not`, until it does not). */
function waiting<T>(
  read: (locator: Locator, ...expected: any[]) => Promise<T>,
  passes: (value: T, ...expected: any[]) => boolean,
  describe: (expected: unknown[]) => string,
) {
  return async function (this: jest.MatcherContext, locator: Locator, ...expected: unknown[]) {
    const wanted = !this.isNot;
    const { value } = await poll(
      () => read(locator, ...expected),
      (found) => passes(found, ...expected) === wanted,
      ASSERTION_TIMEOUT_MS,
    );
    const pass = passes(value, ...expected);
    return {
      pass,
      message: () =>
        `expected ${locator}${this.isNot ? ' not' : ''} to ${describe(expected)} within ${ASSERTION_TIMEOUT_MS / 1000} s; last read: ${this.utils.printReceived(value)}`,
    };
  };
}

expect.extend({
  /** The one element's text is this (whitespace collapsed), or the elements' texts are these, in order. */
  toHaveText: waiting(
    (locator) => locator.allInnerTexts(),
    (texts: string[], expected: TextPattern | TextPattern[]) =>
      Array.isArray(expected)
        ? texts.length === expected.length && expected.every((pattern, index) => matches(texts[index], pattern, true))
        : texts.length === 1 && matches(texts[0], expected, true),
    ([expected]) => `have the text ${String(expected)}`,
  ),
  /** Some element's text contains this. */
  toContainText: waiting(
    (locator) => locator.allInnerTexts(),
    (texts: string[], expected: TextPattern) => texts.some((text) => matches(text, expected, false)),
    ([expected]) => `contain the text ${String(expected)}`,
  ),
  toHaveCount: waiting(
    (locator) => locator.count(),
    (count: number, expected: number) => count === expected,
    ([expected]) => `match ${expected} elements`,
  ),
  toBeVisible: waiting(
    (locator) => locator.first().isVisible(),
    (visible: boolean) => visible,
    () => 'be visible',
  ),
  /** The one form field's value is this. */
  toHaveValue: waiting(
    (locator) => locator.evaluateAll((elements) => elements.map((element) => (element as any).value)),
    (values: string[], expected: TextPattern) => values.length === 1 && matches(values[0], expected, true),
    ([expected]) => `have the value ${String(expected)}`,
  ),
  toBeChecked: waiting(
    (locator) => locator.isChecked(),
    (checked: boolean) => checked,
    () => 'be checked',
  ),
  /** The one element has this attribute with this value. */
  toHaveAttribute: waiting(
    (locator, name: string) => locator.evaluateAll((elements, attribute) => elements.map((element) => element.getAttribute(attribute)), name),
    (values: (string | null)[], _name: string, expected: TextPattern) => values.length === 1 && values[0] !== null && matches(values[0], expected, true),
    ([name, expected]) => `have ${String(name)}="${String(expected)}"`,
  ),
});

declare global {
  namespace jest {
    interface Matchers<R> {
      toHaveText(expected: TextPattern | TextPattern[]): Promise<R>;
      toContainText(expected: TextPattern): Promise<R>;
      toHaveCount(expected: number): Promise<R>;
      toBeVisible(): Promise<R>;
      toBeChecked(): Promise<R>;
      toHaveValue(expected: TextPattern): Promise<R>;
      toHaveAttribute(name: string, value: string | RegExp): Promise<R>;
    }
  }
}
