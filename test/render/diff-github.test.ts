import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Change, DiffResult } from '../../src/diff/types.js';
import { renderDiffGithub } from '../../src/render/diff-github.js';
import { diffFixtures, HEDONG, HOSTILE } from '../helpers/diff-results.js';

describe('renderDiffGithub', () => {
  it('should print one notice annotation per change on the new file’s lines', async () => {
    const out = renderDiffGithub(await diffFixtures(...HEDONG), { file: 'fixtures/hedong-2022.txt' });
    expect(out).toBe(readFileSync('fixtures/diff/hedong-2021-to-2022.github.txt', 'utf8'));
  });

  it('should put the changes of substance first and fold the items only renumbered into one annotation', async () => {
    const lines = renderDiffGithub(await diffFixtures(...HEDONG), { file: 'new.txt' }).trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.slice(0, 9).every((l) => !l.includes('renumbered'))).toBe(true);
    expect(lines[9]).toMatch(/^::notice file=new\.txt,line=78,col=1,title=plan diff%3A 12 renumbered only::Renumbered only \(12\)%0Atask 6 → 5 大力推动人工智能 \(line 78\)%0A/);
  });

  it('should leave the file out for standard input', async () => {
    const out = renderDiffGithub(await diffFixtures(...HEDONG), { file: null });
    expect(out.split('\n')[0]).toBe(
      '::notice line=6,col=1,title=plan diff%3A metadata modified::metadata%0Atitle: 河东区人民政府办公室关于[-印发-]{+修订+}河东区科技创新三年行动计划(2020—2022年)的通知%0AindexNumber: 11120102MB1715518C/2021-00009 → 11120102MB1715518C/2022-00014%0AdocumentNumber: 河东政办函〔2021〕18号 → 河东政办函〔2022〕10号',
    );
  });

  it('should escape document text so it cannot end the command or start another', async () => {
    const out = renderDiffGithub(await diffFixtures(...HOSTILE), { file: 'a,b:c.txt' });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.startsWith('::notice file=a%2Cb%3Ac.txt,line=')).toBe(true);
    expect(out).toContain('100%250A::error::注入');
    expect(out).not.toContain('\x1b');
  });

  it('should put a single item only renumbered in the renumbered annotation, after a unit respelled', () => {
    const task = (number: string, title: string): Record<string, unknown> => ({ number, title });
    const changes = [
      { kind: 'task', op: 'modified', old: task('6', '加大财政金融支持'), new: task('7', '加大财政金融支持'), fields: { number: { old: '6', new: '7' }, participants: { old: ['甲'], new: ['乙'], added: ['乙'], removed: ['甲'] } }, line: 54, column: 3 },
      { kind: 'task', op: 'renumbered', old: task('7', '加强数字人才培养'), new: task('8', '加强数字人才培养'), fields: { number: { old: '7', new: '8' } }, line: 56, column: 3 },
      { kind: 'unit', op: 'respelled', old: { name: '省发改委' }, new: { name: '省发展改革委' }, fields: { name: { old: '省发改委', new: '省发展改革委' } }, where: [], line: 52, column: 1 },
    ] as unknown as Change[];
    const result = { summary: {}, changes } as unknown as DiffResult;
    const titles = renderDiffGithub(result, { file: 'new.txt' })
      .trimEnd()
      .split('\n')
      .map((l) => /title=([^:]*)::/.exec(l)?.[1]);
    expect(titles).toEqual(['plan diff%3A task modified', 'plan diff%3A unit respelled', 'plan diff%3A 1 renumbered only']);
  });
});
