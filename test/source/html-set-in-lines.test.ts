import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../src/source/html-adapter.js';
import { textToBlocks } from '../../src/source/text-adapter.js';
import type { Block } from '../../src/source/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { brief, readChecked } from '../helpers/blocks.js';

const read = (source: string): Promise<Block[]> => readChecked(htmlToBlocks, source);

/**
 * A notice from a PDF pasted one <p> a line: each paragraph's first line set in, the lines wrapped
 * after it flush. The repeal's line ends with the number's bracket, 同时废止。 goes on flush below it.
 * `SET_IN` stands where the page sets a paragraph in.
 */
const LINES = [
  '天津市南开区人民政府办公室关于印发南开区推动数字经济高质量发展三年行动方',
  '案(2023—2025年)(修订版)的通知',
  '南开政办发〔2024〕3号',
  '各街道办事处,区政府各委、办、局,各有关单位:',
  'SET_IN经区人民政府同意,现将修订后的《南开区推动数字经济高质量发展三年行动方案',
  '(2023—2025年)》印发给你们,请认真组织实施。《南开区推动数字经济高',
  '质量发展三年行动方案(2023—2025年)》(南开政办发〔2023〕6号)',
  '同时废止。',
  '天津市南开区人民政府办公室',
  '2024年2月20日',
  '(此件主动公开)',
  '南开区推动数字经济高质量发展三年行动方案(2023—2025年)',
  'SET_IN为深入贯彻落实国家、我市关于发展数字经济的决策部署,加快推动数字产业化、',
  '产业数字化,结合我区实际,制定本方案。',
  '一、总体要求',
  '(一)指导思想',
  'SET_IN以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,完',
  '整、准确、全面贯彻新发展理念,以数据为关键要素,以数字技术与实体经济深度融合',
  '为主线,着力打造数字经济创新发展高地。',
  '(二)工作目标',
];
const REPEAL = '经区人民政府同意,现将修订后的《南开区推动数字经济高质量发展三年行动方案(2023—2025年)》印发给你们,请认真组织实施。《南开区推动数字经济高质量发展三年行动方案(2023—2025年)》(南开政办发〔2023〕6号)同时废止。';

const page = (line: (l: string) => string): string => `<html><body><div class="article">\n${LINES.map(line).join('\n')}\n</div></body></html>`;
const byIdeographicSpaces = page((l) => `<p>${l.replace('SET_IN', '　　')}</p>`);
const byNbsp = page((l) => `<p>${l.replace('SET_IN', '&nbsp;&nbsp;&nbsp;&nbsp;')}</p>`);
const byStyle = page((l) => (l.startsWith('SET_IN') ? `<p style="text-indent: 2em;">${l.slice(6)}</p>` : `<p>${l}</p>`));
const byDivs = page((l) => `<div>${l.replace('SET_IN', '　　')}</div>`);

describe('htmlToBlocks: a hard-wrapped text one line a block, its paragraphs set in', () => {
  it.each([
    ['　　 before the text', byIdeographicSpaces],
    ['&nbsp; before the text', byNbsp],
    ['a text-indent style', byStyle],
    ['<div>s, 　　 before the text', byDivs],
  ])('should join a flush line to the full line above it that ends with a bracket, the indent marking paragraphs (%s)', async (_, html) => {
    const blocks = brief(await read(html));
    expect(blocks).toContain(`paragraph: ${REPEAL}`);
    expect(blocks).toContain('paragraph: 为深入贯彻落实国家、我市关于发展数字经济的决策部署,加快推动数字产业化、产业数字化,结合我区实际,制定本方案。');
    // Lines of their own stay apart: the signature, the date, the plan's title and its headings.
    expect(blocks).toContain('paragraph: 天津市南开区人民政府办公室');
    expect(blocks).toContain('paragraph: 南开区推动数字经济高质量发展三年行动方案(2023—2025年)');
    expect(blocks).toContain('paragraph: 一、总体要求');
  });

  it('should read the repeal cut over two <p>s into the notice\'s supersedes', async () => {
    for (const html of [byIdeographicSpaces, byStyle]) {
      const doc = await parseNotice(html, { name: 'notice.html' });
      expect(doc.notice?.body.map((b) => b.text)).toEqual([REPEAL]);
      expect(doc.notice?.supersedes.map((s) => s.raw)).toEqual(['南开政办发〔2023〕6号']);
    }
  });

  it('should join a line opening with 》 or a comma to the line above it, with no indent to go by', async () => {
    const html = `<div><p>为进一步优化营商环境,有效维护公平竞争的市场秩序,经区政府领导研究同意,对《河东区科技创新三年行动计划(2020—2022年)</p>
<p>》进行修订,原《河东区科技创新三年行动计划(2020—2022年)》(河东政办函〔2021〕18号)同时废止。</p>
<p>推动有条件的企业“民参军”</p><p>,形成资源共享、优势互补、融合发展的发展局面。</p></div>`;
    expect(brief(await read(html))).toEqual([
      'paragraph: 为进一步优化营商环境,有效维护公平竞争的市场秩序,经区政府领导研究同意,对《河东区科技创新三年行动计划(2020—2022年)》进行修订,原《河东区科技创新三年行动计划(2020—2022年)》(河东政办函〔2021〕18号)同时废止。',
      'paragraph: 推动有条件的企业“民参军”,形成资源共享、优势互补、融合发展的发展局面。',
    ]);
  });

  it('should keep a page\'s own paragraphs apart when each <p> is set in by its style', async () => {
    const paragraphs = [
      '为深入贯彻落实国家、我市关于发展数字经济的决策部署,加快推动数字产业化、产业数字化,结合我区实际,制定本方案。',
      '以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神,着力打造数字经济创新发展高地。',
      '到2025年,全区数字经济核心产业增加值达到120亿元,年均增长15%以上;规模以上工业企业数字化改造覆盖率达到90%。',
      '各部门要加强协同配合,形成工作合力。',
    ];
    const html = `<div>${paragraphs.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n')}</div>`;
    expect(brief(await read(html))).toEqual(paragraphs.map((p) => `paragraph: ${p}`));
  });

  it('should keep a set-in line and a centred line under it apart (附件：… over the annex\'s title)', async () => {
    const html = `<div><p style="text-indent: 2em;">附件：各省（自治区、直辖市）充电基础设施建设目标</p>
<p style="text-align: center;">各省（自治区、直辖市）充电基础设施建设目标</p>
<p style="text-indent: 2em;">为深入贯彻落实国家关于发展数字经济的决策部署，加快推动数字产业化、</p>
<p>产业数字化，结合实际，制定本方案。</p>
<p style="text-indent: 2em;">以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，完</p>
<p>整、准确、全面贯彻新发展理念，着力打造数字经济创新发展高地。</p>
<p style="text-indent: 2em;">各地区要加强协同配合，形成工作合力，确保各项任务落到实处。</p></div>`;
    const blocks = brief(await read(html));
    expect(blocks.slice(0, 2)).toEqual(['paragraph: 附件：各省（自治区、直辖市）充电基础设施建设目标', 'paragraph: 各省（自治区、直辖市）充电基础设施建设目标']);
  });
});

describe('textToBlocks: paragraphs set in, no blank lines between them', () => {
  it('should join a flush line to the full line above it whatever that ends with, the indent marking paragraphs', () => {
    const text = LINES.map((l) => l.replace('SET_IN', '　　')).join('\n');
    const blocks = textToBlocks(text).map((b) => b.text);
    expect(blocks).toContain(REPEAL);
    expect(blocks).toContain('天津市南开区人民政府办公室');
    expect(blocks).toContain('2024年2月20日');
  });
});
