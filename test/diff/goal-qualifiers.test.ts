import { describe, expect, it } from 'vitest';
import type { ClauseGoal } from '../../src/diff/goal-clause.js';
import { withoutGoalQualifiers } from '../../src/diff/goal-qualifiers.js';
import { substanceKey } from '../../src/text/fold.js';

const clear = (sentence: string, indicator: string, raw: string, unit: string, qualifier: string): string => {
  const goal: ClauseGoal = { sentence, indicator, raw, unit, qualifier };
  return withoutGoalQualifiers(substanceKey(sentence), goal, substanceKey);
};

describe('withoutGoalQualifiers', () => {
  it.each([
    ['a bound after the figure, not the same word in the indicator', '规模以上企业覆盖率达到85%以上', '规模以上企业覆盖率', '85', '%', '以上', '规模以上企业覆盖率达到85%'],
    ['a word before the verb', '覆盖率力争达到85%', '覆盖率', '85', '%', '力争', '覆盖率达到85%'],
    ['a bound verb and a bound after the figure', '产值力争突破100亿元以上', '产值', '100', '亿元', '力争、突破、以上', '产值100亿元'],
    ['a word opening the sentence before its year', '力争到2025年，产值达到100亿元', '产值', '100', '亿元', '力争', '到2025年,产值达到100亿元'],
    ['only the goal\'s figure where two goals share it', '甲率达到85%以上，乙率达到85%以上', '乙率', '85', '%', '以上', '甲率达到85%以上,乙率达到85%'],
  ])('should clear %s', (_name, sentence, indicator, raw, unit, qualifier, expected) => {
    expect(clear(sentence, indicator, raw, unit, qualifier)).toBe(expected);
  });

  it('should leave a word standing in another clause, not the goal\'s', () => {
    expect(clear('力争建成示范区，产值达到100亿元', '产值', '100', '亿元', '力争')).toBe('力争建成示范区,产值达到100亿元');
  });
});
