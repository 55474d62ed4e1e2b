import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/units/suggest.js';

describe('suggest', () => {
  it.each([
    ['区科枝局', ['区科技局', '区财政局'], ['区科技局']],
    ['区科技', ['区科技局', '区财政局'], ['区科技局']],
    ['天津市区科技局', ['区科技局', '区财政局'], ['区科技局']],
  ])('should offer %s the names it is close to, contained in or containing', (name, candidates, expected) => {
    expect(suggest(name, candidates)).toEqual(expected);
  });

  it.each([
    ['镇应急管理办公室', ['办公室', '管理办', '区科技局'], []],
    ['镇经济发展办公室', ['办公室'], []],
    ['天津市区科技局', ['区科技局'], []],
    ['区科技局局', ['区科技局'], ['区科技局']],
    ['-区人社局', ['区人社局', '人社局'], ['区人社局']],
  ])('should offer %s no name it contains with more than one character around it, with a slack of one', (name, candidates, expected) => {
    expect(suggest(name, candidates, 3, { containedSlack: 1 })).toEqual(expected);
  });
});
