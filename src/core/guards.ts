/** A plain object (not `null`, not an array): the shape JSON objects arrive in. Internal. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
