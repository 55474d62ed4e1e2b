import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { validateText } from '../validate/findings.js';

const plan = (rows: string[]) =>
  [
    '某县城乡环境整治提升行动方案（2024—2025年）',
    '',
    '一、重点任务',
    '',
    '（一）开展垃圾分类攻坚。全面推进城乡生活垃圾分类。（牵头单位：县综合行政执法局，配合单位：各乡镇人民政府）',
    '',
    '（二）开展污水治理提升。实施农村生活污水处理设施标准化运维。（牵头单位：县治水办；完成时限：2025年3月底前）',
    '',
    '（三）开展道路洁化行动。提升城区主次干道保洁水平。（牵头单位：县综合行政执法局）',
    '',
    '附件',
    '',
    '重点任务分工表',
    '',
    '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
    ...rows,
  ].join('\n');

describe('deadlines of a task table restating the text\'s tasks', () => {
  it('should give a task of the text without a deadline its row\'s 完成时限, and keep the text\'s own', async () => {
    const text = plan([
      '1\t开展垃圾分类攻坚\t县综合行政执法局\t各乡镇人民政府\t2025年12月',
      '2\t开展污水治理提升\t县治水办\t县建设局\t2025年6月',
      '3\t开展道路洁化行动\t县综合行政执法局\t各乡镇人民政府\t2026年12月',
    ]);
    const doc = await parseNotice(text);
    expect(doc.plan!.tasks.map((t) => [t.label, t.deadline ?? null])).toEqual([
      ['（一）', '2025年12月'],
      ['（二）', '2025年3月底前'],
      ['（三）', '2026年12月'],
    ]);
    const found = (await validateText(text)).filter((d) => d.ruleId === 'task-deadline');
    expect(found.map((d) => d.message)).toEqual(['task （三） is due in 2026, after the plan\'s period (2024—2025年)']);
  });

  it('should give no deadline from a row whose task cell names no one task of the text', async () => {
    const doc = await parseNotice(plan(['1\t开展专项行动\t县综合行政执法局\t各乡镇人民政府\t2025年12月']));
    expect(doc.plan!.tasks.map((t) => t.deadline ?? null)).toEqual([null, '2025年3月底前', null]);
  });
});
