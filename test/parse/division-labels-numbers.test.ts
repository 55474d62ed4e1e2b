import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { shareParts } from '../../src/parse/group-units.js';
import { fold } from '../../src/text/fold.js';
import { validateDocument } from '../../src/validate/validate.js';

// A division by number (第1项由A牵头；第2项由B负责) written with a label (任务分工：), with the items'
// numbers as the outline writes them ((一), (1)), or after a regulation's closing article.

const division = '第1项由市数据局牵头，市司法局配合；第2项、第3项由市数据局负责';
const clausesOf = (line: string) => {
  const parts = shareParts(fold(line));
  return parts?.map((p) => [p.ordinals, line.slice(p.from, p.to).replace(/[；;]$/, '')]);
};

describe('a division line with a label', () => {
  it.each([['任务分工：'], ['以上任务分工：'], ['任务分工：以上'], ['责任分工:'], ['职责分工：'], ['分工安排：'], ['具体分工如下：']])(
    'should read %s… as a division, the label naming no item',
    (label) => {
      const line = `${label}${division}`;
      expect(clausesOf(line)).toEqual([
        [[1], '第1项由市数据局牵头，市司法局配合'],
        [[2, 3], '第2项、第3项由市数据局负责'],
      ]);
    },
  );

  it('should read a labelled division written units first (任务分工：A负责第1项、第2项任务，B负责第3项任务)', () => {
    expect(shareParts(fold('任务分工：市数据局负责第1项、第2项任务，市司法局负责第3项任务'))?.map((p) => p.ordinals)).toEqual([[1, 2], [3]]);
  });

  it.each([['任务分工：市数据局牵头，市司法局配合'], ['任务分工明确，第1项由市数据局牵头'], ['工作分工要清晰：第1项任务是完善机制']])('should find no division in %s', (line) => {
    expect(shareParts(fold(line))).toBeNull();
  });
});

describe('a division naming items by their numbers as the outline writes them', () => {
  it.each([
    ['第（一）项由市教育局基础教育科牵头，市财政局配合；第（二）项由市教育局基础教育科负责', [[1], [2]]],
    ['第（1）项、第（2）项由市数据局牵头；第（3）项由市司法局负责', [[1, 2], [3]]],
    ['第（一）至（三）项由市数据局负责', [[1, 2, 3]]],
    ['以上第（一）、（二）项由市数据局牵头，第（三）项由市司法局牵头', [[1, 2], [3]]],
    ['第①项由市数据局牵头；第②项由市司法局负责', [[1], [2]]],
  ])('should read %s as naming items %j', (line, ordinals) => {
    expect(shareParts(fold(line))?.map((p) => p.ordinals)).toEqual(ordinals);
  });
});

const ITEMS = '某市2026年数据要素工作要点\n一、重点任务\n1.完善公共数据授权运营机制。出台授权运营管理办法。\n2.培育数据交易市场。推动数据交易额突破10亿元。\n3.加强数据安全保障。开展数据安全专项检查。\n';
const EXPECTED = [
  ['1', ['市数据局'], ['市司法局']],
  ['2', ['市数据局'], []],
  ['3', ['市数据局'], []],
];
const read = async (text: string) => {
  const doc = await parseNotice(text);
  return {
    tasks: doc.plan?.tasks.map((t) => [t.number, t.lead, t.participants]),
    unread: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.message),
  };
};

