// Pinned favourites: a list of user ids kept in the window's localStorage (in Electron, inside
// the user-data folder), one list per supervisor and server, so two accounts do not share pins.

export const favouritesKey = (userName: string, serverUrl: string): string => `softphone.favourites.v1:${userName}@${serverUrl}`;

/** Tolerant: anything that is not a list of strings is an empty list, never an exception. */
export function parseFavourites(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function toggled(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

export interface FavouriteStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadFavourites(storage: FavouriteStorage, key: string): string[] {
  try {
    return parseFavourites(storage.getItem(key));
  } catch {
    return [];
  }
}

/** Returns false when storage refused (quota, disabled): the pin then lasts for this session only. */
export function saveFavourites(storage: FavouriteStorage, key: string, list: readonly string[]): boolean {
  try {
    storage.setItem(key, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}
