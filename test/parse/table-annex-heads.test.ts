import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { matchAnnexHead } from '../../src/parse/annex.js';

const TABLE = [
  '| 序号 | 工作类别 | 工作任务 | 牵头单位 | 配合单位 | 完成时间 |',
  '| --- | --- | --- | --- | --- | --- |',
  '| 1 | 市容环境 | 开展背街小巷环境整治，全年整治50条 | 区城管局 | 各街道 | 2024年12月 |',
  '| 2 | 市政设施 | 实施道路“白改黑”工程12公里 | 区交通运输局 | 区城管局 | 2024年10月 |',
].join('\n');

const planWithAnnex = (annex: string) =>
  parseNotice(
    ['# 某区2024年城市管理工作要点', '', '## 一、重点工作', '', '具体工作任务及分工见附表。', '', '## 二、工作要求', '', '各单位要对照任务分工，细化工作举措。', '', annex, '', TABLE, ''].join('\n'),
    { format: 'markdown' },
  );

describe('附表 heading the annexes after the plan', () => {
  it.each([
    ['a 附表： line listing it, then 附表 and its title over the table', '附表：某区2024年城市管理重点工作任务分工表\n\n附表\n\n某区2024年城市管理重点工作任务分工表'],
    ['附表：X right above its table', '附表：某区2024年城市管理重点工作任务分工表'],
  ])('should end the last part at %s', async (_, annex) => {
    const doc = await planWithAnnex(annex);
    const safeguard = doc.plan!.safeguards[0]!;
    expect(safeguard.title).toBe('工作要求');
    expect(safeguard.text).toBe('各单位要对照任务分工，细化工作举措。');
    expect(safeguard.position.end.line).toBe(9);
    expect(doc.annexes.map((a) => [a.label, a.title])).toEqual([['附表', '某区2024年城市管理重点工作任务分工表']]);
    // The annex's task table gives the plan its tasks; the safeguards part is no section.
    expect(doc.plan!.sections.map((s) => s.title)).toEqual(['市容环境', '市政设施']);
  });

  it('should keep a 附表 captioned in the plan’s body, the plan going on after it, a table of the plan', async () => {
    const doc = await parseNotice(
      [
        '某区2024年重点项目建设工作方案',
        '',
        '一、总体目标',
        '全年实施重点项目50个，完成投资100亿元。',
        '附表1：2024年重点项目表',
        '序号\t项目名称\t牵头单位',
        '1\t城东污水处理厂\t区水务局',
        '2\t城西体育公园\t区体育局',
        '二、主要任务',
        '（一）加快项目前期。完成立项审批。（牵头单位：区发改委）',
        '三、保障措施',
        '加强组织领导。',
        '附表2：2024年重点项目推进计划表',
        '序号\t项目名称\t完成时间',
        '1\t城东污水处理厂\t2024年12月',
        '',
      ].join('\n'),
      { format: 'text' },
    );
    expect(doc.outline.map((n) => n.label)).toEqual(['一、', '二、', '三、']);
    expect(doc.tables?.map((t) => t.path)).toEqual([['一、']]);
    expect(doc.annexes.map((a) => [a.label, a.title])).toEqual([['附表2', '2024年重点项目推进计划表']]);
    expect(doc.plan!.safeguards[0]!.text).toBe('加强组织领导。');
  });

  it.each([
    ['附表', { number: '', title: '', table: true }],
    ['附表2', { number: '2', title: '', table: true }],
    ['附表：某任务分工表', { number: '', title: '某任务分工表', table: true }],
    ['附件1：某指标表', { number: '1', title: '某指标表', table: false }],
  ])('should read %s as an annex head', (line, expected) => {
    expect(matchAnnexHead(line)).toEqual(expected);
  });

  it.each(['附表2 重点项目表', '附表说明', '具体分工见附表。'])('should read %s as no annex head', (line) => {
    expect(matchAnnexHead(line)).toBeNull();
  });
});
