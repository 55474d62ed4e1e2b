import { describe, expect, it } from 'vitest';
import { parseClause, splitUnits, statesFirstIsLead } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const read = (clause: string, firstIsLead = false) => {
  const r = parseClause(clause, fold(clause), firstIsLead);
  return r && { lead: r.lead, participants: r.participants, labels: r.roles.map((x) => x.label) };
};

describe('responsibility clauses', () => {
  it.each([
    ['牵头单位:区科技局,参与单位:区发展改革委、区楼宇办', ['区科技局'], ['区发展改革委', '区楼宇办'], ['牵头单位', '参与单位']],
    ['牵头单位：区市场监管局、区科技局，参与单位：区司法局', ['区市场监管局', '区科技局'], ['区司法局'], ['牵头单位', '参与单位']],
    ['牵头单位:区科技局', ['区科技局'], [], ['牵头单位']],
    ['牵头单位:A局;责任单位:B局、C局', ['A局'], ['B局', 'C局'], ['牵头单位', '责任单位']],
    ['牵头单位:A局,配合单位:B局', ['A局'], ['B局'], ['牵头单位', '配合单位']],
    ['责任单位：区科技局，配合单位：区财政局', ['区科技局'], ['区财政局'], ['责任单位', '配合单位']],
    ['責任單位:區科技局', null, null, null],
    ['负责部门：人力资源社会保障部、住房城乡建设部、商务部；适用范围：所有自贸试验区', ['人力资源社会保障部', '住房城乡建设部', '商务部'], [], ['负责部门']],
    ['负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区', ['发展改革委', '粮食和储备局'], [], ['负责部门']],
    ['财政部、工业和信息化部、人民银行、银保监会负责', ['财政部', '工业和信息化部', '人民银行', '银保监会'], [], ['负责']],
    ['人力资源社会保障部等有关部门和单位负责', ['人力资源社会保障部', '有关部门和单位'], [], ['负责']],
    ['人力资源社会保障部、科技部，各省级人民政府按职责分工负责', ['人力资源社会保障部', '科技部', '各省级人民政府'], [], ['按职责分工负责']],
    ['区发展改革委牵头，区建管委、区房管局按职责分工负责', ['区发展改革委'], ['区建管委', '区房管局'], ['牵头', '按职责分工负责']],
    ['责任单位：区政务服务中心，各相关部门按职责分工负责', ['区政务服务中心'], ['各相关部门'], ['责任单位', '按职责分工负责']],
    ['各市人民政府负责，有关部门配合', ['各市人民政府'], ['有关部门'], ['负责', '配合']],
    ['各地区、各有关部门按职责分工负责', ['各地区', '各有关部门'], [], ['按职责分工负责']],
    ['各区政府、市有关部门按职责分工落实', ['各区政府', '市有关部门'], [], ['按职责分工落实']],
    ['省发展改革委牵头，省工业和信息化厅、省财政厅等配合', ['省发展改革委'], ['省工业和信息化厅', '省财政厅'], ['牵头', '配合']],
    ['市科委牵头负责，中关村管委会参与', ['市科委'], ['中关村管委会'], ['牵头负责', '参与']],
    ['责任单位：市发展改革委牵头，市财政局等配合', ['市发展改革委'], ['市财政局'], ['牵头', '配合']],
    ['责任领导：张三；责任单位：区发改局、区财政局', ['区发改局', '区财政局'], [], ['责任单位']],
    ['区发改局牵头，各乡镇（街道）配合', ['区发改局'], ['各乡镇（街道）'], ['牵头', '配合']],
    ['责任单位：区政府办、区发改局，各乡镇（街道）', ['区政府办', '区发改局', '各乡镇（街道）'], [], ['责任单位']],
    ['国家发展改革委、人力资源社会保障部按职责分工负责，各省级人民政府参与', ['国家发展改革委', '人力资源社会保障部'], ['各省级人民政府'], ['按职责分工负责', '参与']],
  ])('should read (%s)', (clause, lead, participants, labels) => {
    if (lead === null) expect(read(clause)).toBeNull();
    else expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it('should read traditional labels once the matching copy is simplified', () => {
    const text = '牽頭單位:區科技局,參與單位:區財政局';
    const simplified = '牵头单位:区科技局,参与单位:区财政局';
    const r = parseClause(text, simplified, false)!;
    expect(r.lead).toEqual(['區科技局']);
    expect(r.participants).toEqual(['區財政局']);
    expect(r.roles[0]!.label).toBe('牽頭單位');
  });

  it('should make the first unit the lead when the document says so', () => {
    expect(read('人力资源社会保障部、财政部负责', true)).toEqual({ lead: ['人力资源社会保障部'], participants: ['财政部'], labels: ['负责'] });
    expect(read('责任单位：区发展改革委、区建管委', true)).toEqual({ lead: ['区发展改革委'], participants: ['区建管委'], labels: ['责任单位'] });
  });

  it.each([
    ['以下简称“自贸试验区”'],
    ['2020—2022年'],
    ['含技工院校'],
    ['%'],
    ['技工院校内由人力资源社会保障行政部门负责'],
    ['具体办法由市教育局另行制定，并负责解释'],
    ['按规定负责'],
  ])('should not take (%s) for a clause', (clause) => {
    expect(read(clause)).toBeNull();
  });

  it('should recognise the statement that the first-listed unit leads', () => {
    expect(statesFirstIsLead('(人力资源社会保障部、财政部负责。列第一位者为牵头单位,下同)')).toBe(true);
    expect(statesFirstIsLead('列第一位的为牵头单位')).toBe(true);
    expect(statesFirstIsLead('牵头单位:区科技局')).toBe(false);
  });

  it('should split unit lists on every separator the genre uses', () => {
    expect(splitUnits('区发展改革委、区楼宇办,区产促局;金贸产业园')).toEqual(['区发展改革委', '区楼宇办', '区产促局', '金贸产业园']);
  });
});
