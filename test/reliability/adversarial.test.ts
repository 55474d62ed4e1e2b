import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/errors.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { schemaErrors } from '../helpers/schema.js';
import { expectLinear } from '../helpers/timing.js';

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

  it('should take time linear in the size of a run-on goal paragraph', async () => {
    await expectLinear((n) => `一、目标\n\n${'到2022年，研发支出达到2.5%以上，力争新建2家实验室，'.repeat(n)}\n`, 2000);
  });

  it('should take time linear in the number of tasks', async () => {
    await expectLinear(
      (n) => `一、重点任务\n\n${Array.from({ length: n }, (_, i) => `${i + 1}.任务${i}。内容(牵头单位:区科技局,参与单位:区财政局)`).join('\n\n')}\n`,
      2000,
    );
  });

  it('should take time linear in the lines of a wrapped paragraph that leaves a bracket open', async () => {
    // Twenty characters a line, no full stop: the wrap joins them all, brackets counted as they come.
    await expectLinear((n) => `一、总体要求\n\n（${'为推进工作而制定的措施内容之一二'.repeat(n).replace(/(.{20})/g, '$1\n')}\n`, 2000);
  });

  it('should take time linear in the length of unbroken text and brackets', async () => {
    await expectLinear((n) => `一、总体要求\n\n${'(为'.repeat(n)}${'牵头单位:区科技局,'.repeat(n)}\n`, 20_000);
  });
});
