import { describe, expect, it } from 'vitest';
import { withoutContacts } from '../../src/parse/contacts.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { parseClause, parseLabelledClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

describe('contact people and numbers among the units of a clause', () => {
  it.each([
    ['街道应急管理办公室（责任人：刘强，13812345678）', '街道应急管理办公室', ['责任人：刘强，13812345678']],
    ['街道平安办，张三，138****1234', '街道平安办', ['张三，138****1234']],
    ['街道综合保障中心（联系人：陈静　电话：0571-86001234）', '街道综合保障中心', ['联系人：陈静　电话：0571-86001234']],
    ['街道应急管理办公室　责任人：刘强', '街道应急管理办公室', ['责任人：刘强']],
    ['街道党政办公室（负责人：孙丽，电话13600001111）', '街道党政办公室', ['负责人：孙丽，电话13600001111']],
    ['区应急局、区水务局，13812345678', '区应急局、区水务局', ['13812345678']],
    ['团委，13812345678', '团委', ['13812345678']],
    // No contact: units only, a short unit, a bracket of the unit's own, a year.
    ['团委、妇联', '团委、妇联', []],
    ['各县（市、区）人民政府', '各县（市、区）人民政府', []],
    ['区财政局，2024年底前', '区财政局，2024年底前', []],
  ])('should take the contacts out of %s', (list, rest, contacts) => {
    const found = withoutContacts(list, fold(list));
    expect([found.text, found.contacts]).toEqual([rest, contacts]);
  });

  it.each([
    ['责任单位：街道应急管理办公室（责任人：刘强，13812345678）', ['街道应急管理办公室'], [], ['责任人：刘强，13812345678']],
    ['责任单位：街道平安办，张三，138****1234；配合单位：各社区居委会', ['街道平安办'], ['各社区居委会'], ['张三，138****1234']],
    ['牵头单位：街道综合保障中心（联系人：陈静　电话：0571-86001234）', ['街道综合保障中心'], [], ['联系人：陈静　电话：0571-86001234']],
    ['牵头单位：团委；配合单位：妇联', ['团委'], ['妇联'], null],
  ])('should read %s with units only, the contacts kept apart', (clause, lead, participants, contacts) => {
    const r = parseLabelledClause(clause, fold(clause), false);
    expect([r?.lead, r?.participants, r?.contacts ?? null]).toEqual([lead, participants, contacts]);
  });

  it.each([
    ['责任领导：王芳　责任单位：区商务局　配合单位：区市场监管局', ['区商务局'], ['区市场监管局'], ['责任领导：王芳']],
    ['牵头区领导：王明　牵头单位：区商务局', ['区商务局'], [], ['牵头区领导：王明']],
    ['责任领导：王芳，责任单位：区商务局', ['区商务局'], [], ['责任领导：王芳']],
    ['区民政局牵头，各街道配合；区领导：陈亮', ['区民政局'], ['各街道'], ['区领导：陈亮']],
    ['区民政局牵头，各街道配合　市领导：陈亮', ['区民政局'], ['各街道'], ['市领导：陈亮']],
    // The leader as a sentence of its own after the units: the clause was lost whole.
    ['区商务局牵头，区统计局配合。责任领导：陈亮', ['区商务局'], ['区统计局'], ['责任领导：陈亮']],
    ['牵头单位：区商务局；配合单位：区统计局。分管领导：李华', ['区商务局'], ['区统计局'], ['分管领导：李华']],
    ['区领导：陈亮　区民政局牵头，各街道配合', ['区民政局'], ['各街道'], ['区领导：陈亮']],
    ['牵头单位：区商务局；分管领导：王芳、李强（副区长）；配合单位：各街道', ['区商务局'], ['各街道'], ['分管领导：王芳、李强（副区长）']],
    ['【联系领导】何宁【牵头单位】区卫生健康委【配合单位】区教委', ['区卫生健康委'], ['区教委'], ['【联系领导】何宁']],
    ['责任人：张三　责任单位：区民政局', ['区民政局'], [], ['责任人：张三']],
    // A township's or a bureau's leader assigned to a village or a task.
    ['包村领导：刘洋　责任单位：镇社会事务办', ['镇社会事务办'], [], ['包村领导：刘洋']],
    ['包保领导：王芳　责任单位：镇生态环境办', ['镇生态环境办'], [], ['包保领导：王芳']],
    ['分管局领导：周涛　责任股室：成果转化股', ['成果转化股'], [], ['分管局领导：周涛']],
    ['挂钩领导：李明，牵头单位：镇农业服务中心', ['镇农业服务中心'], [], ['挂钩领导：李明']],
    // A person apart by a space from the next field was lost with it.
    ['责任单位：区民政局　联系人：陈静　电话：0571-86001234', ['区民政局'], [], ['联系人：陈静', '电话：0571-86001234']],
  ])('should read %s with the leader or person kept in the contacts, never as a unit', (clause, lead, participants, contacts) => {
    const r = parseClause(clause, fold(clause), false);
    expect([r?.lead, r?.participants, r?.contacts ?? null]).toEqual([lead, participants, contacts]);
  });

  it.each(['区领导小组办公室', '组织领导：区政府'])('should not take %s for a leader', (list) => {
    expect(withoutContacts(list, fold(list)).contacts).toEqual([]);
  });

  it('should read a verbal clause whose lead names a contact', () => {
    const clause = '街道平安办（责任人：张三，13812345678）牵头，各社区配合';
    const r = parseClause(clause, fold(clause), false);
    expect([r?.lead, r?.participants, r?.contacts]).toEqual([['街道平安办'], ['各社区'], ['责任人：张三，13812345678']]);
  });
});

