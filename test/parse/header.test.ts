import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const header = (...lines: string[]) => parseNotice([...lines, '', '关于印发某某办法的通知', '', '各单位:', '', '现印发给你们。'].join('\n'));

describe('the metadata header', () => {
  it('should read labels with odd spacing and values on the next line', async () => {
    const doc = await header('名\u2002\u2002\u2002称 :', '关于印发某某办法的通知', '发\u2002文\u2002字\u2002号：', '某政发〔2023〕5号', '成文日期:', '2023年3月1日');
    expect(doc.metadata).toMatchObject({
      title: '关于印发某某办法的通知',
      documentNumber: { raw: '某政发〔2023〕5号', agency: '某政发', year: 2023, serial: 5 },
      writtenDate: '2023-03-01',
    });
  });

  // 生成日期 is when the page's record was made (a Hunan page's 2025-04-02 under a notice signed 2025-03-28), not 成文日期.
  it('should read the labels of Zhejiang- and Hunan-style headers (生成日期 as the publication date, 信息分类, 文号)', async () => {
    const doc = await header('索引号：002482324/2023-00001', '发布机构：某市人民政府办公室', '生成日期：2023-04-12', '文号：某政办发〔2023〕18号', '信息分类：综合政务', '公文种类：通知');
    expect(doc.metadata).toMatchObject({ writtenDate: null, publishedDate: '2023-04-12', subject: '综合政务', documentNumber: { raw: '某政办发〔2023〕18号' } });
    expect(doc.metadata.fields.find((f) => f.label === '公文种类')).toMatchObject({ key: null, value: '通知' });
  });

  it.each([
    ['in the tool bar, as page furniture', '发布时间：2022-06-02 09:12　来源：市政府办　浏览次数：1326'],
    ['on a line of its own', '发布时间：2022-06-02 09:12'],
    ['on a line of its own, a date in words', '发布日期：2022年6月2日'],
  ])("should take the page's dateline %s over a header's 生成日期 for the publication date", async (_where, dateline) => {
    const doc = await parseNotice(
      ['索引号：4305000027/2022-01188', '发布机构：某市人民政府办公室', '生成日期：2022-05-30', '文号：某政办发〔2022〕7号', '', '某市人民政府办公室关于印发某实施方案的通知', dateline, '各县、市、区人民政府：', '现印发给你们，请认真组织实施。', '某市人民政府办公室', '2022年5月30日'].join('\n'),
    );
    expect(doc.metadata.publishedDate).toBe('2022-06-02');
    expect(doc.metadata.fields.filter((f) => f.key === 'publishedDate').map((f) => f.label)).toEqual(['生成日期', dateline.slice(0, 4)]);
  });

  it("should take an HTML page's dateline under the title over its header table's 生成日期", async () => {
    const doc = await parseNotice(
      [
        '<html><body><table><tr><th>发布机构：</th><td>某市人民政府办公室</td><th>生成日期：</th><td>2022-05-30</td></tr>',
        '<tr><th>文　　号：</th><td>某政办发〔2022〕7号</td><th>有效性：</th><td>有效</td></tr></table>',
        '<h1>某市人民政府办公室关于印发某实施方案的通知</h1><div class="info">发布时间：2022-06-02 09:12　来源：市政府办</div>',
        '<p>各县、市、区人民政府：</p><p>现印发给你们，请认真组织实施。</p><p>某市人民政府办公室</p><p>2022年5月30日</p></body></html>',
      ].join('\n'),
    );
    expect(doc.metadata.publishedDate).toBe('2022-06-02');
    expect(doc.metadata.writtenDate).toBe('2022-05-30');
  });

  it("should keep a header's 发布日期 over the page's dateline, and the first dateline over a second", async () => {
    const doc = await parseNotice(
      ['索引号：4305000027/2022-01188', '生成日期：2022-05-30', '发布日期：2022-05-31', '文号：某政办发〔2022〕7号', '', '某市人民政府办公室关于印发某实施方案的通知', '发布时间：2022-06-02 09:12', '各县、市、区人民政府：', '现印发给你们。'].join('\n'),
    );
    expect(doc.metadata.publishedDate).toBe('2022-05-31');
    const twice = await parseNotice(
      ['生成日期：2022-05-30', '文号：某政办发〔2022〕7号', '', '某市人民政府办公室关于印发某实施方案的通知', '发布时间：2022-06-02', '发布时间：2022-06-05', '各县、市、区人民政府：', '现印发给你们。'].join('\n'),
    );
    expect(twice.metadata.publishedDate).toBe('2022-06-02');
  });

  it('should read the labels CMS headers name their own way (信息索引号, 发布机关, 文件编号, 公开时间, 信息名称)', async () => {
    const doc = await header('信息索引号：000014349/2025-00112', '发布机关：某区人民政府办公室', '文件编号：某政办发〔2025〕3号', '公开时间：2025-05-08', '信息名称：关于印发某某办法的通知');
    expect(doc.metadata).toMatchObject({ indexNumber: '000014349/2025-00112', issuer: '某区人民政府办公室', documentNumber: { raw: '某政办发〔2025〕3号' }, publishedDate: '2025-05-08', title: '关于印发某某办法的通知' });
    expect(doc.notice).not.toBeNull();
  });

  it('should keep a label no list knows, in a header among known ones, as a field with a warning and never lose the notice', async () => {
    for (const lines of [['目录编码', 'QH-0203', '发文机关', '某区人民政府办公室', '发文字号', '某政办发〔2025〕3号'], ['目录编码：QH-0203', '发文机关：某区人民政府办公室', '发文字号：某政办发〔2025〕3号']]) {
      const doc = await header(...lines);
      expect(doc.metadata.fields.map((f) => [f.label, f.key, f.value])).toEqual([
        ['目录编码', null, 'QH-0203'],
        ['发文机关', 'issuer', '某区人民政府办公室'],
        ['发文字号', 'documentNumber', '某政办发〔2025〕3号'],
      ]);
      expect(doc.diagnostics.filter((d) => d.ruleId === 'header-label-unknown').map((d) => d.line)).toEqual([1]);
      expect(doc.notice?.title).toBe('关于印发某某办法的通知');
    }
  });

  it('should keep a label no list knows as the header\'s last line a field, never the page\'s headline', async () => {
    const doc = await header('索引号：0011/2024-001', '发布机构：某市人民政府办公室', '文号：某政办发〔2024〕3号', '所属类别：规范性文件');
    expect(doc.metadata.fields.map((f) => [f.label, f.key, f.value])).toEqual([
      ['索引号', 'indexNumber', '0011/2024-001'],
      ['发布机构', 'issuer', '某市人民政府办公室'],
      ['文号', 'documentNumber', '某政办发〔2024〕3号'],
      ['所属类别', null, '规范性文件'],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'header-label-unknown').map((d) => d.line)).toEqual([4]);
    expect(doc.notice?.title).toBe('关于印发某某办法的通知');
  });

  it('should not take a sentence under the header, nor a label-like line after a blank line, for a field', async () => {
    const doc = await parseNotice(['索引号：0011/2024-001', '发布机构：某市人民政府办公室', '', '所属类别：规范性文件', '', '关于印发某某办法的通知'].join('\n'));
    expect(doc.metadata.fields.map((f) => f.label)).toEqual(['索引号', '发布机构']);
  });

  it.each([['middle', 1], ['last', 3]])('should read 时效状态 as the validity, the %s of the header', async (_where, at) => {
    const lines = ['索引号：0011/2024-001', '发布机构：某市人民政府办公室', '文号：某政办发〔2024〕3号'];
    lines.splice(at, 0, '时效状态：现行有效');
    const doc = await header(...lines);
    expect(doc.metadata).toMatchObject({ validity: '现行有效', issuer: '某市人民政府办公室', documentNumber: { raw: '某政办发〔2024〕3号' } });
    expect(doc.diagnostics.filter((d) => d.ruleId === 'header-label-unknown')).toEqual([]);
    expect(doc.notice?.title).toBe('关于印发某某办法的通知');
  });

  it.each([['无'], ['／'], ['——'], ['-'], ['暂无'], ['無']])('should read a 文号 of %s as no number, on its line or under its label, and keep it in the fields as written', async (none) => {
    for (const lines of [['索引号：0011/2024-001', `文号：${none}`, '发布机构：某市人民政府办公室'], ['索引号：', '0011/2024-001', '文号：', none, '发布机构：', '某市人民政府办公室']]) {
      const doc = await header(...lines);
      expect(doc.metadata.fields.map((f) => [f.label, f.value])).toEqual([['索引号', '0011/2024-001'], ['文号', none], ['发布机构', '某市人民政府办公室']]);
      expect(doc.metadata.documentNumber).toBeNull();
      expect(doc.notice?.title).toBe('关于印发某某办法的通知');
    }
  });

  it('should fill a 文号 of 无 with the number the notice prints under its title', async () => {
    const doc = await parseNotice(['索引号：0011/2024-001', '文号：无', '发布机构：某市人民政府办公室', '', '某市人民政府办公室关于印发某方案的通知', '某政办发〔2024〕3号', '', '各区人民政府：', '现印发给你们。'].join('\n'));
    expect(doc.metadata).toMatchObject({ documentNumber: { raw: '某政办发〔2024〕3号' }, derived: ['title', 'documentNumber'] });
  });

  it('should read header dates written as eight digits or followed by the day of the week, without a warning', async () => {
    for (const lines of [['成文日期：20240105', '发布日期：2024年01月08日星期一'], ['成文日期：', '20240105', '发布日期：', '2024年01月08日（星期一）']]) {
      const doc = await header('索引号：0011/2024-001', ...lines);
      expect(doc.metadata).toMatchObject({ writtenDate: '2024-01-05', publishedDate: '2024-01-08' });
      expect(doc.diagnostics.filter((d) => d.ruleId === 'header-date-unreadable')).toEqual([]);
    }
  });

  it('should not read eight digits that make no date, and say so', async () => {
    const doc = await header('索引号：0011/2024-001', '成文日期：20241305');
    expect(doc.metadata.writtenDate).toBeNull();
    expect(doc.diagnostics.filter((d) => d.ruleId === 'header-date-unreadable').map((d) => d.line)).toEqual([2]);
  });

  it('should read a value on the same line as its label', async () => {
    const doc = await header('索引号：123/2023-001', '发布机构：某区人民政府', '有效性：有效');
    expect(doc.metadata).toMatchObject({ indexNumber: '123/2023-001', issuer: '某区人民政府', validity: '有效' });
  });

  it('should keep a value on the label line as written, full-width brackets and spaces included', async () => {
    const doc = await header('主题分类：工业、交通\\信息产业（含电信）', '发布机构：某区人民政府\u3000办公室');
    expect(doc.metadata).toMatchObject({ subject: '工业、交通\\信息产业（含电信）', issuer: '某区人民政府\u3000办公室' });
  });

  it('should leave an empty value null and never take the next label for it', async () => {
    const doc = await header('名称:', '关于印发某某办法的通知', '成 文 日 期 :', '发 文 日 期 :', '有效性:', '有效');
    expect(doc.metadata.writtenDate).toBeNull();
    expect(doc.metadata.publishedDate).toBeNull();
    expect(doc.metadata.validity).toBe('有效');
    expect(doc.metadata.fields.map((f) => [f.key, f.value])).toEqual([
      ['title', '关于印发某某办法的通知'],
      ['writtenDate', null],
      ['publishedDate', null],
      ['validity', '有效'],
    ]);
  });

  it('should not take the notice title for the value of an empty last date', async () => {
    const doc = await header('名称:', '关于印发某某办法的通知', '发文日期:');
    expect(doc.metadata.publishedDate).toBeNull();
    expect(doc.notice?.title).toBe('关于印发某某办法的通知');
  });

  it.each([['主题词：'], ['主题分类：'], ['关键词：'], ['关键词']])('should leave an empty last %s empty when a blank line parts it from the notice', async (label) => {
    const title = '某区人民政府办公室关于印发某行动方案的通知';
    const doc = await parseNotice(['索引号：', '0011/2024-001', '发布机构：', '某区人民政府办公室', '名称：', title, label, '', '各街道办事处，区政府直属各单位：', '现将《某行动方案》印发给你们，请认真组织实施。', '', '某区人民政府办公室', '2024年4月2日', '', '某行动方案', '', '一、重点任务', '（一）优化审批。压缩审批时限。（牵头单位：区政务服务局）'].join('\n'));
    expect(doc.metadata.fields.map((f) => [f.label, f.value])).toEqual([['索引号', '0011/2024-001'], ['发布机构', '某区人民政府办公室'], ['名称', title], [label.replace('：', ''), null]]);
    expect(doc.metadata.keywords).toBeNull();
    expect(doc.notice).toMatchObject({ title, addressees: ['各街道办事处', '区政府直属各单位'] });
    expect(doc.plan?.title).toBe('某行动方案');
  });

  it('should not take a plan\'s title under a blank line for the value of an empty last 主题词', async () => {
    const doc = await parseNotice(['索引号：', '0011/2024-001', '发布机构：', '某县人民政府办公室', '成文日期：', '2024-01-05', '主题词：', '', '某县2024年优化营商环境工作方案', '', '为持续优化营商环境，制定本方案。', '一、重点任务', '（一）优化审批。压缩审批时限。（牵头单位：县政务服务局）'].join('\n'));
    expect(doc.metadata).toMatchObject({ keywords: null, writtenDate: '2024-01-05' });
    expect(doc.plan?.title).toBe('某县2024年优化营商环境工作方案');
  });

  it('should still take the value under a blank line where the header sets every value apart so', async () => {
    const doc = await header('索引号：', '', '0011/2024-001', '', '发布机构：', '', '某县人民政府办公室', '', '主题词：', '', '营商环境');
    expect(doc.metadata).toMatchObject({ indexNumber: '0011/2024-001', issuer: '某县人民政府办公室', keywords: '营商环境' });
    expect(doc.notice?.title).toBe('关于印发某某办法的通知');
  });

  it.each([
    ['the next label after it', ['发布机构:', '河西区人民政府办公室', '发文字号:', '河西政办规〔2023〕3号']],
    ['the title repeating it after it', ['发文字号:', '河西政办规〔2023〕3号', '发布机构:', '河西区人民政府办公室']],
  ])('should take an issuer that begins the title for the value of 发布机构, with %s', async (_what, fields) => {
    const title = '河西区人民政府办公室关于印发河西区促进服务业发展若干措施的通知';
    const doc = await parseNotice(['名称:', title, ...fields, '', title, '', '各街道办事处：', '现将《措施》印发给你们。', '', '河西区人民政府办公室', '2023年6月5日'].join('\n'));
    expect(doc.metadata).toMatchObject({ issuer: '河西区人民政府办公室', documentNumber: { raw: '河西政办规〔2023〕3号' } });
    expect(doc.notice?.title).toBe(title);
    expect(doc.notice?.addressees).toEqual(['各街道办事处']);
    expect(doc.unparsed).toEqual([]);
  });
});

