/** The one JSON test every reader needs (a small module: dialect detection, in the drop-in file, needs only this). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
