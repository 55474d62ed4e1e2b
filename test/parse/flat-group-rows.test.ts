import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import type { AnnexTable, PlanDocument } from '../../src/model/types.js';

// A group row spanning a table (一、科技创新类, （一）基础设施 between its rows, a colspan row in HTML)
// flattened one cell per line is read as its HTML form is: in a table of text a row whose every
// cell is the group's name, in a table of figures the `group` of the rows under it; the rows after
// it keep their columns.

const HEAD = ['某区数字经济发展行动方案（2024—2026年）', '', '一、重点任务', '1.培育数字企业。新增数字经济企业100家。（牵头单位：区工信局；配合单位：区科技局）', ''];
const text = (title: string, cells: string[]) => [...HEAD, title, ...cells].join('\n');
const html = (title: string, head: string[], rows: string[][]) =>
  [
    '<html><body><p>某区数字经济发展行动方案（2024—2026年）</p><p>一、重点任务</p>',
    '<p>1.培育数字企业。新增数字经济企业100家。（牵头单位：区工信局；配合单位：区科技局）</p>',
    `<p>${title}</p><table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>`,
    ...rows.map((r) => (r.length === 1 ? `<tr><td colspan="${head.length}">${r[0]}</td></tr>` : `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)),
    '</table></body></html>',
  ].join('');
const cellsOf = (table: AnnexTable | null | undefined) => table!.rows.map((r) => r.cells);
const grid = (doc: PlanDocument) => doc.annexes.map((a) => ({ title: a.title, columns: a.table?.columns, rows: a.table?.rows.map((r) => [r.number, r.indicator, r.cells, r.group ?? null]) }));
// A group row's name is said once, in its first cell, the columns after it empty (in every form).
const span = (name: string, width: number) => Array.from({ length: width }, (_, j) => (j === 0 ? name : ''));

const TASK_HEAD = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];

describe('group rows of a table flattened one cell per line', () => {
  it('should read group lines between numbered rows as rows spanning the table, as the HTML form reads', async () => {
    const rows = [
      ['一、科技创新类'],
      ['1', '建设软件产业园', '区工信局', '区财政局', '2024年12月'],
      ['2', '建设创新平台', '区科技局', '区工信局', '2025年6月'],
      ['（二）基础设施'],
      ['3', '推进企业上云', '区工信局', '区大数据局', '2025年12月'],
    ];
    const flat = await parseNotice(text('附件：某区数字经济发展重点任务分解表', [...TASK_HEAD, ...rows.flat()]));
    expect(cellsOf(flat.annexes[0]!.table)).toEqual([span('一、科技创新类', 5), rows[1], rows[2], span('（二）基础设施', 5), rows[4]]);
    const page = await parseNotice(html('附件：某区数字经济发展重点任务分解表', TASK_HEAD, rows), { format: 'html' });
    expect(grid(flat)).toEqual(grid(page));
  });

  it('should read a group line over a subgroup\'s (一、… over （一）…) as two spanning rows, the rows under them in their columns', async () => {
    const rows = [
      ['一、科技创新类'],
      ['（一）平台建设'],
      ['1', '建设软件产业园', '区工信局', '区财政局', '2024年12月'],
      ['（二）企业培育'],
      ['2', '推进企业上云', '区工信局', '区大数据局', '2025年12月'],
    ];
    const flat = await parseNotice(text('附件：某区数字经济发展重点任务分解表', [...TASK_HEAD, ...rows.flat()]));
    const table = flat.annexes[0]!.table!;
    expect(table.columns).toEqual(TASK_HEAD);
    expect(cellsOf(table)).toEqual([span('一、科技创新类', 5), span('（一）平台建设', 5), rows[2], span('（二）企业培育', 5), rows[4]]);
    expect(flat.diagnostics.map((d) => d.ruleId)).not.toContain('annex-row-width');
    const page = await parseNotice(html('附件：某区数字经济发展重点任务分解表', TASK_HEAD, rows), { format: 'html' });
    expect(grid(flat)).toEqual(grid(page));
  });

  it('should take a subgroup line as the section of the tasks under it in a table in the plan\'s text, as in HTML', async () => {
    const lines = [
      '某区数字经济发展行动方案（2024—2026年）', '', '一、重点任务', '（一）培育数字企业。新增数字经济企业100家。具体任务见下表。', '表1 重点任务分解表',
      ...TASK_HEAD, '一、科技创新类', '（一）平台建设', '1', '建设软件产业园', '区工信局', '区财政局', '2024年12月',
      '（二）企业培育', '2', '建设创新平台', '区科技局', '区工信局', '2025年6月', '二、保障措施', '（一）加强组织领导。各部门要高度重视。',
    ];
    const doc = await parseNotice(lines.join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.title, t.path.slice(1), t.lead])).toEqual([
      ['建设软件产业园', ['（一）', '1'], ['区工信局']],
      ['建设创新平台', ['（二）', '2'], ['区科技局']],
    ]);
    expect(doc.outline.map((o) => o.label)).toEqual(['一、', '二、']);
  });

  it('should read a caption-less task table in the plan\'s text whose header ends at a group over a subgroup, not take the group for a part', async () => {
    const lines = ['某区2024年数字经济重点任务清单', '', ...TASK_HEAD, '一、科技创新类', '（一）平台建设', '1', '建设软件产业园', '区工信局', '区财政局', '2024年12月', '（二）企业培育', '2', '推进企业上云', '区工信局', '区大数据局', '2025年12月'];
    const doc = await parseNotice(lines.join('\n'));
    expect(doc.outline).toEqual([]);
    expect(doc.plan!.tasks.map((t) => [t.title, t.path, t.lead, t.participants])).toEqual([
      ['建设软件产业园', ['（一）', '1'], ['区工信局'], ['区财政局']],
      ['推进企业上云', ['（二）', '2'], ['区工信局'], ['区大数据局']],
    ]);
  });

  it('should read group lines in a flattened table of text without a serial column', async () => {
    const head = ['重点任务', '牵头单位', '配合单位', '完成时限'];
    const rows = [
      ['一、科技创新类'],
      ['建设软件产业园', '区工信局', '区财政局', '2024年12月'],
      ['建设创新平台', '区科技局', '区工信局', '2025年6月'],
      ['二、基础设施类'],
      ['推进企业上云', '区工信局', '区大数据局', '2025年12月'],
    ];
    for (const title of [['附件', '某区重点任务分解表'], ['附件：某区重点任务分解表']]) {
      const flat = await parseNotice(text(title.join('\n'), [...head, ...rows.flat()]));
      expect(flat.annexes[0]!.title).toBe('某区重点任务分解表');
      expect(cellsOf(flat.annexes[0]!.table)).toEqual([span('一、科技创新类', 4), rows[1], rows[2], span('二、基础设施类', 4), rows[4]]);
      // The group lines are the table's, no parts of the plan.
      expect(flat.outline.map((o) => o.label)).toEqual(['一、']);
      const page = await parseNotice(html('附件：某区重点任务分解表', head, rows), { format: 'html' });
      expect(grid(flat)).toEqual(grid(page));
    }
  });

  it('should read group lines without a serial as groups also where the lines would tile into rows with them inside', async () => {
    // 4 names, then 16 lines: as rows of 4 they would tile, （一）新建道路 a row's second cell.
    const head = ['重点任务', '牵头单位', '配合单位', '完成时限'];
    const rows = [
      ['一、道路建设类'],
      ['（一）新建道路'],
      ['打通长征大道断头路', '县住建局', '县自然资源局', '2024年12月'],
      ['（二）改造道路'],
      ['改造红旗大道', '县住建局', '县交通运输局', '2025年6月'],
      ['二、配套设施类'],
      ['完善道路照明设施', '县城管局', '县供电公司', '2026年6月'],
    ];
    const flat = await parseNotice(text('附件\n城区道路提升重点任务分工表', [...head, ...rows.flat()]));
    expect(cellsOf(flat.annexes[0]!.table)).toEqual(rows.map((r) => (r.length === 1 ? span(r[0]!, 4) : r)));
  });

  it('should read group lines in a flattened table of figures without a serial as the group of the rows under them', async () => {
    const cells = ['指标', '单位', '2024年', '2025年', '2026年', '一、产业规模', '数字经济核心产业增加值', '亿元', '120', '140', '160', '软件业务收入', '亿元', '20', '30', '40', '二、创新能力', '数字经济企业数量', '家', '800', '900', '1000'];
    const doc = await parseNotice(text('附件：某区数字经济发展主要指标', cells));
    expect(doc.annexes[0]!.table!.rows.map((r) => [r.indicator, r.unit, r.values, r.group])).toEqual([
      ['数字经济核心产业增加值', '亿元', { 2024: 120, 2025: 140, 2026: 160 }, '一、产业规模'],
      ['软件业务收入', '亿元', { 2024: 20, 2025: 30, 2026: 40 }, '一、产业规模'],
      ['数字经济企业数量', '家', { 2024: 800, 2025: 900, 2026: 1000 }, '二、创新能力'],
    ]);
  });

  it('should keep the figures table with 序号 reading group lines as the rows\' group (the HTML form\'s reading)', async () => {
    const head = ['序号', '指标', '单位', '2024年', '2025年', '2026年'];
    const rows = [['一、产业规模'], ['1', '数字经济核心产业增加值', '亿元', '120', '140', '160'], ['二、创新能力'], ['2', '数字经济企业数量', '家', '800', '900', '1000']];
    const flat = await parseNotice(text('附件：某区数字经济发展主要指标', [...head, ...rows.flat()]));
    const page = await parseNotice(html('附件：某区数字经济发展主要指标', head, rows), { format: 'html' });
    expect(flat.annexes[0]!.table!.rows.map((r) => [r.number, r.group])).toEqual([
      ['1', '一、产业规模'],
      ['2', '二、创新能力'],
    ]);
    expect(grid(flat)).toEqual(grid(page));
  });
});

describe('group lines in a flattened task table whose measures share a 序号', () => {
  const MEASURE_HEAD = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'];
  // Row 1's second measure follows its first with no serial or 重点任务 of its own (both cells merged).
  const lines = (first: string, second: string) => [
    '某县生态保护修复行动方案', '一、重点任务', ...MEASURE_HEAD,
    first, '1', '推进矿山生态修复', '完成历史遗留矿山治理400亩。', '县自然资源局', '县财政局', '2025年12月底',
    '完成历史遗留矿山治理800亩。', '县自然资源局', '各镇人民政府', '2027年底',
    '2', '实施国土绿化', '每年完成造林1.5万亩。', '县自然资源局', '县林业发展中心', '每年底前',
    second, '3', '开展河湖“清四乱”', '清理河道垃圾、违建、非法采砂。', '县水利局', '县公安局', '持续推进',
    '二、保障措施', '（一）加强组织领导。县生态环境委员会统筹推进。',
  ].join('\n');

  it.each([
    ['（一）山体生态修复', '（二）水生态保护'],
    ['一、山体生态修复', '二、水生态保护'],
  ])('should read the table with group lines %s / %s and a row of two measures, each measure a row', async (first, second) => {
    const doc = await parseNotice(lines(first, second));
    expect(doc.tables!.map((t) => cellsOf(t.table))).toEqual([
      [
        span(first, 6),
        ['1', '推进矿山生态修复', '完成历史遗留矿山治理400亩。', '县自然资源局', '县财政局', '2025年12月底'],
        ['1', '推进矿山生态修复', '完成历史遗留矿山治理800亩。', '县自然资源局', '各镇人民政府', '2027年底'],
        ['2', '实施国土绿化', '每年完成造林1.5万亩。', '县自然资源局', '县林业发展中心', '每年底前'],
        span(second, 6),
        ['3', '开展河湖“清四乱”', '清理河道垃圾、违建、非法采砂。', '县水利局', '县公安局', '持续推进'],
      ],
    ]);
    expect(doc.plan!.tasks.map((t) => [t.number, t.lead, t.participants, t.deadline])).toEqual([
      ['1.1', ['县自然资源局'], ['县财政局'], '2025年12月底'],
      ['1.2', ['县自然资源局'], ['各镇人民政府'], '2027年底'],
      ['2', ['县自然资源局'], ['县林业发展中心'], '每年底前'],
      ['3', ['县水利局'], ['县公安局'], '持续推进'],
    ]);
    // The group lines are the table's rows, no part of the outline to number in sequence.
    expect(doc.outline.map((o) => o.label)).toEqual(['一、', '二、']);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('flat-table-unread');
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('outline-sequence');
  });
});

describe('a flattened task table in an annex whose first row is under a group line', () => {
  const annex = (group: string[], cell: string) =>
    [
      '某县推进县域商业体系建设实施方案',
      '一、重点任务',
      '（一）完善县域商业网络。改造提升县城商业综合体。',
      '附件',
      '重点任务分工表',
      ...TASK_HEAD,
      ...group,
      '1',
      cell,
      '县商务局',
      '县住建局',
      '2025年6月',
      '2',
      '建设乡镇商贸中心',
      '县商务局',
      '各乡镇人民政府',
      '2025年12月',
      '二、健全农村物流配送体系',
      '3',
      '推进共同配送',
      '县供销社',
      '县交通运输局',
      '2025年12月',
    ].join('\n');

  it('should read the table and its tasks when the first row\'s task is a sentence (，/。) under a group line right after the header', async () => {
    const doc = await parseNotice(annex(['一、完善县域商业网络'], '改造县城商业设施，提升商业综合体。'));
    const table = doc.annexes[0]!.table!;
    expect(table.rows.map((r) => r.number)).toEqual(['一、完善县域商业网络', '1', '2', '二、健全农村物流配送体系', '3']);
    expect(table.rows[1]!.cells).toEqual(['1', '改造县城商业设施，提升商业综合体。', '县商务局', '县住建局', '2025年6月']);
    expect(doc.plan!.tasks.map((t) => [t.number, t.path, t.title])).toEqual([
      ['1', ['附件', '一、', '1'], '改造县城商业设施，提升商业综合体。'],
      ['2', ['附件', '一、', '2'], '建设乡镇商贸中心'],
      ['3', ['附件', '二、', '3'], '推进共同配送'],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'flat-table-unread')).toEqual([]);
  });

  it('should end the header at a first group written （一）… or as its number over its name (一 / 完善县域商业网络)', async () => {
    for (const group of [['（一）完善县域商业网络'], ['一', '完善县域商业网络']]) {
      const doc = await parseNotice(annex(group, '改造县城商业设施，提升商业综合体。'));
      expect(doc.annexes[0]!.table?.rows.filter((r) => /^\d$/.test(r.number)).map((r) => r.cells[1])).toEqual(['改造县城商业设施，提升商业综合体。', '建设乡镇商贸中心', '推进共同配送']);
      expect(doc.plan!.tasks.map((t) => t.title)).toEqual(['改造县城商业设施，提升商业综合体。', '建设乡镇商贸中心', '推进共同配送']);
    }
  });

  it('should warn (flat-table-unread) rather than drop silently an annex\'s lines from 序号 on that give no table', async () => {
    const doc = await parseNotice(
      ['某县推进县域商业体系建设实施方案', '一、重点任务', '（一）完善县域商业网络。', '附件', '重点任务分工表', '序号', '工作内容', '说明', '1', '改造县城商业设施，提升商业综合体。', '2', '建设乡镇商贸中心。'].join('\n'),
    );
    expect(doc.annexes[0]!.table).toBeNull();
    expect(doc.annexes[0]!.body.map((b) => b.text)).toContain('序号');
    expect(doc.diagnostics.filter((d) => d.ruleId === 'flat-table-unread').map((d) => d.position?.start.line)).toEqual([6]);
  });
});

describe('a group row in every form', () => {
  it('should give the name once, in its first cell, with no unit column and no indicator reading it (HTML colspan, flattened, Markdown)', async () => {
    const rows = [['一、科技创新类'], ['1', '建设软件产业园', '区工信局', '区财政局', '2024年12月']];
    const page = await parseNotice(html('附件：某区数字经济发展重点任务分解表', TASK_HEAD, rows), { format: 'html' });
    const flat = await parseNotice(text('附件：某区数字经济发展重点任务分解表', [...TASK_HEAD, ...rows.flat()]));
    const md = await parseNotice(
      [...HEAD, '附件：某区数字经济发展重点任务分解表', '', `| ${TASK_HEAD.join(' | ')} |`, '| --- | --- | --- | --- | --- |', '| 一、科技创新类 | | | | |', `| ${rows[1]!.join(' | ')} |`].join('\n'),
      { format: 'markdown' },
    );
    for (const doc of [page, flat, md]) {
      const group = doc.annexes[0]!.table!.rows[0]!;
      expect([group.number, group.indicator, group.cells]).toEqual(['一、科技创新类', '', ['一、科技创新类', '', '', '', '']]);
    }
  });
});
