import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import type { Point, Position } from '../../src/model/types.js';

const SEED = readFileSync(new URL('../../fixtures/hedong-2022.txt', import.meta.url), 'utf8');

/** Every point of the model, in walk order. */
function points(doc: unknown): Point[] {
  const out: Point[] = [];
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach(visit);
    const r = v as Record<string, unknown>;
    if (typeof r.offset === 'number' && typeof r.line === 'number') return void out.push(r as unknown as Point);
    for (const k in r) visit(r[k]);
  };
  visit(doc);
  return out;
}

describe('offsets of a model read from a string', () => {
  it('should index the string as passed when it starts with a byte-order mark (readFileSync with utf8 keeps it)', async () => {
    const plain = await parseNotice(SEED, { name: 'notice.txt' });
    const marked = await parseNotice(`\ufeff${SEED}`, { name: 'notice.txt' });
    const before = points(plain);
    const after = points(marked);
    expect(after.length).toBe(before.length);
    expect(after.length).toBeGreaterThan(100);
    expect(after.map((p) => [p.line, p.column, p.offset - 1])).toEqual(before.map((p) => [p.line, p.column, p.offset]));
    const text = `\ufeff${SEED}`;
    for (const task of marked.plan!.tasks) {
      const slice = text.slice(task.position.start.offset, task.position.end.offset);
      expect(slice.startsWith(task.number)).toBe(true);
      expect(slice).toContain(task.title);
    }
  });

  it('should index decoded text when given bytes with a byte-order mark, the mark set aside', async () => {
    const bytes = new TextEncoder().encode(`\ufeff${SEED}`);
    const doc = await parseNotice(bytes, { name: 'notice.txt' });
    const first = doc.plan!.tasks[0]!.position as Position;
    const plain = await parseNotice(SEED, { name: 'notice.txt' });
    expect(first.start.offset).toBe(plain.plan!.tasks[0]!.position.start.offset);
  });

  it('should shift an HTML string with a byte-order mark the same way', async () => {
    const html = '<p>关于印发某方案的通知</p><p>一、重点任务</p><p>1.建设平台。（牵头单位：区科技局）</p>';
    const plain = await parseNotice(html, { format: 'html' });
    const marked = await parseNotice(`\ufeff${html}`, { format: 'html' });
    expect(points(marked).map((p) => p.offset - 1)).toEqual(points(plain).map((p) => p.offset));
  });
});
