import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { validateDocument } from '../../src/validate/validate.js';

/** A plan whose tasks stand only in its annex 重点任务分工表, and whose first safeguard reads as a clause (probe78 #2). */
const head = [
  '西陵县农村人居环境整治提升行动实施方案',
  '一、行动目标',
  '到2025年，全县农村卫生厕所普及率达到90%以上。',
  '二、重点任务',
  '（一）扎实推进农村厕所革命。逐步普及农村卫生厕所，切实提高改厕质量。',
  '（二）加快推进农村生活污水治理。分区分类推进治理。',
  '三、保障措施',
  '（一）加强组织领导。县委农办统筹协调，各部门按职责分工抓好落实。',
  '（二）加大资金投入。县财政每年安排不少于2000万元专项资金。',
];
const annex = ['附件', '重点任务分工表', '序号', '重点任务', '牵头单位', '配合单位', '完成时限', '1', '扎实推进农村厕所革命', '县农业农村局', '县卫生健康局', '2025年底', '2', '加快推进农村生活污水治理', '县住房城乡建设局', '县水利局', '2025年底'];

describe('a safeguard that reads as a clause beside a task table', () => {
  it('should take the table\'s rows as the tasks, the safeguards part staying safeguards', async () => {
    const doc = await parseNotice([...head, ...annex, ''].join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.number, t.title, t.lead.join('、'), t.participants.join('、'), t.deadline])).toEqual([
      ['1', '扎实推进农村厕所革命', '县农业农村局', '县卫生健康局', '2025年底'],
      ['2', '加快推进农村生活污水治理', '县住房城乡建设局', '县水利局', '2025年底'],
    ]);
    expect(doc.plan!.safeguards.map((s) => s.title)).toEqual(['加强组织领导', '加大资金投入']);
  });

  it('should report no safeguard as a task that lost its units', async () => {
    const text = [...head, ...annex, ''].join('\n');
    const doc = await parseNotice(text);
    expect(validateDocument(doc, text).filter((d) => d.ruleId === 'task-units')).toEqual([]);
  });

  it('should keep a safeguard naming units a task where the plan has no task table, and ask nothing of the one beside it', async () => {
    const text = [...head, ''].join('\n');
    const doc = await parseNotice(text);
    expect(doc.plan!.tasks.map((t) => [t.number, t.title, t.lead.join('、'), t.participants.join('、')])).toEqual([['一', '加强组织领导', '县委农办', '各部门']]);
    expect(validateDocument(doc, text).filter((d) => d.ruleId === 'task-units')).toEqual([]);
  });

  it('should keep the text\'s tasks where the task part names units, beside a safeguard that does too', async () => {
    const lines = [...head];
    lines[4] = '（一）扎实推进农村厕所革命。逐步普及农村卫生厕所。（牵头单位：县农业农村局）';
    lines[5] = '（二）加快推进农村生活污水治理。分区分类推进治理。（牵头单位：县住房城乡建设局）';
    const doc = await parseNotice([...lines, ...annex, ''].join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.number, t.lead.join('、')])).toEqual([
      ['一', '县农业农村局'],
      ['二', '县住房城乡建设局'],
      ['一', '县委农办'],
    ]);
  });
});
