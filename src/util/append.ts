/** Appends items to an array in place. Unlike push(...items), safe for arrays of any length. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
