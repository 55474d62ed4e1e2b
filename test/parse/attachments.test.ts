import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const notice = (list: string) =>
  parseNotice(['某区人民政府关于印发某区工作方案的通知', '各街道管理办：', '现将《某区工作方案》印发给你们。', list, '某区人民政府', '2024年1月1日'].join('\n\n'), {
    format: 'text',
  });

describe('the list of annexes of a notice', () => {
  it('should name each numbered entry, the later ones on lines of their own, whatever the width of the digits', async () => {
    const doc = await notice('附件：１．某区指标表\n\n２．某区任务表');
    expect(doc.notice!.attachments.map((a) => [a.label, a.title])).toEqual([
      ['附件1', '某区指标表'],
      ['附件2', '某区任务表'],
    ]);
    expect(doc.outline).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it.each([
    ['numbered, on lines of their own', '附件：1.某区指标表\n　　　2.某区任务表'],
    ['numbered, run on in one line', '附件：1.某区指标表；2.某区任务表'],
    ['one title', '附件：某区重点任务分解表'],
    ['under a bare label', '附件：\n1.某区指标表\n2.某区任务表'],
  ])('should hold the list (%s) in attachments only, no line of it in the notice body', async (_how, list) => {
    const doc = await notice(list);
    expect(doc.notice!.attachments.length).toBeGreaterThan(0);
    expect(doc.notice!.body.map((p) => p.text)).toEqual(['现将《某区工作方案》印发给你们。']);
  });

  it.each([
    ['after a space', '附件：1.某区数字经济指标表　2.某区重点项目清单'],
    ['run together', '附件：1.某区数字经济指标表2.某区重点项目清单'],
  ])('should split the numbered titles one line runs on (%s), each placed at its own part of the line', async (_how, line) => {
    const doc = await notice(line);
    const listed = doc.notice!.attachments;
    expect(listed.map((a) => [a.label, a.title])).toEqual([
      ['附件1', '某区数字经济指标表'],
      ['附件2', '某区重点项目清单'],
    ]);
    expect(listed[1]!.position.start.column).toBe(line.indexOf('2.') + 1);
  });

  it.each([
    ['on lines of their own', '附件：（1）某区安全生产工作要点\n　　　（2）某区安全生产责任清单'],
    ['half-width, on lines of their own', '附件：(1)某区安全生产工作要点\n(2)某区安全生产责任清单'],
    ['run on in one line', '附件：（1）某区安全生产工作要点（2）某区安全生产责任清单'],
  ])('should read a list numbered in brackets (%s) as 附件1, 附件2, the number no part of the title', async (_how, list) => {
    const doc = await notice(list);
    expect(doc.notice!.attachments.map((a) => [a.label, a.title])).toEqual([
      ['附件1', '某区安全生产工作要点'],
      ['附件2', '某区安全生产责任清单'],
    ]);
    expect(doc.outline).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it.each([
    ['run on after a semicolon', '附件：1.某区安全生产工作要点；2.某区安全生产责任清单'],
    ['run on after a half-width comma and space', '附件：1.某区安全生产工作要点, 2.某区安全生产责任清单'],
    ['on lines of their own, each closed by a semicolon', '附件：1.某区安全生产工作要点；\n2.某区安全生产责任清单'],
    ['on lines closed by 、', '附件：1.某区安全生产工作要点、\n2.某区安全生产责任清单'],
  ])('should read entries %s without the separator in the title', async (_how, list) => {
    const doc = await notice(list);
    expect(doc.notice!.attachments.map((a) => [a.label, a.title])).toEqual([
      ['附件1', '某区安全生产工作要点'],
      ['附件2', '某区安全生产责任清单'],
    ]);
  });

  it.each([
    ['titles in 《》', '附件：《某区安全生产工作要点》、《某区安全生产责任清单》', ['《某区安全生产工作要点》', '《某区安全生产责任清单》']],
    ['bare titles that each end as a document does', '附件：某区安全生产工作要点、某区安全生产责任清单', ['某区安全生产工作要点', '某区安全生产责任清单']],
    ['tables', '附件：某区项目申报表、某区项目汇总表', ['某区项目申报表', '某区项目汇总表']],
  ])('should read %s apart by 、 after the label as several annexes', async (_what, list, titles) => {
    const doc = await notice(list);
    expect(doc.notice!.attachments.map((a) => [a.label, a.title])).toEqual(titles.map((t) => ['附件', t]));
    expect(doc.notice!.attachments[1]!.position.start.column).toBe(list.indexOf('、') + 2);
  });

  it.each([['附件：某区农业、林业发展规划'], ['附件：某区城市更新、老旧小区改造工作方案'], ['附件：《某区农业、林业发展规划》']])(
    'should keep %s one title: a 、 between words of one title',
    async (line) => {
      const doc = await notice(line);
      expect(doc.notice!.attachments.map((a) => [a.label, a.title])).toEqual([['附件', line.slice('附件：'.length)]]);
    },
  );

  it.each([
    ['（略）', '附件：1.某市燃气安全工作方案\n2.某市燃气安全联络员名单（略）'],
    ['(略)', '附件：1.某市燃气安全工作方案\n2.某市燃气安全联络员名单(略)'],
    ['（附件略）', '附件：1.某市燃气安全工作方案\n2.某市燃气安全联络员名单（附件略）'],
  ])('should read an annex marked %s as omitted on purpose, the mark no part of its title', async (_mark, list) => {
    const doc = await notice(list);
    expect(doc.notice!.attachments.map((a) => [a.label, a.title, a.omitted])).toEqual([
      ['附件1', '某市燃气安全工作方案', undefined],
      ['附件2', '某市燃气安全联络员名单', true],
    ]);
  });

  it.each([['附件：1.某区2.0版数字经济指标表'], ['附件：1.关于第2、3批项目的实施清单'], ['附件：1.某区指标表3.某区项目表']])(
    'should keep %s one title: a number that is a figure, a list in the title, or one that does not count up by one',
    async (line) => {
      const doc = await notice(line);
      expect(doc.notice!.attachments.map((a) => [a.label, a.title])).toEqual([['附件1', line.slice('附件：1.'.length)]]);
    },
  );

  it('should split a Markdown list of annexes whose 2. the paragraph above took in', async () => {
    const doc = await parseNotice(
      '# 某区人民政府关于印发某方案的通知\n\n各街道办事处：\n\n现将《某方案》印发给你们。\n\n附件：1. 某区数字经济指标表\n2. 某区重点项目清单\n\n某区人民政府\n\n2024年3月1日\n',
      { format: 'markdown' },
    );
    expect(doc.notice!.attachments.map((a) => [a.label, a.title, a.position.start.line])).toEqual([
      ['附件1', '某区数字经济指标表', 7],
      ['附件2', '某区重点项目清单', 8],
    ]);
    expect(doc.notice!.signatories).toEqual(['某区人民政府']);
  });

  it('should leave out the file type a download link shows after an annex’s name', async () => {
    const doc = await notice('附件：1.某区目标任务分解表.docx\n\n2.某区重点项目清单.XLSX');
    expect(doc.notice!.attachments.map((a) => [a.label, a.title])).toEqual([
      ['附件1', '某区目标任务分解表'],
      ['附件2', '某区重点项目清单'],
    ]);
  });

  it('should keep a name whose last word only looks like a file type', async () => {
    const doc = await notice('附件：某区2.0版数字化转型方案');
    expect(doc.notice!.attachments.map((a) => a.title)).toEqual(['某区2.0版数字化转型方案']);
  });

  it('should keep a single annex as it is written', async () => {
    const doc = await notice('附件：某区重点任务分解表');
    expect(doc.notice!.attachments.map((a) => [a.label, a.title])).toEqual([['附件', '某区重点任务分解表']]);
  });

  it('should title the plan printed right under its 附件 line by that line, and list no annex for it', async () => {
    const lines = ['某区人民政府关于印发某区托育服务实施方案的通知', '各街道管理办：', '现将《某区托育服务实施方案》印发给你们。', '某区人民政府', '2024年1月1日',
      '附件：某区托育服务实施方案', '为发展托育服务，制定本方案。', '一、工作目标', '到2025年，普惠托位占比达到60%以上。', '二、主要任务', '（一）增加托位供给。（牵头单位：区卫生健康委）'];
    const doc = await parseNotice(lines.join('\n\n'), { format: 'text' });
    expect(doc.plan!.title).toBe('某区托育服务实施方案');
    expect(doc.plan!.titlePosition!.start).toMatchObject({ line: 11, column: 4 });
    expect(doc.plan!.attachments).toEqual([]);
    expect(doc.plan!.preamble.map((p) => p.text)).toEqual(['为发展托育服务，制定本方案。']);
    expect(doc.notice!.attachments).toEqual([]);
  });

  it('should keep a 附件 line a listed annex when the plan under it has a title line of its own', async () => {
    const lines = ['某区人民政府关于印发某区托育服务实施方案的通知', '各街道管理办：', '现将《某区托育服务实施方案》印发给你们。', '某区人民政府', '2024年1月1日',
      '附件：某区托育服务实施方案', '某区托育服务实施方案', '一、工作目标', '到2025年，普惠托位占比达到60%以上。', '二、主要任务', '（一）增加托位供给。（牵头单位：区卫生健康委）'];
    const doc = await parseNotice(lines.join('\n\n'), { format: 'text' });
    expect(doc.plan!.title).toBe('某区托育服务实施方案');
    expect(doc.plan!.titlePosition!.start).toMatchObject({ line: 13, column: 1 });
    expect(doc.plan!.attachments.map((a) => a.title)).toEqual(['某区托育服务实施方案']);
  });
});

describe('downloads of annexes the plan lists', () => {
  it('should give a listed annex the address of its download below, not list it twice, nor add the download to the last safeguard', async () => {
    const html =
      '<html><body><p>某区数字经济行动方案</p><p>一、重点任务</p><p>1.建设数据中心。（牵头单位：区科技局）</p><p>二、保障措施</p><p>（一）强化资金保障。</p>' +
      '<p>附件：某区数字经济重点项目清单</p><div class="fjxz">相关附件：<a href="/f/list.xls">某区数字经济重点项目清单.xls</a></div></body></html>';
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.plan?.attachments.map((a) => [a.title, a.href])).toEqual([['某区数字经济重点项目清单', '/f/list.xls']]);
    expect(doc.plan?.safeguards.map((g) => [g.title, g.text])).toEqual([['强化资金保障', '']]);
    expect(doc.unparsed).toEqual([]);
  });
});

describe('a text page\'s downloads under an annex table flattened one cell per line', () => {
  const page = (...tail: string[]) =>
    [
      '某区养老服务实施方案', '', '一、重点任务', '', '（一）街道综合养老服务中心建设。2024年底前实现全覆盖。（责任单位：区民政局）', '',
      '（二）老年助餐点建设。2025年6月底前建成一批助餐点。（责任单位：区民政局）', '',
      '附件：某区养老服务重点任务清单', '', '附件', '', '某区养老服务重点任务清单', '',
      '序号', '重点任务', '牵头单位', '完成时限', '1', '街道综合养老服务中心建设', '区民政局', '2024年12月', '2', '老年助餐点建设', '区民政局', '2025年6月', '',
      ...tail,
    ].join('\n');
  const ROWS = [
    ['1', '街道综合养老服务中心建设', '区民政局', '2024年12月'],
    ['2', '老年助餐点建设', '区民政局', '2025年6月'],
  ];
  const read = async (text: string) => {
    const doc = await parseNotice(text, { format: 'text' });
    const annex = doc.annexes[0]!;
    return {
      rows: annex.table?.rows.map((r) => r.cells),
      body: annex.body?.map((b) => b.text) ?? [],
      attachments: doc.plan!.attachments.map((a) => [a.title, a.href]),
      chrome: doc.chrome.map((c) => c.text),
      warnings: doc.diagnostics.map((d) => d.ruleId),
    };
  };

  it('should read 相关附件： over the annex\'s file name as its download, not as cells of the last row', async () => {
    expect(await read(page('相关附件：', '某区养老服务重点任务清单.docx', ''))).toEqual({
      rows: ROWS, body: [], attachments: [['某区养老服务重点任务清单', undefined]], chrome: [], warnings: [],
    });
  });

  it('should read the label and its file on one line (附件下载：….pdf) the same way', async () => {
    const got = await read(page('附件下载：某区养老服务重点任务清单.pdf', ''));
    expect([got.rows, got.body, got.warnings]).toEqual([ROWS, [], []]);
  });

  it('should set 政策解读：… above the downloads and the pager below them aside as the page\'s furniture', async () => {
    const got = await read(page('政策解读：《某区养老服务实施方案》解读', '相关附件：', '某区养老服务重点任务清单.docx', '上一篇：某区2024年防汛抗旱工作方案', ''));
    expect(got).toEqual({
      rows: ROWS, body: [], attachments: [['某区养老服务重点任务清单', undefined]],
      chrome: ['政策解读：《某区养老服务实施方案》解读', '上一篇：某区2024年防汛抗旱工作方案'], warnings: [],
    });
  });

  it('should end the table at a download with text after it, which stays the annex\'s text', async () => {
    const got = await read(page('相关附件：', '某区养老服务重点任务清单.xlsx', '', '说明：以上任务按季度调度。', ''));
    expect([got.rows, got.body, got.warnings]).toEqual([ROWS, ['相关附件：', '某区养老服务重点任务清单.xlsx', '说明：以上任务按季度调度。'], []]);
  });

  it('should end the table at a file\'s name without a label, kept as the annex\'s text', async () => {
    const got = await read(page('某区养老服务重点任务清单.wps', '', '说明：以上任务按季度调度。', ''));
    expect([got.rows, got.body, got.warnings]).toEqual([ROWS, ['某区养老服务重点任务清单.wps', '说明：以上任务按季度调度。'], []]);
  });
});

describe('附件： alone on its line over a numbered list', () => {
  it('should read 附件： alone on its line over numbered titles as the list, the notice signed and dated under it', async () => {
    const doc = await notice('附件：\n1.某区指标表\n2.某区任务表');
    expect(doc.notice!.attachments.map((a) => [a.label, a.title, a.position.start.line])).toEqual([
      ['附件1', '某区指标表', 7],
      ['附件2', '某区任务表', 9],
    ]);
    expect([doc.notice!.signatories, doc.notice!.date]).toEqual([['某区人民政府'], '2024-01-01']);
    expect(doc.annexes).toEqual([]);
    expect(doc.outline).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it('should read 附件： alone over numbered titles after the signature as the plan\'s list, placed from the label on, the annexes printed later read as usual', async () => {
    const lines = ['某区人民政府关于印发某区托育服务实施方案的通知', '各街道管理办：', '现将《某区托育服务实施方案》印发给你们。', '某区人民政府', '2024年1月1日',
      '某区托育服务实施方案', '一、主要任务', '（一）增加托位供给。（牵头单位：区卫生健康委）', '附件：', '1.某区托位建设表', '2.某区托育机构名单', '附件1', '某区托位建设表', '附件2', '某区托育机构名单', '全区新建托育机构5家。'];
    const doc = await parseNotice(lines.join('\n\n'), { format: 'text' });
    expect(doc.plan!.attachments.map((a) => [a.label, a.title])).toEqual([
      ['附件1', '某区托位建设表'],
      ['附件2', '某区托育机构名单'],
    ]);
    expect(doc.annexes.map((a) => [a.label, a.title])).toEqual([
      ['附件1', '某区托位建设表'],
      ['附件2', '某区托育机构名单'],
    ]);
    // The label's line is placed with the first entry, as on 附件：1.… written on one line.
    expect(doc.plan!.attachments.map((a) => [a.position.start.line, a.position.end.line])).toEqual([[17, 19], [21, 21]]);
  });

  it.each([
    ['no colon', '附件\n\n1.某区托位建设表'],
    ['a number', '附件1：\n\n1.某区托位建设表'],
    ['a table right under its numbered title', '附件：\n\n1.某区托位建设表\n\n序号\t项目\t托位\n1\t某中心\t60'],
  ])('should read a bare annex heading with %s as the annex printed under it, listing none', async (_what, annex) => {
    const lines = ['某区人民政府关于印发某区托育服务实施方案的通知', '各街道管理办：', '现将《某区托育服务实施方案》印发给你们。', '某区人民政府', '2024年1月1日',
      '某区托育服务实施方案', '一、主要任务', '（一）增加托位供给。（牵头单位：区卫生健康委）'];
    const doc = await parseNotice(`${lines.join('\n\n')}\n\n${annex}`, { format: 'text' });
    expect(doc.plan!.attachments).toEqual([]);
    expect(doc.annexes).toHaveLength(1);
  });
});

describe('a title in the list of annexes run on to a line set in under it (GB/T 9704)', () => {
  const text = (list: string[]): string =>
    ['某县人民政府办公室关于印发某县重点民生实事项目实施方案的通知', '', '各乡镇人民政府，县直各单位：', '　　现将《某县重点民生实事项目实施方案》印发给你们，请认真贯彻落实。', '', ...list, '', '某县人民政府办公室', '2024年3月12日'].join('\n');
  const titles = async (list: string[]) => {
    const doc = await parseNotice(text(list), { format: 'text' });
    return { attachments: doc.notice!.attachments.map((a) => [a.label, a.title]), body: doc.notice!.body.map((b) => b.text) };
  };

  it('should join a numbered entry\'s title with its run-on line', async () => {
    const read = await titles(['　　附件：1．某县2024年重点民生实事项目任务分解表', '　　　　　2．某县2024年重点民生实事项目', '　　　　　　调度表']);
    expect(read.attachments).toEqual([
      ['附件1', '某县2024年重点民生实事项目任务分解表'],
      ['附件2', '某县2024年重点民生实事项目调度表'],
    ]);
    expect(read.body).toEqual(['现将《某县重点民生实事项目实施方案》印发给你们，请认真贯彻落实。']);
  });

  it('should join a single annex\'s title with its run-on line, not leave it in the body', async () => {
    const read = await titles(['　　附件：某县2024年重点民生实事项目任务分解表及', '　　　　　进度调度表']);
    expect(read.attachments).toEqual([['附件', '某县2024年重点民生实事项目任务分解表及进度调度表']]);
    expect(read.body).toEqual(['现将《某县重点民生实事项目实施方案》印发给你们，请认真贯彻落实。']);
  });

  it('should join a title whose run-on is set in with ideographic spaces after a first entry of a second list form', async () => {
    const read = await titles(['　　附件：（1）某县重点民生实事项目任务', '　　　　　　分解表', '　　　　　（2）某县重点民生实事项目调度表']);
    expect(read.attachments).toEqual([
      ['附件1', '某县重点民生实事项目任务分解表'],
      ['附件2', '某县重点民生实事项目调度表'],
    ]);
  });

  it('should not join a line set in under a whole title, nor one flush with the entry', async () => {
    const read = await titles(['　　附件：1．某县重点民生实事项目任务分解表', '　　　　　　说明事项见附件']);
    expect(read.attachments[0]).toEqual(['附件1', '某县重点民生实事项目任务分解表']);
    const flush = await titles(['　　附件：某县重点民生实事项目任务', '　　分解表']);
    expect(flush.attachments).toEqual([['附件', '某县重点民生实事项目任务']]);
  });
});
