import { describe, expect, it } from 'vitest';
import { flatTableLines } from '../../src/source/flat-table-lines.js';
import { textToBlocks } from '../../src/source/text-adapter.js';

const lines = (texts: string[]) => texts.map((text) => ({ text }));

describe('the lines of a table flattened one cell per line', () => {
  it('should take the lines from a header run of column names up to the next blank line', () => {
    const found = flatTableLines(lines(['重点任务分工表', '序号', '重点任务', '责任单位', '完成时限', '1', '农村厕所革命', '县农业农村局', '2025年底前', '', '二、工作要求']));
    expect([...found]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('should take no lines where fewer than three column names stand together', () => {
    expect(flatTableLines(lines(['序号', '重点任务', '1', '推进工作']).concat(lines(['备注', '为扎实推进工作，制定本方案。']))).size).toBe(0);
  });

  it('should keep a cell as wide as the text\'s other lines apart from the unit cell after it', () => {
    const text = [
      '某县农村人居环境整治提升实施方案',
      '',
      '附件',
      '',
      '某县农村人居环境整治提升重点任务清单',
      '',
      '序号', '重点任务', '工作措施', '责任单位', '完成时限',
      '1', '农村厕所革命', '新改建农村户用卫生厕所3000座', '县农业农村局、县卫生健康局', '2025年底前',
      '2', '生活污水治理', '开展村庄清洁行动，每季度组织一次评比', '各乡镇人民政府', '长期坚持',
      '',
      '注：责任单位排在第一位的为牵头单位。',
    ].join('\n');
    const texts = textToBlocks(text).map((b) => b.text);
    expect(texts).toContain('新改建农村户用卫生厕所3000座');
    expect(texts).toContain('县农业农村局、县卫生健康局');
    expect(texts).toContain('开展村庄清洁行动，每季度组织一次评比');
    expect(texts).toContain('各乡镇人民政府');
  });

  it('should still join a cell\'s unit list cut after its separator', () => {
    const text = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限', '1', '推进工作', '区发展改革委', '区财政局、', '区人社局', '2024年底前'].join('\n');
    expect(textToBlocks(text).map((b) => b.text)).toContain('区财政局、区人社局');
  });

  it('should take the lines of a table of indicators headed by its years after a known name (序号 | 指标 | 单位 | 2023年 …)', () => {
    const found = flatTableLines(lines(['主要指标', '序号', '指标', '单位', '2023年', '2024年', '2025年（目标）', '1', '规模以上工业企业研发机构覆盖率', '%', '35', '40', '45', '', '二、重点任务']));
    expect([...found]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect([...flatTableLines(lines(['指标名称', '计量单位', '2023年', '2025年', '高新技术企业', '家', '260', '320']))]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('should take the lines of a table whose columns are named in traditional characters (序號 | 指標 | 單位 | 2023年 …)', () => {
    expect([...flatTableLines(lines(['序號', '指標', '單位', '2023年', '2025年', '1', '高新技術企業', '家', '260', '320']))]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...flatTableLines(lines(['序號', '重點任務', '責任單位', '完成時限', '1', '推進改革', '區發改委', '2024年底']))]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it.each([
    ['years alone', ['2023年', '2024年', '2025年', '全区高新技术企业达到320家。']],
    ['a heading that names a column over one year and its paragraph', ['工作目标', '2024年', '全区高新技术企业达到290家，规模以上工业企业研发经费内部支出达到52亿元。']],
    ['a year with a sentence after it', ['指标', '2024年：完成技术改造项目30个', '2025年：完成技术改造项目40个']],
  ])('should take no lines for %s', (_name, texts) => {
    expect(flatTableLines(lines(texts)).size).toBe(0);
  });

  it('should keep a long indicator as wide as the text\'s wrapped lines apart from the unit cell after it', () => {
    const text = [
      '为深入实施创新驱动发展战略，加快推动制造业高质量发展，',
      '全面提升我区制造业企业创新能力，结合我区实际，制定本方',
      '案。到2025年，全区规模以上工业企业中建有研发机构的企业',
      '占比达到45%。',
      '',
      '序号', '指标', '单位', '2023年', '2024年', '2025年',
      '1', '规模以上工业企业中建有研发机构的企业占规上企业总数的比重', '%', '35', '40', '45',
      '2', '规模以上工业企业研发经费内部支出占营业收入比重达到的水平', '%', '1.8', '2.0', '2.2',
    ].join('\n');
    const texts = textToBlocks(text).map((b) => b.text);
    expect(texts).toContain('规模以上工业企业中建有研发机构的企业占规上企业总数的比重');
    expect(texts).toContain('规模以上工业企业研发经费内部支出占营业收入比重达到的水平');
    expect(texts.filter((t) => t === '%')).toHaveLength(2);
    // The prose above the table is still read as wrapped at its width.
    expect(texts[0]).toBe('为深入实施创新驱动发展战略，加快推动制造业高质量发展，全面提升我区制造业企业创新能力，结合我区实际，制定本方案。到2025年，全区规模以上工业企业中建有研发机构的企业占比达到45%。');
  });
});
