import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const GROUP = '某省实施意见\n\n一、主要任务\n（一）做强数字产业。\n1.壮大电子信息制造业。培育一批百亿级企业。\n2.发展软件服务业。支持工业软件攻关。（责任单位：省工业和信息化厅、省科技厅）\n3.培育数据要素市场。建设省数据交易平台。\n';

describe('a clause line after a group whose items mix own clauses and none', () => {
  it('should give the group clause to each item without units of its own, and keep the others', async () => {
    const doc = await parseNotice(`${GROUP}（责任单位：省工业和信息化厅、省大数据局）\n`);
    expect(doc.plan?.tasks.map((t) => [t.number, t.text, t.lead])).toEqual([
      ['1', '壮大电子信息制造业。培育一批百亿级企业。', ['省工业和信息化厅', '省大数据局']],
      ['2', '发展软件服务业。支持工业软件攻关。', ['省工业和信息化厅', '省科技厅']],
      ['3', '培育数据要素市场。建设省数据交易平台。', ['省工业和信息化厅', '省大数据局']],
    ]);
  });

  it('should leave the line to the last item when each item writes its clause on a line of its own', async () => {
    const doc = await parseNotice(
      '某省实施意见\n\n一、主要任务\n（一）做强数字产业。\n1.壮大电子信息制造业。\n（责任单位：省科技厅）\n2.发展软件服务业。\n3.培育数据要素市场。\n（责任单位：省大数据局）\n',
    );
    expect(doc.plan?.tasks.map((t) => [t.number, t.lead])).toEqual([
      ['1', ['省科技厅']],
      ['3', ['省大数据局']],
    ]);
  });
});
