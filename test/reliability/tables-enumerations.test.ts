import { describe, it } from 'vitest';
import { expectLinear } from '../helpers/timing.js';

/** The searches for flattened tables and inline enumerations, on inputs made to defeat them. */
describe('tables and enumerations on hostile input', () => {
  it('should take time linear in the number of captions followed by short lines', async () => {
    await expectLinear((n) => `某区工作方案\n\n一、主要目标\n\n${Array.from({ length: n }, (_, i) => `表${i} 指标\n短行${i}`).join('\n')}\n`, 1000);
  });

  it('should take time linear in the number of captions that each look like the start of a table', async () => {
    await expectLinear((n) => `某区工作方案\n\n一、主要目标\n\n${'表1 指标\n序号\n指标\n1\n'.repeat(n)}`, 1000);
  });

  it('should take time linear in the length of a paragraph of enumerations', async () => {
    await expectLinear((n) => `某区工作方案\n\n一、主要目标\n\n${'一是甲，二是乙，三是丙；'.repeat(n)}\n`, 1000);
  });
});
