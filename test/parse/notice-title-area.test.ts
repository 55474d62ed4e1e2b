import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

describe('a date in brackets on its own line under the title', () => {
  it('should read it as the notice\'s date, not part of its title, and take no period from it', async () => {
    const doc = await parseNotice(
      [
        '某州人民政府关于推进养老服务高质量发展的实施意见',
        '（2024年3月12日）',
        '',
        '各县（市）人民政府，州政府各部门：',
        '为推进养老服务高质量发展，提出如下实施意见。',
        '一、主要目标',
        '到2027年，全州养老床位达到2万张。',
      ].join('\n'),
    );
    expect(doc.notice?.title).toBe('某州人民政府关于推进养老服务高质量发展的实施意见');
    expect(doc.notice?.date).toBe('2024-03-12');
    expect(doc.plan?.title).toBe('某州人民政府关于推进养老服务高质量发展的实施意见');
    expect(doc.plan?.period).toEqual({ start: null, end: null });
  });

  it('should end a joint notice\'s text at the title of the plan it hands on', async () => {
    const doc = await parseNotice(
      [
        '中共某县委办公室　某县人民政府办公室印发《关于加强基层治理的实施方案》的通知',
        '（二〇二四年五月六日）',
        '',
        '各乡镇党委和人民政府，县委各部委，县级国家机关各部门：',
        '　　《关于加强基层治理的实施方案》已经县委、县政府同意，现印发给你们，请认真贯彻落实。',
        '',
        '关于加强基层治理的实施方案',
        '',
        '一、重点任务',
        '（一）健全网格体系。（牵头单位：县委政法委）',
      ].join('\n'),
    );
    expect(doc.notice?.title).toBe('中共某县委办公室某县人民政府办公室印发《关于加强基层治理的实施方案》的通知');
    expect(doc.notice?.date).toBe('2024-05-06');
    expect(doc.notice?.body.map((b) => b.text)).toEqual(['《关于加强基层治理的实施方案》已经县委、县政府同意，现印发给你们，请认真贯彻落实。']);
    expect(doc.plan?.title).toBe('关于加强基层治理的实施方案');
    expect(doc.plan?.period).toEqual({ start: null, end: null });
  });

  it('should read the date of a note naming the meeting that adopted the text', async () => {
    const doc = await parseNotice(
      ['中共某市委关于全面深化改革的意见', '（2024年1月8日中共某市委第十三届第六次全体会议通过）', '', '各县（市、区）党委，市委各部委：', '为全面深化改革，提出如下意见。', '一、总体要求', '（一）坚持问题导向。'].join('\n'),
    );
    expect(doc.notice?.title).toBe('中共某市委关于全面深化改革的意见');
    expect(doc.notice?.date).toBe('2024-01-08');
  });
});

describe('a title and its document number on one line', () => {
  const rest = ['', '各市、县人民政府，省政府各部门：', '　　现将《某省空气质量改善行动方案》印发给你们，请认真贯彻执行。', '', '某省人民政府', '2024年1月5日', '', '某省空气质量改善行动方案', '', '一、重点任务', '（一）优化产业结构。'];

  it.each([
    ['某省人民政府关于印发《某省空气质量改善行动方案》的通知　某政发〔2024〕2号', '某政发〔2024〕2号'],
    ['某省人民政府关于印发《某省空气质量改善行动方案》的通知  某政发[2024]2号', '某政发[2024]2号'],
  ])('should read %s as the title and the number', async (line, number) => {
    const doc = await parseNotice([line, ...rest].join('\n'));
    expect(doc.notice?.title).toBe('某省人民政府关于印发《某省空气质量改善行动方案》的通知');
    expect(doc.notice?.documentNumber?.raw).toBe(number);
    expect(doc.metadata.title).toBe('某省人民政府关于印发《某省空气质量改善行动方案》的通知');
    expect(doc.plan?.title).toBe('某省空气质量改善行动方案');
  });
});

describe('the issuing body alone under a plan\'s title', () => {
  const notice = ['某县人民政府办公室转发县发展改革局关于某县数字乡村建设方案的通知', '', '各乡镇人民政府，县政府各部门：', '　　县发展改革局制定的《某县数字乡村建设方案》已经县政府同意，现转发给你们，请认真贯彻执行。', '', '某县人民政府办公室', '2024年4月1日', ''];
  const items = ['', '一、重点任务', '（一）建设数字基础设施。（牵头单位：县工业和信息化局）'];

  it.each([
    ['县发展改革局', '县发展改革局'],
    ['（某县发展和改革局）', '某县发展和改革局'],
  ])('should read %s as the byline of a title that reads whole, not more of the title', async (line, issuer) => {
    const doc = await parseNotice([...notice, '某县数字乡村建设方案', line, ...items].join('\n'));
    expect(doc.plan?.title).toBe('某县数字乡村建设方案');
    expect(doc.plan?.byline).toMatchObject({ issuer, date: null, dateText: null });
  });

  it('should read a report\'s byline too', async () => {
    const doc = await parseNotice([...notice, '关于某县2024年国民经济和社会发展计划的报告', '某县发展和改革局', ...items].join('\n'));
    expect(doc.plan?.title).toBe('关于某县2024年国民经济和社会发展计划的报告');
    expect(doc.plan?.byline?.issuer).toBe('某县发展和改革局');
  });

  it('should keep an organ\'s name as the title\'s line where the title does not read whole without it', async () => {
    const doc = await parseNotice([...notice, '某县数字乡村建设工作方案责任分工', '（县发展改革局）', ...items].join('\n'));
    expect(doc.plan?.byline).toBeUndefined();
  });
});

describe('notes between the notice and the plan', () => {
  const notice = ['某县人民政府关于印发某县优化营商环境行动方案的通知', '某政发〔2024〕5号', '', '各乡镇人民政府，县政府各部门：', '　　现将《某县优化营商环境行动方案》印发给你们，请认真贯彻执行。', '', '某县人民政府', '2024年5月8日'];
  const plan = ['', '某县优化营商环境行动方案', '', '一、重点任务', '（一）优化审批。压缩审批时限。（牵头单位：县政务服务中心）'];

  it.each([
    [['（本文有删减）']],
    [['（此件公开发布）', '（本文有删减）']],
    [['（此件公开发布）', '（联系人：王芳；联系电话：0371-12345678）', '（原文有删节）']],
  ])('should read the abridgement note in %j as the notice\'s, not part of the plan\'s title', async (notes) => {
    const doc = await parseNotice([...notice, ...notes, ...plan].join('\n'));
    expect(doc.plan?.title).toBe('某县优化营商环境行动方案');
    expect(doc.notice?.notes?.map((n) => n.text)).toContain(notes[notes.length - 1]);
  });

  it('should leave a labelled note above the plan\'s title unparsed, with a warning, and find the title below it', async () => {
    const doc = await parseNotice([...notice, '（此件公开发布）', '', '特别提示：本方案第3项任务已于2025年1月1日停止执行。', ...plan].join('\n'));
    expect(doc.plan?.title).toBe('某县优化营商环境行动方案');
    expect(doc.plan?.preamble ?? []).toEqual([]);
    expect(doc.unparsed.map((u) => u.text)).toEqual(['特别提示：本方案第3项任务已于2025年1月1日停止执行。']);
    expect(doc.diagnostics.some((d) => d.ruleId === 'unparsed-text')).toBe(true);
  });
});
