import { describe, expect, it } from 'vitest';
import { cellOutOfPlace, columnKinds, fitWrappedRow, joinCellLines, leavesTextCut, runsOn, type CellLines } from '../../src/parse/flat-wrapped-cells.js';

const NO_POSITION = { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } };
const cells = (lines: string[]) => lines.map((t) => ({ text: t, match: t, position: NO_POSITION }));
const join = (run: ReadonlyArray<{ text: string }>, as: CellLines) => {
  const text = joinCellLines(run.map((c) => c.text), as);
  return { text, match: text, position: NO_POSITION };
};
const fit = (header: string[], row: string[]) => fitWrappedRow(cells(row), header, join)?.map((c) => c.text) ?? null;

const TASKS = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
const YEARS = ['序号', '指标', '单位', '2024年', '2025年', '2026年'];

describe('fitWrappedRow', () => {
  it('should never read a date line into a unit cell or a task\'s wrapped text', () => {
    const header = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'];
    const row = ['1', '深入打好蓝天保卫战', '开展挥发性有机物综合治理', '区生态环境局', '区工信局', '2024年10月', '推进柴油货车污染治理', '区生态环境局', '区交通运输局、区公安分局', '2024年12月'];
    const read = fit(header, row);
    expect(read === null || read.slice(1, 5).every((c) => !c.includes('2024年10月'))).toBe(true);
  });

  it('should keep a cell\'s numbered measures (1.…； / 2.…。) together, the first opening the cell', () => {
    const header = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'];
    expect(fit(header, ['1', '提升企业开办便利度', '1.推行企业开办一日办结；', '2.推广电子营业执照应用。', '区市场监管局', '区税务局', '2024年6月底前'])).toEqual([
      '1', '提升企业开办便利度', '1.推行企业开办一日办结；2.推广电子营业执照应用。', '区市场监管局', '区税务局', '2024年6月底前',
    ]);
  });

  it('should join a wrapped task and a unit list cut inside a name, the deadline staying under 完成时限', () => {
    expect(fit(TASKS, ['1', '推行企业开办“一件事”集成', '服务，压缩开办时间', '区市场监管局', '区人社局、区税', '务局', '2024年6月底'])).toEqual([
      '1', '推行企业开办“一件事”集成服务，压缩开办时间', '区市场监管局', '区人社局、区税务局', '2024年6月底',
    ]);
  });

  it('should join a wrapped indicator so that its unit and every figure stay in their columns', () => {
    expect(fit(YEARS, ['2', '国家4A级以上旅游景', '区', '家', '1', '2', '3'])).toEqual(['2', '国家4A级以上旅游景区', '家', '1', '2', '3']);
  });

  it('should join a long indicator wrapped over two lines before a unit with a note (亿元（当年）, （家，累计）)', () => {
    expect(fit(YEARS, ['4', '规模以上工业企业研发经费内部支出占全区规模以上工业企业营', '业收入', '亿元（当年）', '45', '52', '58'])).toEqual([
      '4', '规模以上工业企业研发经费内部支出占全区规模以上工业企业营业收入', '亿元（当年）', '45', '52', '58',
    ]);
    expect(fit(YEARS, ['5', '国家级和省级企业技术中心、工程技术研究', '中心', '（家，累计）', '25', '30', '35'])).toEqual([
      '5', '国家级和省级企业技术中心、工程技术研究中心', '（家，累计）', '25', '30', '35',
    ]);
  });

  it('should list units written one a line with 、 and join a name cut over lines as written', () => {
    expect(joinCellLines(['区财政局', '区人社局'], true)).toBe('区财政局、区人社局');
    expect(joinCellLines(['区卫生健康局、区医', '疗保障局'], true)).toBe('区卫生健康局、区医疗保障局');
    expect(joinCellLines(['Smart', 'City项目'], false)).toBe('Smart City项目');
  });

  it('should list people written one a line under a column of people with 、, and join a task\'s wrapped lines as written', () => {
    const header = ['序号', '工作任务', '包户干部', '完成时限'];
    expect(fit(header, ['1', '开展入户走访', '李明', '张华', '2024年6月底'])).toEqual(['1', '开展入户走访', '李明、张华', '2024年6月底']);
    expect(joinCellLines(['李明', '张华'], 'names')).toBe('李明、张华');
    // Not under a column of people: short lines are a wrapped cell's, run on.
    expect(fit(['序号', '工作内容', '完成时限'], ['1', '推进', '改革', '2024年6月底'])).toEqual(['1', '推进改革', '2024年6月底']);
  });

  it('should read no row when two readings hold alike, or none does', () => {
    // 区发改局 / 区经信局 could be the lead's second unit or the participants' first: the participants' is taken.
    expect(fit(TASKS, ['1', '培育龙头企业', '区发改局', '区经信局', '区财政局', '持续推进'])).toEqual(['1', '培育龙头企业', '区发改局', '区经信局、区财政局', '持续推进']);
    // A word where a figure must stand: no reading puts every figure under a year.
    expect(fit(YEARS, ['1', '接待游客', '万人次', '二千', '2700', '3000', '3300'])).toBeNull();
  });
});

