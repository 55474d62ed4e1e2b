import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { cutAsWritten } from '../../src/parse/as-written.js';
import { textToBlocks } from '../../src/source/text-adapter.js';
import { findDocumentNumbers } from '../../src/text/document-number.js';

/** The parser's handling of what the HTML, Markdown and traditional forms bring. */
describe('parsing blocks from HTML and Markdown', () => {
  it('should name annex columns by the lowest cell of a header that spans two rows', async () => {
    const html = `<p>关于印发某计划的通知</p><p>各单位：</p><p>现将计划印发给你们。</p><p>某某区人民政府</p><p>2022年7月20日</p>
      <p>某计划</p><p>一、总体要求</p><p>附件</p><p>年度分解表</p>
      <table><tr><td rowspan="2">序号</td><td rowspan="2">指标</td><td colspan="2">年度目标</td></tr>
      <tr><td>2020</td><td>2021</td></tr>
      <tr><td>1</td><td>研发投入(亿元)</td><td>1.5</td><td>2</td></tr></table>`;
    const doc = await parseNotice(html, { format: 'html' });
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '指标', '2020', '2021']);
    expect(table.rows.map((r) => [r.number, r.indicator, r.unit, r.values])).toEqual([['1', '研发投入', '亿元', { 2020: 1.5, 2021: 2 }]]);
  });

  it('should read page <meta> tags and a label table as metadata, and a breadcrumb in a navigation bar as the category', async () => {
    const html = `<html><head><meta name="ArticleTitle" content="关于印发某方案的通知"><meta name="PubDate" content="2022-07-25 15:30"></head>
      <body><div>某某区人民政府 2019年12月3日星期二</div><nav>首页 &gt; 政策文件 &gt; 区政府文件</nav>
      <table><tr><td>索&ensp;引&ensp;号：</td><td>123/2022-1</td><td>发文字号：</td><td>某政发〔2022〕1号</td></tr><tr><td>成文日期：</td><td>2022年7月20日</td><td>有效性：</td><td>有效</td></tr></table>
      <p>关于印发某方案的通知</p><p>各街道：</p><p>现将方案印发给你们。</p><p>某某区人民政府</p><p>2022年7月20日</p></body></html>`;
    const doc = await parseNotice(html, { format: 'html' });
    expect([doc.metadata.title, doc.metadata.publishedDate, doc.metadata.indexNumber, doc.metadata.documentNumber?.raw, doc.metadata.writtenDate]).toEqual([
      '关于印发某方案的通知',
      '2022-07-25',
      '123/2022-1',
      '某政发〔2022〕1号',
      '2022-07-20',
    ]);
    expect(doc.metadata.category).toEqual(['政策文件', '区政府文件']);
    // The date widget after the <meta> front matter is furniture, not the notice's title or date.
    expect(doc.chrome.map((c) => c.kind)).toEqual(['date-widget', 'breadcrumb']);
    expect(doc.notice!.title).toBe('关于印发某方案的通知');
  });

  it('should take the title the page\'s header shows (名称) over the <meta name="ArticleTitle"> short form', async () => {
    const html = `<html><head><meta name="ArticleTitle" content="关于印发某方案的通知"></head>
      <body><table><tr><td>名　　称：</td><td>某区人民政府关于印发某方案的通知</td></tr><tr><td>发文字号：</td><td>某政发〔2022〕1号</td></tr></table>
      <p>某区人民政府关于印发某方案的通知</p><p>各街道：</p><p>现将方案印发给你们。</p><p>某区人民政府</p><p>2022年7月20日</p></body></html>`;
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.metadata.title).toBe('某区人民政府关于印发某方案的通知');
    expect(doc.metadata.fields.filter((f) => f.key === 'title').map((f) => f.value)).toEqual(['关于印发某方案的通知', '某区人民政府关于印发某方案的通知']);
  });

  it('should keep the fields of a label table and read the empty 主题词 table that follows it as one more field (gov.cn)', async () => {
    const html = `<table><tr><td>索 引 号：</td><td>000014349/2018-00212</td><td>发文机关：</td><td>国务院</td></tr>
      <tr><td>标　　题：</td><td colspan="3">国务院关于某事项的意见</td></tr></table>
      <table><tr><td>主 题 词：</td><td></td></tr></table>
      <p>国务院关于某事项的意见</p><p>各省、自治区、直辖市人民政府：</p><p>现提出以下意见。</p><p>国务院</p><p>2018年11月16日</p>`;
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.metadata.fields.map((f) => [f.label, f.key, f.value])).toEqual([
      ['索 引 号', 'indexNumber', '000014349/2018-00212'],
      ['发文机关', 'issuer', '国务院'],
      ['标\u3000\u3000题', 'title', '国务院关于某事项的意见'],
      ['主 题 词', 'keywords', null],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it('should not take a table with a single label row for metadata when no label table comes before it', async () => {
    const html = `<p>国务院关于某事项的意见</p><table><tr><td>主 题 词：</td><td>就业</td></tr></table><p>各省、自治区、直辖市人民政府：</p><p>现提出以下意见。</p><p>国务院</p><p>2018年11月16日</p>`;
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.metadata.fields).toEqual([]);
  });
});

