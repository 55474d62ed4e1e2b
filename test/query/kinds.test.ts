import { describe, expect, it } from 'vitest';
import { annexTextColumns, annexValueColumns, groupRowCells, queryAnnex } from '../../src/query/annex.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { queryGoals } from '../../src/query/goals.js';
import { queryMetadata } from '../../src/query/metadata.js';
import { fixture, SEED } from './seed.js';

describe('queryGoals', () => {
  it('should list the numeric targets of the seed notice', async () => {
    const rows = await queryGoals(await fixture(SEED));
    expect(rows).toHaveLength(14);
    expect(rows[0]).toMatchObject({ indicator: '研发支出与地区生产总值之比', value: 2.59, unit: '%', year: 2022, source: SEED });
  });

  it('should grep indicators and their sentences', async () => {
    expect((await queryGoals(await fixture(SEED), { grep: '發明專利' })).map((r) => r.indicator)).toEqual(['全区有效发明专利']);
    // A word that one target of a sentence names finds that target, not the others of its sentence.
    expect((await queryGoals(await fixture(SEED), { grep: '瞪羚' })).map((r) => r.indicator)).toEqual(['“瞪羚”企业']);
  });

  it('should find every target of a sentence by a word only the sentence says', async () => {
    const rows = await queryGoals(await fixture(SEED), { grep: '分别达到' });
    expect(rows.map((r) => r.indicator)).toEqual(['全区高新技术企业总量', '“雏鹰”企业', '“瞪羚”企业', '科技领军(培育)企业']);
  });
});