describe('a header whose labels have no colon', () => {
  it('should read a <dl> of <dt> labels and <dd> values, and the notice under it', async () => {
    const html = `<dl><dt>索引号</dt><dd>00000000/2024-00031</dd><dt>发布机构</dt><dd>某区人民政府办公室</dd><dt>文号</dt><dd>某政办发〔2024〕7号</dd><dt>标题</dt><dd>某区人民政府办公室关于印发某区方案的通知</dd></dl>
      <div><p>各街道办事处：</p><p>现将《某区方案》印发给你们，请认真贯彻落实。</p><p>某区人民政府办公室</p><p>2024年3月15日</p><p>某区方案</p><p>一、重点任务</p><p>1.推进工业节能。（牵头单位：区工信局）</p></div>`;
    const doc = await parseNotice(html, { name: 'page.html' });
    expect(doc.metadata).toMatchObject({ indexNumber: '00000000/2024-00031', issuer: '某区人民政府办公室', documentNumber: { raw: '某政办发〔2024〕7号' }, title: '某区人民政府办公室关于印发某区方案的通知' });
    expect(doc.notice).toMatchObject({ title: '某区人民政府办公室关于印发某区方案的通知', addressees: ['各街道办事处'], signatories: ['某区人民政府办公室'], date: '2024-03-15' });
  });

  it('should read a label set apart by a <span> from its value in the same <li>', async () => {
    const html = `<ul><li><span>索引号</span>00000000/2024-00031</li><li><span>发布机构</span>某区人民政府办公室</li><li><span>文号</span>某政办发〔2024〕7号</li><li><span>标题</span>某区人民政府办公室关于印发某区方案的通知</li></ul>
      <div><p>各街道办事处：</p><p>现将《某区方案》印发给你们。</p><p>某区人民政府办公室</p><p>2024年3月15日</p><p>某区方案</p><p>一、重点任务</p><p>1.推进工业节能。（牵头单位：区工信局）</p></div>`;
    const doc = await parseNotice(html, { name: 'page.html' });
    expect(doc.metadata).toMatchObject({ indexNumber: '00000000/2024-00031', issuer: '某区人民政府办公室', documentNumber: { raw: '某政办发〔2024〕7号', agency: '某政办发' }, title: '某区人民政府办公室关于印发某区方案的通知' });
    expect(doc.metadata.fields.map((f) => f.label)).toEqual(['索引号', '发布机构', '文号', '标题']);
    expect(doc.unparsed).toEqual([]);
  });

  it('should read bare labels over their values in plain text, but not a bare label line without a value of its shape', async () => {
    const doc = await header('索引号', '00000000/2024-00031', '文号', '某政发〔2023〕5号');
    expect(doc.metadata).toMatchObject({ indexNumber: '00000000/2024-00031', documentNumber: { raw: '某政发〔2023〕5号' } });
    const prose = await parseNotice(['某区方案', '', '主题', '', '一、重点任务', '', '1.推进工业节能。（牵头单位：区工信局）'].join('\n'));
    expect(prose.metadata.fields).toEqual([]);
  });
});

