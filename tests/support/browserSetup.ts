import './locatorMatchers';

// A browser test loads pages, draws graphs and waits for them several times over; on a loaded
// two-core machine that takes minutes, not the seconds a unit needs. It waits for content,
// never for a time, so a generous bound only delays a real failure, never hides one.
jest.setTimeout(180_000);
