import { describe, expect, it } from 'vitest';
import { isPlaceholderUnit } from '../../src/query/placeholder.js';

describe('isPlaceholderUnit', () => {
  it.each(['有关部门', '有关单位', '各有关部门', '相关部门', '各相关单位', '区有关部门', '区各有关部门', '其他有关部门', '有关部门和单位', '各有关部门和单位', '区级各部门', '各成员单位', '有關部門', '市直各部门', '市直有关部门', '省直各有关部门', '省直有关单位', '区直有关单位', '县直各部门', '市直部门', '市直属各单位', '县直机关各部门', '省直有关部门（单位）', '縣直有關單位', '全区各部门', '全市各有关单位', '全区各级各部门', '区安委会各成员单位', '市乡村振兴领导小组成员单位', '區食安委各成員單位'])(
    'should take %s for a placeholder',
    (name) => expect(isPlaceholderUnit(name)).toBe(true),
  );

  it.each(['区政府各部门', '区人民政府各部门', '区委各部门', '市政府有关部门', '县人民政府各有关单位', '市委各部门和单位', '區政府各部門', '区政府直属各单位', '镇各部门'])(
    'should take %s, the departments of a government or Party committee, for a placeholder',
    (name) => expect(isPlaceholderUnit(name)).toBe(true),
  );

  it.each(['市直各执法部门', '各执法部门', '县直各行政执法部门', '区直各综合执法部门', '各有关职能部门', '各行业主管部门', '市直各监管部门', '各责任单位', '全市各级执法部门', '縣直各執法部門'])(
    'should take %s, the departments of a kind (执法, 主管, 监管), for a placeholder',
    (name) => expect(isPlaceholderUnit(name)).toBe(true),
  );

  it.each(['区科技局', '各街道办事处', '各区人民政府', '区发展改革委', '区委组织部', '部门', '区财政局及有关单位', '市直机关工委', '各区县人民政府', '市属国有企业', '全区', '区安委会', '区安委办', '区政府', '区人民政府', '区委', '区委办', '区政府办', '执法部门', '行业主管部门', '区综合行政执法局', '市城市管理综合执法支队', '各级财政部门'])('should take %s for a unit', (name) =>
    expect(isPlaceholderUnit(name)).toBe(false),
  );
});
