import { describe, expect, it } from 'vitest';
import { eachOfTwoKinds, secondName } from '../../src/units/second-name.js';

describe('secondName', () => {
  it.each([
    ['区发展改革委（区粮食和物资储备局）', '区发展改革委', '区粮食和物资储备局'],
    ['区委组织部（区委人才办）', '区委组织部', '区委人才办'],
    ['區委組織部（區委人才辦）', '區委組織部', '區委人才辦'],
    ['區發展改革委（區糧食和物資儲備局）', '區發展改革委', '區糧食和物資儲備局'],
    ['区政务服务办(区大数据局)', '区政务服务办', '区大数据局'],
    ['区委办公室（区档案局）', '区委办公室', '区档案局'],
    ['区科技局（原区科委）', '区科技局', '区科委'],
    ['区工信局（原区经信委）', '区工信局', '区经信委'],
    ['各街道（乡镇）', '各街道', '各乡镇'],
    ['各镇（街道）', '各镇', '各街道'],
    ['各镇人民政府（街道办事处）', '各镇人民政府', '各街道办事处'],
    ['各区（县）', '各区', '各县'],
    ['区科工信局〔区科技局〕', '区科工信局', '区科技局'],
    ['区委组织部〔区委人才办〕', '区委组织部', '区委人才办'],
  ])('should read %s as %s and %s', (name, main, second) => {
    expect(secondName(name)).toEqual({ main, second });
  });

  it.each([
    ['区科技局', 'no bracket'],
    ['各街道（含园区）', 'a gloss that is no kind of local unit'],
    ['各街道（街道）', 'one kind twice'],
    ['金贸产业园（AB）', 'letters'],
    ['区科技局（牵头）', 'a role mark'],
    ['区财政局（含区国资委）', 'what the unit includes'],
    ['滨海新区（区发改委）', 'a main name that is a place, not a body'],
    ['各县〔市、区〕人民政府', 'levels in 〔〕 inside a name'],
    ['区科技局〔牵头〕', 'a role mark in 〔〕'],
  ])('should find no second name in %s (%s)', (name) => {
    expect(secondName(name)).toBeNull();
  });
});

describe('eachOfTwoKinds: with the places\' government after the bracket, and the counties and districts in one word', () => {
  it.each([
    ['各县（区）人民政府', '各县', '各区'],
    ['各县（区）政府', '各县', '各区'],
    ['各镇（街道）人民政府', '各镇', '各街道'],
    ['各县区', '各县', '各区'],
    ['各区县人民政府', '各区', '各县'],
    ['各縣（區）人民政府', '各县', '各区'],
  ])('should read %s as %s and %s', (name, main, second) => {
    expect(eachOfTwoKinds(name)).toEqual({ main, second });
  });

  it.each(['各县（区）党委', '各县县', '各县（市、区）人民政府', '各地级以上市人民政府'])('should not read %s as two kinds', (name) => {
    expect(eachOfTwoKinds(name)).toBeNull();
  });
});
