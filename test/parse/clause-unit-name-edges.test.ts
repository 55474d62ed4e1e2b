import { describe, expect, it } from 'vitest';
import { parseClause, splitUnits } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const read = (clause: string) => {
  const r = parseClause(clause, fold(clause), false);
  return r && { lead: r.lead, participants: r.participants };
};

describe('unit names and the words around them in a clause', () => {
  it.each([
    ['会同区财政局、区税务局', ['区财政局', '区税务局']],
    ['联合区财政局、区税务局', ['区财政局', '区税务局']],
    ['协同各街道', ['各街道']],
    ['區財政局等區級相關部門', ['區財政局', '區級相關部門']],
    ['区经信局、区财政局等区级相关部门', ['区经信局', '区财政局', '区级相关部门']],
    ['区财政局等市直有关单位', ['区财政局', '市直有关单位']],
  ])('should not take the joining word or 等 into a name (%s)', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it.each([
    ['会同县科技局', 'a county named 会同'],
    ['区科技局等单位', 'a list closed by 等单位'],
  ])('should keep %s as one name (%s)', (list) => {
    expect(splitUnits(list)).toHaveLength(1);
  });

  it.each([
    ['区科技局牵头，会同区财政局、区税务局组织实施', ['区科技局'], ['区财政局', '区税务局']],
    ['区科技局牵头，区经信局、区财政局等区级相关部门配合', ['区科技局'], ['区经信局', '区财政局', '区级相关部门']],
    ['区科技局主办，区财政局协办', ['区科技局'], ['区财政局']],
    ['区科技局主办，区科协承办，区财政局协办', ['区科技局'], ['区科协', '区财政局']],
    ['区科技局承办', ['区科技局'], []],
    ['区财政局协办', [], ['区财政局']],
    ['区科技局（主办）、区财政局（协办）', ['区科技局'], ['区财政局']],
    ['责任单位：区科技局（牵头）、区财政局、区商务局（配合）', ['区科技局'], ['区财政局', '区商务局']],
    ['责任单位：区科技局、区商务局（协办）', ['区科技局'], ['区商务局']],
  ])('should read the units of %s without the verbs or marks around them', (clause, lead, participants) => {
    expect(read(clause)).toEqual({ lead, participants });
  });
});

describe('a joining word that is a place\'s name', () => {
  it.each([
    ['联合乡、联合社区居委会', ['联合乡', '联合社区居委会']],
    ['联合乡人民政府', ['联合乡人民政府']],
    ['联合镇人民政府、区财政局', ['联合镇人民政府', '区财政局']],
    ['会同村村民委员会', ['会同村村民委员会']],
    ['协同镇', ['协同镇']],
    ['联合街道办事处', ['联合街道办事处']],
  ])('should keep 会同/联合/协同 in %s, where a place word follows it', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });
});

describe('hosts named in a trailing sentence without brackets', () => {
  const tasks = async (items: string) => {
    const { parseNotice } = await import('../../src/parse/parse-notice.js');
    const doc = await parseNotice(`某区科技创新行动方案\n一、重点任务\n${items}\n`);
    return doc.plan!.tasks.map((t) => [t.number, t.title, t.lead, t.participants]);
  };

  it('should read A主办，B协办 and 由A主办，B承办 as the task\'s clause, as 牵头 and 配合 are', async () => {
    expect(await tasks('（一）举办创新创业大赛。每年举办一次。区科工信局主办，区团委、区妇联协办。\n（二）举办科技活动周。由区科协主办，各街道承办。')).toEqual([
      ['一', '举办创新创业大赛', ['区科工信局'], ['区团委', '区妇联']],
      ['二', '举办科技活动周', ['区科协'], ['各街道']],
    ]);
  });
});

describe('unit names that open with a conjunction\'s character (和平区, 和田地区, 同心县)', () => {
  const tasksOf = async (text: string) => {
    const { parseNotice } = await import('../../src/parse/parse-notice.js');
    return (await parseNotice(`天津市中试平台建设方案\n\n一、重点任务\n\n${text}`)).plan?.tasks.map((t) => [t.number, t.lead, t.participants]);
  };

  it('should keep the place\'s first character in labelled, bracketed and unbracketed clauses', async () => {
    expect(await tasksOf([
      '（一）建设中试平台。（牵头单位：市科技局；配合单位：河西区科技局、和平区科技局）',
      '（二）建设金街创新街区。（牵头单位：和平区人民政府；配合单位：市商务局）',
      '（三）建设科技金融中心。（市金融局牵头，和平区人民政府、河西区人民政府配合）',
      '（四）推动环高校创新带。和平区科技局负责。',
      '（五）建设创新街区，和平区人民政府牵头，河西区人民政府配合。',
      '（六）建设科技特派员工作站。（牵头单位：自治区科技厅；配合单位：和田地区行署、喀什地区行署）',
      '（七）建设示范区，同心县人民政府负责。',
    ].join('\n'))).toEqual([
      ['一', ['市科技局'], ['河西区科技局', '和平区科技局']],
      ['二', ['和平区人民政府'], ['市商务局']],
      ['三', ['市金融局'], ['和平区人民政府', '河西区人民政府']],
      ['四', ['和平区科技局'], []],
      ['五', ['和平区人民政府'], ['河西区人民政府']],
      ['六', ['自治区科技厅'], ['和田地区行署', '喀什地区行署']],
      ['七', ['同心县人民政府'], []],
    ]);
  });

  it('should still take a sentence\'s part that opens with 与/和 + words for no subject (与会单位配合)', async () => {
    expect(await tasksOf('（一）建设园区，与会单位配合。\n（二）建设街区。区商务局负责。\n')).toEqual([['二', ['区商务局'], []]]);
  });
});
