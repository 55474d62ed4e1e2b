import { describe, expect, it } from 'vitest';
import { parseClause, plausibleUnits } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const read = (clause: string, match = fold(clause)) => {
  const r = parseClause(clause, match, false);
  return r && { lead: r.lead, participants: r.participants, labels: r.roles.map((x) => x.label) };
};

describe('clauses naming the role of each unit with 均', () => {
  it.each([
    ['各街道办事处、区财政局均为责任单位', ['各街道办事处', '区财政局'], [], ['责任单位']],
    ['区财政局均为牵头单位', ['区财政局'], [], ['牵头单位']],
    ['区财政局、区税务局都是配合单位', [], ['区财政局', '区税务局'], ['配合单位']],
    ['均由区财政局负责', ['区财政局'], [], ['负责']],
    // Another part names the lead: the units named responsible in the blanket wording take part.
    ['各街道办事处均为责任单位，区财政局牵头', ['区财政局'], ['各街道办事处'], ['责任单位', '牵头']],
    ['牵头单位：区科技局，各街道办事处均为责任单位', ['区科技局'], ['各街道办事处'], ['牵头单位', '责任单位']],
    ['牵头单位：区科技局，区财政局、区税务局均为配合单位', ['区科技局'], ['区财政局', '区税务局'], ['牵头单位', '配合单位']],
    ['各街道辦事處均為責任單位', ['各街道辦事處'], [], ['責任單位']],
  ])('should read the label as each unit\'s role (%s)', (clause, lead, participants, labels) => {
    const match = clause === '各街道辦事處均為責任單位' ? '各街道办事处均为责任单位' : fold(clause);
    expect(read(clause, match)).toEqual({ lead, participants, labels });
  });

  it.each([['各街道办事处均为责任单位'], ['区财政局是牵头单位'], ['区财政局为配合单位']])('should never take units named to a role for one name (%s)', (name) => {
    expect(plausibleUnits(name)).toBe(false);
  });

  it('should read the items of a plan whose clauses say 均为责任单位, without a task-units error', async () => {
    const doc = await parseNotice(['某某区科技创新三年行动计划（2024—2026年）', '一、重点任务', '1.强化金融。设立基金。（各街道办事处、区财政局均为责任单位）', '2.推进开放。举办论坛。（各街道办事处均为责任单位，区财政局牵头）'].join('\n'));
    expect(doc.plan?.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['各街道办事处', '区财政局'], []],
      [['区财政局'], ['各街道办事处']],
    ]);
  });
});

describe('units leading together by an adverb before 牵头 (均, 都, 共同, 联合)', () => {
  it.each([
    ['县工业和信息化局、县大数据局均牵头', ['县工业和信息化局', '县大数据局'], [], ['均牵头']],
    ['县工业和信息化局、县大数据局都牵头', ['县工业和信息化局', '县大数据局'], [], ['都牵头']],
    ['县工业和信息化局、县通信管理局均牵头，各乡镇配合', ['县工业和信息化局', '县通信管理局'], ['各乡镇'], ['均牵头', '配合']],
    ['县工业和信息化局、县科技局均为牵头单位，县财政局配合', ['县工业和信息化局', '县科技局'], ['县财政局'], ['牵头单位', '配合']],
    ['县商务局、县市场监管局共同牵头', ['县商务局', '县市场监管局'], [], ['共同牵头']],
    ['县发展改革局和县财政局联合牵头', ['县发展改革局', '县财政局'], [], ['联合牵头']],
  ])('should make every unit named before the verb a lead (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it('should read 均牽頭 in traditional characters on the folded copy', () => {
    expect(read('縣商務局、縣財政局均牽頭', '县商务局、县财政局均牵头')).toEqual({ lead: ['縣商務局', '縣財政局'], participants: [], labels: ['均牽頭'] });
  });

  const notice = (items: string[]) => ['某县促进数字经济发展行动方案', '一、重点任务', ...items].join('\n');
  const items = [
    '1.推动企业上云。每年新增上云企业100家。（县工业和信息化局、县大数据局均牵头）',
    '2.加快设备联网。新建5G基站200个。县工业和信息化局、县通信管理局均牵头，各乡镇配合。',
    '3.培育市场主体。新增企业50家。县商务局、县市场监管局均牵头。',
  ];
  const expected = [
    { title: '推动企业上云', lead: ['县工业和信息化局', '县大数据局'], participants: [] },
    { title: '加快设备联网', lead: ['县工业和信息化局', '县通信管理局'], participants: ['各乡镇'] },
    { title: '培育市场主体', lead: ['县商务局', '县市场监管局'], participants: [] },
  ];
  const tasksOf = async (input: string, name: string) => {
    const doc = await parseNotice(input, { name });
    return { tasks: doc.plan?.tasks.map((t) => ({ title: t.title, lead: t.lead, participants: t.participants })), unread: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread') };
  };

  it('should read A、B均牵头 at the end of a task, in brackets or as its last sentence, in text', async () => {
    expect(await tasksOf(notice(items), 'plan.txt')).toEqual({ tasks: expected, unread: [] });
  });

  it('should read A、B均牵头 at the end of a task in an HTML page', async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县促进数字经济发展行动方案</title></head><body><div class="article"><h1>某县促进数字经济发展行动方案</h1><p>一、重点任务</p>${items.map((i) => `<p>${i}</p>`).join('')}</div></body></html>`;
    expect(await tasksOf(html, 'plan.html')).toEqual({ tasks: expected, unread: [] });
  });

  it('should read A、B均牵头 at the end of a task in Markdown', async () => {
    const md = ['# 某县促进数字经济发展行动方案', '', '## 一、重点任务', '', ...items.map((i) => i.replace(/^(\d+)\./, '$1. '))].join('\n');
    expect(await tasksOf(md, 'plan.md')).toEqual({ tasks: expected, unread: [] });
  });
});
