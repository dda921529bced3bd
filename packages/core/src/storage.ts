/**
 * JSON kept in the browser's Web Storage (localStorage or sessionStorage). Storage that is
 * missing, blocked, full or holding something unreadable is never an error: a read finds
 * nothing and a write keeps nothing, and the page's own copy still serves.
 */
export type StorageArea = 'localStorage' | 'sessionStorage';

export function readStored<T>(area: StorageArea, key: string): T | undefined {
  try {
    const raw = globalThis[area]?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(area: StorageArea, key: string, value: unknown): void {
  try {
    globalThis[area]?.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or blocked
  }
}
