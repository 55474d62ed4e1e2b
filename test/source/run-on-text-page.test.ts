import { describe, expect, it } from 'vitest';
import { runOnCuts } from '../../src/source/run-on-text.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const pieces = (t: string): string[] => {
  const bounds = [0, ...runOnCuts(t), t.length];
  return bounds.slice(1).map((to, k) => t.slice(bounds[k], to).trim()).filter(Boolean);
};

const E = '\u2002';

describe('a page\'s text taken whole, its breaks lost', () => {
  it('should cut the page\'s furniture off a header of spaced-out labels, and each field onto a line of its own', () => {
    const t =
      `某区人民政府 2024年1月5日星期五 无障碍 简体 | 繁体 政务公开 > 政策文件 > 区政府办公室文件名${E}${E}称${E}:某区人民政府办公室关于印发某区养老服务方案的通知` +
      `索${E}引${E}号${E}:11440105MB2C34567K/2024-00021发 布 机 构 :某区人民政府办公室有${E}效${E}性${E}:有效` +
      '某区人民政府办公室关于印发某区养老服务方案的通知各街道办事处：现将《某区养老服务方案》印发给你们。某区人民政府办公室2024年2月18日某区养老服务方案一、重点任务（一）完善设施1.建设综合体。（牵头单位：区民政局）';
    expect(pieces(t).slice(0, 6)).toEqual([
      '某区人民政府 2024年1月5日星期五 无障碍 简体 | 繁体 政务公开 > 政策文件 > 区政府办公室文件',
      `名${E}${E}称${E}:某区人民政府办公室关于印发某区养老服务方案的通知`,
      `索${E}引${E}号${E}:11440105MB2C34567K/2024-00021`,
      '发 布 机 构 :某区人民政府办公室',
      `有${E}效${E}性${E}:有效`,
      '某区人民政府办公室关于印发某区养老服务方案的通知',
    ]);
  });

  it('should not take a label in the text for a header when page furniture stands before it and no second label follows', () => {
    const t = '某区人民政府办公室关于印发某区养老服务方案的通知各街道办事处：现将《某区养老服务方案》印发给你们，项目名称：某区养老服务综合体建设。某区人民政府办公室2024年2月18日某区养老服务方案一、重点任务（一）完善设施1.建设综合体。（牵头单位：区民政局）';
    expect(pieces(t)[0]).toBe('某区人民政府办公室关于印发某区养老服务方案的通知');
  });

  it('should cut the disclosure under the date, and the plan\'s title after it rather than where the notice cites another plan', () => {
    const t =
      '某区人民政府办公室关于印发某区养老服务方案（2024—2026年）的通知各街道办事处：现将《某区养老服务方案（2024—2026年）》印发给你们。原《某区养老服务方案（2021—2023年）》同时废止。' +
      '某区人民政府办公室2024年2月18日（此件主动公开）某区养老服务方案（2024—2026年）一、重点任务（一）完善设施1.建设综合体。（牵头单位：区民政局）';
    const out = pieces(t);
    expect(out).toContain('（此件主动公开）');
    expect(out).toContain('某区养老服务方案（2024—2026年）');
  });

  it('should cut a group\'s goal title off its sentence of targets, and a group\'s title with a comma off its first item', () => {
    const t =
      '某区人民政府办公室关于印发某区养老服务方案的通知各街道办事处：现将《某区养老服务方案》印发给你们。某区人民政府办公室2024年2月18日某区养老服务方案' +
      '一、总体要求（一）指导思想坚持以人民为中心。（二）工作目标到2026年，全区建成综合体12个。二、重点任务（一）完善设施网络，扩大服务供给1.建设综合体。（牵头单位：区民政局）';
    const out = pieces(t);
    expect(out).toContain('（二）工作目标');
    expect(out).toContain('到2026年，全区建成综合体12个。');
    expect(out).toContain('（一）完善设施网络，扩大服务供给');
    expect(out).toContain('1.建设综合体。（牵头单位：区民政局）');
  });

  it('should cut the annex after the plan\'s last sentence: the attachment line, then the annex\'s label and its title', () => {
    const t =
      '某区人民政府办公室关于印发某区养老服务方案的通知各街道办事处：现将《某区养老服务方案》印发给你们。某区人民政府办公室2024年2月18日某区养老服务方案一、重点任务（一）完善设施1.建设综合体。（牵头单位：区民政局）' +
      `二、保障措施（一）加强领导。区民政局统筹协调。${E}${E}附件：某区养老服务主要指标表附件某区养老服务主要指标表序号 指标 2024年 2025年`;
    expect(pieces(t).slice(-4)).toEqual(['附件：某区养老服务主要指标表', '附件', '某区养老服务主要指标表', '序号 指标 2024年 2025年']);
  });
});

describe('a goal heading run into its sentence', () => {
  it.each([['（二）工作目标到2026年，'], ['（二）工作目标 到2026年，'], ['（二）发展目标到2026年末，']])('should read the targets after %s', async (opening) => {
    const text = ['某区养老服务方案（2024—2026年）', '一、总体要求', '（一）指导思想', '坚持以人民为中心。', `${opening}全区建成社区养老服务综合体12个，养老机构护理型床位占比达到65%。`, '二、重点任务', '（一）完善设施', '1.建设综合体。（牵头单位：区民政局）'].join('\n');
    const doc = await parseNotice(Buffer.from(text), { name: 'plan.txt' });
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['全区建成社区养老服务综合体', 12, '个', 2026],
      ['养老机构护理型床位占比', 65, '%', 2026],
    ]);
  });
});
