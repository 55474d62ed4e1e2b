/**
 * The marks a revised plan sets on what it added or changed, beside the item or the name itself:
 * 【新增】发展跨境电商, 发展跨境电商（新增）, 区税务局（新增）, 【修改】优化…, 临江海关（调整）. They say how this
 * version differs from the last, not what the item is; read as words they would make 新增 a task's
 * title or 区税务局（新增） a unit of its own. A mark for a deletion (【删除】) is left in: the item it
 * stands on is no longer in force, and the words say so.
 */
const MARK = /[【〔[（(] ?(?:新增|修改|调整|修订|补充)(?:内容|条款|任务)? ?[】〕\]）)]/g;

/** Most blocks have none of the words: one look before the pattern. */
const WORD = /新增|修改|调整|修订|补充/;

/** The spans [from, to) of the revision marks in a text, in order; empty for most texts. */
export function revisionMarkSpans(text: string): Array<[number, number]> {
  if (!WORD.test(text)) return [];
  const out: Array<[number, number]> = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
