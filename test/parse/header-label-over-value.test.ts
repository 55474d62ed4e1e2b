import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

// A site's grid of header cells flattened one cell per line: each label with its colon over its value.
const notice = (title: string, number: string, addressees: string, signer: string) => [
  '', title, number, '', addressees, '现将《某方案》印发给你们，请认真贯彻执行。', '', signer, '2024年1月5日', '', '某方案', '', '一、重点任务', '（一）优化审批。压缩审批时限。（牵头单位：市政务服务局）',
];

describe('a header of labels over their values', () => {
  it('should read a value listing subjects with 、 and every field after it, and the notice under the header', async () => {
    const title = '某市人民政府办公室关于印发某方案的通知';
    const doc = await parseNotice([
      '索引号：', '000014349/2024-00031', '主题分类：', '城乡建设、环境保护', '发文机关：', '某市人民政府办公室', '成文日期：', '2024年01月05日',
      '标题：', title, '发文字号：', '某政办发〔2024〕3号', '发布日期：', '2024年01月08日',
      ...notice(title, '某政办发〔2024〕3号', '各区人民政府，市政府各部门：', '某市人民政府办公室'),
    ].join('\n'));
    expect(doc.metadata.fields.map((f) => [f.label, f.value])).toEqual([
      ['索引号', '000014349/2024-00031'], ['主题分类', '城乡建设、环境保护'], ['发文机关', '某市人民政府办公室'], ['成文日期', '2024年01月05日'],
      ['标题', title], ['发文字号', '某政办发〔2024〕3号'], ['发布日期', '2024年01月08日'],
    ]);
    expect(doc.notice).toMatchObject({ title, addressees: ['各区人民政府', '市政府各部门'], date: '2024-01-05' });
    expect(doc.plan?.title).toBe('某方案');
  });

  it('should read the fields after a 公开范围 listing two scopes with 、', async () => {
    const title = '某市人民政府办公室关于印发某方案的通知';
    const doc = await parseNotice([
      '信息索取号：', '002482070/2024-01234', '公开范围：', '面向社会、政府部门', '发布机构：', '某市人民政府办公室', '文号：', '某政办发〔2024〕3号',
      ...notice(title, '某政办发〔2024〕3号', '各区人民政府，市政府各部门：', '某市人民政府办公室'),
    ].join('\n'));
    expect(doc.metadata).toMatchObject({ issuer: '某市人民政府办公室', documentNumber: { raw: '某政办发〔2024〕3号' } });
    expect(doc.metadata.fields.find((f) => f.label === '公开范围')?.value).toBe('面向社会、政府部门');
    expect(doc.unparsed).toEqual([]);
  });

  it('should read a joint issuer an organ a line as one value, and the header and notice after it', async () => {
    const title = '中共某县委办公室　某县人民政府办公室关于印发某县乡村振兴实施方案的通知';
    for (const issuer of [['发布机构：', '中共某县委办公室', '某县人民政府办公室'], ['发布机构：中共某县委办公室', '某县人民政府办公室']]) {
      const doc = await parseNotice([
        '索引号：', '0011/2024-001', ...issuer, '发文字号：', '某委办发〔2024〕3号', '成文日期：', '2024-01-05',
        ...notice(title, '某委办发〔2024〕3号', '各乡镇党委、人民政府，县直各单位：', '中共某县委办公室　　某县人民政府办公室'),
      ].join('\n'));
      expect(doc.metadata).toMatchObject({ issuer: '中共某县委办公室 某县人民政府办公室', documentNumber: { raw: '某委办发〔2024〕3号' }, writtenDate: '2024-01-05' });
      expect(doc.metadata.fields.map((f) => f.label)).toEqual(['索引号', '发布机构', '发文字号', '成文日期']);
      expect(doc.notice?.title).toBe('中共某县委办公室某县人民政府办公室关于印发某县乡村振兴实施方案的通知');
      expect(doc.plan?.title).toBe('某方案');
    }
  });

  it('should not take a line that is no organ\'s name, nor one no label follows, for the rest of the issuer', async () => {
    const title = '某县人民政府办公室关于印发某方案的通知';
    const doc = await parseNotice([
      '索引号：', '0011/2024-001', '发文字号：', '某政办发〔2024〕3号', '发布机构：', '某县人民政府办公室',
      ...notice(title, '某政办发〔2024〕3号', '各乡镇人民政府，县直各单位：', '某县人民政府办公室').slice(1),
    ].join('\n'));
    expect(doc.metadata.issuer).toBe('某县人民政府办公室');
    expect(doc.notice?.title).toBe(title);
  });
  it('should read one organ\'s name cut over two lines as one value without a space, and every field after it', async () => {
    const title = '杭州市上城区人民政府办公室关于印发上城区2024年科技创新工作要点的通知';
    for (const labels of [['[索引号]', '[发布机构]', '[发文字号]', '[成文日期]', '[发布日期]', '[时效状态]'], ['索引号：', '发布机构：', '发文字号：', '成文日期：', '发布日期：', '时效状态：']]) {
      const [index, issuer, number, written, published, validity] = labels as [string, string, string, string, string, string];
      const doc = await parseNotice([
        index, '113301020025123456/2024-00031', issuer, '杭州市上城区人民政府', '办公室', number, '无', written, '20240105',
        published, '2024年01月08日 星期一', validity, '有效',
        ...notice(title, '', '各街道办事处，区政府各部门：', '杭州市上城区人民政府办公室').filter((_line, k) => k !== 2),
      ].join('\n'));
      expect(doc.metadata).toMatchObject({
        title, issuer: '杭州市上城区人民政府办公室', documentNumber: null, writtenDate: '2024-01-05', publishedDate: '2024-01-08', validity: '有效',
      });
      expect(doc.metadata.fields.map((f) => [f.label.replace(/[[\]]/g, ''), f.value])).toEqual([
        ['索引号', '113301020025123456/2024-00031'], ['发布机构', '杭州市上城区人民政府办公室'], ['发文字号', '无'], ['成文日期', '20240105'],
        ['发布日期', '2024年01月08日 星期一'], ['时效状态', '有效'],
      ]);
      expect(doc.notice?.title).toBe(title);
    }
  });

  it('should read a name cut after its place (杭州市上城区 / 人民政府办公室) as one organ, not two', async () => {
    const title = '杭州市上城区人民政府办公室关于印发某方案的通知';
    const doc = await parseNotice([
      '索引号：', '0011/2024-001', '发布机构：', '杭州市上城区', '人民政府办公室', '发文字号：', '上政办发〔2024〕3号',
      ...notice(title, '上政办发〔2024〕3号', '各街道办事处，区政府各部门：', '杭州市上城区人民政府办公室'),
    ].join('\n'));
    expect(doc.metadata).toMatchObject({ issuer: '杭州市上城区人民政府办公室', documentNumber: { raw: '上政办发〔2024〕3号' } });
    expect(doc.notice?.title).toBe(title);
  });

  it('should not join a line to an issuer when the two make no organ\'s name', async () => {
    const title = '某县人民政府办公室关于印发某方案的通知';
    const doc = await parseNotice([
      '索引号：', '0011/2024-001', '发布机构：', '某县人民政府办公室', '有关事项', '发文字号：', '某政办发〔2024〕3号',
      ...notice(title, '某政办发〔2024〕3号', '各乡镇人民政府，县直各单位：', '某县人民政府办公室'),
    ].join('\n'));
    expect(doc.metadata.issuer).toBe('某县人民政府办公室');
  });
});
