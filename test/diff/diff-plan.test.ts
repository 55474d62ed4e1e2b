import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { renderDiffJson } from '../../src/render/diff-json.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { wdiff } from '../helpers/diff-expect.js';

const plan = (preamble: string, closing: string) =>
  parseNotice(`某县若干措施\n\n${preamble}\n\n一、重点任务\n\n（一）保障企业用地。（县自然资源局负责）\n\n${closing}\n`);

describe('diffDocuments on the plan’s own text', () => {
  it('should report a changed closing statement as a modified plan, with the old and new text', async () => {
    const result = await diffDocuments(
      await plan('为优化营商环境，制定本措施。', '本措施自2023年1月1日起施行。'),
      await plan('为优化营商环境，制定本措施。', '本措施自2024年1月1日起施行，有效期3年。'),
    );
    expect(result.changes.map((c) => [c.kind, c.op, Object.keys(c.fields ?? {}), c.line])).toEqual([['plan', 'modified', ['closing'], 9]]);
    expect(result.changes[0]!.fields!.closing).toMatchObject({ old: '本措施自2023年1月1日起施行。', new: '本措施自2024年1月1日起施行，有效期3年。' });
    expect(result.summary.kinds.plan).toMatchObject({ modified: 1 });
  });

  it('should report a changed preamble, and no plan row at all when neither changed', async () => {
    const changed = await diffDocuments(await plan('为优化营商环境，制定本措施。', ''), await plan('为持续优化营商环境，制定本措施。', ''));
    expect(changed.changes.map((c) => [c.kind, Object.keys(c.fields ?? {})])).toEqual([['plan', ['preamble']]]);
    const same = await diffDocuments(await plan('为优化营商环境，制定本措施。', '本措施自印发之日起施行。'), await plan('为优化营商环境，制定本措施。', '本措施自印发之日起施行。'));
    expect(same.changes).toEqual([]);
    expect(same.summary.kinds.plan).toBeUndefined();
  });
});

describe('diffDocuments on figures written with thousands separators', () => {
  const notice = (base: string, task: string) =>
    parseNotice(`某区数字经济行动方案\n\n一、工作目标\n\n到2025年，新建5G基站${base}个，培育企业1200家。\n\n二、重点任务\n\n（一）建设基站。新建基站${task}个。（区经信局负责）\n`);

  it('should report no change where 1500 is written 1,500, in a goal or a task', async () => {
    const result = await diffDocuments(await notice('1500', '1500'), await notice('1,500', '1,500'));
    expect(result.changes).toEqual([]);
  });

  it('should still report a figure that changed', async () => {
    const result = await diffDocuments(await notice('1500', '1500'), await notice('1,600', '1500'));
    expect(result.changes.map((c) => [c.kind, c.op])).toEqual([['goal', 'modified']]);
  });
});

describe('diffDocuments on goals written with 余 in the unit', () => {
  const notice = (targets: string) => parseNotice(`某区就业行动方案\n\n一、工作目标\n\n到2026年，${targets}。\n\n二、重点任务\n\n（一）稳定就业。开展培训。（区人社局负责）\n`);

  it('should report a changed figure as the goal’s change alone, not also the part’s text', async () => {
    const result = await diffDocuments(await notice('新增城镇就业3.6万余人，开展培训5000余人次'), await notice('新增城镇就业3.8万余人，开展培训6000余人次'));
    expect(result.changes.map((c) => [c.kind, c.op])).toEqual([['goal', 'modified'], ['goal', 'modified']]);
  });

  it('should report a goal added as a clause of its own as the goal alone', async () => {
    const result = await diffDocuments(await notice('新增城镇就业3.6万余人'), await notice('新增城镇就业3.6万余人，引进人才800余人'));
    expect(result.changes.map((c) => [c.kind, c.op])).toEqual([['goal', 'added']]);
  });
});

