import { describe, expect, it } from 'vitest';
import { splitAddressees } from '../../src/parse/addressees.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

describe('addressees naming several levels of places before their departments', () => {
  it.each([
    ['各市、县（市、区）教育局、卫生健康委：', ['各市、县（市、区）教育局', '各市、县（市、区）卫生健康委']],
    ['各设区市、县（市、区）财政局、人力资源社会保障局：', ['各设区市、县（市、区）财政局', '各设区市、县（市、区）人力资源社会保障局']],
    ['各市（州）、县（市、区）财政局、农业农村局：', ['各市（州）、县（市、区）财政局', '各市（州）、县（市、区）农业农村局']],
    ['各市、县、区教育局，各高等学校：', ['各市、县、区教育局', '各高等学校']],
  ])('should give each department of %s the levels listed before it', (line, expected) => {
    expect(splitAddressees(line)).toEqual(expected);
  });

  it('should give a department named 部门 the places of the list', () => {
    expect(splitAddressees('各县（市、区）商务主管部门、发展改革部门，市直有关单位：')).toEqual(['各县（市、区）商务主管部门', '各县（市、区）发展改革部门', '市直有关单位']);
  });

  it.each([
    ['各市、县（区）发展改革委（局）：', ['各市、县（区）发展改革委（局）']],
    ['各设区市、县（市、区）教育局（教体局）：', ['各设区市、县（市、区）教育局（教体局）']],
    ['各市、县（市、区）发展改革委（局）、财政局：', ['各市、县（市、区）发展改革委（局）', '各市、县（市、区）财政局']],
    ['各市、县（区）发展改革委（局），省直有关单位：', ['各市、县（区）发展改革委（局）', '省直有关单位']],
    ['各市、县（区）人民政府（管委会）：', ['各市、县（区）人民政府（管委会）']],
  ])('should keep the levels of %s with the department glossed in brackets after them, no bare level an addressee', (line, expected) => {
    expect(splitAddressees(line)).toEqual(expected);
  });

  it.each([
    ['各市州党委和人民政府，省委各部委，省直各单位：', ['各市州党委', '各市州人民政府', '省委各部委', '省直各单位']],
    ['各县（市、区）党委和政府：', ['各县（市、区）党委', '各县（市、区）政府']],
  ])('should read 和 before a place\'s other organ in %s as two addressees', (line, expected) => {
    expect(splitAddressees(line)).toEqual(expected);
  });

  it.each([
    ['市委和市政府各部门：', ['市委和市政府各部门']],
    ['各区、县（市）市场监督管理局：', ['各区、县（市）市场监督管理局']],
    ['各市、县（市、区）人民政府，省政府各部门、各直属机构：', ['各市、县（市、区）人民政府', '省政府各部门', '各直属机构']],
    ['各街道、各部门：', ['各街道', '各部门']],
  ])('should keep reading %s as before', (line, expected) => {
    expect(splitAddressees(line)).toEqual(expected);
  });
});

describe('addressees whose places or kind of body are said once for several names', () => {
  it.each([
    ['各地级以上市民政局、财政局：', ['各地级以上市民政局', '各地级以上市财政局']],
    ['各地级以上市人民政府，省政府各部门、各直属机构：', ['各地级以上市人民政府', '省政府各部门', '各直属机构']],
  ])('should give each department of %s the qualified level before the first', (line, expected) => {
    expect(splitAddressees(line)).toEqual(expected);
  });

  it.each([
    ['各县市区、市属开发区发展改革部门、财政部门：', ['各县市区发展改革部门', '各县市区财政部门', '各市属开发区发展改革部门', '各市属开发区财政部门']],
    ['各县市区、市属开发区发展改革部门：', ['各县市区发展改革部门', '各市属开发区发展改革部门']],
    ['各县（市、区）、各开发区财政局、税务局：', ['各县（市、区）财政局', '各县（市、区）税务局', '各开发区财政局', '各开发区税务局']],
    ['各市、县（市、区）、国家级开发区商务主管部门，省直有关单位：', ['各市、县（市、区）商务主管部门', '各国家级开发区商务主管部门', '省直有关单位']],
    // A zone's own name is one zone's: it takes no 各.
    ['各县（市、区）、高新区发展改革局：', ['各县（市、区）发展改革局', '高新区发展改革局']],
  ])('should give each place of %s, a zone among them, each department', (line, expected) => {
    expect(splitAddressees(line)).toEqual(expected);
  });

  it('should cut the names out as written, matched on the simplified copy', () => {
    expect(splitAddressees('各縣市區、市屬開發區發展改革部門、財政部門：', '各县市区、市属开发区发展改革部门、财政部门:')).toEqual([
      '各縣市區發展改革部門',
      '各縣市區財政部門',
      '各市屬開發區發展改革部門',
      '各市屬開發區財政部門',
    ]);
    expect(splitAddressees('各地級以上市民政局、財政局：', '各地级以上市民政局、财政局:')).toEqual(['各地級以上市民政局', '各地級以上市財政局']);
  });

  it('should read them so in a notice in traditional characters', async () => {
    const doc = await parseNotice(
      ['某省發展和改革委員會關於做好項目儲備工作的通知', '各縣市區、市屬開發區發展改革部門、財政部門：', '現將有關事項通知如下，請認真貫徹執行。', '某省發展和改革委員會', '2024年3月1日'].join('\n'),
    );
    expect(doc.notice?.addressees).toEqual(['各縣市區發展改革部門', '各縣市區財政部門', '各市屬開發區發展改革部門', '各市屬開發區財政部門']);
  });

  it.each([
    ['各地级以上市发展改革、财政部门：', ['各地级以上市发展改革部门', '各地级以上市财政部门']],
    ['各县（市、区）发展改革、财政、自然资源部门，市直有关单位：', ['各县（市、区）发展改革部门', '各县（市、区）财政部门', '各县（市、区）自然资源部门', '市直有关单位']],
    ['各市、县（市、区）教育、体育行政主管部门：', ['各市、县（市、区）教育行政主管部门', '各市、县（市、区）体育行政主管部门']],
  ])('should give each field of %s the kind of body named after the last', (line, expected) => {
    expect(splitAddressees(line)).toEqual(expected);
  });

  it.each([
    ['区政府各委、办、局：', ['区政府各委、办、局']],
    ['市政府各委、办、局，各直属机构：', ['市政府各委、办、局', '各直属机构']],
    ['各街道、部门：', ['各街道、部门']],
    ['县委、县政府有关部门：', ['县委、县政府有关部门']],
    ['各市场监管、税务部门：', ['各市场监管、税务部门']],
    ['各市、县（市、区）教育局：', ['各市、县（市、区）教育局']],
    ['各县市区、开发区：', ['各县市区、开发区']],
    ['各区人民政府、云台高新区管委会：', ['各区人民政府', '云台高新区管委会']],
  ])('should not split %s into names it does not hold', (line, expected) => {
    expect(splitAddressees(line)).toEqual(expected);
  });
});