describe('a header of several fields to a line', () => {
  it('should read each field of a line that holds several, with its own span', async () => {
    const line = '索引号：113301/2023-00042　发布机构：临江区人民政府办公室　发文字号：临政办发〔2023〕15号';
    const doc = await header(line, '成文日期：2023-05-10发布日期：2023-05-12');
    expect(doc.metadata).toMatchObject({
      indexNumber: '113301/2023-00042',
      issuer: '临江区人民政府办公室',
      documentNumber: { raw: '临政办发〔2023〕15号' },
      writtenDate: '2023-05-10',
      publishedDate: '2023-05-12',
    });
    const issuer = doc.metadata.fields.find((f) => f.key === 'issuer')!;
    expect(line.slice(issuer.position.start.column - 1, issuer.position.end.column - 1)).toBe('发布机构：临江区人民政府办公室');
    expect(doc.unparsed).toEqual([]);
  });
});

describe('metadata tables', () => {
  const page = (table: string) =>
    parseNotice(`<html><body>${table}<h1>临江区人民政府办公室关于印发临江区数字经济行动计划的通知</h1><p>各街道办事处：</p><p>现印发给你们。</p></body></html>`, { format: 'html' });

  it('should read labels that share their cell with the value, two fields to a row', async () => {
    const doc = await page(
      '<table><tr><td><strong>索引号：</strong>113301/2023-00042</td><td><strong>发布机构：</strong>临江区人民政府办公室</td></tr>' +
        '<tr><td><strong>发文字号：</strong>临政办发〔2023〕15号</td><td><strong>成文日期：</strong>2023-05-10</td></tr>' +
        '<tr><td><strong>有效性：</strong></td><td><strong>发布日期：</strong>2023-05-12</td></tr></table>',
    );
    expect(doc.metadata).toMatchObject({
      indexNumber: '113301/2023-00042',
      issuer: '临江区人民政府办公室',
      documentNumber: { raw: '临政办发〔2023〕15号', year: 2023, serial: 15 },
      writtenDate: '2023-05-10',
      publishedDate: '2023-05-12',
      validity: null,
    });
    expect(doc.metadata.fields.map((f) => f.label)).toEqual(['索引号', '发布机构', '发文字号', '成文日期', '有效性', '发布日期']);
    expect(doc.unparsed).toEqual([]);
  });

  it('should read 时效 as the validity, and a label in a cell spanning the row once', async () => {
    const doc = await page(
      '<table><tr><td>文号：临政办发〔2023〕15号</td><td>时效：有效</td></tr>' +
        '<tr><td colspan="2">名称：临江区人民政府办公室关于印发临江区数字经济行动计划的通知</td></tr>' +
        '<tr><td>发布机构：</td><td colspan="3">临江区人民政府办公室</td></tr></table>',
    );
    expect(doc.metadata).toMatchObject({ validity: '有效', title: '临江区人民政府办公室关于印发临江区数字经济行动计划的通知', issuer: '临江区人民政府办公室' });
    expect(doc.metadata.fields.map((f) => [f.label, f.key])).toEqual([
      ['文号', 'documentNumber'],
      ['时效', 'validity'],
      ['名称', 'title'],
      ['发布机构', 'issuer'],
    ]);
  });

  it('should read a table of traditional labels in a traditional page', async () => {
    const doc = await parseNotice(
      '<html><body><table><tr><td>索引號：</td><td>113301/2023-00042</td><td>發布機構：</td><td>臨江區人民政府辦公室</td></tr>' +
        '<tr><td>發文字號：</td><td>臨政辦發〔2023〕15號</td><td>成文日期：</td><td>2023-05-10</td></tr></table>' +
        '<h1>臨江區人民政府辦公室關於印發臨江區數字經濟行動計劃的通知</h1><p>各街道辦事處：</p><p>現印發給你們，請認真組織實施。</p></body></html>',
      { format: 'html' },
    );
    expect(doc.metadata).toMatchObject({ indexNumber: '113301/2023-00042', issuer: '臨江區人民政府辦公室', writtenDate: '2023-05-10' });
    expect(doc.metadata.documentNumber?.raw).toBe('臨政辦發〔2023〕15號');
  });
});

