import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** A notice that prints its plan as 附件1, then `second` as 附件2. */
const notice = (second: string): string => `某县人民政府办公室关于印发某县两个方案的通知

各乡镇人民政府，县政府各部门：

现将两个方案印发给你们，请认真贯彻执行。

附件：1.某县数字乡村建设方案
2.第二个附件

某县人民政府办公室
2025年3月6日

附件1

某县数字乡村建设方案

一、工作目标

到2026年，全县建成数字乡村示范村20个。

二、重点任务

（一）推进网络提速。推动5G网络向行政村延伸。（牵头单位：县工信局；配合单位：县财政局）

（二）建设数据平台。整合涉农数据资源。（牵头单位：县农业农村局）

附件2

${second}
`;

const unread = async (second: string) =>
  (await parseNotice(notice(second))).diagnostics.filter((d) => d.ruleId === 'annex-plan-unread').map((d) => `${d.line}:${d.column} ${d.message}`);

describe('annex-plan-unread', () => {
  it.each([
    [
      'a 行动方案 with tasks and targets',
      '某县农村电商提升行动方案\n\n一、主要目标\n\n到2026年，全县农村网络零售额突破6亿元。\n\n二、重点任务\n\n（一）完善物流体系。建设县乡村三级物流体系。（牵头单位：县商务局）\n\n（二）培育电商主体。（牵头单位：县人社局；配合单位：县商务局）',
      ['27:1 附件2《某县农村电商提升行动方案》 is a plan of its own (2 items naming responsible units, 1 paragraph of targets): its tasks and goals are not in the model, which reads one plan per document; it is kept as the annex\'s body text'],
    ],
    [
      'a 工作计划 with an edition in brackets and only responsibility clauses',
      '某县家政服务三年工作计划（2025—2027年）\n\n一、培育家政企业\n\n（一）认定示范企业。（县商务局负责）\n\n（二）加强技能培训。（县人社局负责）',
      ['27:1 附件2《某县家政服务三年工作计划（2025—2027年）》 is a plan of its own (2 items naming responsible units): its tasks and goals are not in the model, which reads one plan per document; it is kept as the annex\'s body text'],
    ],
  ])('should warn that %s in a later annex is not read', async (_, second, expected) => {
    expect(await unread(second)).toEqual(expected);
  });

  it.each([
    ['a 办法, a rule and no plan', '某县数字乡村示范村评定办法\n\n一、评定条件\n\n（一）5G网络通达。（县工信局负责）\n\n（二）数据平台接入。（县农业农村局负责）'],
    ['a plan-titled annex without units or targets', '某县数字乡村宣传方案\n\n一、宣传内容\n\n宣传数字乡村建设成效。\n\n二、宣传方式\n\n（一）媒体宣传。\n\n（二）现场宣讲。'],
    ['a 方案 of one numbered item', '某县数字乡村培训方案\n\n一、培训安排\n\n开展培训。（县农业农村局负责）'],
    ['a table of tasks', '某县数字乡村重点任务分解表\n\n序号\n重点任务\n牵头单位\n1\n推进网络提速\n县工信局\n2\n建设数据平台\n县农业农村局'],
  ])('should not warn about %s', async (_, second) => {
    expect(await unread(second)).toEqual([]);
  });
});
