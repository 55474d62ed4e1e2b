import { describe, expect, it } from 'vitest';
import { splitAddressees } from '../../src/parse/addressees.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { departmentLoad } from '../../src/query/departments.js';

/** Whole places or zones named before an organ each of them has: one unit of each, as the notices name them apart. */
describe('places and zones named together before a shared organ', () => {
  it.each([
    ['各县（市、区）人民政府，盐城经济技术开发区、盐南高新区管委会，市各委、办、局，市各直属单位：', ['各县（市、区）人民政府', '盐城经济技术开发区管委会', '盐南高新区管委会', '市各委、办、局', '市各直属单位']],
    ['南京市、苏州市人民政府，省各有关部门：', ['南京市人民政府', '苏州市人民政府', '省各有关部门']],
    ['市各有关部门、高新区、经开区管委会：', ['市各有关部门', '高新区管委会', '经开区管委会']],
  ])('should give each of the addressees %s its organ', (line, expected) => {
    expect(splitAddressees(line)).toEqual(expected);
  });

  it('should read a traditional notice\'s addressees by their simplified copy, each keeping the organ as written', () => {
    expect(splitAddressees('鹽城經濟技術開發區、鹽南高新區管委會：', '盐城经济技术开发区、盐南高新区管委会：')).toEqual(['鹽城經濟技術開發區管委會', '鹽南高新區管委會']);
  });

  it.each([
    // The level said once for all, or the places of a level: one addressee, as before.
    ['青岛、烟台、潍坊市人民政府：', ['青岛、烟台、潍坊市人民政府']],
    ['各市、县（市、区）人民政府：', ['各市、县（市、区）人民政府']],
  ])('should keep the addressees %s as one name', (line, expected) => {
    expect(splitAddressees(line)).toEqual(expected);
  });

  it('should read each zone\'s committee as a unit of the task, counted in a row of its own', async () => {
    const text = [
      '某市推进开发区建设工作方案',
      '一、重点任务',
      '1.深化改革。推动集成办理。（责任单位：市政务办，各县〔市、区〕人民政府、盐城经济技术开发区、盐南高新区管委会）',
      '2.优化服务。推进一网通办。（牵头单位：盐南高新区管委会；配合单位：市数据局）',
    ].join('\n');
    const doc = await parseNotice(text);
    expect(doc.plan?.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['市政务办', '各县〔市、区〕人民政府', '盐城经济技术开发区管委会', '盐南高新区管委会'], []],
      [['盐南高新区管委会'], ['市数据局']],
    ]);
    const rows = await departmentLoad(doc, { dept: '盐南高新区管委会' });
    expect(rows.map((r) => [r.unit, r.leadCount, r.joinCount])).toEqual([['盐南高新区管委会', 2, 0]]);
  });
});
