import { describe, expect, it } from 'vitest';
import { parseClause, splitUnits } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const read = (clause: string) => {
  const r = parseClause(clause, fold(clause), false);
  return r && { lead: r.lead, participants: r.participants };
};

describe('unit names and the words around them in a clause', () => {
  it.each([
    ['会同区财政局、区税务局', ['区财政局', '区税务局']],
    ['联合区财政局、区税务局', ['区财政局', '区税务局']],
    ['协同各街道', ['各街道']],
    ['區財政局等區級相關部門', ['區財政局', '區級相關部門']],
    ['区经信局、区财政局等区级相关部门', ['区经信局', '区财政局', '区级相关部门']],
    ['区财政局等市直有关单位', ['区财政局', '市直有关单位']],
  ])('should not take the joining word or 等 into a name (%s)', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it.each([
    ['会同县科技局', 'a county named 会同'],
    ['区科技局等单位', 'a list closed by 等单位'],
  ])('should keep %s as one name (%s)', (list) => {
    expect(splitUnits(list)).toHaveLength(1);
  });

  it.each([
    ['区科技局牵头，会同区财政局、区税务局组织实施', ['区科技局'], ['区财政局', '区税务局']],
    ['区科技局牵头，区经信局、区财政局等区级相关部门配合', ['区科技局'], ['区经信局', '区财政局', '区级相关部门']],
    ['区科技局主办，区财政局协办', ['区科技局'], ['区财政局']],
    ['区科技局主办，区科协承办，区财政局协办', ['区科技局'], ['区科协', '区财政局']],
    ['区科技局承办', ['区科技局'], []],
    ['区财政局协办', [], ['区财政局']],
    ['区科技局（主办）、区财政局（协办）', ['区科技局'], ['区财政局']],
    ['责任单位：区科技局（牵头）、区财政局、区商务局（配合）', ['区科技局'], ['区财政局', '区商务局']],
    ['责任单位：区科技局、区商务局（协办）', ['区科技局'], ['区商务局']],
  ])('should read the units of %s without the verbs or marks around them', (clause, lead, participants) => {
    expect(read(clause)).toEqual({ lead, participants });
  });
});
