import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { parseClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const HEAD = '某区2024年工作要点\n\n一、重点任务\n（一）推进工作\n';
const parsed = (text: string) => parseNotice(HEAD + text);
const tasksOf = async (text: string) => (await parsed(text)).plan?.tasks.map((t) => [t.number, t.lead, t.participants]);
const unread = async (text: string) => (await parsed(text)).diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.message);
const rolesOf = (clause: string) => parseClause(clause, fold(clause), false)?.roles.map((r) => [r.role, r.label, r.units]);

describe('a helpers\' list with a comma typed for one of its 、', () => {
  it('should make every unit of the list a participant under the verb after it (A牵头，B、C，D配合)', () => {
    expect(rolesOf('区金融办牵头，区科技局、区财政局，区国资委配合')).toEqual([
      ['lead', '牵头', ['区金融办']],
      ['participant', '配合', ['区科技局', '区财政局', '区国资委']],
    ]);
  });

  it('should never cut a name at the comma nor read a name as a role label (区司法局, 区委网信办)', () => {
    expect(rolesOf('区政务服务办牵头，区委编办、区司法局，各街道办事处配合')).toEqual([
      ['lead', '牵头', ['区政务服务办']],
      ['participant', '配合', ['区委编办', '区司法局', '各街道办事处']],
    ]);
    expect(rolesOf('区科技局牵头，区委宣传部、区委网信办，区公安分局配合')).toEqual([
      ['lead', '牵头', ['区科技局']],
      ['participant', '配合', ['区委宣传部', '区委网信办', '区公安分局']],
    ]);
  });

  it('should read the list so after a ；and with 参与 or 按职责分工负责 for 配合', () => {
    expect(rolesOf('区科技局牵头；区财政局、区发改委，各街道配合')).toEqual([
      ['lead', '牵头', ['区科技局']],
      ['participant', '配合', ['区财政局', '区发改委', '各街道']],
    ]);
    expect(rolesOf('区科技局牵头，区财政局、区发改委，各街道按职责分工负责')).toEqual([
      ['lead', '牵头', ['区科技局']],
      ['participant', '按职责分工负责', ['区财政局', '区发改委', '各街道']],
    ]);
    expect(rolesOf('区科技局牵头，区财政局、区发改委，各街道参与，区审计局监督')).toEqual([
      ['lead', '牵头', ['区科技局']],
      ['participant', '参与', ['区财政局', '区发改委', '各街道']],
      ['participant', '监督', ['区审计局']],
    ]);
  });

  it('should read such clauses in brackets and without them, ending an item', async () => {
    expect(
      await tasksOf(
        '　　1.加大科技金融支持。设立科技创新基金。区金融办牵头，区科技局、区财政局，区国资委配合。\n' +
          '　　2.推进一网通办。（区政务服务办牵头，区委编办、区司法局，各街道办事处配合）\n' +
          '　　3.服务企业。（区科技局牵头；区财政局、区发改委，各街道配合）\n',
      ),
    ).toEqual([
      ['1', ['区金融办'], ['区科技局', '区财政局', '区国资委']],
      ['2', ['区政务服务办'], ['区委编办', '区司法局', '各街道办事处']],
      ['3', ['区科技局'], ['区财政局', '区发改委', '各街道']],
    ]);
  });
});

describe('a bare list of units, then parts that help', () => {
  it('should make the units before the comma lead and the helpers take part (（A、B，C配合）)', async () => {
    expect(await tasksOf('　　1.加大科技金融支持。设立科技创新基金。（区金融办、区科技局，区财政局配合）\n　　2.建设平台。推动落地。（牵头单位：区科技局）\n')).toEqual([
      ['1', ['区金融办', '区科技局'], ['区财政局']],
      ['2', ['区科技局'], []],
    ]);
  });

  it('should read several helping parts after the list (（A、B；C、D协助，E参与）)', () => {
    expect(rolesOf('区金融办、区科技局；区财政局、区发改委协助，各街道参与')).toEqual([
      ['responsible', '', ['区金融办', '区科技局']],
      ['participant', '协助', ['区财政局', '区发改委']],
      ['participant', '参与', ['各街道']],
    ]);
  });
});

