import { describe, expect, it } from 'vitest';
import { addresseeNameCut, deadlineLabelCut, wrapsInto, type WrapLine } from '../../src/source/line-wrap.js';

const line = (text: string): WrapLine => ({ text });
const joins = (prev: string, next: string): boolean => wrapsInto(line(prev), line(next), null);

describe('a wrap cutting the addressees inside a name', () => {
  it('should join the rest of the last name with its colon to the list', () => {
    expect(addresseeNameCut('各区人民政府，滨江经济技术开发区管委会，市政府各部门，各', '直属机构：')).toBe(true);
    expect(joins('各区人民政府，滨江经济技术开发区管委会，市政府各部门，各', '直属机构：')).toBe(true);
  });

  it('should join a cut inside a name of several pieces, and a rest that names more bodies', () => {
    expect(joins('各镇人民政府、街道办事处，区政府各部门、各直', '属单位，各中小学校：')).toBe(true);
    expect(joins('各县（市、区）人民政府，省政府各厅', '局：')).toBe(true);
  });

  it('should keep apart a label line after prose, or after a list whose last name is not cut into a body', () => {
    expect(addresseeNameCut('全面落实减税降费政策，确保应享尽享', '责任单位：')).toBe(false);
    expect(addresseeNameCut('各区人民政府，市政府各部门，各', '项要求：')).toBe(false);
    expect(addresseeNameCut('各区人民政府，市政府各部门，', '各直属机构：')).toBe(false);
    expect(addresseeNameCut('一、加强组织领导，完善工作机', '制：')).toBe(false);
  });
});

describe('a header label alone with its colon under a value', () => {
  it('should keep the label apart from a value listing names with 、, whatever the label ends with', () => {
    expect(joins('城乡建设、环境保护', '发文机关：')).toBe(false);
    expect(joins('面向社会、政府部门', '发布机构：')).toBe(false);
    expect(joins('工业、交通', '发 布 机 构:')).toBe(false);
    expect(joins('教育、科技', '所属机构：')).toBe(false);
  });

  it('should still join the rest of an addressee list that is no header label', () => {
    expect(joins('各区人民政府，滨江经济技术开发区管委会，市政府各部门，各', '直属机构：')).toBe(true);
  });
});

describe('a wrap cutting the label 完成时限 after 完成', () => {
  it('should join 时限： to the clause that ends with 完成', () => {
    expect(deadlineLabelCut('责任单位：区税务局、区财政局；完成', '时限：长期坚持。')).toBe(true);
    expect(joins('费政策，确保应享尽享。责任单位：区税务局、区财政局；完成', '时限：长期坚持。')).toBe(true);
  });

  it('should keep 时限： apart after a line whose 完成 ends a word of its sentence', () => {
    expect(deadlineLabelCut('确保按期高质量完成', '时限：2025年底')).toBe(false);
    expect(joins('责任单位：区税务局。', '完成时限：长期坚持。')).toBe(false);
  });
});
