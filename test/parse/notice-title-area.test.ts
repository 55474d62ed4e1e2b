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
