import type { Finding } from '../../report/types.js';
import { htmlText } from '../escape.js';

/** The findings about each element of the page, by the element's anchor. */
export type FindingsByTarget = ReadonlyMap<string, readonly Finding[]>;

export function findingsByTarget(findings: readonly Finding[]): FindingsByTarget {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.target) continue;
    const list = map.get(f.target.anchor) ?? [];
    list.push(f);
    map.set(f.target.anchor, list);
  }
  return map;
}

/**
 * A link from an element to the findings about it, marked by the worst severity with a symbol
 * that survives print and greyscale (✖ error, ▲ warning, ⓘ info); empty when there are none.
 */
export function findingFlag(anchor: string, byTarget: FindingsByTarget): string {
  const list = byTarget.get(anchor);
  if (!list?.length) return '';
  const worst = list.some((f) => f.severity === 'error') ? 'error' : list.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  const first = list[0] as Finding;
  return `<a class="flag badge ${worst}" href="#${htmlText(first.anchor)}">${SEVERITY_SYMBOL[worst]} ${list.length} 条检查结果</a>`;
}

export const SEVERITY_SYMBOL = { error: '✖', warning: '▲', info: 'ⓘ' } as const;
export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;
