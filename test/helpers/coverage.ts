import type { PlanDocument, Position } from '../../src/model/types.js';

/** Every position span anywhere in a model. */
function spans(doc: PlanDocument): Position[] {
  const out: Position[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if ((k === 'position' || k.endsWith('Position')) && v && typeof v === 'object' && 'start' in v) out.push(v as Position);
      else visit(v);
    }
  };
  visit(doc);
  return out;
}

/**
 * The characters of the source (other than whitespace) that no element of the model covers:
 * each must be accounted for by a model node or an `unparsed` entry.
 */
export function uncovered(doc: PlanDocument, source: string): string[] {
  const covered = new Uint8Array(source.length + 1);
  for (const s of spans(doc)) covered.fill(1, s.start.offset, s.end.offset);
  const gaps: string[] = [];
  let run = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (!covered[i] && !/\s/.test(c) && c !== '\ufeff') run += c;
    else if (run) {
      gaps.push(run);
      run = '';
    }
  }
  if (run) gaps.push(run);
  return gaps;
}