describe('matching traditional characters', () => {
  it('should find document numbers on a simplified copy and cut them as written', () => {
    const text = '原《方案》(河東政辦函〔2021〕18號)同時廢止。';
    const simplified = '原《方案》(河东政办函〔2021〕18号)同时废止。';
    expect(findDocumentNumbers(text, simplified).map((f) => [f.raw, f.agency, f.year, f.serial])).toEqual([['河東政辦函〔2021〕18號', '河東政辦函', 2021, 18]]);
    // 號 is read as 号 without the copy too (a number the readers look for before there is one).
    expect(findDocumentNumbers(text).map((f) => f.raw)).toEqual(['河東政辦函〔2021〕18號']);
  });

  it('should cut pieces found in the matching copy out of the text as written', () => {
    expect(cutAsWritten('各委辦局、各街道辦事處及相關單位', '各委办局、各街道办事处及相关单位', ['各委办局', '各街道办事处', '相关单位'])).toEqual(['各委辦局', '各街道辦事處', '相關單位']);
  });

  it('should read a traditional notice: addressees, goal and safeguard headings, units with simplified names', async () => {
    const text = [
      '河東區人民政府辦公室關於印發某計劃的通知',
      '各委辦局、各街道辦事處及相關單位:',
      '現將計劃印發給你們。',
      '天津市河東區人民政府辦公室',
      '2022年7月22日',
      '某計劃',
      '一、總體要求',
      '(一)工作目標',
      '到2022年末,全區高新技術企業總量突破128家。',
      '二、重點任務',
      '(一)組織實施',
      '1.實現創新平臺提質增效。依託現有資源。(牽頭單位:區科技局,參與單位:區發展改革委)',
      '三、組織實施',
      '(一)加強組織領導',
      '成立領導小組。',
    ].join('\n\n');
    const doc = await parseNotice(text);
    expect(doc.notice!.addressees).toEqual(['各委辦局', '各街道辦事處', '相關單位']);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.qualifier])).toEqual([['全區高新技術企業總量', 128, '家', '突破']]);
    expect(doc.plan!.safeguards.map((s) => s.title)).toEqual(['加強組織領導']);
    const task = doc.plan!.tasks[0]!;
    expect([task.lead, task.participants, task.leadSimplified, task.participantsSimplified]).toEqual([['區科技局'], ['區發展改革委'], ['区科技局'], ['区发展改革委']]);
  });
});

describe('joining hard-wrapped text', () => {
  const wrapped = (lines: string[]): string[] => textToBlocks(lines.join('\n')).map((b) => b.text);

  it('should join a full line after 。 or a colon where blank lines separate paragraphs, and not insert a space inside a number', () => {
    const text = [
      '特制定本行动计划。',
      '',
      '到2022年末,全区高新企业总量突破12',
      '8家,雏鹰企业和瞪羚企业分别达到80家。',
      '',
      '1.实现创新平台提质增效。依托现有资源。',
      '(牵头单位:区科技局,参与单位:区发展改',
      '革委、区楼宇办)',
      '',
      '2.拓展新型合作伙伴关系。引进科研院所。',
      '',
      '3.实现军民融合的双向发力。(牵头单位:',
      '区产促局)',
      '',
      '成立领导小组。',
      '',
      '加强分工协作。',
      '',
      '加强政策支持。',
      '',
    ];
    expect(text.filter((l) => l.length >= 16).map((l) => l.length)).toEqual([20, 20, 20, 20, 20, 20]);
    expect(wrapped(text)).toEqual([
      '特制定本行动计划。',
      '到2022年末,全区高新企业总量突破128家,雏鹰企业和瞪羚企业分别达到80家。',
      '1.实现创新平台提质增效。依托现有资源。(牵头单位:区科技局,参与单位:区发展改革委、区楼宇办)',
      '2.拓展新型合作伙伴关系。引进科研院所。',
      '3.实现军民融合的双向发力。(牵头单位:区产促局)',
      '成立领导小组。',
      '加强分工协作。',
      '加强政策支持。',
    ]);
  });

  it('should keep lines that end a sentence apart where paragraphs are not separated by blank lines', () => {
    const text = [
      '第一段的文字写满了一整行而且在这一行的末尾正好结束了这个句子。',
      '第二段的文字也写满了一整行而且在这一行的末尾也结束了一个句子。',
      '第三段的文字同样写满了一整行并且在这一行的末尾还是结束了句子。',
      '第四段的文字写满了一整行然后没有结束而是接着写到了下一行的开头',
      '这里。',
    ];
    expect(text.slice(0, 4).map((l) => l.length)).toEqual([31, 31, 31, 31]);
    expect(wrapped(text)).toEqual([text[0], text[1], text[2], `${text[3]}这里。`]);
  });

  it('should put a space where a wrap falls between two Latin letters, and none inside a number', () => {
    const text = ['The district supports open and', 'free software for its own data', 'centres and spends about 112.5', '9 percent of it on them.'];
    expect(text.slice(0, 3).map((l) => l.length)).toEqual([30, 30, 30]);
    expect(wrapped(text)).toEqual(['The district supports open and free software for its own data centres and spends about 112.59 percent of it on them.']);
  });
});
