import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, messages, ruleTable, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'supersedes-reference';
const PUBLISH = '现将《河西区数字经济行动方案(2023—2025年)》印发给你们。';
const line13 = (text: string): string => withLines({ 13: text });
const REVISING_TITLE = '河西区人民政府办公室关于修订河西区数字经济行动方案的通知';
const revising = (body: string): string => withLines({ 1: `名称:${REVISING_TITLE}`, 9: REVISING_TITLE, 13: body });
const AMENDING_TITLE = '河西区人民政府办公室关于修改《河西区数字经济工作方案》的通知';
/** A notice that amends a document item by item (现对《X》(号)作如下修改：), which repeals nothing. */
const amending = (body: string): string => withLines({ 1: `名称:${AMENDING_TITLE}`, 9: AMENDING_TITLE, 13: body });
/** The plan closed by a statement after its last task, where most 办法 and 方案 state their repeals. */
const closing = (text: string): string => withLines({ 35: text });

const SET_TITLE = '河西区人民政府关于废止和修改部分区政府规范性文件的决定';
/** A decision on a set of documents (部分…文件) rather than one it names. */
const onSet = (body: string): string => withLines({ 1: `名称:${SET_TITLE}`, 9: SET_TITLE, 13: body });

const valid: ValidCase[] = [
  ['a notice that repeals nothing', BASE_NOTICE],
  ['a repeal that gives the number', line13(`${PUBLISH}原《河西区数字经济工作方案》(河西政办发〔2021〕3号)同时废止。`)],
  ['a repeal with the number after the word', line13(`${PUBLISH}废止《河西区数字经济工作方案》(河西政办发〔2021〕3号)。`)],
  ['a repeal from a date, with the number', line13(`${PUBLISH}原《河西区数字经济工作方案》(河西政办发〔2021〕3号)自本方案印发之日起废止。`)],
  ['替代 inside a cited title, which repeals nothing', line13('为落实《关于加快数字化替代行动的意见》,现将方案印发给你们。')],
  ['a title cited far from the repeal word, for another reason', line13('根据《河西区规范性文件管理办法》的规定,经清理,与本方案不一致的规定同时废止。')],
  ['a provision set aside (不再执行《X》中关于…的规定), which repeals no document', line13(`${PUBLISH}本区项目不再执行《河西区数字经济工作方案》中关于申报条件的限制性规定。`)],
  ['an article set aside (不再执行《X》第五条)', line13(`${PUBLISH}本区项目不再执行《河西区数字经济工作方案》第五条。`)],
  ['a revising title with the old number in the body', revising(`${PUBLISH}原《河西区数字经济行动方案》(河西政办发〔2021〕3号)同时废止。`)],
  ['a repeal with its number after the plan\'s closing statement', closing('本方案自印发之日起施行。原《河西区数字经济工作方案》(河西政办发〔2021〕3号)同时废止。')],
  ['an article set aside, its number first (《X》(号)第六条不再执行)', closing('本方案自印发之日起施行。《河西区数字经济工作方案》(河西政办发〔2023〕5号)第六条不再执行。')],
  // The rule once read a title just after the word as repealed whatever followed: these set provisions aside.
  ['the relevant provisions set aside (停止执行《X》有关规定)', line13(`${PUBLISH}本区项目停止执行《河西区数字经济工作方案》有关规定。`)],
  ['an amending notice that gives the amended document\'s number (现对《X》(号)作如下修改)', amending('经区政府同意,现对《河西区数字经济工作方案》(河西政办发〔2021〕3号)作如下修改:')],
  ['a revising title whose document is cited with its years and number', revising('现对《河西区数字经济行动方案(2021—2023年)》(河西政办发〔2021〕3号)进行修订。')],
  ['a repeal of a document titled in 「」 that gives the number', line13(`${PUBLISH}原「河西区数字经济工作方案」(河西政办发〔2021〕3号)同时废止。`)],
  ['a quoted phrase with no number beside a repeal word, which is no title', line13(`${PUBLISH}“一刀切”做法同时废止。`)],
  ['a revising title whose document is cited in 「」 with its number', revising('现对「河西区数字经济行动方案」(河西政办发〔2021〕3号)进行修订。')],
  ['a title naming a set of documents, one of them repealed with its number', onSet('下列规范性文件予以废止:《河西区数字经济工作方案》(河西政办发〔2021〕3号)。')],
  ['a title naming a set of documents, one of them amended with its number', onSet('将《河西区数字经济工作方案》(河西政办发〔2021〕3号)第三条中的“区经信局”修改为“区数据局”。')],
  ['a revising title whose document is repealed in <> with its number (title marks typed as angle brackets)', revising('现对<河西区数字经济行动方案>进行修订,原<河西区数字经济行动方案>(河西政办发〔2021〕3号)同时废止。')],
  ['a revising title whose document is cited in <> with its number', revising('现对<河西区数字经济行动方案>(河西政办发〔2021〕3号)进行修订。')],
  ['a repeal of a document described before its title (此前印发的《X》), with its number', line13(`${PUBLISH}此前印发的《河西区数字经济工作方案》(河西政办发〔2021〕3号)同时废止。`)],
  // document-number-format's concern only: a mistyped number cited as the ground repeals nothing.
  ['a mistyped number cited as the ground, not repealed', line13(`根据《河西区规范性文件管理办法》(河西政办发〔202〕1号),${PUBLISH}`)],
  ['a repeal whose number has its year in full-width digits, four of them', line13(`${PUBLISH}原《河西区数字经济工作方案》(河西政办发〔２０２１〕3号)同时废止。`)],
  ['a number cited in the bracket after the title, with a revision note', line13(`${PUBLISH}原《河西区数字经济工作方案》(2022年修订,河西政办发〔2022〕3号)同时废止。`)],
];

