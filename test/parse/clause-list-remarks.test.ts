import { describe, expect, it } from 'vitest';
import { parseClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';
import { loadSimplifier } from '../../src/text/simplify.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const toSimplified = await loadSimplifier();

const read = (clause: string, firstIsLead = false) => {
  const r = parseClause(clause, toSimplified(fold(clause)), firstIsLead);
  return r && { lead: r.lead, participants: r.participants, labels: r.roles.map((x) => x.label) };
};

describe('a remark after a labelled list naming the lead among its units', () => {
  it.each([
    ['责任单位：县委组织部、县委编办、县人社局，县委组织部牵头', ['县委组织部'], ['县委编办', '县人社局'], ['责任单位', '牵头']],
    ['责任单位：县财政局、县商务局，其中县财政局牵头', ['县财政局'], ['县商务局'], ['责任单位', '牵头']],
    ['责任单位：县自然资源局、县发改局、县住建局，县自然资源局、县发改局牵头', ['县自然资源局', '县发改局'], ['县住建局'], ['责任单位', '牵头']],
    ['责任单位：县委宣传部、县融媒体中心；由县委宣传部牵头', ['县委宣传部'], ['县融媒体中心'], ['责任单位', '牵头']],
    ['责任单位：县委督查室、县政府督查室，县委督查室负总责', ['县委督查室'], ['县政府督查室'], ['责任单位', '负总责']],
    ['責任單位：縣統計局、縣商務局，縣統計局牽頭', ['縣統計局'], ['縣商務局'], ['責任單位', '牽頭']],
  ])('should read the unit named again to lead as the lead, the others as taking part: %s', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    ['责任单位：区城管局、区园林中心、各街道，其中区城管局为牵头单位', ['区城管局'], ['区园林中心', '各街道'], ['责任单位', '牵头单位']],
    ['责任单位：区城管局、区园林中心、各街道。其中区城管局为牵头单位', ['区城管局'], ['区园林中心', '各街道'], ['责任单位', '牵头单位']],
    ['责任单位：区城管局、区园林中心、各街道。其中区城管局为牵头单位。', ['区城管局'], ['区园林中心', '各街道'], ['责任单位', '牵头单位']],
    ['责任单位：区城管局、区园林中心、各街道；区城管局为牵头单位', ['区城管局'], ['区园林中心', '各街道'], ['责任单位', '牵头单位']],
    ['责任单位：区城管局、区园林中心、各街道，区城管局是牵头部门', ['区城管局'], ['区园林中心', '各街道'], ['责任单位', '牵头部门']],
    ['责任单位：区城管局、区园林中心、各街道。其中区城管局牵头', ['区城管局'], ['区园林中心', '各街道'], ['责任单位', '牵头']],
    ['责任单位：区城管局、区园林中心、各街道。由区城管局牵头', ['区城管局'], ['区园林中心', '各街道'], ['责任单位', '牵头']],
    ['责任单位：区城管局、区园林中心、各街道。区城管局负总责', ['区城管局'], ['区园林中心', '各街道'], ['责任单位', '负总责']],
    ['責任單位：區城管局、區園林中心、各街道，其中區城管局為牽頭單位', ['區城管局'], ['區園林中心', '各街道'], ['責任單位', '牽頭單位']],
    ['責任單位：區城管局、區園林中心、各街道。其中區城管局為牽頭單位', ['區城管局'], ['區園林中心', '各街道'], ['責任單位', '牽頭單位']],
  ])('should read a remark naming the lead by its role or verb, after ，；or 。, as singling out the lead: %s', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it('should read a unit named as the lead unit though the list does not name it, the list taking part', () => {
    expect(read('责任单位：区城管局、区园林中心，区住建局为牵头单位')).toEqual({ lead: ['区住建局'], participants: ['区城管局', '区园林中心'], labels: ['责任单位', '牵头单位'] });
  });

  it('should not read a remark naming a unit outside the list as the one singled out', () => {
    // 县发改局 is no unit of the list: the remark is no choice among its units.
    expect(read('责任单位：县统计局、县商务局，县发改局牵头')?.lead).toContain('县发改局');
  });
});

describe('a remark after a bare list of units (no label) naming the lead among them', () => {
  it.each([
    ['区城管局、区园林中心、各街道，其中区城管局为牵头单位', ['区城管局'], ['区园林中心', '各街道'], ['', '牵头单位']],
    ['区城管局、区园林中心、各街道，其中区城管局牵头', ['区城管局'], ['区园林中心', '各街道'], ['', '牵头']],
    ['区城管局、区园林中心、各街道。其中区城管局为牵头单位', ['区城管局'], ['区园林中心', '各街道'], ['', '牵头单位']],
    ['区城管局、区园林中心、各街道。其中区城管局为牵头单位。', ['区城管局'], ['区园林中心', '各街道'], ['', '牵头单位']],
    ['区城管局、区园林中心、各街道；区城管局为牵头单位', ['区城管局'], ['区园林中心', '各街道'], ['', '牵头单位']],
    ['区城管局、区园林中心、各街道，由区城管局牵头', ['区城管局'], ['区园林中心', '各街道'], ['', '牵头']],
    ['区城管局、区园林中心、各街道，区城管局负总责', ['区城管局'], ['区园林中心', '各街道'], ['', '负总责']],
    ['區城管局、區園林中心、各街道，其中區城管局為牽頭單位', ['區城管局'], ['區園林中心', '各街道'], ['', '牽頭單位']],
  ])('should read the unit the remark names as the lead, the others as taking part: %s', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it('should keep reading a bare list with no remark as all its units responsible', () => {
    expect(read('区城管局、区园林中心、各街道')?.lead).toEqual(['区城管局', '区园林中心', '各街道']);
  });

  it('should not single out a unit the list does not name when the remark only says it leads', () => {
    // 区住建局牵头 after A、B is a verbal part, not a choice among the list (as after a labelled list).
    expect(read('区城管局、区园林中心，区住建局牵头')?.lead).toContain('区住建局');
  });
});

describe('a bare list of units, then the units sharing the work by their place or duties', () => {
  it.each([
    ['区水利局、区应急局，各镇（街道）按属地负责', ['区水利局', '区应急局'], ['各镇（街道）'], ['', '按属地负责']],
    ['区自然资源局、区应急局，各街道落实属地责任', ['区自然资源局', '区应急局'], ['各街道'], ['', '落实属地责任']],
    ['區林業局、區應急局，各鎮（街道）按屬地負責', ['區林業局', '區應急局'], ['各鎮（街道）'], ['', '按屬地負責']],
  ])('should read the list as a bare list and the later units as taking part: %s', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    // The comma parts the levels (the province's departments, then the cities), not the roles.
    ['省工业和信息化厅、省大数据局，各市政府按职责分工负责', ['省工业和信息化厅', '省大数据局', '各市政府']],
    ['省工业和信息化厅、省通信管理局、各市政府按职责分工负责', ['省工业和信息化厅', '省通信管理局', '各市政府']],
    ['区林业局、区应急局，各镇（街道）按职责分工负责', ['区林业局', '区应急局', '各镇（街道）']],
    ['区住建局、区市场监管局；各相关部门按职责分工负责', ['区住建局', '区市场监管局', '各相关部门']],
    ['省发展改革委、省财政厅，各市（州）人民政府依职责分工负责', ['省发展改革委', '省财政厅', '各市（州）人民政府']],
  ])('should read a verb of sharing the work by duty as the whole list\'s, all responsible under it: %s', (clause, lead) => {
    const labels = [clause.slice(clause.search(/[按依]职责/))];
    expect(read(clause)).toEqual({ lead, participants: [], labels });
  });

  it('should never leave the units before the comma without a label where the clause has a verb', () => {
    const r = parseClause('省工业和信息化厅、省大数据局，各市政府按职责分工负责', fold('省工业和信息化厅、省大数据局，各市政府按职责分工负责'), false);
    expect(r?.roles).toEqual([{ role: 'responsible', label: '按职责分工负责', units: ['省工业和信息化厅', '省大数据局', '各市政府'] }]);
  });

  it('should let the first unit of the bare list lead where the document says the first leads', () => {
    expect(read('区水利局、区应急局，各镇（街道）按属地负责', true)).toEqual({ lead: ['区水利局'], participants: ['区应急局', '各镇（街道）'], labels: ['', '按属地负责'] });
  });

  it.each([
    // Offices named one by one after the comma may as well share the work with the first.
    ['区消防救援大队，区住建局、区商务局按职责分工负责', ['区消防救援大队', '区住建局', '区商务局']],
    ['区交通局、区公安分局，按职责分工负责', ['区交通局', '区公安分局']],
  ])('should keep all units responsible where the later part names no set of units: %s', (clause, lead) => {
    expect(read(clause)?.lead).toEqual(lead);
  });
});

describe('units after the lead\'s list and a semicolon, without their label', () => {
  it.each([
    ['牵头单位：区委宣传部；区文旅局、区商务局', ['区委宣传部'], ['区文旅局', '区商务局'], ['牵头单位', '']],
    ['牵头单位：区委宣传部、区委网信办；区文旅局、区商务局', ['区委宣传部', '区委网信办'], ['区文旅局', '区商务局'], ['牵头单位', '']],
    ['牽頭單位:區委宣傳部;區文體旅局、區商務局', ['區委宣傳部'], ['區文體旅局', '區商務局'], ['牽頭單位', '']],
    ['牵头单位：区商务局；区经信局、各街道办事处配合', ['区商务局'], ['区经信局', '各街道办事处'], ['牵头单位', '配合']],
  ])('should read them as taking part: %s', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    // Each list labelled: the semicolon parts two labels' lists.
    ['牵头单位：区委宣传部；配合单位：区文旅局、区商务局', ['区委宣传部'], ['区文旅局', '区商务局']],
    // A role labelled later: the group before it is the lead's own.
    ['牵头单位：区委宣传部；区文旅局、区商务局；配合单位：各街道', ['区委宣传部', '区文旅局', '区商务局'], ['各街道']],
    // The semicolon as the list's own separator, every name parted by it.
    ['牵头单位：区委宣传部；区文旅局；区商务局', ['区委宣传部', '区文旅局', '区商务局'], []],
    ['牵头单位：区委宣传部；区文旅局', ['区委宣传部', '区文旅局'], []],
    // The later units share the work by their duties: SHARED_TAIL's.
    ['牵头单位：区委宣传部；各街道按职责分工负责', ['区委宣传部'], ['各街道']],
    ['牵头单位：区委宣传部、区文旅局；按职责分工负责', ['区委宣传部', '区文旅局'], []],
  ])('should not misread a semicolon that parts other lists: %s', (clause, lead, participants) => {
    const r = read(clause);
    expect(r && [r.lead, r.participants]).toEqual([lead, participants]);
  });
});

