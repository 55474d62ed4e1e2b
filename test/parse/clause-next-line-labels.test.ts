import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** A labelled clause that ends an item's text and goes on, label by label, on the next line. */
const HEAD = '某市示例实施方案\n一、重点任务\n';
const parsed = async (source: string, name = 'inline.txt') => {
  const doc = await parseNotice(Buffer.from(source), { name });
  return {
    tasks: doc.plan?.tasks.map((t) => ({ number: t.number, text: t.text, lead: t.lead, participants: t.participants })),
    repeated: doc.diagnostics.filter((d) => d.ruleId === 'responsibility-repeated').length,
  };
};

describe('a labelled clause going on on the next line', () => {
  it('should read 【配合单位】B on the line after …【牵头单位】A as the same clause', async () => {
    expect(await parsed(`${HEAD}1.分区分类推进治理。优先治理水源保护区村庄生活污水。【牵头单位】市生态环境局\n【配合单位】市住房城乡建设局、市水利局\n2.加强农村黑臭水体治理。基本消除农村黑臭水体。【牵头单位】市生态环境局【配合单位】市水利局\n`)).toEqual({
      tasks: [
        { number: '1', text: '分区分类推进治理。优先治理水源保护区村庄生活污水。', lead: ['市生态环境局'], participants: ['市住房城乡建设局', '市水利局'] },
        { number: '2', text: '加强农村黑臭水体治理。基本消除农村黑臭水体。', lead: ['市生态环境局'], participants: ['市水利局'] },
      ],
      repeated: 0,
    });
  });

  it('should read the labels parted by <br> in a web page as one clause', async () => {
    const html = '<html><body><p>某市示例实施方案</p><p>一、重点任务</p><p>1.分区分类推进治理。优先治理村庄生活污水。【牵头单位】市生态环境局<br>【配合单位】市住房城乡建设局、市水利局</p><p>2.加强农村黑臭水体治理。基本消除农村黑臭水体。【牵头单位】市生态环境局【配合单位】市水利局</p></body></html>';
    expect((await parsed(html, 'inline.html')).tasks?.[0]).toEqual({ number: '1', text: '分区分类推进治理。优先治理村庄生活污水。', lead: ['市生态环境局'], participants: ['市住房城乡建设局', '市水利局'] });
  });

  it('should read 配合单位：B on the line after …牵头单位：A as the same clause', async () => {
    expect((await parsed(`${HEAD}1.分区分类推进治理。优先治理村庄生活污水。牵头单位：市生态环境局\n配合单位：市住房城乡建设局、市水利局\n2.加强农村黑臭水体治理。基本消除农村黑臭水体。牵头单位：市水利局\n`)).tasks?.[0]).toEqual({
      number: '1',
      text: '分区分类推进治理。优先治理村庄生活污水。',
      lead: ['市生态环境局'],
      participants: ['市住房城乡建设局', '市水利局'],
    });
  });

  it('should still warn of a second clause naming the same role on the next line (【牵头单位】A / 【牵头单位】B)', async () => {
    const r = await parsed(`${HEAD}1.分区分类推进治理。优先治理村庄生活污水。【牵头单位】市生态环境局\n【牵头单位】市水利局\n2.加强农村黑臭水体治理。基本消除农村黑臭水体。【牵头单位】市水利局\n`);
    expect(r.tasks?.[0]?.lead).toEqual(['市生态环境局']);
    expect(r.repeated).toBe(1);
  });
});
