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
});
