import { describe, expect, it } from 'vitest';
import { compareContext } from '../../src/diff/context.js';
import { respellings } from '../../src/diff/fields.js';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';

const seed = await parseFile('fixtures/hedong-2022.txt');
const ctx = await compareContext(seed, seed, {});
const strict = await compareContext(seed, seed, { strict: true });

describe('respellings', () => {
  it.each([
    ['another spelling of one unit, in another place in the list', ['区发改委', '区财政局'], ['区财政局', '区发展改革委'], [{ old: '区发改委', new: '区发展改革委' }]],
    ['a full name for a short one', ['区科技局'], ['区科学技术局'], [{ old: '区科技局', new: '区科学技术局' }]],
    ['the district written before the unit', ['区发展改革委'], ['河东区发展和改革委员会'], [{ old: '区发展改革委', new: '河东区发展和改革委员会' }]],
    ['the full name of a people\'s organisation for its short form', ['区民政局', '区残联'], ['区民政局', '区残疾人联合会'], [{ old: '区残联', new: '区残疾人联合会' }]],
    ['the Youth League committee under its full name', ['区教育局', '团区委'], ['区教育局', '共青团河东区委员会'], [{ old: '团区委', new: '共青团河东区委员会' }]],
    ['a people\'s organisation replaced by another (none)', ['区妇联'], ['区残联'], []],
    ['the same names in another order (none)', ['区财政局', '区科技局'], ['区科技局', '区财政局'], []],
    ['a unit replaced by another unit (none: a change of responsibility)', ['区行政审批局'], ['区政务服务办'], []],
    ['a space added (none: the text key ignores it)', ['区科技局'], ['区科技局 '], []],
    ['a second spelling beside the one kept (none)', ['区科技局'], ['区科技局', '区科学技术局'], []],
  ])('should find the respellings in %s', (_what, oldList, newList, expected) => {
    expect(respellings(oldList, newList, ctx)).toEqual(expected);
  });

  it('should find none with --strict, where names compare as written', () => {
    expect(respellings(['区发改委'], ['区发展改革委'], strict)).toEqual([]);
  });
});

describe('units renamed in a reorganisation (机构改革)', () => {
  const version = (lead: string) =>
    parseNotice(`南湖区数字经济发展行动方案\n\n一、重点任务\n\n1.加快5G网络建设。推进5G网络在重点园区的深度覆盖。（牵头单位：${lead}，参与单位：区住建局）\n`);

  it('should take a unit written with its former name in brackets for a respelling of that name', async () => {
    const [before, after] = [await version('区科委'), await version('区科技局（原区科委）')];
    const renamed = await compareContext(before, after, {});
    expect(respellings(['区科委'], ['区科技局（原区科委）'], renamed)).toEqual([{ old: '区科委', new: '区科技局（原区科委）' }]);
  });

  it('should take a renamed unit with its former name in brackets for a respelling: 区科信局（原区科委）', async () => {
    const [before, after] = [await version('区科委'), await version('区科信局（原区科委）')];
    const renamed = await compareContext(before, after, {});
    expect(respellings(['区科委'], ['区科信局（原区科委）'], renamed)).toEqual([{ old: '区科委', new: '区科信局（原区科委）' }]);
  });

  it('should not take a new unit for the old one when the notice does not say it was renamed', async () => {
    // Beijing's districts merged their 科委 with informatisation into the 科信局: another department.
    const [before, after] = [await version('区科委'), await version('区科信局')];
    const replaced = await compareContext(before, after, {});
    expect(respellings(['区科委'], ['区科信局'], replaced)).toEqual([]);
  });

  it.each([
    // The science and the housing department are a commission in some places and a bureau in others, no
    // place having both: the other name is the same department's, as 发改局 is the 发改委's.
    ['区科委', '区科学技术局'],
    ['区科学技术委员会', '区科技局'],
    ['区住建委', '区住房和城乡建设局'],
    ['区住房城乡建设委', '区住建局'],
  ])('should take %s → %s for a respelling, bracket or none', async (old, fresh) => {
    const [before, after] = [await version(old), await version(fresh)];
    expect(respellings([old], [fresh], await compareContext(before, after, {}))).toEqual([{ old, new: fresh }]);
  });
});
