import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/source/load-source.js';

const blocks = async (text: string): Promise<string[]> => (await loadSource(new TextEncoder().encode(text), { name: 'notice.txt' })).blocks.map((b) => b.text);

// Wrapped at 28 characters, as a PDF's text is: a wrap falls before the · of a quoted name.
const WRAPPED = [
  '　　一、重点任务',
  '　　1.打造城区品牌。围绕功能定位，深入推进城区品牌建设，奋',
  '力实现“金创河东·津韵家园”功能定位，持续擦亮“金创河东',
  '·津韵家园”城市名片，营造良好的营商环境和创新生态。（牵',
  '头单位：区委宣传部，参与单位：区文旅局、区商务局）',
  '　　2.提升城市品质。围绕城市更新行动，推进老旧小区改造，完',
  '善配套设施，提升城区环境品质，打造宜居宜业的现代化城区，',
  '不断增强群众获得感和幸福感。（牵头单位：区住房建设委）',
].join('\n');

describe('a middle dot a wrap leaves opening a line', () => {
  it('should keep the dot of a name cut before it, in one paragraph', async () => {
    expect(await blocks(WRAPPED)).toEqual([
      '一、重点任务',
      '1.打造城区品牌。围绕功能定位，深入推进城区品牌建设，奋力实现“金创河东·津韵家园”功能定位，持续擦亮“金创河东·津韵家园”城市名片，营造良好的营商环境和创新生态。（牵头单位：区委宣传部，参与单位：区文旅局、区商务局）',
      '2.提升城市品质。围绕城市更新行动，推进老旧小区改造，完善配套设施，提升城区环境品质，打造宜居宜业的现代化城区，不断增强群众获得感和幸福感。（牵头单位：区住房建设委）',
    ]);
  });

  it('should still read dots heading a list\'s lines as bullets, each line its own', async () => {
    const text = WRAPPED + '\n　　二、保障措施\n·加强组织领导，成立工作专班，统筹推进各项任务\n·加强资金保障，统筹各级资金支持重点项目建设';
    expect((await blocks(text)).slice(-3)).toEqual(['二、保障措施', '加强组织领导，成立工作专班，统筹推进各项任务', '加强资金保障，统筹各级资金支持重点项目建设']);
  });
});
