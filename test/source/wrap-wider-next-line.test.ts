import { describe, expect, it } from 'vitest';
import { findWrap, wrapsInto, type WrapLine } from '../../src/source/line-wrap.js';

const line = (text: string): WrapLine => ({ text });

describe('a line wider than the wrap after a full line', () => {
  const wrap = findWrap(['一二三四五六七八九十一二三四五六七八', '一二三四五六七八九十一二三四五六七八', '一二三四五六七八九十一二三四五六七八'].map(line));

  it('should keep a title as wide as the wrap apart from a paragraph on one line under it', () => {
    const paragraph = '2024年，全区数字经济核心产业增加值增长10%以上，新增上云企业300家，新建5G基站500个。';
    expect(wrapsInto(line('云岗区2024年数字经济发展工作要点'), line(paragraph), wrap)).toBe(false);
  });

  it('should still join a full line to the rest of its paragraph, no wider than the wrap', () => {
    expect(wrapsInto(line('到2025年，全区新能源汽车保有量达到5万'), line('辆，公共充电桩达到3000个。'), wrap)).toBe(true);
  });
});

describe('no wrap in a short text of one paragraph a line', () => {
  it('should find no wrap where the only lines as wide as each other are a title and unit clauses over the next item', () => {
    const lines = [
      '广州市2026年大气污染防治工作实施方案',
      '1 工作目标',
      '2026年，全市PM2.5年均浓度控制在20微克/立方米以内，空气质量优良天数比率达到92%以上。',
      '2 重点任务',
      '2.1.1 推进重点行业超低排放改造。完成5家钢铁、水泥企业超低排放改造。',
      '配合单位:市工业和信息化局,各区人民政府',
      '2.1.2 开展挥发性有机物综合治理。完成200家涉VOCs企业治理。',
      '责任单位:市生态环境局、各区人民政府',
      '2.2 强化移动源管控',
      '2.2.2 推广新能源汽车。新增推广新能源汽车15万辆。',
      '【配合单位】市发展改革委、市交通运输局',
      '3 保障措施',
    ];
    expect(findWrap(lines.map(line))).toBeNull();
  });

  it('should still find the wrap of lines as wide as each other that stop inside their sentence', () => {
    const lines = ['某市2026年度大气污染防治工作实施方案', '1 工作目标', '2026年，全市空气质量优良天数比率达', '到92%以上，重污染天数比例控制在1%以', '内，PM2.5年均浓度控制在25微克/立方', '米以内。'];
    expect(findWrap(lines.map(line))).not.toBeNull();
  });
});
