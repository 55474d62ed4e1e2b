import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { viewOf } from '../../src/query/views.js';

const plan = (goals: string): Promise<Awaited<ReturnType<typeof parseNotice>>> =>
  parseNotice(Buffer.from(`某区绿色发展三年行动方案（2024—2026年）\n\n一、工作目标\n\n${goals}\n`), { name: 'goals.txt' });

describe('the default columns of query goals', () => {
  it('should show upTo where a goal gives a range, so that 控制在4.5%—5% does not read as 4.5 exactly', async () => {
    const doc = await plan('到2026年，全区城镇登记失业率控制在4.5%—5%，培育总部企业三至五家。');
    expect(viewOf('goals', { docs: [doc], dept: false }).defaults).toEqual(['indicator', 'value', 'upTo', 'unit', 'qualifier', 'year']);
  });

  it('should show the comparison where a goal is bounded by its verb alone (下降至25%), with no word to say so', async () => {
    const doc = await plan('到2026年，个人卫生支出占卫生总费用的比重下降至25%，新增市场主体4200户。');
    expect(viewOf('goals', { docs: [doc], dept: false }).defaults).toEqual(['indicator', 'value', 'unit', 'qualifier', 'comparison', 'year']);
  });

  it('should keep the plain columns where every goal says its bound in words or is exact', async () => {
    const doc = await plan('到2026年，全区地区生产总值达到1350亿元，粮食产量2.4亿斤以上，城镇登记失业率不超过3.5%。');
    expect(viewOf('goals', { docs: [doc], dept: false }).defaults).toEqual(['indicator', 'value', 'unit', 'qualifier', 'year']);
  });

  it('should show the columns a goal of any of several documents needs, after the source', async () => {
    const docs = [await plan('到2026年，新增市场主体4200户。'), await plan('到2026年，全区城镇登记失业率控制在4.5%—5%。')];
    expect(viewOf('goals', { docs, dept: false }).defaults).toEqual(['source', 'indicator', 'value', 'upTo', 'unit', 'qualifier', 'year']);
  });
});
