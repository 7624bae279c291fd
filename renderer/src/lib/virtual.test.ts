import { describe, expect, it } from 'vitest';
import { scrollToReveal, visibleRange } from './virtual';

describe('windowed rows', () => {
  it('renders the rows in view plus a margin', () => {
    expect(visibleRange(0, 520, 52, 2000, 6)).toEqual({ start: 0, end: 17 });
    expect(visibleRange(52 * 1000, 520, 52, 2000, 6)).toEqual({ start: 994, end: 1017 });
  });

  it('stops at the end of the list', () => {
    expect(visibleRange(52 * 1995, 520, 52, 2000, 6)).toEqual({ start: 1989, end: 2000 });
  });

  it('renders a screenful before the viewport is measured, and nothing for an empty list', () => {
    expect(visibleRange(0, 0, 50, 100, 0).end).toBeGreaterThan(10);
    expect(visibleRange(0, 500, 50, 0)).toEqual({ start: 0, end: 0 });
  });

  it('scrolls just enough to show a row', () => {
    expect(scrollToReveal(0, 100, 500, 50)).toBe(0);
    expect(scrollToReveal(20, 0, 500, 50)).toBe(550);
    expect(scrollToReveal(5, 0, 500, 50)).toBeNull();
  });
});