describe('the leader after a clause that ends a paragraph (probe63 #2)', () => {
  const tasksOf = async (body: string) => {
    const doc = await parseNotice(`某县2024年工作方案\n\n一、重点工作\n${body}`);
    return doc.plan!.tasks.map((t) => [t.label, t.lead.join('、'), t.participants.join('、'), t.deadline ?? '', (t.contacts ?? []).join('|'), t.text]);
  };

  it('should read the clause before the leader, the leader in the contacts and out of the text', async () => {
    expect(
      await tasksOf(
        [
          '（一）推进厕所革命。新改建农村户厕1000座。县农业农村局牵头，县卫健局配合，各镇具体实施；责任领导：张伟',
          '（二）推进改厕。新改建户厕。区农业农村局牵头，区卫健局配合。责任领导：张伟',
          '（三）加强治理。深化积分制应用。县民政局负责。县领导：陈亮（副县长）。',
          '（四）整治村容。清理垃圾。县住建局牵头，各镇配合，2024年底前完成；责任领导：李强（副县长）。',
          '（五）发展产业。培育龙头企业。（牵头单位：县农业农村局；配合单位：县商务局）。分管领导：王芳',
          '（六）建设道路。新建道路10公里。縣交通局牽頭，各鎮配合。責任領導：張偉',
        ].join('\n') + '\n',
      ),
    ).toEqual([
      ['（一）', '县农业农村局', '县卫健局、各镇', '', '责任领导：张伟', '推进厕所革命。新改建农村户厕1000座。'],
      ['（二）', '区农业农村局', '区卫健局', '', '责任领导：张伟', '推进改厕。新改建户厕。'],
      ['（三）', '县民政局', '', '', '县领导：陈亮（副县长）', '加强治理。深化积分制应用。'],
      ['（四）', '县住建局', '各镇', '2024年底前完成', '责任领导：李强（副县长）', '整治村容。清理垃圾。'],
      ['（五）', '县农业农村局', '县商务局', '', '分管领导：王芳', '发展产业。培育龙头企业。'],
      ['（六）', '縣交通局', '各鎮', '', '責任領導：張偉', '建设道路。新建道路10公里。'],
    ]);
  });

  it('should keep a leader inside the clause\'s brackets with the clause', async () => {
    expect(await tasksOf('（一）改造小区。完成改造30个。（县住建局牵头，各镇配合。责任领导：周明）\n')).toEqual([
      ['（一）', '县住建局', '各镇', '', '责任领导：周明', '改造小区。完成改造30个。'],
    ]);
  });

  it('should leave words of the task about leading (组织领导) as its text', async () => {
    expect(await tasksOf('（一）加强组织领导，健全领导小组。县委办负责。\n')).toEqual([['（一）', '县委办', '', '', '', '加强组织领导，健全领导小组。']]);
  });
});

describe('the leader right after a bracketed clause, set off by a space or nothing (probe71 #6)', () => {
  const tasksOf = async (body: string) => {
    const doc = await parseNotice(`某区2024年科技创新工作要点\n\n一、重点任务\n${body}`);
    return doc.plan!.tasks.map((t) => [t.label, t.lead.join('、'), t.participants.join('、'), (t.contacts ?? []).join('|'), t.text]);
  };

  it('should read the clause and keep the leader in the contacts, whatever stands between them', async () => {
    expect(
      await tasksOf(
        [
          '1.加强知识产权保护。开展专利快速预审。（牵头单位：区市场监管局；参与单位：区科技局） 责任领导：王某某',
          '2.完善人才服务。落实人才安居政策。（牵头单位：区人社局；参与单位：区住建局）　责任领导：李某某',
          '3.支持企业研发。落实研发费用加计扣除。（牵头单位：区科技局；参与单位：区税务局）责任领导：张某某',
          '4.推进产学研合作。【牵头单位：区科技局】分管领导：赵某某（副区长）',
          '5.建设孵化载体。（牽頭單位：區科技局）　責任領導：錢某某',
        ].join('\n') + '\n',
      ),
    ).toEqual([
      ['1.', '区市场监管局', '区科技局', '责任领导：王某某', '加强知识产权保护。开展专利快速预审。'],
      ['2.', '区人社局', '区住建局', '责任领导：李某某', '完善人才服务。落实人才安居政策。'],
      ['3.', '区科技局', '区税务局', '责任领导：张某某', '支持企业研发。落实研发费用加计扣除。'],
      ['4.', '区科技局', '', '分管领导：赵某某（副区长）', '推进产学研合作。'],
      ['5.', '區科技局', '', '責任領導：錢某某', '建设孵化载体。'],
    ]);
  });

  it('should leave a bracket that is followed by words other than a leader\'s as no clause of the item', async () => {
    expect(await tasksOf('1.加强保护。开展预审（区市场监管局负责）工作，确保见效。\n')).toEqual([]);
  });
});