const invalid: InvalidCase[] = [
  ['a repeal without a number, at the title repealed', line13(`${PUBLISH}原《河西区数字经济工作方案》同时废止。`), ['13:35 error']],
  ['a replacement (代替原《…》) without a number', line13('本方案代替原《河西区数字经济工作方案》。'), ['13:7 error']],
  ['a repeal from a date, without the number', line13(`${PUBLISH}原《河西区数字经济工作方案》自本方案印发之日起废止。`), ['13:35 error']],
  ['a document no longer applied as a whole (不再执行《X》)', line13(`${PUBLISH}自本方案印发之日起不再执行《河西区数字经济工作方案》。`), ['13:47 error']],
  ['a number written so loosely it is no document number', line13(`${PUBLISH}原《河西区数字经济工作方案》(河西政办发2021年3号)同时废止。`), ['13:35 error']],
  ['a revising title and no number anywhere, at the notice title', revising(PUBLISH), ['9:1 error']],
  ['an amending notice that never gives the amended document\'s number', amending('经区政府同意,现对《河西区数字经济工作方案》作如下修改:'), ['9:1 error']],
  ['an amending notice that gives the number of another document only', amending('根据《河西区规范性文件管理办法》(河西政办发〔2020〕1号),现对《河西区数字经济工作方案》作如下修改:'), ['9:1 error']],
  ['a title naming a set of documents and no number anywhere, at the notice title', onSet('将《河西区数字经济工作方案》第三条中的“区经信局”修改为“区数据局”。'), ['9:1 error']],
  ['a revising notice whose repeal lacks the number: once, at the title repealed', revising(`${PUBLISH}原《河西区数字经济工作方案》同时废止。`), ['13:35 error']],
  ['a notice that repeals its own number, at the number', line13(`${PUBLISH}原《河西区数字经济工作方案》(河西政办发〔2023〕5号)同时废止。`), ['13:49 error']],
  ['a notice that repeals its own number after the plan\'s closing statement, at the number', closing('本方案自印发之日起施行。原《河西区数字经济工作方案》(河西政办发〔2023〕5号)同时废止。'), ['35:28 error']],
  ['a repeal without a number after the plan\'s closing statement', closing('本方案自印发之日起施行。原《河西区数字经济工作方案》同时废止。'), ['35:14 error']],
  // Cases the rule and the parser once read differently; both now read them as repeals.
  ['a repeal of a document titled in 〈〉 without a number', line13(`${PUBLISH}原〈河西区数字经济工作方案〉同时废止。`), ['13:35 error']],
  ['a notice that repeals its own number, its title in 「」', line13(`${PUBLISH}原「河西区数字经济工作方案」(河西政办发〔2023〕5号)同时废止。`), ['13:49 error']],
  ['a notice that repeals its own number written in the wrong brackets', line13(`${PUBLISH}原《河西区数字经济工作方案》(河西政办发[2023]5号)同时废止。`), ['13:49 error']],
  ['a repeal by 废除 without a number', line13(`${PUBLISH}原《河西区数字经济工作方案》同时废除。`), ['13:35 error']],
  ['a repeal by 同时作废 without a number', line13(`${PUBLISH}原《河西区数字经济工作方案》同时作废。`), ['13:35 error']],
  ['a document brought forward by 将 (现决定将《X》予以废止) without a number', line13('现决定将《河西区数字经济工作方案》予以废止。'), ['13:5 error']],
  ['the second of two documents repealed after the word, which lacks its number', line13('废止《河西区数字经济工作方案》(河西政办发〔2021〕3号)、《河西区数据要素工作方案》。'), ['13:32 error']],
  ['a repeal of a document described before its title (此前印发的《X》), without its number', line13(`${PUBLISH}此前印发的《河西区数字经济工作方案》同时废止。`), ['13:39 error']],
  ['a repeal of a document described by its issuer and year, without its number', line13(`${PUBLISH}区政府办公室2021年印发的《河西区数字经济工作方案》不再执行。`), ['13:48 error']],
  // A year mistyped (a digit dropped or doubled, a letter O for a zero) names no document: reported at the number.
  ['a repealed document whose number has a year of three digits (〔202〕)', line13(`${PUBLISH}原《河西区数字经济工作方案》(河西政办发〔202〕3号)同时废止。`), ['13:49 error']],
  ['a repealed document whose number has a year of five digits (〔20211〕), in full-width brackets', line13(`${PUBLISH}原《河西区数字经济工作方案》（河西政办发〔20211〕3号）同时废止。`), ['13:49 error']],
  ['a repealed document whose number has a letter O in its year (〔2O21〕)', line13(`${PUBLISH}原《河西区数字经济工作方案》(河西政办发〔2O21〕3号)同时废止。`), ['13:49 error']],
  ['a document repealed by a mistyped number alone (号文件同时废止)', line13(`${PUBLISH}河西政办发〔202〕3号文件同时废止。`), ['13:34 error']],
  ['an old document named by its kind, its number mistyped (原方案(号))', line13(`${PUBLISH}原方案(河西政办发〔202〕3号)同时废止。`), ['13:38 error']],
  ['a listed document without its number (下列文件同时废止:1.《A》;2.《B》(号))', line13('下列文件同时废止:1.《河西区数字经济工作方案》;2.《河西区数据要素工作方案》(河西政办发〔2021〕3号)。'), ['13:12 error']],
];

describe('supersedes-reference', () => {
  ruleTable(RULE, valid, invalid);

  it('should name the document that lacks its number', async () => {
    expect(await messages(RULE, line13(`${PUBLISH}原《河西区数字经济工作方案》同时废止。`))).toEqual([
      '《河西区数字经济工作方案》 is repealed without its document number',
    ]);
    expect(await messages(RULE, line13(`${PUBLISH}原《河西区数字经济工作方案》(河西政办发〔202〕3号)同时废止。`))).toEqual([
      '《河西区数字经济工作方案》 is repealed with the number "河西政办发〔202〕3号", whose year "202" is not four digits: the number names no document',
    ]);
    expect(await messages(RULE, line13(`${PUBLISH}河西政办发〔２０２〕3号文件同时废止。`))).toEqual([
      'a document is repealed by the number "河西政办发〔２０２〕3号", whose year "２０２" is not four digits: the number names no document',
    ]);
    expect(await messages(RULE, revising(PUBLISH))).toEqual([
      "the notice revises or repeals 河西区数字经济行动方案 but never gives that document's number",
    ]);
  });
});
