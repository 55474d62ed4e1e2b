import type { Period } from '../model/types.js';

/**
 * A plan's period as a notice writes it, for messages: `2023—2025年`, and a one-year plan's
 * `2024年` (a 2024年工作要点 covers 2024, not 2024—2024年). An end it does not give is left blank.
 */
export function periodText({ start, end }: Period): string {
  if (start !== null && start === end) return `${start}年`;
  return `${start ?? ''}—${end ?? ''}年`;
}