describe('a labelled division in a plan', () => {
  it.each([
    ['after the last item', `${ITEMS}任务分工：${division}。\n`],
    ['in a part of its own', `${ITEMS}二、任务分工\n任务分工：${division}。\n`],
    ['with 以上 before its label', `${ITEMS}以上任务分工：${division}。\n`],
    ['with 以上 after its label', `${ITEMS}任务分工：以上${division}。\n`],
    ['with a half-width colon', `${ITEMS}责任分工:${division}。\n`],
    ['ending the last item', `${ITEMS.trimEnd()}任务分工：${division}。\n`],
  ])('should give the items their units from a division %s', async (_where, text) => {
    expect(await read(text)).toEqual({ tasks: EXPECTED, unread: [] });
  });

  it('should read a division written in traditional characters (任務分工：第1項由…牽頭)', async () => {
    const text = `${ITEMS}任務分工：第1項由市數據局牽頭，市司法局配合；第2項、第3項由市數據局負責。\n`;
    expect(await read(text)).toEqual({
      tasks: [
        ['1', ['市數據局'], ['市司法局']],
        ['2', ['市數據局'], []],
        ['3', ['市數據局'], []],
      ],
      unread: [],
    });
  });

  it('should give items numbered （一）（二）（三） their units from a division naming 第（一）项 in a part of its own', async () => {
    const text =
      '某市教育局2026年教育工作要点\n一、重点工作\n（一）扩大优质学前教育资源。新增公办幼儿园学位3000个。\n（二）推进义务教育优质均衡发展。创建省级义务教育优质均衡发展县2个。\n（三）加强教师队伍建设。招聘中小学教师500名。\n二、任务分工\n第（一）项由市教育局基础教育科牵头，市财政局配合；第（二）项由市教育局基础教育科负责；第（三）项由市教育局人事科、市人社局按职责分工负责。\n';
    expect(await read(text)).toEqual({
      tasks: [
        ['一', ['市教育局基础教育科'], ['市财政局']],
        ['二', ['市教育局基础教育科'], []],
        ['三', ['市教育局人事科', '市人社局'], []],
      ],
      unread: [],
    });
  });

  it('should report a labelled division naming an item the plan does not have', async () => {
    const { tasks, unread } = await read(`${ITEMS}任务分工：第1项由市数据局牵头；第5项由市司法局负责。\n`);
    expect(tasks).toEqual([['1', ['市数据局'], []]]);
    expect(unread).toEqual(['the responsibility clause "第5项由市司法局负责" names item 5, which the group above it does not have: its units are in no task of that number']);
  });

  it('should report a labelled line naming items by number that does not read as a division', async () => {
    const { tasks, unread } = await read(`${ITEMS}任务分工：一是第1项由市数据局牵头。\n`);
    expect(tasks).toEqual([]);
    expect(unread).toEqual(['the division "任务分工：一是第1项由市数据局牵头" was not read: the items it numbers name no units from it']);
  });
});

describe('a division of a regulation\'s articles after its closing article', () => {
  const ARTICLES =
    '某市促进工业互联网发展若干措施\n第一条　为推动工业互联网发展，制定本措施。\n第二条　支持平台建设。（责任单位：市经信局）\n第三条　强化网络安全保障。开展安全分类分级管理。\n第四条　加强人才支撑。每年培训数字化人才2000人次。\n第五条　本措施自2026年4月1日起施行。\n';
  const SHARED = [
    ['二', ['市经信局'], []],
    ['三', ['市委网信办'], ['市经信局']],
    ['四', ['市人社局', '市教育局'], []],
  ];
  const lines = '第三条由市委网信办牵头，市经信局配合；第四条由市人社局、市教育局按职责分工负责。';

  it.each([
    ['with its label', `任务分工：${lines}`],
    ['without a label, opening with the number of an article already read', lines],
  ])('should give the articles it names their units, %s', async (_how, line) => {
    const text = `${ARTICLES}${line}\n`;
    expect(await read(text)).toEqual({ tasks: SHARED, unread: [] });
    // The line is no article 三 read a second time.
    const doc = await parseNotice(text);
    expect(doc.outline.map((n) => n.label)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条']);
    expect(validateDocument(doc, text).filter((d) => d.ruleId === 'outline-sequence')).toEqual([]);
  });

  it('should keep 第六条由市经信局负责解释 after 第五条 the next article, naming no article read', async () => {
    const doc = await parseNotice(`${ARTICLES}第六条由市经信局负责解释。\n`);
    expect(doc.outline.map((n) => n.label)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条']);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'clause-unread')).toEqual([]);
  });
});