describe('metadata table cells the lists do not know', () => {
  const page = (rows: string) =>
    parseNotice(`<html><body><table>${rows}</table><h1>柳溪镇人民政府关于做好汛期安全工作的通知</h1><p>各村（社区）：</p><p>现将有关事项通知如下。</p></body></html>`, { format: 'html' });

  it('should keep a label cell no list knows, with its value, and warn of it', async () => {
    const doc = await page(
      '<tr><th>索引号：</th><td>114403270/2024-00052</td><th>发布机构：</th><td>柳溪镇人民政府</td></tr>' +
        '<tr><th>公开范围：</th><td>面向社会</td><th>公开时限：</th><td>长期公开</td></tr>' +
        '<tr><th>内容概述</th><td colspan="3">部署全镇汛期安全工作。</td></tr>' +
        '<tr><td>信息说明：本页面信息长期有效</td></tr>',
    );
    expect(doc.metadata.fields.map((f) => [f.label, f.key, f.value])).toEqual([
      ['索引号', 'indexNumber', '114403270/2024-00052'],
      ['发布机构', 'issuer', '柳溪镇人民政府'],
      ['公开范围', null, '面向社会'],
      ['公开时限', null, '长期公开'],
      ['内容概述', null, '部署全镇汛期安全工作。'],
      ['信息说明', null, '本页面信息长期有效'],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'header-label-unknown').map((d) => d.message.match(/"(.+?)"/)![1])).toEqual(['公开时限', '内容概述', '信息说明']);
  });

  it('should not take a label cell ending in a colon for the value of the label before it', async () => {
    const doc = await page('<tr><th>索引号：</th><td>114403270/2024-00052</td></tr><tr><th>发布机构：</th><th>公开时限：</th><td>长期公开</td></tr>');
    expect(doc.metadata.fields.map((f) => [f.label, f.value])).toEqual([
      ['索引号', '114403270/2024-00052'],
      ['发布机构', null],
      ['公开时限', '长期公开'],
    ]);
  });

  it('should warn of a cell of the table that is neither a label nor a value, never drop it silently', async () => {
    const doc = await page(
      '<tr><th>索引号：</th><td>114403270/2024-00052</td></tr><tr><th>发布机构：</th><td>柳溪镇人民政府</td></tr>' +
        '<tr><td>柳溪镇人民政府门户网站信息公开专栏</td></tr>',
    );
    expect(doc.diagnostics.filter((d) => d.ruleId === 'header-cell-unread').map((d) => d.message)).toEqual([
      'header cell "柳溪镇人民政府门户网站信息公开专栏" is not a label or a label\'s value; it is not in metadata.fields',
    ]);
  });
});

