import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** A plan whose second item names no unit, and an annex table of the columns given, one cell a line. */
const plan = (second: string, columns: string[], rows: string[][]) =>
  parseNotice(
    [
      '某县养老服务体系建设行动方案',
      '一、重点任务',
      '（一）完善养老服务设施。推进县级失能人员集中照护机构建设。（牵头单位：县民政局；配合单位：县财政局）',
      `（二）推进医养结合。${second}`,
      '二、保障措施',
      '（一）加强组织领导。县民政局牵头建立工作推进机制。',
      '附件',
      '某县养老服务体系建设重点任务清单',
      ...columns,
      ...rows.flat(),
    ].join('\n'),
    { format: 'text' },
  );
const TASK_COLUMNS = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
const TASK_ROWS = [
  ['1', '推进医养结合', '县卫生健康局', '县民政局', '2025年12月底'],
  ['2', '培育养老服务人才', '县人力资源社会保障局', '县民政局', '每年底前'],
];
const summary = async (second: string, columns = TASK_COLUMNS, rows = TASK_ROWS) => {
  const doc = await plan(second, columns, rows);
  return {
    tasks: doc.plan!.tasks.map((t) => [t.path.join(''), t.title, t.lead.join('、'), t.participants.join('、'), t.deadline ?? null]),
    unread: doc.diagnostics.filter((d) => d.ruleId === 'task-rows-unread').map((d) => d.line),
  };
};

describe('a task table beside the text, its rows paired with the text', () => {
  it('should give an item naming no unit the units and deadline of the row restating it, and read the rows the text points to as tasks', async () => {
    expect(await summary('具体任务详见附件。')).toEqual({
      tasks: [
        ['一、（一）', '完善养老服务设施', '县民政局', '县财政局', null],
        ['一、（二）', '推进医养结合', '县卫生健康局', '县民政局', '2025年12月底'],
        ['附件2', '培育养老服务人才', '县人力资源社会保障局', '县民政局', '每年底前'],
      ],
      unread: [],
    });
  });

  it('should say which rows are not read as tasks when the text does not point to the table', async () => {
    expect(await summary('推动医疗机构与养老机构签约合作。')).toEqual({
      tasks: [
        ['一、（一）', '完善养老服务设施', '县民政局', '县财政局', null],
        ['一、（二）', '推进医养结合', '县卫生健康局', '县民政局', '2025年12月底'],
      ],
      unread: [19],
    });
  });

  it('should keep a project list (项目名称, 建设单位) a table: its rows are no tasks and nothing is said of them', async () => {
    const columns = ['序号', '项目名称', '建设单位', '建设内容', '完成时限'];
    const rows = [
      ['1', '推进医养结合', '县卫生健康局', '建设医养结合中心', '2025年12月底'],
      ['2', '县社会福利中心', '县民政局', '新建床位200张', '2026年底'],
    ];
    expect(await summary('具体任务详见附件。', columns, rows)).toEqual({
      tasks: [['一、（一）', '完善养老服务设施', '县民政局', '县财政局', null]],
      unread: [],
    });
  });

  it('should say of each row not read where the row stands, its number, task and lead', async () => {
    const rows = [...TASK_ROWS, ['3', '建设智慧养老平台', '县民政局', '县数据局', '2025年6月']];
    const doc = await plan('推动医疗机构与养老机构签约合作。', TASK_COLUMNS, rows);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'task-rows-unread').map((d) => [d.line, d.message])).toEqual([
      [
        19,
        'row 2 of the task table in 附件 (培育养老服务人才, led by 县人力资源社会保障局) restates no task or item of the text ' +
          "(its task cell is no task's title or opening, nor close to the title of one 县人力资源社会保障局 leads) and the text does not point to the table, " +
          'so it is not read as a task and its units are named only in the table: ' +
          "if it restates a task, write that task's title in its task cell; if it is a task of its own, point to the table from the text (详见附件)",
      ],
      [
        24,
        'row 3 of the task table in 附件 (建设智慧养老平台, led by 县民政局) restates no task or item of the text ' +
          "(its task cell is no task's title or opening, nor close to the title of one 县民政局 leads) and the text does not point to the table, " +
          'so it is not read as a task and its units are named only in the table: ' +
          "if it restates a task, write that task's title in its task cell; if it is a task of its own, point to the table from the text (详见附件)",
      ],
    ]);
  });

  describe('a row restating a task of the text printed otherwise', () => {
    // （一）完善养老服务设施 (县民政局) gives no deadline: the row restating it gives its own, and is no task unread.
    it.each([
      ['a closing 。', '完善养老服务设施。'],
      ['the item number written in', '（一）完善养老服务设施'],
      ['a figure and a dot before it', '1.完善养老服务设施'],
      ['a closing 工作', '完善养老服务设施工作'],
      ['a closing 行动 under another lead', '完善养老服务设施行动'],
    ])('should pair it with the task: %s', async (_name, title) => {
      const rows = [['1', title, title.endsWith('行动') ? '县发展改革局' : '县民政局', '县财政局', '2025年12月底']];
      const { tasks, unread } = await summary('推动医疗机构与养老机构签约合作。', TASK_COLUMNS, rows);
      expect(tasks[0]).toEqual(['一、（一）', '完善养老服务设施', '县民政局', '县财政局', '2025年12月底']);
      expect(unread).toEqual([]);
    });
  });

  describe('a row restating a task of the text in other words, beside the same lead', () => {
    // （一） 完善养老服务设施 is led by 县民政局, （二） 推进医养结合 by 县卫生健康局 (its clause given here).
    // The table's cells one a line: the header at lines 9–13, the row at 14.
    const led = '推动医疗机构与养老机构签约合作。（牵头单位：县卫生健康局）';

    it.each([
      ['its title with words added', '推进县级养老服务设施建设', '县民政局'],
      ['a sentence of its text, a word left out', '推进县级失能人员照护机构建设', '县民政局'],
      ['its title with another verb and other words', '深化医养融合发展', '县卫生健康局'],
      ['its lead in the short form', '深化医养融合发展', '县卫健局'],
    ])('should not call it unread: %s', async (_name, title, lead) => {
      const rows = [['1', title, lead, '县财政局', '2025年12月底']];
      expect((await summary(led, TASK_COLUMNS, rows)).unread).toEqual([]);
    });

    it.each([
      ['close words under another lead', '深化医养融合发展', '县民政局'],
      ['the same lead over other work', '建设智慧养老平台', '县民政局'],
    ])('should still call it unread: %s', async (_name, title, lead) => {
      const rows = [['1', title, lead, '县财政局', '2025年12月底']];
      expect((await summary(led, TASK_COLUMNS, rows)).unread).toEqual([14]);
    });

    it('should not read it as a task where the text points to the table, nor give the text its units', async () => {
      const rows = [['1', '深化医养融合发展', '县卫生健康局', '县民政局', '2025年12月底']];
      expect(await summary(`具体任务详见附件。${led}`, TASK_COLUMNS, rows)).toEqual({
        tasks: [
          ['一、（一）', '完善养老服务设施', '县民政局', '县财政局', null],
          ['一、（二）', '推进医养结合', '县卫生健康局', '', null],
        ],
        unread: [],
      });
    });
  });
});
