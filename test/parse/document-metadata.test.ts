import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const BODY = [
  '某区人民政府办公室关于印发某区节能工作方案的通知',
  '某政办发〔2024〕7号',
  '',
  '各街道办事处，区政府各部门：',
  '',
  '《某区节能工作方案》已经区政府同意，现印发给你们，请认真贯彻执行。',
  '',
  '某区人民政府办公室',
  '',
  '2024年3月5日',
  '',
].join('\n');

const parse = (text: string) => parseNotice(text, { name: 'n.txt' });

describe('metadata the document states itself', () => {
  it('should fill title, issuer, 发文字号 and 成文日期 of a notice without a header from its title, number, signature and date', async () => {
    const { metadata } = await parse(BODY);
    expect(metadata).toMatchObject({
      title: '某区人民政府办公室关于印发某区节能工作方案的通知',
      issuer: '某区人民政府办公室',
      documentNumber: { raw: '某政办发〔2024〕7号' },
      writtenDate: '2024-03-05',
      derived: ['title', 'issuer', 'documentNumber', 'writtenDate'],
      fields: [],
    });
  });

  it('should never replace a header value, and record only the keys the document filled', async () => {
    const header = '名称：某区节能工作方案\n发布机构：某区发展和改革委员会\n成文日期：2024-03-04\n\n';
    const { metadata, diagnostics } = await parse(header + BODY);
    expect(metadata).toMatchObject({ title: '某区节能工作方案', issuer: '某区发展和改革委员会', writtenDate: '2024-03-04', documentNumber: { raw: '某政办发〔2024〕7号' } });
    expect(metadata.derived).toEqual(['documentNumber']);
    expect(metadata.fields.map((f) => f.key)).toEqual(['title', 'issuer', 'writtenDate']);
    expect(diagnostics.some((d) => d.ruleId === 'unparsed-text')).toBe(false);
  });

  it('should leave out `derived` when the header gives every value', async () => {
    const header = '名称：某区节能工作方案\n发布机构：某区人民政府办公室\n发文字号：某政办发〔2024〕7号\n成文日期：2024-03-05\n\n';
    expect((await parse(header + BODY)).metadata.derived).toBeUndefined();
  });

  it('should take the organ listed first as the issuer of a joint notice', async () => {
    const joint = BODY.replace('某区人民政府办公室\n\n2024年3月5日', '某区发展和改革委员会\n某区财政局\n\n2024年3月5日');
    const doc = await parse(joint);
    expect(doc.notice?.signatories).toEqual(['某区发展和改革委员会', '某区财政局']);
    expect(doc.metadata.issuer).toBe('某区发展和改革委员会');
  });

  it('should read the date in brackets under a joint document\'s title (（2024年3月1日）) as its date, not part of its title', async () => {
    const doc = await parse(
      ['中共某省委　某省人民政府', '关于加快建设农业强省的实施意见', '（2024年3月1日）', '', '为深入贯彻落实党中央决策部署，现提出如下实施意见。', '', '一、确保粮食安全', '', '（一）全力抓好粮食生产。（省农业农村厅负责）'].join('\n'),
    );
    expect([doc.metadata.title, doc.metadata.writtenDate, doc.plan?.byline?.dateText, doc.plan?.period]).toEqual([
      '中共某省委　某省人民政府关于加快建设农业强省的实施意见',
      '2024-03-01',
      '（2024年3月1日）',
      { start: null, end: null },
    ]);
  });

  it('should read the date of the meeting that adopted a plan, in brackets under its title, as its date, not part of its title', async () => {
    const doc = await parse(['某区促进消费三年行动方案', '（2023年12月29日区政府第45次常务会议审议通过）', '', '一、工作目标', '', '到2026年，全区社会消费品零售总额达到500亿元。'].join('\n'));
    expect([doc.metadata.title, doc.metadata.writtenDate, doc.plan?.period]).toEqual(['某区促进消费三年行动方案', '2023-12-29', { start: null, end: null }]);
  });

  it('should take the title and issuer of a plan printed without its notice from its title and byline, but no 成文日期 from a month', async () => {
    const plan = '某区节能工作方案\n某区发展和改革委员会\n二〇二三年八月\n\n一、总体要求\n\n到2025年，单位地区生产总值能耗下降10%。\n';
    const { metadata } = await parse(plan);
    expect(metadata).toMatchObject({ title: '某区节能工作方案', issuer: '某区发展和改革委员会', writtenDate: null, derived: ['title', 'issuer'] });
  });

  it.each([
    ['2024年3月5日', '2024-03-05'],
    ['二〇二四年三月五日', '2024-03-05'],
  ])('should take the 成文日期 %s under the signature as %s', async (written, iso) => {
    expect((await parse(BODY.replace('2024年3月5日', written))).metadata.writtenDate).toBe(iso);
  });
});
