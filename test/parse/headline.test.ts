import { describe, expect, it } from 'vitest';
import { hasNoticeTitleShape, isLeadIn, isPostByline } from '../../src/parse/headline.js';

describe('a reposting page\'s headline, lead-in and byline', () => {
  it.each([
    ['青川区人民政府办公室关于印发青川区促进夜间经济发展若干措施的通知', true],
    ['关于印发《某县农村生活污水治理三年行动方案（2024—2026年）》的通知', true],
    ['某市人民政府关于加快发展数字经济的意见（试行）', true],
    ['中共某县委 某县人民政府 关于表彰先进集体的决定', true],
    ['重磅！《青川区促进夜间经济发展若干措施》印发', false],
    ['青川区促进夜间经济发展若干措施', false],
    ['某区2024年就业促进工作方案', false],
    ['关于进一步做好就业工作', false],
  ])('should tell whether %s has the shape of a notice\'s title (%s)', (title, expected) => {
    expect(hasNoticeTitleShape(title)).toBe(expected);
  });

  it.each([
    ['近日，区政府办公室印发《青川区促进夜间经济发展若干措施》,全文如下↓↓↓', true],
    ['现将《某方案》原文如下:', true],
    ['具体如下 ↓', true],
    ['全文如下', true],
    ['现将有关事项通知如下:', false],
    ['具体内容如下:', false],
    ['全文如下。请各单位认真学习。', false],
    ['一、总体要求', false],
  ])('should tell whether %s is a lead-in to a reprinted text (%s)', (line, expected) => {
    expect(isLeadIn(line)).toBe(expected);
  });

  it.each([
    ['青川发布 2024-05-20 18:30', true],
    ['某区融媒 2024年5月20日', true],
    ['某区发布 2024-05-20', true],
    ['2024-05-20 18:30', false],
    ['某区人民政府办公室', false],
    ['青川区人民政府办公室 2024年5月17日印发', false],
    // A WeChat article's: its 原创 tag, author and account, and after the time the place it was posted from.
    ['原创 江北发布 江北发布 2024年05月21日 17:05 重庆', true],
    ['江北发布 江北发布 2024年05月21日 17:05 重庆', true],
    ['原创 株洲发布 株洲发布 2024-05-08 18:30 湖南', true],
    ['转载 某市发布 2024-05-08 18:30 内蒙古', true],
    ['某区发布 2024-05-20 18:30 中国香港', true],
    // A place with no time before it is no byline's: a signature with its date and a word after.
    ['青川区人民政府办公室 2024年5月17日 印发', false],
    ['原创 江北发布 江北发布 重庆', false],
  ])('should tell whether %s is a post\'s byline (%s)', (line, expected) => {
    expect(isPostByline(line)).toBe(expected);
  });
});