describe('front matter', () => {
  it('should read the English keys that scraped collections use, in any case or separator style', async () => {
    const doc = await parseNotice(
      ['---', 'title: 关于印发某某办法的通知', 'docNumber: 某政办发〔2022〕8号', 'Publisher: 某省人民政府办公厅', 'publish-date: 2022-01-25', 'written_date: 2022-01-21', 'url: http://www.example.gov.cn/a.html', 'constructor: x', '---', '', '# 关于印发某某办法的通知', '', '各单位：', '', '现印发给你们。'].join('\n'),
      { format: 'markdown' },
    );
    expect(doc.metadata).toMatchObject({
      title: '关于印发某某办法的通知',
      documentNumber: { raw: '某政办发〔2022〕8号', year: 2022, serial: 8 },
      issuer: '某省人民政府办公厅',
      publishedDate: '2022-01-25',
      writtenDate: '2022-01-21',
    });
    expect(doc.metadata.fields.map((f) => [f.label, f.key])).toEqual([
      ['title', 'title'], ['docNumber', 'documentNumber'], ['Publisher', 'issuer'], ['publish-date', 'publishedDate'],
      ['written_date', 'writtenDate'], ['url', null], ['constructor', null],
    ]);
  });

  it('should read front-matter keys written in traditional characters, and a bare 日期 as the publication date', async () => {
    const doc = await parseNotice(
      ['---', '標題: 東湖區人民政府辦公室關於印發東湖區促進科技成果轉化三年行動計劃的通知', '文號: 東政辦發〔2024〕15號', '發布機構: 東湖區人民政府辦公室', '發布日期: 2024年5月22日', '---', '', '# 東湖區促進科技成果轉化三年行動計劃', '', '## 一、重點任務', '', '1. 建設技術轉移機構。（牽頭單位：區科學技術局；參與單位：區教育局）', ''].join('\n'),
      { format: 'markdown' },
    );
    expect(doc.metadata).toMatchObject({ title: '東湖區人民政府辦公室關於印發東湖區促進科技成果轉化三年行動計劃的通知', issuer: '東湖區人民政府辦公室', publishedDate: '2024-05-22' });
    expect(doc.metadata.documentNumber?.raw).toBe('東政辦發〔2024〕15號');
    expect(doc.metadata.fields.map((f) => [f.label, f.key])).toEqual([['標題', 'title'], ['文號', 'documentNumber'], ['發布機構', 'issuer'], ['發布日期', 'publishedDate']]);
    const dated = await parseNotice(['---', 'title: 某县促进民营经济发展若干措施', '日期: 2025-02-10', '---', '', '# 某县促进民营经济发展若干措施', ''].join('\n'), { format: 'markdown' });
    expect([dated.metadata.publishedDate, dated.metadata.writtenDate]).toEqual(['2025-02-10', null]);
  });

  it.each([
    ['front matter with only a title', ['---', 'title: 东坪区关于优化生育支持措施的行动方案', '---', '']],
    ['no header at all', []],
  ])('should take the number printed under the title as the document number under %s', async (_what, head) => {
    const doc = await parseNotice(
      [...head, '东坪区人民政府办公室关于印发东坪区优化生育支持措施行动方案的通知', '', '东政办发〔2024〕18号', '', '各街道办事处：', '', '现印发给你们。', '', '东坪区人民政府办公室', '', '2024年7月10日'].join('\n'),
      { format: 'markdown' },
    );
    expect(doc.metadata.documentNumber).toEqual({ raw: '东政办发〔2024〕18号', agency: '东政办发', year: 2024, serial: 18 });
    // The header's own fields are what it gives: no 发文字号 among them.
    expect(doc.metadata.fields.filter((f) => f.key === 'documentNumber')).toEqual([]);
  });

  it('should keep the header number when it differs from the printed one, for document-number-match to report', async () => {
    const doc = await parseNotice(
      ['---', 'title: 某方案', 'doc_number: 某政办发〔2024〕7号', '---', '', '某区人民政府办公室关于印发某方案的通知', '', '某政办发〔2024〕8号', '', '各单位：', '', '现印发给你们。'].join('\n'),
      { format: 'markdown' },
    );
    expect([doc.metadata.documentNumber?.raw, doc.notice?.documentNumber?.raw]).toEqual(['某政办发〔2024〕7号', '某政办发〔2024〕8号']);
  });
});

