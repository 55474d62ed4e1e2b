import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { findWrap, wrapsInto, type WrapLine } from '../../src/source/line-wrap.js';

/** A line as the text adapter gives it: its indent (　　) kept apart from its text. */
const line = (raw: string): WrapLine => {
  const text = raw.replace(/^\u3000+/, '');
  const indent = raw.slice(0, raw.length - text.length);
  return indent ? { text, start: 0, textStart: indent.length, indent } : { text };
};

// Set from a PDF at 28 columns: a Han line holds 28 characters, a line with half-width figures more.
const PAGE = [
  '　　一、重点任务',
  '　　1.实现创新平台提质增效。依托天津市配电自动化工程中心',
  '等现有资源，面向国家重大战略任务和市区主导产业发展需求，',
  '在关键技术点加大技术攻关和试验研究。（牵头单位：区科技局',
  '，参与单位：区发展改革委）',
  '　　2.拓展新型合作伙伴关系。承接北京非首都功能，紧密围绕',
  '区位优势积极引进各级各类科研院所，广结创新合伙人，携手构',
  '建联络更加紧密的工作格局。（牵头单位：区科技局）',
  '　　二、保障措施',
  '　　成立领导小组，总揽全局，统筹指导重大政策、重大问题和',
  '重要工作研究与决策。设立领导小组办公室，办公室设在区科技',
  '局。',
  '',
  '　　附件：河东区科技创新三年行动计划（2020—2022年）重点',
  '任务工作目标年度分解表',
].join('\n');

describe('a wrap measured as the page sets it, where its Han lines are as many characters as columns', () => {
  it('should measure the wrap by the page when a line with figures reaches it with more characters', () => {
    const wrap = findWrap(PAGE.split('\n').map(line));
    expect(wrap?.width).toBe(56);
    // A digit takes one column, a Han character or a full-width mark two.
    expect(wrap?.measure('（2020—2022年）')).toBe(16);
    expect(wrapsInto(line('　　附件：河东区科技创新三年行动计划（2020—2022年）重点'), line('任务工作目标年度分解表'), wrap, true)).toBe(true);
  });

  it('should read the attachment title whole and leave the last safeguard as written', async () => {
    const doc = await parseNotice(PAGE);
    expect(doc.plan?.attachments.map((a) => a.title)).toEqual(['河东区科技创新三年行动计划（2020—2022年）重点任务工作目标年度分解表']);
    expect(doc.plan?.safeguards.at(-1)?.text).toBe('成立领导小组，总揽全局，统筹指导重大政策、重大问题和重要工作研究与决策。设立领导小组办公室，办公室设在区科技局。');
  });

  it('should keep counting characters where a script cut every line with figures at the count', () => {
    // Cut at 22 characters whatever their width: the lines with figures are 22 characters, narrower on the page.
    const paragraph =
      '为深入实施创新驱动发展战略，贯彻落实习近平总书记重要指示精神，特制定本行动计划。到2022年末，研发支出与地区生产总值之比达到2.59％以上；全区有效发明专利达到1170件，重点实验室达到8家，市级以上创新创业平台达到15家，技术合同成交额达到50亿元，力争新建2家市级重点实验室。';
    const lines = paragraph.match(/.{1,22}/gu)!;
    const wrap = findWrap(lines.map(line));
    expect(wrap?.width).toBe(44);
    // Each character counts two columns, a digit as a Han character.
    expect(wrap?.measure('到2022年末')).toBe(14);
  });
});
