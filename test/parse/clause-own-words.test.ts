import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { parseClause, parseLabelledClause, parseVerbalClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const HEAD = '南湾区便民服务提升方案\n\n一、重点任务\n';
const tasksOf = async (text: string) => (await parseNotice(HEAD + text)).plan?.tasks.map((t) => [t.number, t.lead, t.participants]);
const rolesOf = (clause: string, parse = parseClause) => parse(clause, fold(clause), false)?.roles.map((r) => [r.role, r.label, r.units]);

describe('units given a duty in words of their own after a lead part', () => {
  it('should read the last part of an unbracketed clause that ends an item (…，各街道做好政策宣传)', async () => {
    expect(await tasksOf('（一）开展宣传。举办成果发布会。区委宣传部牵头，区教育局配合，各街道做好政策宣传。\n（二）开展排查。排查隐患。区应急局负责，各街道负责企业摸排。\n')).toEqual([
      ['一', ['区委宣传部'], ['区教育局', '各街道']],
      ['二', ['区应急局'], ['各街道']],
    ]);
  });

  it('should read such a clause on a line of its own as the item\'s, not as an item of its own', async () => {
    expect(await tasksOf('（一）建设平台。建设概念验证中心。\n区科技局牵头，各街道负责企业摸排。\n（二）培育企业。培育科技企业。\n区经信局负责。\n')).toEqual([
      ['一', ['区科技局'], ['各街道']],
      ['二', ['区经信局'], []],
    ]);
  });

  it('should read a helping part with a verb the reader has no word for as taking part (监督, 落实资金, 保障经费)', () => {
    expect(rolesOf('区科技局牵头，区财政局配合，区审计局监督')).toEqual([
      ['lead', '牵头', ['区科技局']],
      ['participant', '配合', ['区财政局']],
      ['participant', '监督', ['区审计局']],
    ]);
    expect(rolesOf('区科技局负责，区财政局落实资金')).toEqual([
      ['responsible', '负责', ['区科技局']],
      ['participant', '落实资金', ['区财政局']],
    ]);
    expect(rolesOf('区科技局牵头，区财政局等部门保障经费，各街道配合')).toEqual([
      ['lead', '牵头', ['区科技局']],
      ['participant', '保障经费', ['区财政局']],
      ['participant', '配合', ['各街道']],
    ]);
  });

  it('should read a helper\'s verb run on to another clause verb as taking part (配合督查, 协助督促), in brackets or not', async () => {
    expect(rolesOf('县农业农村局负责，县财政局配合督查')).toEqual([
      ['responsible', '负责', ['县农业农村局']],
      ['participant', '配合督查', ['县财政局']],
    ]);
    expect(rolesOf('县农业农村局牵头，县财政局协助督促')).toEqual([
      ['lead', '牵头', ['县农业农村局']],
      ['participant', '协助督促', ['县财政局']],
    ]);
    expect(rolesOf('县农业农村局牵头，县財政局協助做好督促檢查')).toEqual([
      ['lead', '牵头', ['县农业农村局']],
      ['participant', '協助做好督促檢查', ['县財政局']],
    ]);
    expect(await tasksOf('（一）开展清洁行动。清理杂物。县农业农村局负责，县财政局配合督查。\n（二）加强垃圾治理。开展大扫除。（县城管局负责，县财政局协助督促）\n')).toEqual([
      ['一', ['县农业农村局'], ['县财政局']],
      ['二', ['县城管局'], ['县财政局']],
    ]);
  });

  it('should read a helper\'s verb followed by a long duty holding 、 and 和 as taking part, the task kept (配合做好…的筹措、拨付和监管等工作)', async () => {
    expect(rolesOf('县人社局牵头，县财政局配合做好就业补贴资金的筹措、拨付和监管等工作。')).toEqual([
      ['lead', '牵头', ['县人社局']],
      ['participant', '配合做好就业补贴资金的筹措、拨付和监管等工作', ['县财政局']],
    ]);
    expect(rolesOf('县人社局牵头，县财政局配合筹措、拨付资金')).toEqual([
      ['lead', '牵头', ['县人社局']],
      ['participant', '配合筹措、拨付资金', ['县财政局']],
    ]);
    expect(rolesOf('县人社局负责，县财政局、县税务局等部门积极配合做好资金的筹措、拨付和监管')).toEqual([
      ['responsible', '负责', ['县人社局']],
      ['participant', '积极配合做好资金的筹措、拨付和监管', ['县财政局', '县税务局']],
    ]);
    expect(await tasksOf('（一）推进政务服务。县政数局牵头，县司法局配合。\n（二）加强就业服务。县人社局牵头，县财政局配合做好就业补贴资金的筹措、拨付和监管等工作。\n（三）加强安全生产。县应急局负责。\n')).toEqual([
      ['一', ['县政数局'], ['县司法局']],
      ['二', ['县人社局'], ['县财政局']],
      ['三', ['县应急局'], []],
    ]);
  });

  it('should read a leading group\'s members after 配合 as the placeholder they are, named as written (责任领导小组各成员单位)', async () => {
    expect(rolesOf('县领导小组办公室牵头，责任领导小组各成员单位配合')).toEqual([
      ['lead', '牵头', ['县领导小组办公室']],
      ['participant', '配合', ['责任领导小组各成员单位']],
    ]);
  });

  it('should not read a helper\'s verb after words that name no office as a part (群众配合做好…)', () => {
    expect(rolesOf('县人社局牵头，广大群众配合做好就业补贴资金的筹措、拨付和监管等工作', parseVerbalClause)).toBeUndefined();
  });

  it('should not read words after a lead that name no office as units (企业牵头，高校参与，共建实验室; 区科技局负责，学校落实)', () => {
    expect(rolesOf('企业牵头，高校参与，共建实验室')).toBeUndefined();
    expect(rolesOf('区科技局负责，学校落实主体责任', parseVerbalClause)?.flatMap((r) => r[2])).not.toContain('学校');
  });

  it('should keep every task whose clause so ends, bracketed or not', async () => {
    expect(await tasksOf('（一）强化科技创新\n1.实施科技项目。组织实施重大科技项目。（区科技局牵头，区财政局配合，区审计局监督）\n2.设立专项资金。统筹安排专项资金。（区科技局负责，区财政局落实资金）\n3.建设平台。建设研发平台。区科技局牵头，区财政局保障经费，各街道配合。\n')).toEqual([
      ['1', ['区科技局'], ['区财政局', '区审计局']],
      ['2', ['区科技局'], ['区财政局']],
      ['3', ['区科技局'], ['区财政局', '各街道']],
    ]);
  });
});

describe('负总责 and 具体由 in a verbal clause', () => {
  it('should read A负总责，B配合 as A leading, in brackets or not', async () => {
    expect(await tasksOf('（一）整治街巷\n1.整治背街小巷。完成整治50条。区城管局负总责，区住建局配合。\n2.建设公园。新建公园2个。（区林业局负总责，区城管局配合）\n')).toEqual([
      ['1', ['区城管局'], ['区住建局']],
      ['2', ['区林业局'], ['区城管局']],
    ]);
  });

  it('should read a clause opening with 具体由 or 主要由 as one opening with 由', async () => {
    expect(await tasksOf('（一）建设设施\n1.实施绿道建设。新建绿道20公里。（具体由区林业局负责，区城管局配合）\n2.建设公园。新建公园2个。主要由区城管局负责，区林业局配合。\n3.整治街巷。完成整治50条。（区城管局负责）\n')).toEqual([
      ['1', ['区林业局'], ['区城管局']],
      ['2', ['区城管局'], ['区林业局']],
      ['3', ['区城管局'], []],
    ]);
  });
});

describe('labelled lists parted by a slash', () => {
  it('should not keep the slash in the last unit before the next label (牵头部门：A／配合部门：B)', () => {
    const clause = '牵头部门：区民政局／配合部门：区卫健委、区医保局';
    const read = parseLabelledClause(clause, fold(clause), false);
    expect([read?.lead, read?.participants]).toEqual([['区民政局'], ['区卫健委', '区医保局']]);
  });
});

describe('a part of a clause read that names offices in no role', () => {
  it('should report a part whose words are too long to read, not drop its units silently', async () => {
    const doc = await parseNotice(`${HEAD}（一）开展宣传。加强宣传引导。（区委宣传部负责，区财政局做好经费保障和绩效评价以及资金使用情况跟踪审计等相关工作）\n`);
    expect(doc.plan?.tasks.map((t) => [t.lead, t.participants])).toEqual([[['区委宣传部'], []]]);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['clause-unread', 4, 16]]);
  });

  it('should report nothing for a clause whose parts are all read, or whose later words name no office', () => {
    const clause = (c: string) => parseClause(c, fold(c), false)?.unreadParts;
    expect(clause('区科技局牵头，区财政局配合，区审计局监督')).toBeUndefined();
    expect(clause('区商务局牵头，区文旅局配合，做好政策宣传')).toBeUndefined();
  });

  it('should read the units given a duty before the words that close a 负责 clause, not report them (…要加强资金监管，确保专款专用)', () => {
    const c = '区科技局负责，区财政局、区审计局等部门要加强资金监管和绩效评价，确保专款专用';
    const read = parseClause(c, fold(c), false);
    expect([read?.lead, read?.participants, read?.unreadParts]).toEqual([['区科技局'], ['区财政局', '区审计局'], undefined]);
  });
});