describe('a verbal clause whose parts are parted by a space, or rarely by nothing', () => {
  it.each([
    ['区民政局牵头 各街道配合', ['区民政局'], ['各街道']],
    ['区民政局牵头　各街道配合', ['区民政局'], ['各街道']],
    ['区民政局牵头  区卫健委、各街道配合', ['区民政局'], ['区卫健委', '各街道']],
    ['區民政局牽頭　各街道配合', ['區民政局'], ['各街道']],
    ['区商务局牵头区海关配合', ['区商务局'], ['区海关']],
    ['区商务局负总责区发改局、区财政局协助', ['区商务局'], ['区发改局', '区财政局']],
  ])('should read the space, or the verbs, as parting the lead from the units taking part: %s', (clause, lead, participants) => {
    const r = read(clause);
    expect(r && [r.lead, r.participants]).toEqual([lead, participants]);
  });

  it.each([
    // A lead's verb that goes on (牵头负责) is no place to part the clause.
    '区商务局牵头负责区海关配合',
    // A list of names parted by spaces, with no verb before the space.
    '区商务局 区海关配合',
  ])('should not part a clause where the verbs leave it in doubt: %s', (clause) => {
    const r = read(clause);
    expect(r?.lead ?? []).not.toEqual(['区商务局']);
  });
});

describe('a province\'s plan whose clauses list its departments, then the cities, under 按职责分工负责', () => {
  it('should make the departments and the cities responsible, each role labelled', async () => {
    const doc = await parseNotice(
      [
        '某省制造业数字化转型行动方案（2023—2025年）',
        '一、重点任务',
        '1.推动企业上云。每年新增上云企业1万家。（省工业和信息化厅、省大数据局，各市政府按职责分工负责）',
        '2.加快设备联网。（省工业和信息化厅、省通信管理局、各市政府按职责分工负责）',
        '3.培育平台。（省工业和信息化厅，各市政府负责）',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => t.roles)).toEqual([
      [{ role: 'responsible', label: '按职责分工负责', units: ['省工业和信息化厅', '省大数据局', '各市政府'] }],
      [{ role: 'responsible', label: '按职责分工负责', units: ['省工业和信息化厅', '省通信管理局', '各市政府'] }],
      [{ role: 'responsible', label: '负责', units: ['省工业和信息化厅', '各市政府'] }],
    ]);
  });
});
