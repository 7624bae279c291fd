import { describe, expect, it } from 'vitest';
import { favouritesKey, loadFavourites, parseFavourites, saveFavourites, toggled } from './favourites';

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
}

describe('pinned favourites', () => {
  it('keeps one list per supervisor and server', () => {
    expect(favouritesKey('supervisor1', 'https://gws.example.com')).not.toBe(favouritesKey('supervisor2', 'https://gws.example.com'));
  });

  it('pins and unpins', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('reads back what it stored', () => {
    const storage = new MemoryStorage();
    expect(saveFavourites(storage, 'k', ['u1', 'u2'])).toBe(true);
    expect(loadFavourites(storage, 'k')).toEqual(['u1', 'u2']);
  });

  it('treats anything malformed as no favourites', () => {
    expect(parseFavourites(null)).toEqual([]);
    expect(parseFavourites('not json')).toEqual([]);
    expect(parseFavourites('{"a":1}')).toEqual([]);
    expect(parseFavourites('["a",2,null,"b"]')).toEqual(['a', 'b']);
  });

  it('survives a storage that refuses', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadFavourites(broken, 'k')).toEqual([]);
    expect(saveFavourites(broken, 'k', ['a'])).toBe(false);
  });
});
