import { describe, expect, it } from 'vitest';
import { movedIndex } from './list-nav';

describe('list keyboard movement', () => {
  it('moves by one, clamped at the ends', () => {
    expect(movedIndex('ArrowDown', 3, 10, 5)).toBe(4);
    expect(movedIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(movedIndex('ArrowUp', 0, 10, 5)).toBe(0);
    expect(movedIndex('ArrowUp', 3, 10, 5)).toBe(2);
  });

  it('starts at the first row when nothing is selected', () => {
    expect(movedIndex('ArrowDown', -1, 10, 5)).toBe(0);
    expect(movedIndex('ArrowUp', -1, 10, 5)).toBe(0);
  });

  it('jumps with Home, End and by pages', () => {
    expect(movedIndex('Home', 5, 10, 5)).toBe(0);
    expect(movedIndex('End', 5, 10, 5)).toBe(9);
    expect(movedIndex('PageDown', 0, 2000, 10)).toBe(9);
    expect(movedIndex('PageDown', 1995, 2000, 10)).toBe(1999);
    expect(movedIndex('PageUp', 4, 2000, 10)).toBe(0);
  });

  it('ignores other keys and empty lists', () => {
    expect(movedIndex('a', 1, 10, 5)).toBeNull();
    expect(movedIndex('ArrowDown', -1, 0, 5)).toBeNull();
  });

  it('copes with a selection beyond a list that shrank', () => {
    expect(movedIndex('ArrowUp', 50, 10, 5)).toBe(8);
  });
});