describe('a header of bracket labels (信息公开 pages)', () => {
  it('should read 【label】value lines as the header, the notice from what follows', async () => {
    const title = '某市人民政府办公厅关于印发某市储能产业发展行动计划的通知';
    const doc = await parseNotice(['【索 引 号】000014349/2024-00213', '【主题分类】国土资源、能源\\其他', '【发文机关】某市人民政府办公厅', '【成文日期】2024年07月03日', `【标　　题】${title}`, '【发文字号】某政办发〔2024〕31号', '【发布日期】2024年07月08日', '', title, '某政办发〔2024〕31号', '', '各区县人民政府：', '现印发给你们。'].join('\n'));
    expect(doc.metadata).toMatchObject({
      title, indexNumber: '000014349/2024-00213', issuer: '某市人民政府办公厅', subject: '国土资源、能源\\其他',
      documentNumber: { raw: '某政办发〔2024〕31号' }, writtenDate: '2024-07-03', publishedDate: '2024-07-08',
    });
    expect(doc.metadata.fields.map((f) => f.label)).toEqual(['索 引 号', '主题分类', '发文机关', '成文日期', '标　　题', '发文字号', '发布日期']);
    expect(doc.notice).toMatchObject({ title, documentNumber: { raw: '某政办发〔2024〕31号' }, addressees: ['各区县人民政府'] });
  });

  it('should read an HTML list of <span>【label】</span><span>value</span> items', async () => {
    const li = (l: string, v: string) => `<li><span>【${l}】</span><span>${v}</span></li>`;
    const html = `<html><body><ul>${li('索引号', '1234/2024-00001')}${li('发文机关', '某市人民政府')}${li('发文字号', '某政发〔2024〕3号')}</ul>
<p>某市人民政府关于印发某办法的通知</p><p>各区人民政府：</p><p>现印发给你们。</p></body></html>`;
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.metadata).toMatchObject({ indexNumber: '1234/2024-00001', issuer: '某市人民政府', documentNumber: { raw: '某政发〔2024〕3号' } });
    expect(doc.notice?.title).toBe('某市人民政府关于印发某办法的通知');
  });

  it.each([
    ['half width, two fields to a line', ['[索引号] 11150600011551234A/2024-00088  [主题分类] 政务公开', '[发布机构] 某市人民政府办公室  [发文字号] 某府办发〔2024〕21号', '[成文日期] 2024-06-07  [发布日期] 2024-06-14']],
    ['half width with spaces inside', ['[ 索引号 ] 11150600011551234A/2024-00088', '[ 主题分类 ] 政务公开', '[ 发布机构 ] 某市人民政府办公室', '[ 发文字号 ] 某府办发〔2024〕21号', '[ 成文日期 ] 2024-06-07', '[ 发布日期 ] 2024-06-14']],
    ['full-width ［］', ['［索引号］11150600011551234A/2024-00088', '［主题分类］政务公开', '［发布机构］某市人民政府办公室', '［发文字号］某府办发〔2024〕21号', '［成文日期］2024-06-07', '［发布日期］2024-06-14']],
  ])('should read labels in square brackets %s as the 【】 form is read', async (_how, lines) => {
    const title = '某市人民政府办公室关于印发某市数字政府建设2024年工作要点的通知';
    const doc = await parseNotice(['首页>>政务公开>>政策文件', ...lines, title, '', '各区人民政府，市人民政府各部门：', '现将《工作要点》印发给你们，请认真贯彻落实。', '', '某市人民政府办公室', '2024年6月7日'].join('\n'));
    expect(doc.metadata).toMatchObject({
      indexNumber: '11150600011551234A/2024-00088', subject: '政务公开', issuer: '某市人民政府办公室',
      documentNumber: { raw: '某府办发〔2024〕21号' }, writtenDate: '2024-06-07', publishedDate: '2024-06-14',
    });
    expect(doc.metadata.fields.map((f) => f.label.replace(/\s/g, ''))).toEqual(['索引号', '主题分类', '发布机构', '发文字号', '成文日期', '发布日期']);
    expect(doc.notice?.title).toBe(title);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'headline-not-title')).toEqual([]);
  });

  it('should not take a bracketed word that is no header label for one', async () => {
    const doc = await header('【专栏】某某工作', '【说明】另行通知', '[注释] 另见附件');
    expect(doc.metadata.fields).toEqual([]);
  });
});

