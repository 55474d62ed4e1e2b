import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { repealedDocuments } from '../../src/parse/repeal-sentence.js';
import { fold } from '../../src/text/fold.js';

const read = (sentence: string): string[] => repealedDocuments(sentence, fold(sentence)).flatMap((d) => (d.number ? [d.number.raw] : []));

describe('repealedNumbers', () => {
  it.each([
    ['原《某某计划》（某政办〔2020〕3号）同时废止。', ['某政办〔2020〕3号']],
    ['《青山市支持企业上市暂行办法》（青政发〔2018〕21号）同时废止。', ['青政发〔2018〕21号']],
    ['《A办法》（青政发〔2018〕21号）、《B办法》（青政办发〔2019〕33号）停止执行。', ['青政发〔2018〕21号', '青政办发〔2019〕33号']],
    ['《A办法》（临政发〔2019〕5号）和《B意见》（临政办发〔2020〕8号）同时废止。', ['临政发〔2019〕5号', '临政办发〔2020〕8号']],
    ['本办法自2025年5月1日起施行，《A办法》（青政发〔2018〕21号）同时废止。', ['青政发〔2018〕21号']],
    ['《A办法》（青政发〔2018〕21号）自本办法施行之日起废止。', ['青政发〔2018〕21号']],
    ['《A办法》（青政发〔2018〕21号）不再执行。', ['青政发〔2018〕21号']],
    ['《A办法》（青政发〔2018〕21号）予以废止。', ['青政发〔2018〕21号']],
    ['《A办法》（青政发〔2018〕21号）自行失效。', ['青政发〔2018〕21号']],
    ['《A办法》（青政发〔2018〕21号）等3个文件同时失效。', ['青政发〔2018〕21号']],
    ['青政发〔2018〕21号文件同时废止。', ['青政发〔2018〕21号']],
    ['废止《A办法》（青政发〔2018〕21号）。', ['青政发〔2018〕21号']],
    ['本方案代替原《A方案》（青政办发〔2019〕33号）。', ['青政办发〔2019〕33号']],
    ['下列文件同时废止：1.《A办法》（青政发〔2018〕21号）；2.《B办法》（青政办发〔2019〕33号）。', ['青政发〔2018〕21号', '青政办发〔2019〕33号']],
    ['决定废止下列规范性文件：（一）《A办法》（青政发〔2018〕21号）；（二）《B办法》（青政办发〔2019〕33号）。', ['青政发〔2018〕21号', '青政办发〔2019〕33号']],
    ['现废止以下3件文件：一、《A办法》（青政发〔2018〕21号）；二、《B办法》（青政办发〔2019〕33号）。', ['青政发〔2018〕21号', '青政办发〔2019〕33号']],
    ['下列文件予以宣布失效：1.《A办法》（青政发〔2018〕21号）；2.《B办法》（青政办发〔2019〕33号）。', ['青政发〔2018〕21号', '青政办发〔2019〕33号']],
    ['《A办法》（青政发〔2018〕21号）予以宣布失效。', ['青政发〔2018〕21号']],
    ['根据《B办法》（青政发〔2018〕21号），《A办法》（青政办发〔2019〕33号）同时废止。', ['青政办发〔2019〕33号']],
    ['《A办法》（临府办发〔2019〕21号）同时废止；《B办法》（临府办发〔2020〕6号）部分条款与本办法不一致的，以本办法为准。', ['临府办发〔2019〕21号']],
    ['第五条　《A办法》（青政发〔2018〕21号）同时废止。', ['青政发〔2018〕21号']],
    ['《A办法》（青政发〔2018〕21号）从即日起废止。', ['青政发〔2018〕21号']],
    ['《A办法》（青政发〔2018〕21号）于2025年5月1日废止。', ['青政发〔2018〕21号']],
    ['原《河东区科技创新三年行动计划(2020—2022年)》(河东政办函〔2021〕18号)同时废止。', ['河东政办函〔2021〕18号']],
    ['原《A办法》（青政发〔2018〕21号）同时废除。', ['青政发〔2018〕21号']],
    ['《A办法》（青政发〔2018〕21号）同时作废。', ['青政发〔2018〕21号']],
    ['现决定将《A办法》（青政发〔2018〕21号）予以废止。', ['青政发〔2018〕21号']],
    ['经研究，决定对《A办法》（青政发〔2018〕21号）予以废止。', ['青政发〔2018〕21号']],
    ['《A办法》（2019年修订，青政发〔2019〕4号）同时废止。', ['青政发〔2019〕4号']],
    ['原「甲计划」（中县府农字〔2021〕5号）同时废止。', ['中县府农字〔2021〕5号']],
    ['原“甲计划”（中县府农字〔2021〕5号）同时废止。', ['中县府农字〔2021〕5号']],
    ['原『甲计划』（中县府农字〔2021〕5号）同时废止。', ['中县府农字〔2021〕5号']],
    ['原〈甲计划〉（中县府农字〔2021〕5号）同时废止。', ['中县府农字〔2021〕5号']],
    ['「A办法」（青政发〔2018〕21号）、「B办法」（青政办发〔2019〕33号）停止执行。', ['青政发〔2018〕21号', '青政办发〔2019〕33号']],
    ['废止“A办法”（青政发〔2018〕21号）。', ['青政发〔2018〕21号']],
    ['本方案代替原「A方案」（青政办发〔2019〕33号）。', ['青政办发〔2019〕33号']],
    ['原「关于印发《A办法》的通知」（青政发〔2018〕21号）同时废止。', ['青政发〔2018〕21号']],
    // Title marks typed as angle brackets, half or full width, with the number after the title.
    ['原<河东区科技创新三年行动计划>(河东政办函〔2021〕18号)同时废止。', ['河东政办函〔2021〕18号']],
    ['原＜甲计划＞（中县府农字〔2021〕5号）同时废止。', ['中县府农字〔2021〕5号']],
    ['<甲办法>(青政发〔2018〕21号)、<乙办法>(青政办发〔2019〕33号)停止执行。', ['青政发〔2018〕21号', '青政办发〔2019〕33号']],
    // A clause describing the document before its title (who issued it, when) is no blocker.
    ['此前印发的《某市数字经济发展三年行动计划（2021—2023年）》（某政办发〔2021〕15号）同时废止。', ['某政办发〔2021〕15号']],
    ['我市2021年出台的《A办法》（青政发〔2021〕15号）同时废止。', ['青政发〔2021〕15号']],
    ['市政府办公室2021年印发的《A办法》（青政办发〔2021〕15号）同时废止。', ['青政办发〔2021〕15号']],
    ['此前印发的《A办法》（青政发〔2021〕15号）不再执行。', ['青政发〔2021〕15号']],
    ['现将《B方案》印发给你们，此前印发的《A办法》（青政发〔2021〕15号）同时废止。', ['青政发〔2021〕15号']],
    ['自2019年起施行的《A办法》（青政发〔2018〕21号）、此前制定的《B办法》（青政办发〔2019〕33号）停止执行。', ['青政发〔2018〕21号', '青政办发〔2019〕33号']],
    ['现决定将市政府2020年印发的《A办法》（青政发〔2020〕7号）予以废止。', ['青政发〔2020〕7号']],
    ['决定废止市政府2019年印发的《A办法》（青政发〔2019〕4号）。', ['青政发〔2019〕4号']],
  ])('should read a repeal in %s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    ['《临山市科技创新券管理办法》（临科发〔2021〕11号）第六条不再执行。', 'one article set aside, number first'],
    ['《A办法》（临科发〔2021〕11号）第三条第二款停止执行。', 'one paragraph of an article set aside'],
    ['《A办法》（临科发〔2021〕11号）部分条款同时废止。', '部分条款'],
    ['《A办法》（临科发〔2021〕11号）相关条款不再执行。', '相关条款'],
    ['《A办法》（临科发〔2021〕11号）中关于申报条件的规定停止执行。', '中…的规定'],
    ['不再执行《A办法》（临科发〔2021〕11号）第六条。', 'an article after the word'],
    ['不再执行《A办法》（临科发〔2021〕11号）中关于补助标准的规定。', 'a provision after the word'],
    ['根据《B条例》（国务院令第712号），与本办法不一致的规定同时废止。', 'a title cited as the ground'],
    ['《C办法》（青政办发〔2020〕7号）与本办法不一致的，以本办法为准。', 'no repeal word'],
    ['推广替代能源，落实《D方案》（青政办发〔2020〕7号）。', '替代 as ordinary prose'],
    ['《关于废止部分文件的决定》（青政发〔2020〕7号）印发后，各单位要抓好落实。', 'a repeal word inside a title'],
    ['停止执行《A办法》（临科发〔2021〕11号）有关规定。', 'the relevant provisions after the word'],
    ['针对《A办法》（临科发〔2021〕11号）停止执行后的衔接问题，制定本办法。', '针对 cites the document, it does not bring it forward'],
    ['根据「B办法」（青政发〔2018〕21号），“一刀切”做法同时废止。', 'a title in 「」 cited as the ground, and a quoted phrase with no number'],
    ['「A办法」（临科发〔2021〕11号）第六条不再执行。', 'one article of a document titled in 「」 set aside'],
    ['“关于废止部分文件的决定”（青政发〔2020〕7号）印发后，各单位要抓好落实。', 'a repeal word inside a quoted title'],
    ['PM2.5浓度<35微克/立方米的天数占比达到90%，原监测办法同时废止。', 'a < in a comparison, no title'],
    ['根据<乙办法>(青政发〔2018〕21号)，与本办法不一致的规定同时废止。', 'a title in <> cited as the ground'],
    ['根据此前印发的《A办法》（青政发〔2021〕15号）同时废止的规定，做好衔接。', 'a described title cited as the ground'],
    ['此前印发的《A办法》（青政发〔2021〕15号）第六条同时废止。', 'one article of a described document set aside'],
    ['此前印发的《A办法》（青政发〔2021〕15号）要求的材料不再报送。', 'words between the described document and the word'],
  ])('should read no repeal in %s (%s)', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe('repealed numbers mistyped in their year', () => {
  const mistyped = (sentence: string) =>
    repealedDocuments(sentence, fold(sentence)).map((d) => ({ title: d.title?.text ?? null, number: d.number?.raw ?? null, malformed: d.malformed ? [d.malformed.raw, d.malformed.year] : null }));

  it.each([
    ['原《A计划》（河东政办函〔202〕18号）同时废止。', '《A计划》', '河东政办函〔202〕18号', '202'],
    ['原《A计划》（河东政办函〔20211〕18号）同时废止。', '《A计划》', '河东政办函〔20211〕18号', '20211'],
    ['原《A计划》（河东政办函〔2O21〕18号）同时废止。', '《A计划》', '河东政办函〔2O21〕18号', '2O21'],
    // Full-width digits and a numeral zero (〇), the agency and 號 as a traditional page writes them.
    ['原《A计划》（河東政辦函〔２〇２１〕18號）同时废止。', '《A计划》', '河東政辦函〔２〇２１〕18號', '２〇２１'],
    ['河东政办函〔202〕18号文件同时废止。', null, '河东政办函〔202〕18号', '202'],
  ])('should read %s as a repeal whose number is mistyped, not as one without a number nor with a valid number', (sentence, title, raw, year) => {
    expect(mistyped(sentence)).toEqual([{ title, number: null, malformed: [raw, year] }]);
  });

  it.each([
    ['根据《A办法》（青政发〔202〕21号），做好衔接。', 'a mistyped number cited as the ground'],
    ['原《A计划》（第12号）同时废止。', 'a bracket holding no agency before its year'],
  ])('should read no mistyped repealed number in %s (%s)', (sentence) => {
    expect(mistyped(sentence).filter((d) => d.malformed !== null)).toEqual([]);
  });

  it('should keep a mistyped number out of notice.supersedes', async () => {
    const text = ['河东区人民政府办公室关于修订某计划的通知', '', '各委办局：', '', '原《某计划》（河东政办函〔202〕18号）同时废止。', '', '河东区人民政府办公室', '2022年7月22日'].join('\n');
    expect((await parseNotice(text)).notice!.supersedes).toEqual([]);
  });
});

describe('repeals where a document closes', () => {
  const notice = (plan: string[]): string =>
    ['青山市人民政府关于印发青山市某某办法的通知', '', '青政规〔2025〕2号', '', '各区县人民政府：', '', '现将《青山市某某办法》印发给你们，请认真贯彻执行。', '', '青山市人民政府', '2025年4月8日', '', '青山市某某办法', '', ...plan].join('\n');

  it('should read the repeal after the closing statement, at the number', async () => {
    const text = notice(['一、对企业给予奖励。', '', '二、对企业给予补助。', '', '本办法自2025年5月1日起施行。《青山市某某暂行办法》（青政发〔2018〕21号）同时废止。']);
    const doc = await parseNotice(text);
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(['青政发〔2018〕21号']);
    const at = doc.notice!.supersedes[0]!.position;
    expect(text.slice(at.start.offset, at.end.offset)).toBe('青政发〔2018〕21号');
  });

  it('should read the repeal in the last article and in the article before the closing one', async () => {
    const last = await parseNotice(notice(['第一条　为规范管理，制定本办法。', '', '第二条　本办法自2025年5月1日起施行，《某暂行办法》（青政发〔2018〕21号）停止执行。']));
    expect(last.notice!.supersedes.map((s) => s.raw)).toEqual(['青政发〔2018〕21号']);
    const before = await parseNotice(notice(['第一条　为规范管理，制定本办法。', '', '第二条　《某暂行办法》（青政发〔2018〕21号）同时废止。', '', '第三条　本办法自2025年5月1日起施行。']));
    expect(before.notice!.supersedes.map((s) => s.raw)).toEqual(['青政发〔2018〕21号']);
  });

  it('should read the entries of a list of repealed documents, each on a line of its own', async () => {
    const doc = await parseNotice(
      notice(['第一条　为规范管理，制定本办法。', '', '第二条　本办法自2025年5月1日起施行。下列文件同时废止：', '', '（一）《某暂行办法》（青政发〔2018〕21号）；', '', '（二）《某补充通知》（青政办发〔2019〕33号）。']),
    );
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(['青政发〔2018〕21号', '青政办发〔2019〕33号']);
  });

  it('should read the entries of a list of repealed documents titled in 「」', async () => {
    const doc = await parseNotice(
      notice(['第一条　为规范管理，制定本办法。', '', '第二条　本办法自2025年5月1日起施行。下列文件同时废止：', '', '（一）「某暂行办法」（青政发〔2018〕21号）；', '', '（二）“某补充通知”（青政办发〔2019〕33号）。']),
    );
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(['青政发〔2018〕21号', '青政办发〔2019〕33号']);
  });

  it('should read a repeal in the notice of a traditional text, a title in 「」 and a 第N號 serial', async () => {
    const text = ['某縣政府關於印發某方案的通知', '', '各鄉鎮：', '　　現將方案印發給你們。原「臺中縣智慧農業推動計畫」（中縣府農字〔2021〕第5號）同時廢止。', '', '某縣政府', '2024年3月8日', '', '某縣方案', '', '一、重點工作', '　　1.建設平臺。'].join('\n');
    const doc = await parseNotice(text);
    expect(doc.notice!.supersedes.map((s) => [s.raw, s.serial])).toEqual([['中縣府農字〔2021〕第5號', 5]]);
  });

  it('should read a repeal of documents described before their titles (此前印發的《X》), in either script', async () => {
    const simplified = ['某市人民政府办公室关于印发某市数字经济发展三年行动方案（2024—2026年）的通知', '某政办发〔2024〕9号', '各县（市、区）人民政府，市政府各部门：', '　　现将《某市数字经济发展三年行动方案（2024—2026年）》印发给你们，请认真贯彻落实。此前印发的《某市数字经济发展三年行动计划（2021—2023年）》（某政办发〔2021〕15号）同时废止。', '某市人民政府办公室', '2024年3月1日'].join('\n');
    const doc = await parseNotice(simplified);
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(['某政办发〔2021〕15号']);
    const traditional = ['某市人民政府辦公室關於印發某市數字經濟發展三年行動方案的通知', '某政辦發〔2024〕9號', '各縣（市、區）人民政府：', '　　現將《某市數字經濟發展三年行動方案》印發給你們。市政府辦公室2021年印發的《某市數字經濟發展三年行動計劃》（某政辦發〔2021〕15號）同時廢止。', '某市人民政府辦公室', '2024年3月1日'].join('\n');
    expect((await parseNotice(traditional)).notice!.supersedes.map((s) => s.raw)).toEqual(['某政辦發〔2021〕15號']);
  });

  it('should read a repeal in the notice whose titles are marked with half-width angle brackets, at the number', async () => {
    const text = [
      '河东区人民政府办公室关于修订河东区科技创新三年行动计划的通知',
      '河东政办函〔2022〕10号',
      '',
      '各委办局、各街道办事处及相关单位:',
      '',
      '经区政府领导研究同意,对<河东区科技创新三年行动计划>进行修订,原<河东区科技创新三年行动计划>(河东政办函〔2021〕18号)同时废止。',
      '',
      '天津市河东区人民政府办公室',
      '2022年7月22日',
    ].join('\n');
    const doc = await parseNotice(text);
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(['河东政办函〔2021〕18号']);
    const at = doc.notice!.supersedes[0]!.position;
    expect(text.slice(at.start.offset, at.end.offset)).toBe('河东政办函〔2021〕18号');
  });

  it('should not read a repeal named as work to do in a task above the closing statement', async () => {
    const doc = await parseNotice(
      notice(['一、清理规范性文件。对《某暂行办法》（青政发〔2018〕21号）予以废止。', '', '二、对企业给予补助。', '', '本办法自2025年5月1日起施行。']),
    );
    expect(doc.notice!.supersedes).toEqual([]);
  });
});
