import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { firstIsLeadScope } from '../../src/parse/lead-note-scope.js';

const unitsOf = async (text: string) => (await parseNotice(text)).plan?.tasks.map((t) => [t.label, t.lead, t.participants]);

const TITLE = '宁川区养老服务发展若干措施\n';
const FIRST = '（一）建设综合养老服务中心。每个街道建成1个中心。（责任单位：区民政局、各街道办事处）\n';
const LAST = '（三）发展家庭养老床位。给予建设补贴。（责任单位：区民政局、区财政局）\n';

describe('how far a first-listed-leads note with 下同 reaches', () => {
  it('should hold from the task whose clause says it on, not for the tasks above it', async () => {
    const doc = `${TITLE}一、完善设施网络\n${FIRST}（二）推进设施配建。新建小区配建养老设施。（责任单位：区规划资源局、区民政局，列第一位者为牵头单位，下同）\n${LAST}`;
    expect(await unitsOf(doc)).toEqual([
      ['（一）', ['区民政局', '各街道办事处'], []],
      ['（二）', ['区规划资源局'], ['区民政局']],
      ['（三）', ['区民政局'], ['区财政局']],
    ]);
  });

  it('should read it the same in a bracket of its own after the clause, or after a verbal clause', async () => {
    const own = `${TITLE}${FIRST}（二）推进设施配建。（责任单位：区规划资源局、区民政局）（列第一位者为牵头单位，下同）\n${LAST}`;
    const verbal = `${TITLE}${FIRST}（二）推进设施配建。（区规划资源局、区民政局负责。列第一位者为牵头单位，下同）\n${LAST}`;
    for (const doc of [own, verbal]) {
      expect((await unitsOf(doc))?.map((t) => t[1])).toEqual([['区民政局', '各街道办事处'], ['区规划资源局'], ['区民政局']]);
    }
  });

  it('should hold for every task when said in a group heading, a lead-in or a note line', async () => {
    const heading = `${TITLE}一、完善设施网络（列第一位者为牵头单位，下同）\n${FIRST}${LAST}`;
    const leadIn = `${TITLE}为推进养老服务发展，制定以下措施（责任单位中列第一位者为牵头单位，以下同）。\n${FIRST}${LAST}`;
    const footnote = `${TITLE}${FIRST}${LAST}注：责任单位中列第一位者为牵头单位，下同。\n`;
    for (const doc of [heading, leadIn, footnote]) {
      expect((await unitsOf(doc))?.map((t) => [t[1], t[2]])).toEqual([
        [['区民政局'], ['各街道办事处']],
        [['区民政局'], ['区财政局']],
      ]);
    }
  });

  it('should hold for the whole document when another statement says so without 下同', async () => {
    const doc = `${TITLE}${FIRST}（二）推进设施配建。（责任单位：区规划资源局、区民政局，列第一位者为牵头单位，下同）\n${LAST}注：责任单位中列第一位的为牵头单位。\n`;
    expect((await unitsOf(doc))?.[0]).toEqual(['（一）', ['区民政局'], ['各街道办事处']]);
  });

  it.each([
    ['(责任单位:A局、B局,列第一位者为牵头单位,下同)', 'onward'],
    ['(A局、B局负责。列第一位者为牵头单位,下同)', 'onward'],
    ['一、完善设施网络(列第一位者为牵头单位,以下同)', 'onward'],
    ['注:责任单位中列第一位者为牵头单位,下同。', 'all'],
    ['制定以下措施(责任单位中排名首位的为牵头单位)。', 'all'],
    ['(简称一致性评价,下同)的仿制药。注:列第一位的为牵头单位。', 'all'],
    ['(责任单位:A局、B局,列第一位的为牵头单位)', null],
    // In brackets of its own right after a clause, without 下同: that clause's alone (probe63 #7).
    ['(责任单位:A局、B局)(列第一位的为牵头单位)', null],
    ['【责任单位】A局、B局(列第一位的为牵头单位)', null],
    ['责任单位:A局、B局(排在第一位的为牵头单位)', null],
    // After a heading's words, it speaks of all below.
    ['一、重点任务(列第一位的为牵头单位)', 'all'],
    ['(简称一致性评价,下同)', null],
  ])('should tell how far the statement in %s reaches', (match, scope) => {
    expect(firstIsLeadScope(match)).toBe(scope);
  });
});

describe('a first-listed-leads note in brackets of its own after one clause, without 下同 (probe63 #7)', () => {
  it('should hold for that task alone, neither for the tasks above nor for those below', async () => {
    const doc =
      '某县2024年工作方案\n一、重点工作\n' +
      '（一）加强乡村治理。深化积分制应用。（县委政法委、县委组织部、县民政局按职责分工负责）\n' +
      '（二）发展集体经济。实施清零消薄行动。（责任单位：县委组织部、县农业农村局、县财政局）（列第一位的为牵头单位）\n' +
      '（三）推进移风易俗。整治高价彩礼。（责任单位：县民政局、县妇联）\n' +
      '（四）培育文明乡风。开展评选。【责任单位】县委宣传部、县文明办（列第一位的为牵头单位）\n';
    expect(await unitsOf(doc)).toEqual([
      ['（一）', ['县委政法委', '县委组织部', '县民政局'], []],
      ['（二）', ['县委组织部'], ['县农业农村局', '县财政局']],
      ['（三）', ['县民政局', '县妇联'], []],
      ['（四）', ['县委宣传部'], ['县文明办']],
    ]);
  });
});
