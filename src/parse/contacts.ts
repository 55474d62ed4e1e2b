/**
 * Contact people and telephone numbers written among a clause's units: 街道应急管理办公室（责任人：
 * 刘强，13812345678）, 街道平安办，张三，138****1234, A（联系人：陈静　电话：0571-86001234）, and the
 * leader in charge (责任领导：王芳, 牵头区领导：王明, 区领导：陈亮). They are no units: they are taken
 * out of the clause before its units are read, and kept as written.
 * All patterns run on the folded copy of the clause; the contacts are cut from the text as written.
 */

import { LEADER_LABEL } from '../text/leader-label.js';

/** A telephone number: a mobile one (13812345678, masked 138****1234) or a landline (0571-86001234, 86001234). */
const PHONE = '(?:1[3-9]\\d[- ]?(?:\\d{4}|[*xX]{4})[- ]?\\d{4}|(?:\\(?0\\d{2,3}\\)?[-— ]?)?[2-9]\\d{6,7}(?:(?:-|转)\\d{1,6})?)(?!\\d)';
/** Labels of a contact: the person in charge, the person to call, the number. */
const LABEL = '(?:责任人|联系人|负责人|联络人|联系电话|联系方式|电话|手机|座机)';
/**
 * A person's name: two or three Han characters, maybe with 同志, that do not end as the name of a
 * body or a place does (区水务局, 团委 stay units).
 */
const NAME = '[\\u4e00-\\u9fff]{2,3}(?<![局委办部厅院署会行室处组所站队社馆府司团联心镇乡区县市省])(?:同志)?';

/** A bracket that holds a contact: it opens with a label, or names a person and a number. */
const CONTACT_BRACKET = new RegExp(`\\(\\s*(?:${LABEL}\\s*:?[^()]*|(?:${NAME}[,、 ]*)?${PHONE}[^()]*)\\)`, 'g');
/**
 * A contact in the list, after a separator: a label with what it gives (责任人:刘强, 电话:…), or a
 * number, with the name of the person before it (张三,138****1234). A name alone is no contact: a
 * unit may be as short (团委).
 */
const CONTACT_PART = new RegExp(
  `(?<=^|[,;、 ])\\s*(?:${LABEL}\\s*:\\s*[^,;、:()]*?(?:[,、 ]\\s*${PHONE})?|(?:${NAME}\\s*[,、 ]\\s*)?${PHONE})(?=\\s*(?:[,;、。.]|$))`,
  'g',
);

/**
 * A labelled person as a field of its own among the clause's other fields, which a space may be
 * all that separates (责任领导：王芳　责任单位：区商务局; 联系人：陈静　电话：…), or a full stop (A牵头，B配合。
 * 责任领导：王芳: the leader is a sentence of its own after the units): the value is one word
 * (names joined by 、, a title in brackets after each: 王芳（副区长）、李强), ended by a space, a
 * separator or the next label in brackets (【责任领导】王芳【牵头单位】A), so that units written after
 * it are never taken with it.
 */
const WORD = '[^,;:。\\s()【\\[]+(?:\\([^()]*\\))?';
const PERSON_FIELD = new RegExp(
  `(?:(?<=^|[,;、。\\s]|[^\\d]\\.)\\s*(?:${LEADER_LABEL}|${LABEL})\\s*:|[【\\[](?:${LEADER_LABEL}|${LABEL})[】\\]]\\s*:?)\\s*${WORD}(?:、${WORD})*(?=\\s|[,;。.【\\[]|$)`,
  'g',
);

export interface WithoutContacts {
  text: string;
  match: string;
  /** The contacts as written, in the order of the clause. */
  contacts: string[];
}

/** The clause without its contacts, and the contacts. `match` is the folded copy of `text` (same length). */
export function withoutContacts(text: string, match: string): WithoutContacts {
  // Most clauses name no one to call: a digit or a label is in every contact.
  if (!/\d|责任人|联系人|负责人|联络人|领导/.test(match)) return { text, match, contacts: [] };
  const spans: Array<[number, number]> = [];
  for (const re of [CONTACT_BRACKET, CONTACT_PART, PERSON_FIELD]) {
    re.lastIndex = 0;
    for (let m = re.exec(match); m; m = re.exec(match)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const from = m.index;
      const to = m.index + m[0].length;
      if (!spans.some(([a, b]) => from < b && to > a)) spans.push([from, to]);
    }
  }
  if (spans.length === 0) return { text, match, contacts: [] };
  spans.sort((x, y) => x[0] - y[0]);
  const contacts: string[] = [];
  let outText = '';
  let outMatch = '';
  let at = 0;
  for (const [from, to] of spans) {
    // A name before a number goes with the separator before it, so the list ends cleanly.
    let cut = from;
    while (cut > at && /[\s,;、]/.test(match[cut - 1] as string)) cut--;
    outText += text.slice(at, cut);
    outMatch += match.slice(at, cut);
    const inner = match[from] === '(' ? [from + 1, to - 1] : [from, to];
    const written = text.slice(inner[0], inner[1]).trim();
    if (written) contacts.push(written);
    at = to;
    // A contact that opens the clause (责任领导：王芳，责任单位：A) takes the separator after it instead.
    if (!outMatch.trim()) while (at < match.length && /[\s,;、]/.test(match[at] as string)) at++;
  }
  return { text: outText + text.slice(at), match: outMatch + match.slice(at), contacts };
}