describe('the support a unit gives as taking part', () => {
  it('should read B给予资金支持 and B提供资金支持 as B taking part, in brackets and without', async () => {
    expect(
      await tasksOf(
        '　　1.加大科技金融支持。设立科技创新基金。（区科技局负责，区财政局给予资金支持）\n' +
          '　　2.设立引导基金。区科技局牵头，区财政局提供资金支持。\n' +
          '　　3.建设平台。推动落地。（区科技局牵头，区大数据中心提供技术支撑）\n',
      ),
    ).toEqual([
      ['1', ['区科技局'], ['区财政局']],
      ['2', ['区科技局'], ['区财政局']],
      ['3', ['区科技局'], ['区大数据中心']],
    ]);
  });

  it('should still read a support with no unit before it as what the item does (强化政策支持)', () => {
    expect(rolesOf('区科技局牵头，强化政策支持')).toEqual([['lead', '牵头', ['区科技局']]]);
  });
});

describe('the warning on a clause without brackets whose first parts were read', () => {
  it('should name the part not read, not say the clause\'s units are in no task', async () => {
    expect(await unread('　　1.设立引导基金。区科技局牵头，区融媒网配合。\n　　2.建设平台。推动落地。（牵头单位：区科技局）\n')).toEqual([
      'the part "区融媒网配合" of a responsibility clause was not read: its units are in no role of the task',
    ]);
  });
});

describe('an office named once after the government for the Party committee before it', () => {
  it('should read 区委、区政府督查室 as 区委督查室 and 区政府督查室', async () => {
    expect(await tasksOf('　　1.加强督查考核。将重点任务纳入督查范围。（区委、区政府督查室牵头，区科技局配合）\n')).toEqual([
      ['1', ['区委督查室', '区政府督查室'], ['区科技局']],
    ]);
  });

  it('should share the office at every level and with 人民政府 (市委、市政府办公室, 县委、县人民政府办公室)', () => {
    expect(rolesOf('市委、市政府办公室牵头')).toEqual([['lead', '牵头', ['市委办公室', '市政府办公室']]]);
    expect(rolesOf('县委、县人民政府办公室，县财政局配合')).toEqual([
      ['responsible', '', ['县委办公室', '县人民政府办公室']],
      ['participant', '配合', ['县财政局']],
    ]);
  });

  it('should keep the committee apart where the government names no office, or another place\'s', () => {
    expect(rolesOf('区委、区政府牵头')).toEqual([['lead', '牵头', ['区委', '区政府']]]);
    expect(rolesOf('区委、市政府办公室牵头')).toEqual([['lead', '牵头', ['区委', '市政府办公室']]]);
  });
});

describe('zones, parks, venues, funds and streets named in a verbal clause', () => {
  it('should read a park as the lead (金贸产业园牵头) and as a helper', async () => {
    expect(await tasksOf('　　1.实现创新平台提质增效。依托现有资源加大技术攻关。（金贸产业园牵头，区科技局配合）\n　　2.拓展合作。（区科技局牵头，金贸产业园、区发展改革委配合）\n')).toEqual([
      ['1', ['金贸产业园'], ['区科技局']],
      ['2', ['区科技局'], ['金贸产业园', '区发展改革委']],
    ]);
  });

  it('should read the other zones, venues, funds and streets as the label form does', () => {
    expect(rolesOf('中新天津生态城牵头，区科技局配合')).toEqual([
      ['lead', '牵头', ['中新天津生态城']],
      ['participant', '配合', ['区科技局']],
    ]);
    expect(rolesOf('区科技局牵头，滨海产业园、科技园、区物流园、区中关村科技园、区体育场、二号桥街、海河产业基金配合')).toEqual([
      ['lead', '牵头', ['区科技局']],
      ['participant', '配合', ['滨海产业园', '科技园', '区物流园', '区中关村科技园', '区体育场', '二号桥街', '海河产业基金']],
    ]);
  });

  it('should take no word of a task ending in 场, 城 or 园 for a unit (市场, 县城, 家园)', () => {
    expect(rolesOf('区商务局牵头，农贸市场配合')).toEqual([['lead', '牵头', ['区商务局']]]);
    expect(rolesOf('区科技局牵头，县城配合')).toEqual([['lead', '牵头', ['区科技局']]]);
    expect(rolesOf('规范农贸市场，区商务局配合')).toBeUndefined();
    expect(rolesOf('建设美丽家园牵头')).toBeUndefined();
  });
});