describe('diffDocuments on a goal section whose prose changed beside a goal whose figure changed', () => {
  const notice = (goals: string) =>
    parseNotice(`某区绿色低碳发展行动方案（2022—2024年）\n\n一、工作目标\n\n${goals}\n\n二、重点任务\n\n（一）发展分布式光伏。（区发展改革委负责）\n`);

  it('should report an inserted stage as the part and the moved goal figure as the goal, the redline reading as each version wrote it', async () => {
    const result = await diffDocuments(
      await notice('到2024年，全区光伏装机容量达到30万千瓦，单位地区生产总值能耗比2020年下降10%。'),
      await notice('到2024年，全区光伏装机容量达到30万千瓦；到2025年，光伏装机容量达到40万千瓦，单位地区生产总值能耗比2020年下降13.5%。'),
    );
    const part = result.changes.find((c) => c.kind === 'part');
    expect(wdiff(part!.fields!.text!.redline!)).toBe('到2024年，全区光伏装机容量达到30万千瓦{+；到2025年，光伏装机容量达到40万千瓦+}，单位地区生产总值能耗比2020年下降[-10-]{+13.5+}%。');
    // Each side of the redline is that version's text, the figure as it wrote it.
    expect(part!.fields!.text!.redline!.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(part!.fields!.text!.old);
    const goal = result.changes.find((c) => c.kind === 'goal' && c.op === 'modified');
    expect(Object.entries(goal!.fields!).map(([name, f]) => [name, f.old, f.new])).toEqual([
      ['value', 10, 13.5],
      ['year', 2024, 2025],
    ]);
  });

  it('should still show the other numbers of the goal\'s sentence in the part text, as the key compares them', async () => {
    const result = await diffDocuments(
      await notice('到2024年，全区光伏装机容量达到30万千瓦，单位地区生产总值能耗比2020年下降10%。'),
      await notice('到2024年，全区光伏装机容量达到30万千瓦；到2025年，光伏装机容量达到40万千瓦，单位地区生产总值能耗比2021年下降13.5%。'),
    );
    const part = result.changes.find((c) => c.kind === 'part');
    expect(wdiff(part!.fields!.text!.redline!)).toBe('到2024年，全区光伏装机容量达到30万千瓦{+；到2025年，光伏装机容量达到40万千瓦+}，单位地区生产总值能耗比[-2020-]{+2021+}年下降[-10-]{+13.5+}%。');
  });
});

describe('diffDocuments on a notice added from nothing, or deleted (/dev/null)', () => {
  const nothing = () => parseNotice('', { name: '/dev/null' });
  const text = `索引号：000014349/2020-00123\n发文字号：岳政办发〔2020〕12号\n\n岳麓区科技创新三年行动计划（2020—2022年）\n\n为深入实施创新驱动发展战略，结合我区实际，制定本计划。\n\n一、重点任务\n\n（一）建设技术转移中心。（责任单位：区科委）\n`;

  it('should report the plan’s own text added, with its title, years and preamble, counted in the summary', async () => {
    const result = await diffDocuments(await nothing(), await parseNotice(text));
    const plan = result.changes.find((c) => c.kind === 'plan');
    expect(plan).toMatchObject({ op: 'added', old: null, line: 4 });
    expect(plan?.new).toMatchObject({ title: '岳麓区科技创新三年行动计划（2020—2022年）', period: { start: 2020, end: 2022 } });
    expect((plan?.new as { preamble: Array<{ text: string }> }).preamble.map((p) => p.text)).toEqual(['为深入实施创新驱动发展战略，结合我区实际，制定本计划。']);
    expect(result.summary.kinds.plan).toMatchObject({ added: 1, modified: 0 });
    expect(await renderDiffText(result, { color: false })).toContain('added      plan (line 4)\n    {+岳麓区科技创新三年行动计划（2020—2022年）\n      为深入实施创新驱动发展战略，结合我区实际，制定本计划。+}\n');
  });

  it('should report the header added whole, not each field changed from nothing', async () => {
    const result = await diffDocuments(await nothing(), await parseNotice(text));
    const metadata = result.changes.find((c) => c.kind === 'metadata');
    expect(metadata).toMatchObject({ op: 'added', old: null, line: 1 });
    expect(metadata?.fields).toBeUndefined();
    expect(metadata?.new).toMatchObject({ indexNumber: '000014349/2020-00123', documentNumber: { raw: '岳政办发〔2020〕12号' } });
    expect(await renderDiffText(result, { color: false })).toContain('added      metadata (line 1)\n    {+indexNumber: 000014349/2020-00123\n      documentNumber: 岳政办发〔2020〕12号+}\n');
  });

  it('should report the plan and the header removed for a notice deleted', async () => {
    const result = await diffDocuments(await parseNotice(text), await nothing());
    expect(result.changes.filter((c) => c.kind === 'plan' || c.kind === 'metadata').map((c) => [c.kind, c.op, c.new])).toEqual([
      ['metadata', 'removed', null],
      ['plan', 'removed', null],
    ]);
    expect(result.summary.ops.added + result.summary.ops.modified).toBe(0);
  });

  // A removal is placed at the old document's line, labelled as old, the header like any element.
  it('should place the header removed at its old line, labelled old, in text and JSON', async () => {
    const result = await diffDocuments(await parseNotice(text), await nothing());
    const metadata = result.changes.find((c) => c.kind === 'metadata');
    expect((metadata?.old as { position?: { start: { line: number } } }).position?.start.line).toBe(1);
    const json = JSON.parse(renderDiffJson(result)) as { changes: Array<{ kind: string; old: { position?: { start: { line: number } } } | null }> };
    expect(json.changes.find((c) => c.kind === 'metadata')?.old?.position?.start.line).toBe(1);
    const rendered = await renderDiffText(result, { color: false });
    expect(rendered).toContain('removed    metadata (old line 1)\n    [-indexNumber: 000014349/2020-00123\n      documentNumber: 岳政办发〔2020〕12号-]\n');
    expect(rendered).toContain('removed    plan (old line 4)\n');
  });

  it('should place a header removed that the text states under its title at the number’s old line', async () => {
    // No header: the number stands under the notice's title, on line 3.
    const notice = `青山县人民政府办公室关于印发青山县养老服务实施方案的通知\n\n青政办发〔2024〕9号\n\n各乡镇人民政府，县政府各部门：\n\n现将《青山县养老服务实施方案》印发给你们，请认真组织实施。\n\n青山县人民政府办公室\n2024年3月5日\n\n青山县养老服务实施方案\n\n一、重点任务\n\n（一）完善居家养老服务。（责任单位：县民政局）\n`;
    const removed = await diffDocuments(await parseNotice(notice), await nothing());
    const rendered = await renderDiffText(removed, { color: false });
    expect(rendered).toContain('removed    metadata (old line 3)\n    [-documentNumber: 青政办发〔2024〕9号-]\n');
    expect(rendered).toContain('removed    notice (old line 1)\n');
    expect(rendered).toContain('removed    plan (old line 12)\n');
    expect(removed.changes.find((c) => c.kind === 'metadata')).toMatchObject({ line: 1, old: { position: { start: { line: 3 } } } });
    // The other way, the same line, in the new document.
    const added = await renderDiffText(await diffDocuments(await nothing(), await parseNotice(notice)), { color: false });
    expect(added).toContain('added      metadata (line 3)\n');
  });
});
