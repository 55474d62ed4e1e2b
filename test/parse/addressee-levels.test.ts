import { describe, expect, it } from 'vitest';
import { splitAddressees } from '../../src/parse/addressees.js';

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