describe('a metadata table with its labels in a row and the values below', () => {
  const table = (rows: string[][]) => `<html><body><table>${rows.map((r, k) => `<tr>${r.map((c) => (k % 2 === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('')}</table>
<p>某市人民政府办公室关于印发某方案的通知</p><p>各区人民政府：</p><p>现印发给你们。</p></body></html>`;

  it('should pair each label with the cell below it', async () => {
    const doc = await parseNotice(table([['索引号', '主题分类', '体裁分类', '公文种类'], ['1137/2024-01527', '城乡建设', '通知', '规范性文件'], ['发布机构', '发文字号', '成文日期', '发布日期'], ['某市人民政府办公室', '某政办字〔2024〕33号', '2024-05-08', '2024-05-10']]), { format: 'html' });
    expect(doc.metadata).toMatchObject({
      indexNumber: '1137/2024-01527', subject: '城乡建设', issuer: '某市人民政府办公室',
      documentNumber: { raw: '某政办字〔2024〕33号' }, writtenDate: '2024-05-08', publishedDate: '2024-05-10',
    });
    expect(doc.metadata.fields.find((f) => f.label === '公文种类')).toMatchObject({ key: null, value: '规范性文件' });
  });

  it('should not read a table whose header row has fewer than two model labels as metadata', async () => {
    const doc = await parseNotice(table([['类型', '状态', '来源'], ['甲', '乙', '丙']]), { format: 'html' });
    expect(doc.metadata.fields).toEqual([]);
  });
});
