import { describe, expect, it } from 'vitest';
import { goalClause, sentenceWithoutGoals, type ClauseGoal } from '../../src/diff/goal-clause.js';
import { substanceKey } from '../../src/text/fold.js';

const goal = (sentence: string, indicator: string, raw: string, unit: string, more: Partial<ClauseGoal> = {}): ClauseGoal => ({
  sentence,
  indicator,
  raw,
  unit,
  ...more,
});

describe('goalClause', () => {
  it.each([
    ['a later clause, with the comma before it', goal('到2025年，企业达到80家，数字化车间达到30个', '数字化车间', '30', '个'), '，数字化车间达到30个'],
    ['the first clause, with the comma after it', goal('数字化车间达到30个，企业达到80家', '数字化车间', '30', '个'), '数字化车间达到30个，'],
    ['a clause with its year and qualifiers', goal('产业稳步发展，2025年全区产值力争突破100亿元以上', '全区产值', '100', '亿元', { year: 2025, qualifier: '力争、突破、以上' }), '，2025年全区产值力争突破100亿元以上'],
    ['a verb before the figure and object', goal('产业集聚，新建实验室5家', '实验室', '5', '家'), '，新建实验室5家'],
    ['a part of the goal before it, opened by 其中', goal('高新技术企业达到300家，其中国家级企业达到20家', '国家级企业', '20', '家', { partOf: '高新技术企业' }), '，其中国家级企业达到20家'],
  ])('should find %s', (_name, g, expected) => {
    expect(goalClause(g, substanceKey)).toBe(expected);
  });

  it.each([
    ['the clause says more than the goal', goal('企业达到80家，数字化车间达到30个并全部接入平台', '数字化车间', '30', '个')],
    ['the clause holds another figure', goal('企业达到80家，数字化车间由20个达到30个', '数字化车间', '30', '个')],
    ['the clause holds a second goal', goal('企业达到80家，数字化车间和智能工厂分别达到30个和10个', '数字化车间', '30', '个')],
    ['the figure stands in no clause with the indicator', goal('数字化车间建设加快，达到30个', '数字化车间', '30', '个')],
  ])('should find none when %s', (_name, g) => {
    expect(goalClause(g, substanceKey)).toBeNull();
  });
});

describe('sentenceWithoutGoals', () => {
  it.each([
    ['a sentence that is one goal', '技术合同成交额达到50亿元', [goal('技术合同成交额达到50亿元', '技术合同成交额', '50', '亿元')], ''],
    ['a goal and the year it is set for', '到2022年，技术合同成交额达到50亿元', [goal('到2022年，技术合同成交额达到50亿元', '技术合同成交额', '50', '亿元', { year: 2022 })], ''],
    [
      'two goals, the first clause first',
      '技术合同成交额达到50亿元，有效发明专利达到1200件',
      [goal('技术合同成交额达到50亿元，有效发明专利达到1200件', '技术合同成交额', '50', '亿元'), goal('技术合同成交额达到50亿元，有效发明专利达到1200件', '有效发明专利', '1200', '件')],
      '',
    ],
    ['a goal beside another clause', '企业达到80家，数字化车间达到30个', [goal('企业达到80家，数字化车间达到30个', '数字化车间', '30', '个')], '企业达到80家'],
    ['a goal whose clause says more', '数字化车间达到30个并全部接入平台', [goal('数字化车间达到30个并全部接入平台', '数字化车间', '30', '个')], '数字化车间达到30个并全部接入平台'],
  ])('should leave the right key of %s', (_name, sentence, goals, expected) => {
    expect(sentenceWithoutGoals(sentence, goals, substanceKey)).toBe(substanceKey(expected));
  });
});

describe('goalClause of a range goal and of a first target opened by its area word', () => {
  it('should find a range goal\'s clause, the range one figure', () => {
    const g = goal('到2026年，新建创新平台3—5个，企业达到80家', '新建创新平台', '3', '个', { year: 2026, upTo: 5 });
    expect(goalClause(g, substanceKey)).toBe('，新建创新平台3—5个');
  });

  it('should leave the area word opening the clause to the target after it, when one stays', () => {
    const g = goal('到2026年，全区技术合同成交额达到40亿元，企业达到80家', '全区技术合同成交额', '40', '亿元', { year: 2026 });
    expect(goalClause(g, substanceKey, { keepScope: true })).toBe('技术合同成交额达到40亿元，');
    expect(goalClause(g, substanceKey)).toBe('，全区技术合同成交额达到40亿元');
  });
});
