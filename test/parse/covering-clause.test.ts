import { describe, expect, it } from 'vitest';
import { coveringOpening } from '../../src/parse/covering-clause.js';

describe('coveringOpening', () => {
  it.each([
    ['以上任务由食品协调处牵头,各区局负责落实', '以上任务由'],
    ['上述工作由各区局负责', '上述工作由'],
    ['以上各项任务责任单位:区教育局、区体育局', '以上各项任务'],
    ['以上三项任务均由区发展改革委牵头', '以上三项任务均由'],
    ['上述重点任务由区政府统筹', '上述重点任务由'],
    ['以上任务的牵头单位:区科技局', '以上任务的'],
  ])('should read the opening of %s as %s', (line, opening) => {
    expect(line.slice(0, coveringOpening(line))).toBe(opening);
  });

  it.each([
    ['以上目标由各区局负责完成'],
    ['全市抽检合格率保持在98.5%以上'],
    ['50%以上的任务由各区局负责'],
    ['以上工作。'],
    ['以上内容自印发之日起施行'],
    ['按照以上任务要求,各区局负责落实'],
  ])('should find no covering opening in %s', (line) => {
    expect(coveringOpening(line)).toBe(0);
  });
});
