import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/errors.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { schemaErrors } from '../helpers/schema.js';
import { hostileShape } from '../helpers/hostile.js';

/** Parses and returns the model, or the one-line error an input is refused with. */
async function outcome(input: string | Uint8Array): Promise<{ ok: true; tasks: number; ids: string[] } | { ok: false; error: string }> {
  try {
    const doc = await parseNotice(input, { name: 'input' });
    expect(schemaErrors(doc)).toEqual([]);
    return { ok: true, tasks: doc.plan?.tasks.length ?? 0, ids: doc.diagnostics.map((d) => d.ruleId) };
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).not.toContain('\n');
    return { ok: false, error: (error as Error).message };
  }
}

describe('hostile and broken input', () => {
  it('should refuse empty input and a lone byte-order mark as having no text', async () => {
    expect(await outcome(new Uint8Array())).toMatchObject({ ok: true, ids: ['not-a-notice'] });
    expect(await outcome(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: true, ids: ['not-a-notice'] });
  });

  it('should refuse an image with one clear line', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await outcome(png)).toEqual({ ok: false, error: 'input: this is a PNG image, not a text notice' });
  });

  it('should report invalid bytes with their offsets instead of hiding them', async () => {
    const bytes = Buffer.concat([Buffer.from('一、总体要求\n\n1.任务。内容(牵头单位:区科技局)\n'), Buffer.from([0xff, 0xfe, 0x41])]);
    const doc = await parseNotice(bytes);
    const problems = doc.diagnostics.filter((d) => d.ruleId === 'encoding-undecodable');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(/byte \d+/);
  });

  it('should survive a 10 MB single line', async () => {
    const r = await outcome('为'.repeat(3_500_000));
    // Not a notice, and its one line placed nowhere in the model: both said.
    expect(r).toMatchObject({ ok: true, ids: ['unparsed-text', 'not-a-notice'] });
  });

  it('should survive 100,000 unclosed brackets', async () => {
    expect(await outcome(`一、总体要求\n\n${'('.repeat(100_000)}\n\n${'（牵头单位:'.repeat(20_000)}`)).toMatchObject({ ok: true });
  });

  it('should read 100,000 task-like lines as 100,000 tasks', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `${i + 1}.任务${i + 1}。内容(牵头单位:区科技局,参与单位:区财政局)`);
    expect(await outcome(`一、重点任务\n\n${lines.join('\n')}\n`)).toMatchObject({ ok: true, tasks: 100_000 });
  });

  it('should read UTF-16 without a byte-order mark', async () => {
    const text = '一、重点任务\n\n1.推进建设。内容(牵头单位:区科技局,参与单位:区财政局)\n';
    const doc = await parseNotice(Buffer.from(text, 'utf16le'));
    expect(doc.source.encoding).toBe('utf-16le');
    expect(doc.plan?.tasks.map((t) => t.lead)).toEqual([['区科技局']]);
  });

  it('should survive HTML nested 10,000 deep', async () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}<p>一、总体要求</p>${'</div>'.repeat(10_000)}</body></html>`;
    const doc = await parseNotice(html, { name: 'deep.html' });
    expect(doc.outline.map((n) => n.title)).toEqual(['总体要求']);
  });

  it('should ignore notice-like text inside a <script>', async () => {
    const html = [
      '<html><head><script>var t = "1.伪造任务。(牵头单位:区假局,参与单位:区伪局)"; document.write(t);</script></head>',
      '<body><p>一、重点任务</p><p>1.真实任务。内容(牵头单位:区科技局)</p>',
      '<script type="text/template">2.模板任务。(牵头单位:区模板局)</script></body></html>',
    ].join('\n');
    const doc = await parseNotice(html, { name: 'page.html' });
    expect(doc.plan?.tasks.map((t) => [t.number, t.lead])).toEqual([['1', ['区科技局']]]);
    expect(JSON.stringify(doc)).not.toContain('区假局');
    expect(JSON.stringify(doc)).not.toContain('区模板局');
  });

  // The shapes below are where a pass that rescans what it has read turns quadratic; `npm run bench`
  // times their growth. Here, what is read from them at eight times the benchmark's starting size.
  it('should read a run-on goal paragraph of 16,000 clauses as 32,000 targets', async () => {
    const { make, n } = hostileShape('run-on goal paragraph');
    const doc = await parseNotice(make(8 * n));
    const goals = doc.plan?.goals ?? [];
    expect(goals).toHaveLength(2 * 8 * n);
    expect(goals.slice(-2).map((g) => [g.value, g.unit, g.year])).toEqual([
      [2.5, '%', 2022],
      [2, '家', 2022],
    ]);
  });

  it('should read 16,000 task lines as 16,000 tasks with their units', async () => {
    const { make, n } = hostileShape('task lines');
    const tasks = (await parseNotice(make(8 * n))).plan?.tasks ?? [];
    expect(tasks).toHaveLength(8 * n);
    expect(tasks.at(-1)?.number).toBe(String(8 * n));
    expect(tasks.every((t) => t.lead.join() === '区科技局' && t.participants.join() === '区财政局')).toBe(true);
  });

  it('should join a wrapped paragraph that leaves a bracket open into one, losing no line', async () => {
    const { make, n } = hostileShape('wrapped paragraph leaving a bracket open');
    const doc = await parseNotice(make(8 * n));
    // 12,800 lines of twenty characters, no full stop: one hard-wrapped paragraph.
    expect(doc.outline[0]!.paragraphs.slice(1).map((p) => p.text)).toEqual([`（${'为推进工作而制定的措施内容之一二'.repeat(8 * n)}`]);
    expect(doc.plan?.tasks).toEqual([]);
  });

  it('should keep unbroken text of brackets and labels whole, reading no task from it', async () => {
    const { make, n } = hostileShape('unbroken text of brackets and labels');
    const doc = await parseNotice(make(8 * n));
    expect(doc.outline[0]!.text).toBe(`总体要求\n${'(为'.repeat(8 * n)}${'牵头单位:区科技局,'.repeat(8 * n)}`);
    expect(doc.plan?.tasks).toEqual([]);
  });
});
