/**
 * The marks a revised plan sets on what it added or changed, beside the item or the name itself:
 * 【新增】发展跨境电商, 发展跨境电商（新增）, 区税务局（新增）, 【修改】优化…, 临江海关（调整）. They say how this
 * version differs from the last, not what the item is; read as words they would make 新增 a task's
 * title or 区税务局（新增） a unit of its own. Other words of a revision (增加, 完善, 保留, 延续) are marks
 * in square brackets only (【增加】): in round ones they are as likely a note on the words (（保留）原有补贴).
 * 【删除】 is not taken out: the item it marks is no longer in force, and its words must say so.
 */
const MARK = /[【〔[（(] ?(?:新增|修改|调整|修订|补充)(?:内容|条款|任务)? ?[】〕\]）)]|[【〔[] ?(?:增加|完善|保留|延续)(?:内容|条款|任务)? ?[】〕\]]/g;

/**
 * A mark in round brackets is one only where it closes a title or a name (发展跨境电商（新增）。,
 * 区税务局（新增））, 临江海关（调整）、): inside words it qualifies them (高新技术企业数量（新增）达到60家, an
 * annex's 高新技术企业数量（新增） cell: the count of new ones), and is left in.
 */
const ROUND_MARK_END = /^(?:[。．.；;，,、）)：:\n]|$)/;
/** How a body's name ends, right before a mark in round brackets in a table's cell (区税务局（新增）). */
const NAME_BEFORE = /(?:局|委|办|厅|院|部|中心|政府|室|处|关|所|站|队|会|社|行|司)$/;

/**
 * A document's name right before a round （修订）: the title of the revised document itself (某某工作要点（修订）),
 * whose mark names that version as （修订版） does, and is part of the title, not a mark on an item.
 */
const DOCUMENT_BEFORE = /(?:方案|要点|规划|计划|办法|细则|意见|措施|规定|通知|指南|清单|目录|标准|纲要|条例|规则|制度|章程)$/;

/** Most blocks have none of the words: one look before the pattern. */
const WORD = /新增|修改|调整|修订|补充|增加|完善|保留|延续/;

/**
 * The spans [from, to) of the revision marks in a text, in order; empty for most texts. In a table's
 * cell a mark in round brackets is one only after a body's name (区税务局（新增）): an indicator's
 * （新增） (高新技术企业数量（新增）) names what its row counts.
 */
export function revisionMarkSpans(text: string, cell = false): Array<[number, number]> {
  if (!WORD.test(text)) return [];
  const out: Array<[number, number]> = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const end = m.index + m[0].length;
    const round = m[0][0] === '（' || m[0][0] === '(';
    if (round && (!ROUND_MARK_END.test(text.slice(end, end + 1)) || (cell && !NAME_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))))) continue;
    if (round && m[0].includes('修订') && DOCUMENT_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    out.push([m.index, end]);
  }
  return out;
}
