import { describe, expect, it } from 'vitest';
import { isBodyName, signsAboveDate } from '../../src/text/body-name.js';

describe('signsAboveDate', () => {
  it('should take an issuing body alone on its line over a date line for a signature', () => {
    expect(signsAboveDate('湖州市吴兴区民政局', '2024年2月27日')).toBe(true);
    expect(signsAboveDate('某区人民政府办公室', '2024年3月5日')).toBe(true);
    expect(signsAboveDate('中共某县委员会', '二〇二四年三月五日')).toBe(true);
    expect(signsAboveDate('某街道办事处', '2024-03-05')).toBe(true);
  });

  it('should not take a name without a day\'s date under it, nor a deadline, for one', () => {
    expect(signsAboveDate('湖州市吴兴区民政局', undefined)).toBe(false);
    expect(signsAboveDate('湖州市吴兴区民政局', '')).toBe(false);
    expect(signsAboveDate('湖州市吴兴区民政局', '2024年底前')).toBe(false);
    expect(signsAboveDate('湖州市吴兴区民政局', '2024年2月27日印发')).toBe(false);
  });

  it('should not take a group a clause names, a short piece of a name or a line of prose for a signature', () => {
    expect(signsAboveDate('各乡镇人民政府', '2024年2月27日')).toBe(false);
    expect(signsAboveDate('有关部门', '2024年2月27日')).toBe(false);
    expect(signsAboveDate('政局', '2024年2月27日')).toBe(false);
    expect(signsAboveDate('请于月底前报区民政局。', '2024年2月27日')).toBe(false);
  });
});

describe('isBodyName', () => {
  it('should take the whole name of a government, an office or a bureau for a body', () => {
    expect(['湖州市人民政府', '湖州市吴兴区民政局', '某区人民政府办公室', '中共某县委员会'].map(isBodyName)).toEqual([true, true, true, true]);
  });

  it('should take a 盟\'s or 地区\'s 行政公署, a 人大常委会, a people\'s organisation and a 区公所 for a body', () => {
    expect(['锡林郭勒盟行政公署', '大兴安岭地区行政公署', '某县人大常委会', '某市总工会', '某县妇女联合会', '某区公所'].map(isBodyName)).toEqual([true, true, true, true, true, true]);
  });

  it('should not take a group, a sentence or a site for one body', () => {
    expect(['各乡镇人民政府', '有关部门', '请报区民政局。', '湖州市人民政府门户网站'].map(isBodyName)).toEqual([false, false, false, false]);
  });
});