describe('queryAnnex', () => {
  it('should list the rows of the yearly table with their values by year', async () => {
    const doc = await fixture(SEED);
    const rows = await queryAnnex(doc);
    expect(rows).toHaveLength(7);
    expect(rows[1]).toMatchObject({ number: '2', indicator: '全区有效发明专利', unit: '件', values: { '2020': 1140, '2021': 1155, '2022': 1170 } });
    expect(rows[1]?.annex.label).toBe('附件');
    expect(annexValueColumns(doc)).toEqual(['2020', '2021', '2022']);
  });

  it('should name the value columns by their years where the headers write 2023年', async () => {
    const doc = await fixture('fixtures/styles/annex-titled-year-headers.html');
    expect(annexValueColumns(doc)).toEqual(['2023', '2024', '2025']);
    expect((await queryAnnex(doc))[0]).toMatchObject({ indicator: '接待游客人次', unit: '万人次', values: { '2023': 1200, '2024': 1350, '2025': 1500 } });
  });

  it('should show a category row spanning a table of text once, not under every column', async () => {
    const rows = await queryAnnex(await fixture('fixtures/styles/annex-units-captions-project-list.txt'));
    const heading = rows.find((r) => r.annex.label === '附件3' && r.number === '一、妇幼健康');
    expect(heading?.columns).toEqual({ 序号: '一、妇幼健康', 重点任务: '', 牵头单位: '', 配合单位: '', 完成时限: '' });
  });

  it('should show a group row numbered under 序号, its name spanning the rest (colspan), with the name once', async () => {
    const html = [
      '<html><head><meta charset="utf-8"><title>某市2024年老旧小区改造工作实施方案</title></head><body>',
      '<h1>某市2024年老旧小区改造工作实施方案</h1>',
      '<p>一、工作目标</p><p>2024年，全市改造老旧小区100个。</p>',
      '<p>附件</p><p>某市2024年老旧小区改造重点任务清单</p>',
      '<table border="1">',
      '<tr><td>序号</td><td>任务内容</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>',
      '<tr><td>一</td><td colspan="4">项目谋划</td></tr>',
      '<tr><td>1</td><td>完成项目库建设</td><td>市住房城乡建设局</td><td>市财政局</td><td>2024年3月底前</td></tr>',
      '</table></body></html>',
    ].join('\n');
    const doc = await parseNotice(Buffer.from(html), { name: 'group-rows.html' });
    const rows = await queryAnnex(doc);
    expect(rows[0]?.columns).toEqual({ 序号: '一', 任务内容: '项目谋划', 牵头单位: '', 配合单位: '', 完成时限: '' });
    expect(rows[1]?.columns).toEqual({ 序号: '1', 任务内容: '完成项目库建设', 牵头单位: '市住房城乡建设局', 配合单位: '市财政局', 完成时限: '2024年3月底前' });
  });

  it('should show a group row of a tab-separated table (一<TAB>项目谋划) with the name once', async () => {
    const text = [
      '某市2024年老旧小区改造工作实施方案',
      '',
      '一、工作目标',
      '2024年，全市改造老旧小区100个。',
      '',
      '附件',
      '某市2024年老旧小区改造重点任务清单',
      '序号\t任务内容\t牵头单位\t配合单位\t完成时限',
      '一\t项目谋划',
      '1\t完成项目库建设\t市住房城乡建设局\t市财政局\t2024年3月底前',
      '二\t项目实施',
      '2\t推进管线改造\t各区（市）人民政府\t市水务局\t2024年10月底前',
      '',
    ].join('\n');
    const rows = await queryAnnex(await parseNotice(Buffer.from(text), { name: 'group-rows.txt' }));
    expect(rows.map((r) => Object.values(r.columns ?? {}))).toEqual([
      ['一', '项目谋划', '', '', ''],
      ['1', '完成项目库建设', '市住房城乡建设局', '市财政局', '2024年3月底前'],
      ['二', '项目实施', '', '', ''],
      ['2', '推进管线改造', '各区（市）人民政府', '市水务局', '2024年10月底前'],
    ]);
  });

  it.each([
    [['一、项目谋划', '一、项目谋划', '一、项目谋划'], '一、项目谋划', ['一、项目谋划', '', '']],
    [['一', '项目谋划', '项目谋划', '项目谋划'], '一', ['一', '项目谋划', '', '']],
    [['1', '扩大有效投资', '扩大有效投资'], '1', ['1', '扩大有效投资', '']],
  ])('should read %j as a group row shown %j', (cells, number, shown) => expect(groupRowCells(cells, number)).toEqual(shown));

  it.each([
    [['1', '完成项目库建设', '市住房城乡建设局', '市财政局', '2024年3月底前'], '1'],
    [['1', '推进改造', '市住建局', '市住建局'], '1'],
    [['一', '项目谋划'], '一'],
    [['', '项目谋划', '项目谋划'], ''],
  ])('should read %j as no group row', (cells, number) => expect(groupRowCells(cells, number)).toBeNull());

  it('should give the rows of a text annex its cells by column header, and none to a table of figures', async () => {
    const doc = await fixture('fixtures/styles/task-table-only.txt');
    const rows = await queryAnnex(doc);
    expect(rows[2]?.columns).toEqual({ 序号: '3', 工作任务: '实施农村人居环境整治', 责任单位: '县住建局牵头，县生态环境局配合', 配合单位: '', 完成时限: '2024年12月' });
    expect(annexTextColumns(doc)).toEqual(['序号', '工作任务', '责任单位', '配合单位', '完成时限']);
    expect(annexTextColumns(doc, true)).toEqual(['责任单位', '配合单位', '完成时限']);
    expect((await queryAnnex(await fixture(SEED)))[0]).not.toHaveProperty('columns');
  });

  it('should give the rows of a table of figures its columns of words by header (责任单位, 备注), beside their figures', async () => {
    const doc = await parseNotice(
      [
        '河西区数字经济行动方案（2023—2025年）', '', '一、工作目标', '', '到2025年，全区数字化车间达到30家。', '', '附件', '', '重点指标年度分解表', '',
        '序号\t指标\t单位\t2023年\t2024年\t2025年\t责任单位\t备注',
        '1\t数字经济核心产业增加值（亿元）\t亿元\t100\t110\t120\t区发展改革委\t预期性',
        '2\t数字化车间数量\t家\t20\t25\t30\t区工信局\t',
        '',
      ].join('\n'),
    );
    const rows = await queryAnnex(doc);
    expect(rows.map((r) => [r.indicator, r.values, r.columns])).toEqual([
      ['数字经济核心产业增加值', { 2023: 100, 2024: 110, 2025: 120 }, { 责任单位: '区发展改革委', 备注: '预期性' }],
      ['数字化车间数量', { 2023: 20, 2024: 25, 2025: 30 }, { 责任单位: '区工信局', 备注: '' }],
    ]);
    // 序号, 指标 and 单位 are the rows' number, indicator and unit, the years their values: no column of their own.
    expect(annexTextColumns(doc, true)).toEqual(['责任单位', '备注']);
  });

  it('should show the indicator with the note its 单位 cell gave it, and no 指标 column beside it', async () => {
    const doc = await fixture('fixtures/validate/long-indicator-names.txt');
    const rows = await queryAnnex(doc);
    expect(rows.slice(3).map((r) => [r.indicator, r.unit, r.values, r.columns])).toEqual([
      ['规模以上工业企业研发经费内部支出（当年）', '亿元', { 2023: 45, 2024: 52, 2025: 58 }, undefined],
      ['省级以上企业技术中心（累计）', '家', { 2023: 25, 2024: 30, 2025: 35 }, undefined],
    ]);
    expect(annexTextColumns(doc, true)).toEqual([]);
  });

  it.each([['fixtures/styles/annex-two-tables.html'], ['fixtures/styles/annex-two-tables-flattened.txt']])(
    'should list the rows of an annex\'s later table after its first, with the later table\'s caption (%s)',
    async (file) => {
      const doc = await fixture(file);
      const rows = await queryAnnex(doc);
      const later = rows.filter((r) => r.caption !== undefined);
      expect(later.map((r) => [r.annex.label, r.caption, r.number, r.indicator, r.columns?.['责任单位']])).toEqual([
        ['附件1', '重点项目表', '1', '城市算力中心', '区发展改革委'],
        ['附件1', '重点项目表', '2', '工业互联网平台', '区工业和信息化局'],
      ]);
      // The first table's rows come first and carry no caption.
      expect(rows[0]).toMatchObject({ indicator: '数字经济核心产业增加值', values: { '2024': 100, '2025': 120 } });
      expect(rows[0]).not.toHaveProperty('caption');
      expect(annexTextColumns(doc)).toEqual(['序号', '项目名称', '建设内容', '责任单位']);
    },
  );

  it('should grep indicators', async () => {
    const rows = await queryAnnex(await fixture(SEED), { grep: '企业数量' });
    expect(rows.map((r) => r.number)).toEqual(['3', '4', '5', '6']);
  });

  const PROJECT_LIST = [
    '某区城市更新行动实施方案',
    '',
    '一、重点任务',
    '',
    '（一）推进老旧小区改造。完善小区基础设施。（责任单位：区住建局）',
    '',
    '附件：某区城市更新重点项目清单',
    '',
    '附件',
    '',
    '某区城市更新重点项目清单',
    '',
    '序号\t项目名称\t建设内容\t总投资（万元）\t责任单位',
    '1\t万寿桥片区老旧小区改造\t改造小区8个\t12000\t区住建局',
    '2\t宝塔河片区设备更新\t购置设备200台（套）\t18000\t区经信局',
    '3\t伍家岗大道雨污分流改造\t改造管网35公里\t9500\t区水利和湖泊局',
    '',
  ].join('\n');

  it('should show every column of a project list with a short 建设内容, its 责任单位 too', async () => {
    const rows = await queryAnnex(await parseNotice(Buffer.from(PROJECT_LIST), { name: 'projects.txt' }));
    expect(rows[1]?.columns).toEqual({ 序号: '2', 项目名称: '宝塔河片区设备更新', 建设内容: '购置设备200台（套）', '总投资（万元）': '18000', 责任单位: '区经信局' });
  });

  it('should grep every cell of a row: a unit under 责任单位, a word of a 建设内容, not across two cells', async () => {
    const doc = await parseNotice(Buffer.from(PROJECT_LIST), { name: 'projects.txt' });
    expect((await queryAnnex(doc, { grep: '水利' })).map((r) => r.number)).toEqual(['3']);
    expect((await queryAnnex(doc, { grep: '改造小区' })).map((r) => r.number)).toEqual(['1']);
    expect((await queryAnnex(doc, { grep: '區經信局' })).map((r) => r.number)).toEqual(['2']);
    expect(await queryAnnex(doc, { grep: '8个12000' })).toEqual([]);
  });
});

describe('queryMetadata', () => {
  it('should give the header of each document', async () => {
    const [row] = queryMetadata(await fixture(SEED));
    expect(row).toMatchObject({
      indexNumber: '11120102MB1715518C/2022-00014',
      issuer: '天津市河东区人民政府办公室',
      documentNumber: { raw: '河东政办函〔2022〕10号', year: 2022, serial: 10 },
      validity: '有效',
      source: SEED,
    });
  });
});
