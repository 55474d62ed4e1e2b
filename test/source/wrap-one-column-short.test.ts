import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { findWrap, wrapsInto, type WrapLine } from '../../src/source/line-wrap.js';
import { queryGoals } from '../../src/query/goals.js';

const line = (text: string): WrapLine => ({ text });

describe('a wrapped line one column short of the page width', () => {
  // pdftotext without -layout: first lines lose their indent; the wrapped lines are 56 columns wide.
  const text = [
    '青州市优化营商环境攻坚行动实施方案',
    '为持续打造市场化、法治化、国际化一流营商环境，制定本',
    '方案。',
    '一、工作目标',
    '2023年，全市企业开办时间压缩至0.5个工作日以内，工程',
    '建设项目审批时间压缩至60个工作日以内；到2025年，政务服务',
    '事项“一网通办”率达到95%以上，市场主体总量突破45万户。',
    '二、主要任务',
    '（一）提升政务服务效能',
    '1.深化“一件事一次办”改革。围绕企业和群众全生命周期，',
  ].join('\n');

  it('should join a line whose odd count of digits leaves one column, too narrow for the next Han character', () => {
    const wrap = findWrap(text.split('\n').map(line));
    expect(wrapsInto(line('2023年，全市企业开办时间压缩至0.5个工作日以内，工程'), line('建设项目审批时间压缩至60个工作日以内；到2025年，政务服务'), wrap)).toBe(true);
  });

  it('should keep the goal whole, with the year its sentence opens with', async () => {
    const goals = (await queryGoals(await parseNotice(text))).map((g) => [g.indicator, g.value, g.year]);
    expect(goals).toContainEqual(['工程建设项目审批时间', 60, 2023]);
  });

});
