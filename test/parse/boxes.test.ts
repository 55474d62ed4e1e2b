import { describe, expect, it } from 'vitest';
import { boxHeading } from '../../src/parse/boxes.js';
import { fold } from '../../src/text/fold.js';

const heading = (line: string) => {
  const h = boxHeading(line, fold(line));
  return h && [h.label, h.number, h.ordinal, h.title];
};

describe('boxHeading', () => {
  it.each([
    ['专栏1 公共文化重点工程', ['专栏1', '1', 1, '公共文化重点工程']],
    ['专栏1　物流枢纽重点工程', ['专栏1', '1', 1, '物流枢纽重点工程']],
    ['专栏 2：数字经济重点项目', ['专栏 2', '2', 2, '数字经济重点项目']],
    ['【专栏3】数据要素市场化工程', ['【专栏3】', '3', 3, '数据要素市场化工程']],
    ['【专栏 3】 重大工程', ['【专栏 3】', '3', 3, '重大工程']],
    ['专栏3-2 重点项目', ['专栏3-2', '3-2', 3, '重点项目']],
    ['专栏五 “十四五”时期主要指标', ['专栏五', '五', 5, '“十四五”时期主要指标']],
    ['专栏１２ 重点项目', ['专栏１２', '12', 12, '重点项目']],
    ['专栏4', ['专栏4', '4', 4, '']],
    ['  专栏1 重点工程', ['专栏1', '1', 1, '重点工程']],
  ])('should read %s as a box heading', (line, expected) => {
    expect(heading(line)).toEqual(expected);
  });

  it.each([
    ['开设专栏宣传千兆光网应用成效。'],
    ['专栏报道典型经验。'],
    ['专栏1所列项目按年度滚动实施。'],
    ['专栏1 所列项目由市发展改革委牵头，各区配合实施。'],
    ['专栏2：项目名单见附件。各区按要求推进'],
    ['专栏一是宣传阵地'],
    ['在报刊开设专栏1个'],
    ['专栏 重点工程'],
  ])('should not read %s as a box heading', (line) => {
    expect(heading(line)).toBeNull();
  });
});