describe('fitWrappedRow with several wraps or a wrapped line that could stand alone', () => {
  const header = ['序号', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'];

  it('should join two wraps in one row: a measure cut after 接入 and a unit list cut after 、', () => {
    expect(fit(header, ['2', '推进医养结合', '推动二级以上医院与养老机构签约，接入', '全县养老服务平台', '县卫健局', '县民政局、县医保局、', '县财政局', '2024年10月'])).toEqual([
      '2', '推进医养结合', '推动二级以上医院与养老机构签约，接入全县养老服务平台', '县卫健局', '县民政局、县医保局、县财政局', '2024年10月',
    ]);
  });

  it('should end a measure with a count on the next line (12个) rather than run a longer line into the task name', () => {
    expect(fit(header, ['1', '建设乡镇养老服务中心', '建设乡镇居家养老服务中心', '12个', '县民政局', '各乡镇人民政府', '2024年12月'])).toEqual([
      '1', '建设乡镇养老服务中心', '建设乡镇居家养老服务中心12个', '县民政局', '各乡镇人民政府', '2024年12月',
    ]);
    // Under a column of figures a count is still a value cell, never a wrapped text's end.
    expect(fit(YEARS, ['1', '建设养老服务中心', '12个', '个', '1', '2', '3'])).toBeNull();
  });

  it('should read a unit-like line after a measure cut at 接入 as the measure\'s end, the units after it in their columns', () => {
    expect(fit(header, ['3', '建设智慧养老平台', '建成县级智慧养老服务平台，接入', '全县养老机构', '县民政局', '县数据局', '2025年3月'])).toEqual([
      '3', '建设智慧养老平台', '建成县级智慧养老服务平台，接入全县养老机构', '县民政局', '县数据局', '2025年3月',
    ]);
  });

  it('should tell a cell cut where its words run on from one that ends', () => {
    for (const t of ['推动医院与养老机构签约，接入', '县民政局、县医保局、', '加强基层医疗机构和', '完善城乡社区养老服务的', '推进以下工作：', '统筹推进医疗、养老以及', '推动医疗机构与']) expect(runsOn(t)).toBe(true);
    for (const t of ['推动医院与养老机构签约合作', '实现乡镇全覆盖', '鼓励社会力量积极参与', '推动碳达峰碳中和', '县民政局', '2024年底', '明确工作目的']) expect(runsOn(t)).toBe(false);
    expect(leavesTextCut(cells(['3', '建设智慧养老平台', '建成县级智慧养老服务平台，接入', '全县养老机构', '县民政局、县数据局', '3月']), header)).toBe(true);
    expect(leavesTextCut(cells(['3', '建设智慧养老平台', '建成县级智慧养老服务平台', '县民政局', '县民政局、县数据局', '3月']), header)).toBe(false);
  });
});

describe('cellOutOfPlace', () => {
  it('should tell a word under a year, a unit under 完成时限 and a time under a unit column', () => {
    expect(columnKinds(TASKS)).toEqual(['serial', 'text', 'units', 'units', 'deadline']);
    expect(cellOutOfPlace(cells(['2', '国家4A级以上旅游景', '区', '家', '1', '2']), YEARS)).toBe(true);
    expect(cellOutOfPlace(cells(['1', '推行…集成', '服务', '区市场监管局', '区人社局']), TASKS)).toBe(true);
    expect(cellOutOfPlace(cells(['1', '推行企业开办', '区市场监管局', '区人社局', '2024年6月底']), TASKS)).toBe(false);
  });
});
