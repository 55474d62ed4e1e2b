import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';
import { taskTitleKey } from '../../src/text/task-title-key.js';

/** The key of a title as the callers make it: from the folded copy. */
const key = (title: string): string => taskTitleKey(fold(title));

describe('taskTitleKey', () => {
  it.each([
    ['a closing full stop', '推进基站覆盖。', '推进基站覆盖'],
    ['quotes of either width', '推行惠企政策"免申即享"', '推行惠企政策免申即享'],
    ['full-width quotes', '推行惠企政策“免申即享”', '推行惠企政策免申即享'],
    ['full-width figures', '推进５Ｇ基站覆盖', '推进5G基站覆盖'],
    ['spaces', '推进 基站 覆盖', '推进基站覆盖'],
    ['the item number in brackets', '（二）推进基站覆盖', '推进基站覆盖'],
    ['the item number in figures in brackets', '(2)推进基站覆盖', '推进基站覆盖'],
    ['a numeral and 、', '二、推进基站覆盖', '推进基站覆盖'],
    ['a figure and a dot', '2.推进基站覆盖', '推进基站覆盖'],
    ['a figure and 、', '12、推进基站覆盖', '推进基站覆盖'],
    ['a circled number', '②推进基站覆盖', '推进基站覆盖'],
    ['a closing 工作', '推行惠企政策“免申即享”工作', '推行惠企政策免申即享'],
    ['a closing 行动', '开展企业服务专项行动', '开展企业服务专项'],
  ])('should leave out %s', (_name, title, expected) => {
    expect(key(title)).toBe(expected);
  });

  it.each([
    ['a figure that opens the title (1.5万户 is no item number)', '1.5万户老旧小区改造', '15万户老旧小区改造'],
    ['a numeral that opens a word', '一体化推进政务服务', '一体化推进政务服务'],
    ['a closing 工作 that would leave too short a title', '党建工作', '党建工作'],
    ['工作 inside the title', '完善工作机制建设', '完善工作机制建设'],
  ])('should keep %s', (_name, title, expected) => {
    expect(key(title)).toBe(expected);
  });

  it('should give a row and the task it restates one key, whatever the print', () => {
    expect(key('（二）推行惠企政策"免申即享"工作。')).toBe(key('推行惠企政策“免申即享”'));
  });
});
