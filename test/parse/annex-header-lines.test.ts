import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { formHeaderCells } from '../../src/parse/blank-form.js';

const notice = (...annex: string[]) => ['某区数字经济发展规划（2021—2025年）', '一、重点任务', '（一）发展研学旅游。（牵头单位：区教育局）', ...annex].join('\n');

describe('an annex table flattened one cell per line without a 序号 column', () => {
  it('should end the title where the header starts (指标 / 单位 / 2020年（基期） …) and read the rows', async () => {
    const doc = await parseNotice(
      notice('附件', '某区数字经济发展主要指标', '指标', '单位', '2020年（基期）', '2025年（目标）', '属性', '数字经济增加值', '亿元', '120', '200', '预期性', '5G基站数量', '个', '800', '3000', '约束性'),
    );
    const annex = doc.annexes[0]!;
    expect(annex.title).toBe('某区数字经济发展主要指标');
    expect(annex.body).toEqual([]);
    expect(annex.table!.rows.map((r) => [r.indicator, r.unit, r.values, r.cells[4]])).toEqual([
      ['数字经济增加值', '亿元', { 2020: 120, 2025: 200 }, '预期性'],
      ['5G基站数量', '个', { 2020: 800, 2025: 3000 }, '约束性'],
    ]);
  });

  it('should read such a table of text (重点任务 / 牵头单位 / 完成时限) under a title that is no column name', async () => {
    const doc = await parseNotice(notice('附件', '重点任务分工', '重点任务', '牵头单位', '完成时限', '建设研学基地', '区教育局', '2025年底', '打造旅游线路', '区文旅局', '2024年底'));
    const annex = doc.annexes[0]!;
    expect(annex.title).toBe('重点任务分工');
    expect(annex.table!.columns).toEqual(['重点任务', '牵头单位', '完成时限']);
    expect(annex.table!.rows.map((r) => r.cells)).toEqual([
      ['建设研学基地', '区教育局', '2025年底'],
      ['打造旅游线路', '区文旅局', '2024年底'],
    ]);
  });

  it('should end the title at 主要指标 heading the indicator column under it (主要指标 / 计量单位 / 2023年 …)', async () => {
    const doc = await parseNotice(
      notice('附件', '某区制造业创新能力提升主要指标', '主要指标', '计量单位', '2023年', '2025年', '规模以上工业企业中有研发机构的企业占比', '%', '35', '45', '省级以上企业技术中心', '家（累计）', '25', '35'),
    );
    const annex = doc.annexes[0]!;
    expect(annex.title).toBe('某区制造业创新能力提升主要指标');
    expect(annex.table!.columns).toEqual(['主要指标', '计量单位', '2023年', '2025年']);
    expect(annex.table!.rows.map((r) => [r.indicator, r.unit, r.values])).toEqual([
      ['规模以上工业企业中有研发机构的企业占比', '%', { 2023: 35, 2025: 45 }],
      ['省级以上企业技术中心（累计）', '家', { 2023: 25, 2025: 35 }],
    ]);
  });

  it('should keep 主要指标 as the title of an annex it titles alone, over a table under 序号', async () => {
    const doc = await parseNotice(notice('附件', '主要指标', '序号', '指标', '单位', '2025年', '1', '高新技术企业', '家', '320'));
    const annex = doc.annexes[0]!;
    expect(annex.title).toBe('主要指标');
    expect(annex.table!.columns).toEqual(['序号', '指标', '单位', '2025年']);
  });

  it('should keep a title line that names a column only when no table reads from it (工作任务 over prose)', async () => {
    const doc = await parseNotice(notice('附件', '重点任务', '各单位要按照职责分工，抓好落实。'));
    expect(doc.annexes[0]!.title).toBe('重点任务');
    expect(doc.annexes[0]!.table).toBeNull();
  });
});

describe('a blank form in an annex (申请表)', () => {
  const form = (...lines: string[]) => notice('附件', '研发投入奖励申请表', '', ...lines);

  it.each([
    ['its header row over an empty row', ['企业名称\t统一社会信用代码\t上年度研发投入（万元）', '\t\t']],
    ['its header row alone', ['企业名称\t统一社会信用代码\t上年度研发投入（万元）']],
  ])('should read %s as a table of no rows, the title kept apart', async (_what, lines) => {
    const doc = await parseNotice(form(...lines));
    const annex = doc.annexes[0]!;
    expect(annex.title).toBe('研发投入奖励申请表');
    expect(annex.table).toMatchObject({ columns: ['企业名称', '统一社会信用代码', '上年度研发投入（万元）'], rows: [], kind: 'text' });
    expect(annex.body).toEqual([]);
  });

  it('should keep the lines under the form (填表说明) as the annex text', async () => {
    const doc = await parseNotice(form('企业名称\t联系人\t联系电话', '', '填表说明：请如实填写。'));
    expect(doc.annexes[0]!.table!.columns).toEqual(['企业名称', '联系人', '联系电话']);
    expect(doc.annexes[0]!.body.map((t) => t.text)).toEqual(['填表说明：请如实填写。']);
  });

  it('should read an HTML form whose rows under the header are empty as a table of no rows', async () => {
    const html = (rows: string) =>
      `<html><body><p>某区科技局关于开展奖励申报的通知</p><p>各有关企业：</p><p>现将有关事项通知如下。</p><p>附件</p><p>奖励申请表</p><table><tr><td>企业名称</td><td>联系人</td><td>联系电话</td></tr>${rows}</table></body></html>`;
    for (const rows of ['', '<tr><td></td><td></td><td></td></tr>']) {
      const doc = await parseNotice(html(rows));
      expect(doc.annexes[0]!.title).toBe('奖励申请表');
      expect(doc.annexes[0]!.table).toMatchObject({ columns: ['企业名称', '联系人', '联系电话'], rows: [] });
    }
  });

  it.each([
    [['企业名称', '联系人', '联系电话'], ['企业名称', '联系人', '联系电话']],
    [['2024年', '2025年（目标）', ''], ['2024年', '2025年（目标）']],
    [['名称：', '某公司'], null],
    [['数字经济增加值', '120'], null],
    [['企业名称', '', '联系电话'], null],
    [['本表一式两份。', '报县局'], null],
    [['企业名称'], null],
  ])('should take %j as a form header only when every cell names a column: %j', (cells, expected) => {
    expect(formHeaderCells(cells)).toEqual(expected);
  });
});
