import { describe, expect, it } from 'vitest';
import { splitAddressees } from '../../src/parse/addressees.js';
import { joinTitleLines } from '../../src/parse/notice.js';
import { splitSignatories } from '../../src/parse/signature.js';
import { readFileSync } from 'node:fs';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';

describe('the notice wrapper', () => {
  it.each([
    ['各委办局、各街道办事处及相关单位:', ['各委办局', '各街道办事处', '相关单位']],
    ['各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', ['各省、自治区、直辖市人民政府', '国务院各部委', '各直属机构']],
    ['市应对气候变化及节能减排工作领导小组办公室：', ['市应对气候变化及节能减排工作领导小组办公室']],
    // A list opened by 各 shares it, and its place, with the names that lack them.
    ['各乡镇党委、人民政府，县委各部委，县直各单位：', ['各乡镇党委', '各乡镇人民政府', '县委各部委', '县直各单位']],
    ['各乡镇人民政府、街道办事处，县直各单位：', ['各乡镇人民政府', '各街道办事处', '县直各单位']],
    ['各街道办事处、镇人民政府，区政府各委、办、局，各有关单位：', ['各街道办事处', '各镇人民政府', '区政府各委、办、局', '各有关单位']],
    ['各镇党委、政府：', ['各镇党委', '各镇政府']],
    // A name with a place or quantifier of its own takes nothing from the first.
    ['各区人民政府、云台高新区管委会：', ['各区人民政府', '云台高新区管委会']],
    ['各委办局、相关单位：', ['各委办局', '相关单位']],
    // Names sharing their ending (人民政府) stay one name, as before.
    ['各乡、镇人民政府：', ['各乡、镇人民政府']],
    // In a list of 各 names, one may name the places of a level (各街道, 各镇（街道）, 各县（市、区）).
    ['各街道、各部门：', ['各街道', '各部门']],
    ['各镇（街道）、各部门：', ['各镇（街道）', '各部门']],
    ['各县（市、区）、各有关单位：', ['各县（市、区）', '各有关单位']],
    ['各乡镇（街道）、各村、各社区、各部门：', ['各乡镇（街道）', '各村', '各社区', '各部门']],
    ['各街道办事处、各部门、各单位：', ['各街道办事处', '各部门', '各单位']],
    ['各街道，各部门：', ['各街道', '各部门']],
    // A bureau's and a township's addressees: its sections, schools, villages and stations.
    ['各股室、局属各单位、各中小学校：', ['各股室', '局属各单位', '各中小学校']],
    ['各村、镇属各站所：', ['各村', '镇属各站所']],
    ['各村（社区）、镇属各站所、各办（中心）：', ['各村（社区）', '镇属各站所', '各办（中心）']],
    ['各乡镇、县直各部门：', ['各乡镇', '县直各部门']],
    // 县政府各部门 takes its place from the list: 各区、县 share the 政府.
    ['各区、县政府各部门：', ['各区、县政府各部门']],
    // A bare place not opened by 各, or before an organ they may all share, keeps the list whole.
    ['各街道、部门：', ['各街道、部门']],
    ['各县、各区人民政府：', ['各县、各区人民政府']],
    // A department alone names no body: it is the department of the places the first name gives.
    ['各区县发展改革委、财政局、生态环境局：', ['各区县发展改革委', '各区县财政局', '各区县生态环境局']],
    ['各县（市、区）发展改革局、财政局、市场监管局：', ['各县（市、区）发展改革局', '各县（市、区）财政局', '各县（市、区）市场监管局']],
    ['各区县发展改革委、区财政局：', ['各区县发展改革委', '区财政局']],
    ['各设区市生态环境局、发展改革委，省级有关单位：', ['各设区市生态环境局', '各设区市发展改革委', '省级有关单位']],
    ['各区、县（市）市场监督管理局，局机关各处室：', ['各区、县（市）市场监督管理局', '局机关各处室']],
    ['各地级市财政局、税务局：', ['各地级市财政局', '各地级市税务局']],
    ['各省、自治区、各部门：', ['各省、自治区、各部门']],
    // Without an opening 各, a bare organ shares nothing: the list stays whole.
    ['县委、人民政府：', ['县委、人民政府']],
    // A kind of body there are many of (幼儿园, 村民委员会), named after a 各, is each of that kind too.
    ['各村党组织、村民委员会，镇直各单位：', ['各村党组织', '各村民委员会', '镇直各单位']],
    ['各中小学校、幼儿园：', ['各中小学校', '各幼儿园']],
    ['各社区党组织、居民委员会：', ['各社区党组织', '各居民委员会']],
    ['各乡镇人民政府、卫生院：', ['各乡镇人民政府', '各卫生院']],
    ['各村（社区）党组织、村（居）委会：', ['各村（社区）党组织', '各村（居）委会']],
    // One body's own name after it takes no 各: it is that body alone.
    ['各中小学校、县第一中学：', ['各中小学校', '县第一中学']],
    ['各村党组织、镇中心幼儿园：', ['各村党组织', '镇中心幼儿园']],
    // A township's central school (中心校) names a body as 学校 does.
    ['各乡镇中心校、县直各学校：', ['各乡镇中心校', '县直各学校']],
    ['各乡镇中心校、中心幼儿园：', ['各乡镇中心校', '中心幼儿园']],
    // The grass-roots units a township or a bureau writes to, named by their kind after 各.
    ['各科室、社区，街道属各单位：', ['各科室', '各社区', '街道属各单位']],
    ['各股室、社区：', ['各股室', '各社区']],
    ['各苏木镇人民政府、场：', ['各苏木镇人民政府', '各场']],
    ['各乡镇人民政府、国有林场：', ['各乡镇人民政府', '各国有林场']],
    ['各镇（街道）、村（社区）：', ['各镇（街道）', '各村（社区）']],
    ['各科室、站所：', ['各科室', '各站所']],
    // …but not a name with a place or quantifier of its own, nor a bare department.
    ['各股室、县第一中学：', ['各股室', '县第一中学']],
    ['各科室、区社区服务中心：', ['各科室', '区社区服务中心']],
    // The labelled form: 主送： before the names, no colon after them.
    ['主送：各乡镇中心校，县直各学校，局机关各股室', ['各乡镇中心校', '县直各学校', '局机关各股室']],
    ['主送单位：各科室、社区。', ['各科室', '各社区']],
    ['主送机关:市政府各部门', ['市政府各部门']],
  ])('should split the addressees %s', (line, expected) => {
    expect(splitAddressees(line)).toEqual(expected);
  });

  it('should cut shared names out of the text as written, matched on its simplified copy', () => {
    expect(splitAddressees('各鄉鎮黨委、人民政府：', '各乡镇党委、人民政府：')).toEqual(['各鄉鎮黨委', '各鄉鎮人民政府']);
    expect(splitAddressees('各委辦局、各街道辦事處及相關單位', '各委办局、各街道办事处及相关单位')).toEqual(['各委辦局', '各街道辦事處', '相關單位']);
  });

  it.each([
    ['a joint title whose offices stand side by side', ['中共某县委办公室\u3000某县人民政府办公室', '关于印发《某县2024年招商引资工作要点》的通知'], '中共某县委办公室某县人民政府办公室关于印发《某县2024年招商引资工作要点》的通知'],
    ['a line ending in spaces', ['某区人民政府办公室关于印发 ', '  某区5G 网络建设方案的通知'], '某区人民政府办公室关于印发某区5G网络建设方案的通知'],
    ['a space between Latin words', ['某市关于推进', 'COVID 19疫苗接种工作的通知'], '某市关于推进COVID 19疫苗接种工作的通知'],
    // The offices of a joint title side by side read the same on the title's line as on a line of their own.
    ['a joint title on one line, its offices apart by a space', ['中共某县委办公室 某县人民政府办公室关于印发某方案的通知'], '中共某县委办公室某县人民政府办公室关于印发某方案的通知'],
    ['a joint title on one line, its offices apart by a full-width space', ['中共某县委办公室\u3000某县人民政府办公室关于印发某方案的通知'], '中共某县委办公室某县人民政府办公室关于印发某方案的通知'],
    ['a joint title on one line that hands a plan on without 关于', ['某县财政局　某县农业农村局印发《某县补贴办法》的通知'], '某县财政局某县农业农村局印发《某县补贴办法》的通知'],
    ['a one-line title whose space is not between offices', ['某县人民政府关于印发《某县 2024 年工作要点》的通知'], '某县人民政府关于印发《某县 2024 年工作要点》的通知'],
  ])('should join %s', (_what, lines, expected) => {
    expect(joinTitleLines(lines)).toBe(expected);
  });

  it('should read a joint title over two lines as one line of text when the text joins the lines into one block', async () => {
    const doc = await parseNotice(
      [
        '江州市发展和改革委员会\u3000江州市财政局',
        '关于印发《江州市促进服务业高质量发展若干措施》的通知',
        '',
        '各区县（市）发展改革局、财政局：',
        '\u3000\u3000现将《江州市促进服务业高质量发展若干措施》印发给你们，请遵照执行。',
        '',
        '江州市发展和改革委员会\u3000\u3000\u3000江州市财政局',
        '2024年8月15日',
      ].join('\n'),
    );
    expect(doc.notice).toMatchObject({
      title: '江州市发展和改革委员会江州市财政局关于印发《江州市促进服务业高质量发展若干措施》的通知',
      addressees: ['各区县（市）发展改革局', '各区县（市）财政局'],
      date: '2024-08-15',
    });
  });

  it('should read a joint title printed over two lines and the addressees sharing 各乡镇', async () => {
    const doc = await parseNotice(
      ['中共某县委办公室\u3000某县人民政府办公室', '关于印发《某县2024年招商引资工作要点》的通知', '', '某委办发〔2024〕6号', '', '各乡镇党委、人民政府，县委各部委，县直各单位：', '', '现将《某县2024年招商引资工作要点》印发给你们。', '', '中共某县委办公室\u3000\u3000某县人民政府办公室', '二〇二四年三月五日'].join('\n'),
    );
    expect(doc.notice).toMatchObject({
      title: '中共某县委办公室某县人民政府办公室关于印发《某县2024年招商引资工作要点》的通知',
      addressees: ['各乡镇党委', '各乡镇人民政府', '县委各部委', '县直各单位'],
      signatories: ['中共某县委办公室', '某县人民政府办公室'],
      date: '2024-03-05',
    });
    expect(doc.notice?.titlePosition).toMatchObject({ start: { line: 1, column: 1 }, end: { line: 2, column: 25 } });
  });

  it('should read a joint title the same whether its offices stand on its line or a line of their own', async () => {
    const rest = ['', '各街道党工委、办事处：', '现将《某区基层治理方案》印发给你们。', '', '中共某区委办公室　　某区人民政府办公室', '2024年4月18日'];
    const one = await parseNotice(['中共某区委办公室\u3000某区人民政府办公室关于印发《某区基层治理方案》的通知', ...rest].join('\n'));
    const two = await parseNotice(['中共某区委办公室\u3000某区人民政府办公室', '关于印发《某区基层治理方案》的通知', ...rest].join('\n'));
    expect(one.notice?.title).toBe('中共某区委办公室某区人民政府办公室关于印发《某区基层治理方案》的通知');
    expect(one.notice?.title).toBe(two.notice?.title);
    expect(one.metadata.title).toBe(two.metadata.title);
  });

  const signedNotice = ['某区人民政府办公室关于印发某区行动计划的通知', '某政办发〔2024〕12号', '各街道办事处，区政府各部门：', '现将《某区行动计划》印发给你们，请认真贯彻落实。', '某区人民政府办公室', '2024年3月1日'];
  const plan = ['某区行动计划', '一、重点任务', '（一）建设网络。（牵头单位：区经信局）'];

  it.each([
    ['（此件公开发布）', '公开发布'],
    ['(此件主动公开)', '主动公开'],
    ['（本件公开发布）', '公开发布'],
    ['（此文件公开发布）', '公开发布'],
    ['（本文件主动公开）', '主动公开'],
    ['（此件依申请公开）', '依申请公开'],
    ['（此件不予公开）', '不予公开'],
    ['（此件发至县级）', '发至县级'],
    ['公开方式：主动公开', '主动公开'],
    ['（信息公开选项：主动公开）', '主动公开'],
  ])('should read the disclosure note %s under the date, and the plan title below it without it', async (line, disclosure) => {
    const doc = await parseNotice([...signedNotice, line, ...plan].join('\n'));
    expect([doc.notice?.disclosure, doc.notice?.disclosurePosition?.start.line]).toEqual([disclosure, 7]);
    expect(doc.plan?.title).toBe('某区行动计划');
    expect(doc.unparsed).toEqual([]);
  });

  it('should not read a closing sentence that opens with 本文件 as a disclosure', async () => {
    const doc = await parseNotice([...signedNotice, '本文件自发布之日起施行', ...plan].join('\n'));
    expect(doc.notice?.disclosure).toBeNull();
  });

  it.each([
    ['after the disclosure', ['（此件公开发布）', '（联系人：陈静；联系电话：0573-82012345）'], 8],
    ['before the disclosure', ['（联系人：陈静；联系电话：0573-82012345）', '（此件公开发布）'], 7],
    ['without a disclosure, unbracketed', ['联系人：陈静，联系电话：0573-82012345'], 7],
  ])('should keep a contact note under the date (%s) as the notice\'s, not as the plan\'s title', async (_where, lines, line) => {
    const doc = await parseNotice([...signedNotice, ...lines, ...plan].join('\n'));
    expect(doc.notice?.notes?.map((n) => [n.text.includes('陈静'), n.position.start.line])).toEqual([[true, line]]);
    expect(doc.plan?.title).toBe('某区行动计划');
    expect(doc.plan?.preamble).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it.each([
    ['in brackets', '2024年3月1日（此件公开发布）', '公开发布'],
    ['after a full-width space', '2024年3月1日　（此件主动公开）', '主动公开'],
    ['labelled', '2024年3月1日（信息公开形式：依申请公开）', '依申请公开'],
  ])('should read the date and a disclosure note on one line (%s): the signature, the date, the disclosure', async (_how, dateLine, disclosure) => {
    const doc = await parseNotice([...signedNotice.slice(0, -1), dateLine, ...plan].join('\n'));
    expect(doc.notice).toMatchObject({ signatories: ['某区人民政府办公室'], date: '2024-03-01', disclosure });
    expect(doc.notice?.datePosition).toMatchObject({ start: { line: 6, column: 1 }, end: { line: 6, column: 10 } });
    expect(doc.notice?.disclosurePosition?.start.line).toBe(6);
    expect(doc.notice?.body.map((b) => b.text)).toEqual(['现将《某区行动计划》印发给你们，请认真贯彻落实。']);
    expect(doc.metadata.issuer).toBe('某区人民政府办公室');
    expect(doc.plan?.title).toBe('某区行动计划');
  });

  it('should not read a date followed by words that are no note as a signature date', async () => {
    const doc = await parseNotice([...signedNotice.slice(0, -1), '2024年3月1日（星期五）', ...plan].join('\n'));
    expect(doc.notice?.date).toBeNull();
  });

  it.each([
    ['a full stop', '（此件主动公开。联系人：张华，电话：87051234）', '主动公开', ['联系人：张华，电话：87051234']],
    ['a semicolon, the contact first', '（联系人：张华，联系电话：87051234；此件公开发布）', '公开发布', ['联系人：张华，联系电话：87051234']],
    ['a full stop, the contact in two fields', '(此件公开发布。联系人：陈静。电话：0573-82012345)', '公开发布', ['联系人：陈静。电话：0573-82012345']],
  ])('should read a disclosure and a contact in one bracket apart by %s as the disclosure and a note', async (_by, line, disclosure, notes) => {
    const doc = await parseNotice([...signedNotice, line, '', ...plan].join('\n'));
    expect(doc.notice?.disclosure).toBe(disclosure);
    expect(doc.notice?.notes?.map((n) => [n.text, n.position.start.line])).toEqual(notes.map((n) => [n, 7]));
    expect(doc.plan?.title).toBe('某区行动计划');
    expect(doc.plan?.titlePosition?.start.line).toBe(9);
    expect(doc.plan?.preamble).toEqual([]);
  });

  it('should not read a bracket that holds a disclosure and a sentence as notes', async () => {
    const doc = await parseNotice([...signedNotice, '（此件公开发布。请各单位认真落实）', ...plan].join('\n'));
    expect(doc.notice?.disclosure).toBeNull();
  });

  it.each([
    ['beside the name', ['某县乡村振兴工作领导小组（县农业农村局代章）'], ['某县乡村振兴工作领导小组'], '（县农业农村局代章）'],
    ['beside the name, half-width', ['某县乡村振兴工作领导小组(县农业农村局代章)'], ['某县乡村振兴工作领导小组'], '(县农业农村局代章)'],
    ['alone under the name', ['某县人民政府办公室', '（代章）'], ['某县人民政府办公室'], '（代章）'],
    ['the seal alone under the name', ['某县人民政府', '（印）'], ['某县人民政府'], '（印）'],
    ['beside each of two names', ['某县财政局（盖章）', '某县农业农村局（盖章）'], ['某县财政局', '某县农业农村局'], '（盖章）'],
  ])('should read a signature with its seal note %s: the organ signs, the note is kept as written', async (_where, sig, signatories, note) => {
    const doc = await parseNotice(['关于印发某县工作方案的通知', '', '各乡镇人民政府：', '现将《某县工作方案》印发给你们。', '', ...sig, '2024年3月20日', '', '某县工作方案', '一、重点任务', '（一）推进改厕。（牵头单位：县农业农村局）'].join('\n'));
    expect(doc.notice?.signatories).toEqual(signatories);
    expect(doc.notice?.date).toBe('2024-03-20');
    expect(doc.notice?.notes?.[0]?.text).toBe(note);
    expect(doc.metadata.issuer).toBe(signatories[0]);
    expect(doc.notice?.body.map((b) => b.text)).toEqual(['现将《某县工作方案》印发给你们。']);
  });

  it.each([
    ['at the end of the document', ['（此件公开发布）'], '公开发布', []],
    ['labelled, at the end', ['（信息公开形式：主动公开）'], '主动公开', []],
    ['a contact note at the end', ['（联系人：李娜，电话：0731-85881234）'], null, ['（联系人：李娜，电话：0731-85881234）']],
    ['both, at the end', ['（此件公开发布）', '（联系人：李娜，电话：0731-85881234）'], '公开发布', ['（联系人：李娜，电话：0731-85881234）']],
  ])('should read a bracketed note printed after the plan (%s) as the notice\'s, out of the last item', async (_where, lines, disclosure, notes) => {
    const doc = await parseNotice([...signedNotice, '', ...plan, '二、保障措施', '（一）加强领导。成立领导小组。', '', ...lines].join('\n'));
    expect(doc.notice?.disclosure).toBe(disclosure);
    expect(doc.notice?.notes?.map((n) => n.text) ?? []).toEqual(notes);
    expect(JSON.stringify(doc.plan)).not.toMatch(/此件|公开|李娜/);
    expect(doc.unparsed).toEqual([]);
  });

  it.each([
    ['公开方式：主动公开', '主动公开'],
    ['公开属性：主动公开', '主动公开'],
    ['信息公开选项：主动公开', '主动公开'],
    ['公开方式:依申请公开', '依申请公开'],
    ['（此件依申请公开）', '依申请公开'],
  ])('should read %s on its own line after the last safeguard as the notice\'s disclosure, out of the safeguard\'s text', async (line, disclosure) => {
    const doc = await parseNotice([...signedNotice, ...plan, '二、保障措施', '（一）加强领导。成立领导小组。', line].join('\n'));
    expect(doc.notice?.disclosure).toBe(disclosure);
    expect(doc.notice?.disclosurePosition?.start.line).toBe(signedNotice.length + plan.length + 3);
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['成立领导小组。']);
    expect(doc.unparsed).toEqual([]);
  });

  it('should read the label and disclosure in traditional characters where the text is read so', async () => {
    const doc = await parseNotice([...signedNotice, ...plan, '二、保障措施', '（一）加强领导。成立领导小组。', '公開方式：主動公開'].join('\n'), { traditional: 'always' });
    expect(doc.notice?.disclosure).toBe('主動公開');
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['成立领导小组。']);
  });

  it('should leave a line that says more than the disclosure after its label to the last safeguard', async () => {
    const doc = await parseNotice([...signedNotice, ...plan, '二、保障措施', '（一）加强领导。成立领导小组。', '公开方式：主动公开，接受社会监督。'].join('\n'));
    expect(doc.notice?.disclosure).toBeNull();
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['成立领导小组。\n公开方式：主动公开，接受社会监督。']);
  });

  it('should read a disclosure note printed after the plan, above its annexes, as the notice\'s', async () => {
    const doc = await parseNotice([...signedNotice, '', ...plan, '', '（此件公开发布）', '', '附件', '某区任务清单', '一、区经信局：建设网络。'].join('\n'));
    expect(doc.notice?.disclosure).toBe('公开发布');
    expect(JSON.stringify(doc.plan)).not.toMatch(/此件/);
    expect(doc.annexes.map((a) => a.label)).toEqual(['附件']);
  });

  it.each([
    ['bracketed, over the list of annexes and the annexes', ['（联系人：李娜，电话：0731-85881234）', '', '附件：某区任务清单', '附件', '某区任务清单', '一、区经信局：建设网络。'], ['（联系人：李娜，电话：0731-85881234）']],
    ['bracketed, over a numbered list of annexes', ['（联系人：李娜，电话：0731-85881234）', '附件：1.某区任务清单', '2.某区项目表', '附件1', '某区任务清单', '一、区经信局：建设网络。'], ['（联系人：李娜，电话：0731-85881234）']],
    ['bracketed, over a list of annexes that ends the text', ['（联系人：李娜，电话：0731-85881234）', '附件：某区任务清单'], ['（联系人：李娜，电话：0731-85881234）']],
    ['unbracketed, at the end', ['联系人：区发展改革局营商环境科　李娜　电话：0731-85881234'], ['联系人：区发展改革局营商环境科　李娜　电话：0731-85881234']],
    ['unbracketed, over the list of annexes', ['联系电话：0731-85881234', '附件：某区任务清单', '附件', '某区任务清单', '一、区经信局：建设网络。'], ['联系电话：0731-85881234']],
  ])('should read a contact note after the last safeguard (%s) as the notice\'s, out of the last item', async (_where, lines, notes) => {
    const doc = await parseNotice([...signedNotice, '', ...plan, '二、保障措施', '（一）加强领导。成立领导小组。', '', ...lines].join('\n'));
    expect(doc.notice?.notes?.map((n) => n.text)).toEqual(notes);
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['成立领导小组。']);
    expect(JSON.stringify(doc.plan)).not.toMatch(/李娜|0731/);
  });

  it.each([
    ['a heading that names it', ['三、联系方式', '联系人：李娜，电话：0731-85881234']],
    ['a line that ends with a colon', ['如有疑问，请联系：', '联系人：李娜，电话：0731-85881234']],
  ])('should leave an unbracketed contact under %s to the plan', async (_where, lines) => {
    const doc = await parseNotice([...signedNotice, '', ...plan, '二、保障措施', '（一）加强领导。成立领导小组。', ...lines].join('\n'));
    expect(doc.notice).not.toHaveProperty('notes');
    expect(JSON.stringify(doc.outline)).toMatch(/李娜/);
  });

  it('should leave a contact note that closes the last annex to that annex, and read a disclosure after it as the notice\'s', async () => {
    const doc = await parseNotice([...signedNotice, '', ...plan, '', '附件', '某区报名表', '姓名、单位、电话', '（联系人：李娜，电话：0731-85881234）', '（此件公开发布）'].join('\n'));
    expect(doc.notice?.disclosure).toBe('公开发布');
    expect(doc.notice).not.toHaveProperty('notes');
    expect(JSON.stringify(doc.annexes)).toMatch(/李娜/);
  });

  it('should leave a bracketed contact in the middle of the plan where it stands', async () => {
    const doc = await parseNotice([...signedNotice, '', ...plan, '（联系人：李娜，电话：0731-85881234）', '二、保障措施', '（一）加强领导。成立领导小组。'].join('\n'));
    expect(doc.notice).not.toHaveProperty('notes');
  });

  it('should leave the notes out of a notice that has none', async () => {
    const doc = await parseNotice([...signedNotice, '（此件公开发布）', ...plan].join('\n'));
    expect(doc.notice).not.toHaveProperty('notes');
  });

  it('should split signatures written two to a line', () => {
    expect(splitSignatories('黄浦区发展和改革委员会黄浦区建设和管理委员会')).toEqual(['黄浦区发展和改革委员会', '黄浦区建设和管理委员会']);
    expect(splitSignatories('天津市河东区人民政府办公室')).toEqual(['天津市河东区人民政府办公室']);
  });

  it('should read a notice with a repeal, a signature, a date and a disclosure note', async () => {
    const doc = await parseNotice(
      ['某区人民政府办公室', '关于印发某某计划', '（2023—2025年）的通知', '', '各委办局：', '', '现将计划印发给你们，原《某某计划》（某政办〔2020〕3号）同时废止。', '', '某区人民政府办公室', '', '2023年1月5日', '', '（此件公开发布）'].join('\n'),
    );
    expect(doc.notice).toMatchObject({
      title: '某区人民政府办公室关于印发某某计划（2023—2025年）的通知',
      addressees: ['各委办局'],
      signatories: ['某区人民政府办公室'],
      date: '2023-01-05',
      disclosure: '公开发布',
    });
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(['某政办〔2020〕3号']);
  });

  it.each([
    ['原实施方案, after the title handed on', '现将修订后的《某县整治实施方案》印发给你们，请认真贯彻执行，原实施方案（某政办发〔2019〕12号）同时废止。', ['某政办发〔2019〕12号']],
    ['原方案 and 不再执行', '现将《某县整治实施方案》印发给你们，原方案（某政办发〔2019〕12号）不再执行。', ['某政办发〔2019〕12号']],
    ['原管理办法 after 废止', '现将《某县管理办法》印发给你们，自印发之日起施行，同时废止原管理办法(某政规〔2018〕2号)。', ['某政规〔2018〕2号']],
    ['该文件, with 自…起', '现将《某县整治实施方案》印发给你们。该文件（某政办发〔2019〕12号）自2024年3月1日起废止。', ['某政办发〔2019〕12号']],
    ['a document named as the ground (根据), not repealed', '根据某县整治方案（某政办发〔2019〕12号），现将《某县整治实施方案》印发给你们。', []],
    ['a provision of the old document set aside', '现将《某县整治实施方案》印发给你们，原实施方案（某政办发〔2019〕12号）第五条不再执行。', []],
    ['the old document to be followed, not repealed', '现将《某县整治实施方案》印发给你们，原方案（某政办发〔2019〕12号）继续执行。', []],
  ])('should read a repeal that names the old document by its kind, without title marks (%s)', async (_what, body, supersedes) => {
    const doc = await parseNotice(['某县人民政府办公室关于印发某县整治实施方案的通知', '某政办发〔2024〕9号', '', '各乡镇人民政府：', body, '', '某县人民政府办公室', '2024年2月1日'].join('\n'));
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(supersedes);
    expect(doc.notice!.cites.map((c) => c.raw)).toEqual(['某政办发〔2019〕12号', '某政规〔2018〕2号'].filter((n) => body.includes(n)));
  });

  it.each([
    ['on one line, apart by a full-width space', '某县人民政府　2024年2月1日', 8],
    ['on one line, apart by nothing', '某县人民政府2024年2月1日', 7],
    ['in Chinese numerals', '某县人民政府 二〇二四年二月一日', 8],
  ])('should read a signature and its date written together (%s)', async (_what, line, dateColumn) => {
    const doc = await parseNotice(['某县人民政府关于印发某某方案的通知', '', '各乡镇人民政府：', '', '现将方案印发给你们。', '', line, '', '一、总体要求'].join('\n'));
    expect(doc.notice).toMatchObject({ signatories: ['某县人民政府'], date: '2024-02-01' });
    expect(doc.notice!.signaturePosition).toMatchObject({ start: { line: 7, column: 1 }, end: { line: 7, column: 7 } });
    expect(doc.notice!.datePosition).toMatchObject({ start: { line: 7, column: dateColumn }, end: { line: 7, column: line.length + 1 } });
    expect(doc.unparsed).toEqual([]);
  });

  it('should not take a sentence that ends in a date for a signature', async () => {
    const doc = await parseNotice(['某县人民政府关于印发某某方案的通知', '', '各乡镇人民政府：', '', '现将方案印发给你们，自2024年2月1日', '', '某县人民政府', '', '2024年2月3日'].join('\n'));
    expect(doc.notice).toMatchObject({ signatories: ['某县人民政府'], date: '2024-02-03' });
  });
});

describe('a notice that amends a document item by item', () => {
  const AMENDING = ['某区人民政府办公室关于修改《某区楼宇经济若干措施》的通知', '', '各街道办事处：', '', '现对《某区楼宇经济若干措施》（某政办发〔2022〕15号）作如下修改：', '一、将第三条修改为：“对新引进的总部企业给予奖励。（责任单位：区商务局）”', '二、删去第七条。', '《某区楼宇经济若干措施》根据本通知作相应修改，重新公布。', '', '某区人民政府办公室', '2024年7月9日'];

  it('should keep the amendments in the notice body, to the signature, and read no plan from them', async () => {
    const doc = await parseNotice(AMENDING.join('\n'));
    expect(doc.notice!.body.map((p) => p.text)).toEqual(AMENDING.slice(4, 8));
    expect(doc.notice!.cites.map((c) => c.raw)).toEqual(['某政办发〔2022〕15号']);
    // An amendment takes nothing out of force (README: supersedes are the documents repealed).
    expect(doc.notice!.supersedes).toEqual([]);
    expect(doc.plan).toBeNull();
    expect(doc.unparsed).toEqual([]);
  });

  it('should keep the amendments in the notice body and read the amended document printed after it as the plan', async () => {
    const doc = await parseNotice([...AMENDING, '', '某区楼宇经济若干措施', '', '第一条　为推动楼宇经济发展，制定本措施。', '第二条　对楼宇业主给予奖励。（责任单位：区楼宇办）'].join('\n'));
    expect(doc.notice!.body).toHaveLength(4);
    expect(doc.plan).toMatchObject({ title: '某区楼宇经济若干措施' });
    expect(doc.plan!.tasks.map((t) => t.lead)).toEqual([['区楼宇办']]);
  });

  it.each([
    ['a list of matters adjusted (现将有关事项调整如下：)', '现将有关事项调整如下：'],
    ['amendments to a document not named by its title', '经研究，对实施办法作如下修改：'],
  ])('should still read the items after %s as the plan', async (_what, opening) => {
    const doc = await parseNotice(['某区人民政府办公室关于调整某事项的通知', '', '各街道办事处：', '', opening, '一、推进楼宇改造。（责任单位：区商务局）', '', '某区人民政府办公室', '2024年7月9日'].join('\n'));
    expect(doc.notice!.body.map((p) => p.text)).toEqual([opening]);
    expect(doc.plan!.tasks).toHaveLength(1);
  });
});

describe('a notice that repeals or revises documents item by item', () => {
  const decision = (body: string[]): string =>
    ['某市人民政府关于废止和修改部分市政府规范性文件的决定', '', '某政发〔2024〕9号', '', '各区县人民政府，市政府各部门：', ...body, '', '某市人民政府', '2024年5月6日'].join('\n');
  const LISTS = [
    '经市政府研究，决定：',
    '一、下列规范性文件予以废止：',
    '（一）《某市城市供水管理办法》（某政发〔2012〕15号）；',
    '（二）《某市人民政府关于加快发展物流业的意见》（某政发〔2015〕22号）。',
    '二、将《某市户外广告设置管理办法》（某政发〔2016〕7号）第十二条中的“市城市管理局”修改为“市城市管理综合执法局”。',
    '本决定自公布之日起施行。',
  ];

  it('should keep the lists in the notice body, the repealed in supersedes, every number in cites, and read no plan', async () => {
    const doc = await parseNotice(decision(LISTS));
    expect(doc.notice!.body.map((p) => p.text)).toEqual(LISTS);
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(['某政发〔2012〕15号', '某政发〔2015〕22号']);
    expect(doc.notice!.cites.map((c) => c.raw)).toEqual(['某政发〔2012〕15号', '某政发〔2015〕22号', '某政发〔2016〕7号']);
    expect(doc.plan).toBeNull();
    expect(doc.outline).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it.each([
    ['a paragraph with the word first and 1. entries', ['经研究，决定废止以下规范性文件：', '1.《某市城市供水管理办法》（某政发〔2012〕15号）；', '2.《某市物流业发展意见》（某政发〔2015〕22号）。'], ['某政发〔2012〕15号', '某政发〔2015〕22号']],
    ['a paragraph over 一、 entries', ['现决定对下列文件予以废止：', '一、《某市城市供水管理办法》（某政发〔2012〕15号）', '二、《某市物流业发展意见》（某政发〔2015〕22号）'], ['某政发〔2012〕15号', '某政发〔2015〕22号']],
    ['a first item that repeals a document itself', ['经研究，决定：', '一、废止《某市城市供水管理办法》（某政发〔2012〕15号）。', '二、将《某市物流业发展意见》（某政发〔2015〕22号）第三条中的“二年”修改为“三年”。'], ['某政发〔2012〕15号']],
    ['a first item that amends a document, over a list of revisions', ['经研究，决定对下列规范性文件予以修改：', '一、将《某市城市供水管理办法》（某政发〔2012〕15号）第五条中的“市水利局”修改为“市水务局”。', '二、删去《某市物流业发展意见》（某政发〔2015〕22号）第九条。'], []],
  ])('should keep a list of documents opened by %s in the body, and read no plan', async (_what, body, supersedes) => {
    const doc = await parseNotice(decision(body));
    expect(doc.notice!.body.map((p) => p.text)).toEqual(body);
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(supersedes);
    expect(doc.notice!.cites.map((c) => c.raw)).toEqual(['某政发〔2012〕15号', '某政发〔2015〕22号']);
    expect(doc.plan).toBeNull();
  });

  it('should read list headings written without their colon (一、对以下3件规范性文件予以修改 / 二、对以下2件规范性文件予以废止) as the lists they open', async () => {
    const body = [
      '经研究，决定：',
      '一、对以下1件规范性文件予以修改',
      '1.将《某州城市生活垃圾分类管理办法》（某州政规〔2020〕3号）第八条中的“州城市管理局”修改为“州住房和城乡建设局”。',
      '二、对以下2件规范性文件予以废止',
      '1.《某州人民政府关于加快发展民宿经济的意见》（某州政发〔2018〕33号）',
      '2.《某州防汛抗旱应急预案》（某州政办发〔2017〕88号）',
      '三、本决定自公布之日起施行。',
    ];
    const doc = await parseNotice(decision(body));
    expect(doc.notice!.body.map((p) => p.text)).toEqual(body);
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(['某州政发〔2018〕33号', '某州政办发〔2017〕88号']);
    expect(doc.notice!.cites.map((c) => c.raw)).toEqual(['某州政规〔2020〕3号', '某州政发〔2018〕33号', '某州政办发〔2017〕88号']);
    expect(doc.plan).toBeNull();
    expect(doc.outline).toEqual([]);
  });

  it.each([
    ['以下N件 with no word for documents', '一、以下2件予以废止'],
    ['决定废止以下文件, without its colon', '一、决定废止以下规范性文件'],
    ['下列文件予以宣布失效', '一、下列文件予以宣布失效：'],
  ])('should read a repeal list headed by %s', async (_what, heading) => {
    const body = [heading, '（一）《某市城市供水管理办法》（某政发〔2012〕15号）；', '（二）《某市物流业发展意见》（某政发〔2015〕22号）。', '二、本决定自公布之日起施行。'];
    const doc = await parseNotice(decision(body));
    expect(doc.notice!.body.map((p) => p.text)).toEqual(body);
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(['某政发〔2012〕15号', '某政发〔2015〕22号']);
    expect(doc.plan).toBeNull();
  });

  it('should read a revision list headed by 对下列规范性文件作出修改：, repealing nothing', async () => {
    const body = ['一、对下列规范性文件作出修改：', '（一）将《某市城市供水管理办法》（某政发〔2012〕15号）第五条中的“市水利局”修改为“市水务局”。', '（二）删去《某市物流业发展意见》（某政发〔2015〕22号）第九条。', '二、本决定自公布之日起施行。'];
    const doc = await parseNotice(decision(body));
    expect(doc.notice!.body.map((p) => p.text)).toEqual(body);
    expect(doc.notice!.supersedes).toEqual([]);
    expect(doc.notice!.cites.map((c) => c.raw)).toEqual(['某政发〔2012〕15号', '某政发〔2015〕22号']);
    expect(doc.plan).toBeNull();
  });

  it.each([
    ['a repeal list', '一、對下列規範性文件予以廢止：', ['某政發〔2012〕15號', '某政發〔2015〕22號']],
    ['a revision list, without the colon', '一、對以下2件規範性文件予以修訂', []],
  ])('should read %s headed in traditional characters', async (_what, heading, supersedes) => {
    const body = [heading, '（一）《某市城市供水管理辦法》（某政發〔2012〕15號）；', '（二）《某市物流業發展意見》（某政發〔2015〕22號）。', '二、本決定自公布之日起施行。'];
    const doc = await parseNotice(['某市人民政府關於廢止和修改部分市政府規範性文件的決定', '', '某政發〔2024〕9號', '', '各區縣人民政府，市政府各部門：', ...body, '', '某市人民政府', '2024年5月6日'].join('\n'));
    expect(doc.notice!.body.map((p) => p.text)).toEqual(body);
    expect(doc.notice!.supersedes.map((s) => s.raw)).toEqual(supersedes);
    expect(doc.plan).toBeNull();
  });

  it('should still read a plan whose first item ends with a repeal word after 以下条件, which points to no documents', async () => {
    const doc = await parseNotice(
      ['某区人民政府关于印发某区项目清理方案的通知', '', '各街道办事处：', '', '现就有关事项通知如下：', '一、不符合以下条件的项目一律停止执行', '（一）清理在建项目。（责任单位：区发展改革局）', '', '某区人民政府', '2024年7月9日'].join('\n'),
    );
    expect(doc.notice!.body.map((p) => p.text)).toEqual(['现就有关事项通知如下：']);
    expect(doc.plan!.tasks.map((t) => t.lead)).toEqual([['区发展改革局']]);
  });

  it('should still read a plan whose first item is work, though a later one names a repeal', async () => {
    const doc = await parseNotice(
      ['某区人民政府关于印发某区营商环境提升方案的通知', '', '各街道办事处：', '', '现就有关事项通知如下：', '一、推进政务服务改革。（责任单位：区政务服务中心）', '二、清理规范性文件。下列文件同时废止：', '1.《某区招商引资奖励办法》（某政发〔2019〕4号）。', '', '某区人民政府', '2024年7月9日'].join('\n'),
    );
    expect(doc.notice!.body.map((p) => p.text)).toEqual(['现就有关事项通知如下：']);
    expect(doc.plan!.tasks.map((t) => t.lead)).toEqual([['区政务服务中心']]);
  });
});

describe('a signature without a date after the last item', () => {
  const PLAN = ['某镇2025年人居环境整治提升方案', '', '一、重点任务', '', '（一）推进农村改厕。完成改厕300户。（牵头单位：镇农业服务中心）', '', '（二）治理生活垃圾。完善收运体系。（牵头单位：镇城管办）', ''];
  const lastTask = async (lines: string[]) => (await parseNotice([...PLAN, ...lines].join('\n'))).plan!.tasks[1]!.text;

  it.each([
    ['alone on the last line', ['某镇人民政府'], ['某镇人民政府']],
    ['before the imprint', ['某镇人民政府办公室', '', '抄送：县委办公室。', '某镇人民政府办公室　2025年3月2日印发'], ['某镇人民政府办公室']],
    ['before the annexes', ['某县农业农村委员会', '', '附件', '', '任务清单'], ['某县农业农村委员会']],
    ['on two lines, a joint signature', ['某镇人民政府', '某镇乡村振兴领导小组'], ['某镇人民政府', '某镇乡村振兴领导小组']],
  ])('should read an issuing body %s as the signature, not text of the last item', async (_what, lines, signatories) => {
    const doc = await parseNotice([...PLAN, ...lines].join('\n'));
    expect(doc.notice).toMatchObject({ signatories, date: null });
    expect(doc.plan!.tasks[1]!.text).toBe('治理生活垃圾。完善收运体系。');
    expect(doc.unparsed).toEqual([]);
  });

  it.each([
    ['on one line', ['某镇人民政府办公室　2025年3月2日印发']],
    ['the printer on the line above its date', ['某镇人民政府办公室', '2025年3月2日印发']],
  ])('should keep the imprint of a plan printed without its notice as the plan\'s, its printer (%s) no signatory', async (_how, printed) => {
    const doc = await parseNotice([...PLAN, '抄送：县委办公室，县政府办公室。', ...printed].join('\n'));
    expect(doc.notice).toBeNull();
    expect(doc.plan!.imprint).toMatchObject({ copiedTo: ['县委办公室', '县政府办公室'], printedBy: '某镇人民政府办公室', printedDate: '2025-03-02' });
    expect(doc.plan!.imprint!.position.start.line).toBe(PLAN.length + 1);
    expect(doc.plan!.imprint!.position.end.line).toBe(PLAN.length + printed.length + 1);
    expect(doc.plan!.tasks[1]!.text).toBe('治理生活垃圾。完善收运体系。');
    expect(doc.unparsed).toEqual([]);
  });

  it('should read a signature above an imprint whose printer stands on the line above its date', async () => {
    const doc = await parseNotice([...PLAN, '某镇人民政府', '', '抄送：县委办公室。', '某镇人民政府办公室', '2025年3月2日印发'].join('\n'));
    expect(doc.notice).toMatchObject({ signatories: ['某镇人民政府'], imprint: { printedBy: '某镇人民政府办公室', printedDate: '2025-03-02' } });
    expect(doc.plan).not.toHaveProperty('imprint');
  });

  it('should report an imprint with neither a notice nor a plan to hold it as unparsed', async () => {
    const doc = await parseNotice(['抄送：县委办公室。', '某镇人民政府办公室　2025年3月2日印发'].join('\n'));
    expect(doc.unparsed.map((u) => u.text)).toEqual(['抄送：县委办公室。', '某镇人民政府办公室　2025年3月2日印发']);
  });

  it.each([
    ['units a clause gives', '各镇人民政府'],
    ['a department', '某县农业农村局'],
    ['a unit not on the last line', '某镇人民政府\n\n做好宣传工作。'],
  ])('should leave %s to the last item', async (_what, line) => {
    expect(await lastTask([line])).toContain(line.split('\n')[0]!);
  });
});

describe('a signature without a date between the notice and the plan it hands on', () => {
  const TITLE = '滨江区人民政府办公室关于印发滨江区养老服务体系建设实施方案的通知';
  const BODY = '经区政府同意，现将《滨江区养老服务体系建设实施方案》印发给你们，请认真贯彻执行。';
  const PLAN = ['滨江区养老服务体系建设实施方案', '', '一、重点任务', '', '1.完善养老服务设施。新建街道养老服务综合体3个。（牵头单位：区民政局；配合单位：区财政局）', ''];
  /** The notice with `closing` (lines) between its text and the plan. */
  const text = (closing: string[]): string => [TITLE, '', '各街道办事处，区政府各部门：', '', BODY, '', ...closing, '', ...PLAN].join('\n');
  const read = async (source: string, format: 'text' | 'html' = 'text') => {
    const doc = await parseNotice(source, { format });
    return {
      signatories: doc.notice!.signatories,
      signatureLine: doc.notice!.signaturePosition?.start.line ?? null,
      disclosure: doc.notice!.disclosure,
      body: doc.notice!.body.map((b) => b.text),
      plan: doc.plan!.title,
      tasks: doc.plan!.tasks.map((t) => t.title),
    };
  };

  it.each([
    ['above the disclosure', ['滨江区人民政府办公室', '', '（此件主动公开）'], '主动公开'],
    ['right above the plan\'s title', ['滨江区人民政府办公室'], null],
    ['above a contact and the disclosure', ['滨江区人民政府办公室', '', '联系人：王芳，电话：0571-87651234', '（此件主动公开）'], '主动公开'],
  ])('should read an organ\'s name %s as the signature, not the notice\'s text', async (_where, closing, disclosure) => {
    expect(await read(text(closing))).toEqual({
      signatories: ['滨江区人民政府办公室'],
      signatureLine: 7,
      disclosure,
      body: [BODY],
      plan: '滨江区养老服务体系建设实施方案',
      tasks: ['完善养老服务设施'],
    });
  });

  it('should read two organs\' names on two lines as a joint signature', async () => {
    expect((await read(text(['中共滨江区委办公室', '滨江区人民政府办公室', '', '（此件主动公开）']))).signatories).toEqual(['中共滨江区委办公室', '滨江区人民政府办公室']);
  });

  it('should read the organ in traditional characters, as written', async () => {
    const doc = await read(text(['濱江區人民政府辦公室', '', '（此件主動公開）']));
    expect([doc.signatories, doc.disclosure, doc.body]).toEqual([['濱江區人民政府辦公室'], '主動公開', [BODY]]);
  });

  it('should read it in an HTML page, the organ set right in a paragraph of its own', async () => {
    const html = (closing: string[]): string =>
      `<html><head><meta charset="utf-8"><title>${TITLE}</title></head><body><div class="article"><h1>${TITLE}</h1><p>各街道办事处，区政府各部门：</p><p>${BODY}</p>` +
      closing.map((c) => `<p style="text-align:right">${c}</p>`).join('') +
      '<p style="text-align:center"><strong>滨江区养老服务体系建设实施方案</strong></p><p>一、重点任务</p><p>1.完善养老服务设施。新建街道养老服务综合体3个。（牵头单位：区民政局；配合单位：区财政局）</p></div></body></html>';
    for (const [closing, disclosure] of [[['滨江区人民政府办公室', '（此件主动公开）'], '主动公开'], [['滨江区人民政府办公室'], null]] as const) {
      const doc = await read(html([...closing]), 'html');
      expect([doc.signatories, doc.disclosure, doc.body, doc.tasks]).toEqual([['滨江区人民政府办公室'], disclosure, [BODY], ['完善养老服务设施']]);
    }
  });

  it('should read an organ\'s name above the disclosure that ends a notice carrying no plan', async () => {
    const doc = await parseNotice([TITLE.replace('关于印发滨江区养老服务体系建设实施方案的通知', '关于做好2024年度安全生产工作的通知'), '', '各街道办事处，区政府各部门：', '', '请各单位认真贯彻落实。', '', '滨江区人民政府办公室', '', '（此件主动公开）'].join('\n'));
    expect(doc.notice).toMatchObject({ signatories: ['滨江区人民政府办公室'], date: null, disclosure: '主动公开' });
    expect(doc.notice!.body.map((b) => b.text)).toEqual(['请各单位认真贯彻落实。']);
    expect(doc.unparsed).toEqual([]);
  });

  it('should take the disclosure above the plan\'s title as the notice\'s where nothing signs it', async () => {
    expect(await read(text(['（此件主动公开）']))).toMatchObject({ signatories: [], disclosure: '主动公开', body: [BODY] });
  });

  it.each([
    ['units a clause names', '各街道办事处'],
    ['a list of units', '区民政局、区财政局'],
    ['a sentence', '请各单位抓好落实。'],
  ])('should leave %s above the plan\'s title to the notice\'s text', async (_what, line) => {
    expect(await read(text([line]))).toMatchObject({ signatories: [], body: [BODY, line] });
  });
});

describe('page furniture around the notice', () => {
  it('should set aside an article tool bar under the title and keep the addressees', async () => {
    const doc = await parseNotice(
      ['当前位置：首页 > 政务公开 > 政策文件', '', '关于印发某某办法的通知', '', '发布时间：2024-03-18 10:20 浏览次数：1234 【打印】【关闭】', '', '各镇人民政府、街道办事处：', '', '现印发给你们。', '', '某区人民政府', '', '2024年3月15日'].join('\n'),
    );
    expect(doc.metadata.category).toEqual(['政务公开', '政策文件']);
    expect(doc.chrome.map((c) => c.kind)).toEqual(['breadcrumb', 'share']);
    expect(doc.notice?.addressees).toEqual(['各镇人民政府', '各街道办事处']);
    // The tool bar's 发布时间 is the page's publication date when there is no header to give one.
    expect(doc.metadata.publishedDate).toBe('2024-03-18');
    expect(doc.metadata.fields.map((f) => [f.label, f.key, f.value])).toEqual([['发布时间', 'publishedDate', '2024-03-18 10:20']]);
    expect(doc.metadata.position).toBeNull();
    expect(doc.diagnostics).toEqual([]);
  });

  it('should take back everything a lone label line set when it is not a header', async () => {
    const doc = await parseNotice(['发布机构：某区人民政府办公室', '', '关于印发某某办法的通知', '', '各单位：', '', '现印发给你们。'].join('\n'));
    expect(doc.metadata.fields).toEqual([]);
    expect(doc.metadata.issuer).toBeNull();
    expect(doc.metadata.position).toBeNull();
  });

  it('should read a lone 发布日期 line above the title as the publication date, without making it a header', async () => {
    const doc = await parseNotice(['发布日期：2024年3月18日', '', '关于印发某某办法的通知', '', '各单位：', '', '现印发给你们。'].join('\n'));
    expect(doc.metadata.fields.map((f) => [f.label, f.key, f.value])).toEqual([['发布日期', 'publishedDate', '2024年3月18日']]);
    expect(doc.metadata.publishedDate).toBe('2024-03-18');
    expect(doc.metadata.position).toBeNull();
    expect(doc.notice?.title).toBe('关于印发某某办法的通知');
  });

  it.each([
    ['发布时间：2023-05-12\u3000\u3000来源：区府办\u3000\u3000点击数：128'],
    ['时间：2023-05-12 09:30\u3000来源：区府办\u3000字号：T|T|T'],
    ['来源：临江区人民政府办公室\u3000\u3000发布时间：2023-05-12 09:30:15\u3000\u3000阅读数：128'],
    ['发布日期：2023-05-12 来源：区府办 作者：综合科'],
    ['2023-05-12\u3000来源：临江区政府办\u3000访问量：1024\u3000字体：【大】【中】【小】'],
  ])('should set aside the info bar %s between the title and the document number', async (bar) => {
    const doc = await parseNotice(
      [`<h1>临江区人民政府办公室关于印发临江区数字经济行动计划的通知</h1><div class="info">${bar}</div>`,
        '<p>临政办发〔2023〕15号</p><p>各街道办事处，区政府各部门：</p><p>现印发给你们。</p><p>临江区人民政府办公室</p><p>2023年5月10日</p>'].join('\n'),
      { format: 'html' },
    );
    expect(doc.chrome.map((c) => c.kind)).toEqual(['share']);
    expect(doc.notice?.documentNumber?.raw).toBe('临政办发〔2023〕15号');
    expect(doc.notice?.addressees).toEqual(['各街道办事处', '区政府各部门']);
  });

  it.each([
    ['the same title printed again', '<h1>临江区人民政府办公室关于印发临江区数字经济行动计划的通知</h1><p><b>临江区人民政府办公室关于印发临江区数字经济行动计划的通知</b></p>'],
    ['the full title under a shortened heading', '<h1>关于印发临江区数字经济行动计划的通知</h1><p><b>临江区人民政府办公室关于印发临江区数字经济行动计划的通知</b></p>'],
    ['a heading broken over two lines', '<h1>临江区人民政府办公室关于印发<br>临江区数字经济行动计划的通知</h1>'],
  ])('should read the title, number and addressees under %s', async (_, head) => {
    const doc = await parseNotice(
      `${head}<p>临政办发〔2023〕15号</p><p>各街道办事处：</p><p>现印发给你们。</p><p>临江区人民政府办公室</p><p>2023年5月10日</p>`,
      { format: 'html' },
    );
    expect(doc.notice?.title).toBe('临江区人民政府办公室关于印发临江区数字经济行动计划的通知');
    expect(doc.notice?.documentNumber?.raw).toBe('临政办发〔2023〕15号');
    expect(doc.notice?.addressees).toEqual(['各街道办事处']);
    expect(doc.unparsed).toEqual([]);
  });

  it('should take the document number printed above the title of a red-headed document', async () => {
    const doc = await parseNotice(['浙政办发〔2023〕18号', '', '浙江省人民政府办公厅关于印发某行动计划的通知', '', '各市、县（市、区）人民政府：', '', '现印发给你们。', '', '浙江省人民政府办公厅', '2023年4月12日'].join('\n'));
    expect(doc.notice?.title).toBe('浙江省人民政府办公厅关于印发某行动计划的通知');
    expect(doc.notice?.documentNumber).toMatchObject({ raw: '浙政办发〔2023〕18号', agency: '浙政办发', year: 2023, serial: 18 });
    expect(doc.notice?.addressees).toEqual(['各市、县（市、区）人民政府']);
  });

  it.each([
    ['above the title', ['第45/2024號行政長官批示', '關於印發《澳門特別行政區智慧城市發展行動計劃》的通知']],
    ['under the title', ['關於印發《澳門特別行政區智慧城市發展行動計劃》的通知', '第45/2024號行政長官批示']],
  ])('should take a Macau number line (第45/2024號行政長官批示) %s as the document number, not as part of the title', async (_, head) => {
    const doc = await parseNotice([...head, '特區政府各司、局、廳、辦公室，各公共部門：', '現予印發，請各部門認真貫徹執行。', '行政長官辦公室', '2024年3月28日'].join('\n'));
    expect(doc.notice?.title).toBe('關於印發《澳門特別行政區智慧城市發展行動計劃》的通知');
    expect(doc.notice?.documentNumber).toEqual({ raw: '第45/2024號行政長官批示', agency: '行政長官批示', year: 2024, serial: 45 });
  });

  it.each([
    ['文　　号：'],
    ['发文字号：'],
  ])('should read the number under an <h2> title as the notice\'s when a <dl> header gives it after %s', async (label) => {
    const html =
      `<html><body><dl><dt>${label}</dt><dd>清政办发〔2023〕19号</dd></dl><div><h2>清源县人民政府办公室关于印发某实施方案的通知</h2>` +
      '<p align="center">清政办发〔2023〕19号</p><p>各乡镇人民政府：</p><p>现印发给你们，请认真贯彻落实。</p><p>清源县人民政府办公室</p><p>2023年5月16日</p></div></body></html>';
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.notice?.documentNumber?.raw).toBe('清政办发〔2023〕19号');
    expect(doc.chrome).toEqual([]);
  });

  it('should not run a sidebar heading on into the title after it', async () => {
    const page = [
      '<div class="left"><h3>热点专题</h3><ul><li><a href="#">优化营商环境</a></li></ul></div>',
      '<h2>某区关于印发推进老旧小区改造工作方案的通知</h2>',
      '<p>各街道办事处：</p><p>现印发给你们。</p><p>某区住房和城乡建设委员会</p><p>2024年5月6日</p>',
    ].join('\n');
    const doc = await parseNotice(page, { format: 'html' });
    expect(doc.notice?.title).toBe('某区关于印发推进老旧小区改造工作方案的通知');
    // Not lost: the sidebar is reported as text no part of the model accounts for.
    expect(doc.unparsed.map((u) => u.text)).toEqual(['热点专题', '优化营商环境']);
  });
});

describe('a page headline over the notice\'s own title', () => {
  const NOTICE = [
    '<p>某区人民政府办公室关于印发某区夜间经济措施的通知</p>',
    '<p>某政办发〔2024〕15号</p>',
    '<p>各街道办事处：</p>',
    '<p>现将《某区夜间经济措施》印发给你们。</p>',
    '<p>某区人民政府办公室</p>',
    '<p>2024年5月17日</p>',
  ];
  const read = async (head: string[], notice: string[] = NOTICE) => {
    const doc = await parseNotice(`<html><body>${[...head, ...notice].join('\n')}</body></html>`);
    return [doc.notice?.title ?? null, doc.chrome.map((c) => c.text), doc.diagnostics.map((d) => d.ruleId)];
  };

  it.each([
    // A headline that reports the notice yields to the notice's title, with or without a lead-in.
    [['<h1>重磅！《某区夜间经济措施》印发</h1>'], '某区人民政府办公室关于印发某区夜间经济措施的通知', ['重磅！《某区夜间经济措施》印发'], ['headline-not-title']],
    [
      ['<h1>重磅！《某区夜间经济措施》印发</h1>', '<p>近日，区政府办公室印发《某区夜间经济措施》，全文如下：</p>'],
      '某区人民政府办公室关于印发某区夜间经济措施的通知',
      ['重磅！《某区夜间经济措施》印发', '近日，区政府办公室印发《某区夜间经济措施》，全文如下：'],
      ['headline-not-title'],
    ],
    // A heading that is the notice's title, or a shortened one the title below repeats, stays as it was read.
    [['<h1>关于印发某区夜间经济措施的通知</h1>'], '某区人民政府办公室关于印发某区夜间经济措施的通知', [], []],
    [['<h1>某区夜间经济措施</h1>'], '某区人民政府办公室关于印发某区夜间经济措施的通知', [], []],
  ])('should read the title under %j', async (head, title, chrome, ruleIds) => {
    expect(await read(head)).toEqual([title, chrome, ruleIds]);
  });

  // A WeChat article's byline between its headline and the notice's title is the page's, in Markdown
  // as in text: it is no first line of the title (a title line would join it in).
  const WECHAT = [
    '**重庆市江北区人民政府办公室关于印发江北区城市更新三年行动方案（2024—2026年）的通知**',
    '江北府办发〔2024〕21号',
    '各街道办事处、镇人民政府，区政府各部门：',
    '经区政府同意，现将《江北区城市更新三年行动方案（2024—2026年）》印发给你们，请认真贯彻执行。',
    '重庆市江北区人民政府办公室',
    '2024年5月10日',
  ];
  const HEAD = '政策速递丨《江北区城市更新三年行动方案（2024—2026年）》来了！';
  const TITLE = '重庆市江北区人民政府办公室关于印发江北区城市更新三年行动方案（2024—2026年）的通知';
  it.each([
    ['Markdown', `# ${HEAD}`, '原创 江北发布 江北发布 *2024年05月21日 17:05* *重庆*', []],
    ['Markdown, without 原创', `# ${HEAD}`, '江北发布 江北发布 *2024年05月21日 17:05* *重庆*', []],
    ['Markdown, an image and its caption between', `# ${HEAD}`, '江北发布 *2024年05月21日 17:05* *重庆*', ['![图片](https://example.org/a.jpg)', '▲江北嘴城市风貌（资料图）']],
    ['Markdown, a quoted lead-in between', `# ${HEAD}`, '原创 江北发布 江北发布 *2024-05-08 18:30* *重庆*', ['> 近日，区政府办公室印发《江北区城市更新三年行动方案（2024—2026年）》，全文如下↓']],
    ['text', HEAD, '原创 江北发布 江北发布 2024年05月21日 17:05 重庆', []],
  ])('should set aside a WeChat byline under the headline (%s)', async (_style, head, byline, between) => {
    const lines = [head, byline, ...between, ...WECHAT];
    const doc = await parseNotice((_style === 'text' ? lines.map((l) => l.replace(/\*/g, '')) : lines).join('\n\n'));
    expect(doc.notice?.title).toBe(TITLE);
    expect(doc.metadata.title).toBe(TITLE);
    expect(doc.chrome.map((c) => c.text)).toContain(byline.replace(/\*/g, ''));
    expect(doc.unparsed).toEqual([]);
    // The headline's message names the headline alone.
    expect(doc.diagnostics.find((d) => d.ruleId === 'headline-not-title')?.message).toContain(`"${HEAD}"`);
  });

  it('should leave unread a line it does not know run on into the notice\'s title under a Markdown headline', async () => {
    const doc = await parseNotice([`# ${HEAD}`, '江北区融媒体中心 江北发布', ...WECHAT].join('\n\n'));
    expect(doc.notice?.title).toBe(TITLE);
    expect(doc.unparsed.map((u) => u.text)).toEqual(['江北区融媒体中心 江北发布']);
  });

  it('should keep a top heading over a plan printed alone, with no notice title below it', async () => {
    const plan = ['<h1>某区夜间经济发展工作方案</h1>', '<p>一、总体要求</p>', '<p>1.打造夜间经济地标。（责任单位：区商务局）</p>'];
    expect((await read([], plan))[1]).toEqual([]);
    const doc = await parseNotice(`<html><body>${plan.join('\n')}</body></html>`);
    expect(doc.plan?.title).toBe('某区夜间经济发展工作方案');
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('headline-not-title');
  });

  it('should take the issuer above a 关于 title broken by <br> into the title the header names without it', async () => {
    const doc = await parseNotice(
      [
        '<html><body><table><tr><td>名称：</td><td>关于印发某方案的通知</td></tr><tr><td>文号：</td><td>某政办发〔2024〕9号</td></tr></table>',
        '<h1>某县人民政府办公室<br>关于印发某方案的通知</h1>',
        '<p>各镇人民政府：</p>',
        '<p>现将《某方案》印发给你们。</p>',
        '<p>某县人民政府办公室</p>',
        '<p>2024年4月12日</p></body></html>',
      ].join('\n'),
    );
    expect(doc.notice?.title).toBe('某县人民政府办公室关于印发某方案的通知');
    expect(doc.metadata.title).toBe('关于印发某方案的通知');
    expect(doc.unparsed).toEqual([]);
  });
});

describe('a notice whose text opens with its addressees, its title printed only outside the text', () => {
  const page = (head: string, header: string, body: string): string =>
    `<html><head><meta charset="utf-8">${head}</head><body>${header}<div>${body}</div></body></html>`;
  const BODY =
    '<p>各乡镇人民政府，县政府各部门：</p><p>现将《某县厕所革命实施方案》印发给你们，请认真贯彻落实。</p>' +
    '<p>某县人民政府办公室</p><p>2023年5月16日</p><p>某县厕所革命实施方案</p><p>一、重点任务</p><p>1.普及卫生厕所。（牵头单位：县农业农村局）</p>';
  const HEADER = '<table><tr><td>名称：</td><td>某县人民政府办公室关于印发某县厕所革命实施方案的通知</td></tr><tr><td>文号：</td><td>某政办发〔2023〕19号</td></tr></table>';

  it.each([
    ['the header\'s 名称', page('<title>某县政府网</title>', HEADER, BODY), 'metadata'],
    ['the page <title>, its site name cut off', page('<title>某县人民政府办公室关于印发某县厕所革命实施方案的通知_某县人民政府</title>', '', BODY), 'page-title'],
  ])('should read the notice with its title from %s', async (_from, html, titleFrom) => {
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.notice).toMatchObject({
      title: '某县人民政府办公室关于印发某县厕所革命实施方案的通知',
      titleFrom,
      addressees: ['各乡镇人民政府', '县政府各部门'],
      body: [{ text: '现将《某县厕所革命实施方案》印发给你们，请认真贯彻落实。' }],
      signatories: ['某县人民政府办公室'],
      date: '2023-05-16',
    });
    expect(doc.plan?.title).toBe('某县厕所革命实施方案');
    expect(doc.plan?.preamble).toEqual([]);
  });

  it('should read a notice that hands nothing on when the header\'s 名称 gives its title', async () => {
    const header = '<table><tr><td>名称：</td><td>某区人民政府办公室关于延长《某区促进楼宇经济发展若干措施》有效期的通知</td></tr><tr><td>文号：</td><td>某政办发〔2024〕3号</td></tr></table>';
    const body =
      '<p>各街道办事处，区政府各部门：</p><p>《某区促进楼宇经济发展若干措施》（某政办发〔2021〕12号）将于2024年1月31日到期。经区政府同意，该文件有效期延长至2025年12月31日。</p>' +
      '<p>某区人民政府办公室</p><p>2024年1月26日</p>';
    const doc = await parseNotice(page('<title>某区政府网</title>', header, body), { format: 'html' });
    expect(doc.notice).toMatchObject({
      title: '某区人民政府办公室关于延长《某区促进楼宇经济发展若干措施》有效期的通知',
      titleFrom: 'metadata',
      addressees: ['各街道办事处', '区政府各部门'],
      signatories: ['某区人民政府办公室'],
      date: '2024-01-26',
    });
    expect(doc.plan).toBeNull();
  });

  it.each([
    // No title anywhere that reads as a notice's: the blocks stay as they were.
    ['the page title is only a site name', page('<title>某县政府网</title>', '', BODY)],
    ['the page title is a plan\'s, not a notice\'s', page('<title>某县厕所革命实施方案</title>', '', BODY)],
    // With the title from the <title> alone, the second block must hand a document on; a
    // signature with its date must follow in any case.
    ['the second block hands nothing on and only the <title> names the notice', page('<title>关于做好防汛工作的通知</title>', '', '<p>各乡镇人民政府：</p><p>入汛以来，我县降雨偏多。</p><p>某县人民政府办公室</p><p>2023年5月16日</p>')],
    ['no signature stands above the date', page('<title>关于印发某方案的通知</title>', '', '<p>各乡镇人民政府：</p><p>现将《某方案》印发给你们。</p><p>2023年5月16日</p>')],
  ])('should read no notice when %s', async (_case, html) => {
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.notice).toBeNull();
  });

  it.each([
    ['below the document number', ['某县人民政府关于印发某方案的通知', '', '某政发〔2024〕3号', '', 'HNPR-2024-01003', '', '各乡镇人民政府，县直各单位：']],
    ['above the title', ['统一编号：HNPR-2024-01003', '', '某政发〔2024〕3号', '', '某县人民政府关于印发某方案的通知', '', '各乡镇人民政府，县直各单位：']],
  ])('should read a registration number %s apart from the document number and the addressees', async (_where, head) => {
    const doc = await parseNotice([...head, '', '现将《某方案》印发给你们。', '', '某县人民政府', '', '2024年3月1日'].join('\n'));
    const n = doc.notice!;
    expect(n.registrationNumber?.text).toBe('HNPR-2024-01003');
    expect(n.documentNumber?.raw).toBe('某政发〔2024〕3号');
    expect(n.addressees).toEqual(['各乡镇人民政府', '县直各单位']);
    expect(n.body.map((b) => b.text)).toEqual(['现将《某方案》印发给你们。']);
    expect(doc.unparsed).toEqual([]);
  });

  it('should read a second document number under the first (a 规 number over the 文号) as the notice\'s, not its text', async () => {
    const doc = await parseNotice(['某市人民政府关于印发某市促进消费若干措施的通知', '某政规〔2023〕3号', '某政发〔2023〕12号', '', '各区县人民政府，市政府各部门：', '现将《某市促进消费若干措施》印发给你们，请认真贯彻执行。', '', '某市人民政府', '2023年5月10日'].join('\n'));
    const n = doc.notice!;
    expect(n.documentNumber?.raw).toBe('某政规〔2023〕3号');
    expect(n.otherDocumentNumbers?.map((d) => [d.raw, d.serial, d.position.start.line])).toEqual([['某政发〔2023〕12号', 12, 3]]);
    expect(n.addressees).toEqual(['各区县人民政府', '市政府各部门']);
    expect(n.body.map((b) => b.text)).toEqual(['现将《某市促进消费若干措施》印发给你们，请认真贯彻执行。']);
    expect(doc.notice).not.toHaveProperty('registrationNumber');
  });

  it('should leave a registration number under a bare plan\'s title in its text', async () => {
    const doc = await parseNotice(['某县数字乡村建设实施方案', '', 'ZJSP07-2024-0015', '', '一、重点任务', '', '1.推进光网建设。（牵头单位：县经信局）'].join('\n'));
    expect(doc.notice).toBeNull();
    expect(doc.plan!.preamble.map((p) => p.text)).toEqual(['ZJSP07-2024-0015']);
  });
  const jointHead = ['江川市农业农村局　江川市财政局关于印发《江川市乡村振兴实施方案》的通知', ''];
  const jointBody = ['各区县人民政府，市直有关单位：', '现将《江川市乡村振兴实施方案》印发给你们，请认真贯彻执行。', ''];
  const jointPlan = ['', '江川市乡村振兴实施方案', '', '一、重点任务', '1.建设高标准农田。（责任单位：市农业农村局）'];

  it('should read a joint notice\'s numbers on one line: the first as its number, the others beside it, each at its place', async () => {
    const doc = await parseNotice([...jointHead, '江农发〔2021〕8号　江财发〔2021〕4号', '', ...jointBody, '江川市农业农村局　　江川市财政局', '2021年6月1日', ...jointPlan].join('\n'));
    const n = doc.notice!;
    expect([n.documentNumber?.raw, n.documentNumberPosition?.start.column, n.documentNumberPosition?.end.column]).toEqual(['江农发〔2021〕8号', 1, 12]);
    expect(n.otherDocumentNumbers?.map((d) => [d.raw, d.position.start.line, d.position.start.column])).toEqual([['江财发〔2021〕4号', 3, 13]]);
    expect(doc.metadata.documentNumber?.raw).toBe('江农发〔2021〕8号');
    expect(n.addressees).toEqual(['各区县人民政府', '市直有关单位']);
    expect(n.body.map((b) => b.text)).toEqual(['现将《江川市乡村振兴实施方案》印发给你们，请认真贯彻执行。']);
  });

  it.each([
    ['side by side, the later first', ['江川市农业农村局　　　　江川市财政局', '2021年6月3日　　　　2021年6月1日'], 7],
    ['stacked', ['江川市农业农村局', '2021年6月1日', '江川市财政局', '2021年6月3日'], 9],
    ['each name beside its date', ['江川市农业农村局　2021年6月1日', '江川市财政局　2021年6月3日'], 7],
  ])('should read a joint signature dating each issuer (%s): every issuer signs, the notice is dated by the last signing', async (_how, lines, dateLine) => {
    const doc = await parseNotice([...jointHead, ...jointBody, ...lines, ...jointPlan].join('\n'));
    const n = doc.notice!;
    expect(n.signatories).toEqual(['江川市农业农村局', '江川市财政局']);
    expect([n.date, n.datePosition?.start.line]).toEqual(['2021-06-03', dateLine]);
    expect(doc.metadata.writtenDate).toBe('2021-06-03');
    expect(n.body.map((b) => b.text)).toEqual(['现将《江川市乡村振兴实施方案》印发给你们，请认真贯彻执行。']);
    expect(doc.plan!.title).toBe('江川市乡村振兴实施方案');
    expect(doc.plan!.preamble).toEqual([]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toContain('signature-dates-joint');
    expect(doc.unparsed).toEqual([]);
  });

  it('should leave a signature with one date as it was: no note of several dates', async () => {
    const doc = await parseNotice([...jointHead, ...jointBody, '江川市农业农村局　　江川市财政局', '2021年6月1日', '', '（此件公开发布）', ...jointPlan].join('\n'));
    expect(doc.notice).toMatchObject({ signatories: ['江川市农业农村局', '江川市财政局'], date: '2021-06-01', disclosure: '公开发布' });
    expect(doc.plan!.title).toBe('江川市乡村振兴实施方案');
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('signature-dates-joint');
  });
});

describe('a notice converted from Word with its title in the front matter', () => {
  const body = ['各镇人民政府、街道办事处，区政府各部门：', '', '《某区促进科技创新若干措施》已经区政府同意，现印发给你们，请认真贯彻执行。', '', '某区人民政府办公室', '', '2024年3月8日', '', '某区促进科技创新若干措施', '', '一、重点任务', '', '（一）强化创新主体。支持企业建设研发机构。（牵头单位：区科技局）', ''];
  const front = ['---', 'title: 某区人民政府办公室关于印发某区促进科技创新若干措施的通知', 'date: 2024-03-08', '---', ''];

  it('should read the 文号 on the body\'s first line as the notice\'s number, and the notice from its addressees on', async () => {
    const doc = await parseNotice([...front, '某政办发〔2024〕15号', '', ...body].join('\n'), { format: 'markdown' });
    expect(doc.notice?.title).toBe('某区人民政府办公室关于印发某区促进科技创新若干措施的通知');
    expect(doc.notice?.documentNumber?.raw).toBe('某政办发〔2024〕15号');
    expect(doc.notice?.addressees).toEqual(['各镇人民政府', '各街道办事处', '区政府各部门']);
    expect(doc.notice?.signatories).toEqual(['某区人民政府办公室']);
    expect(doc.plan?.title).toBe('某区促进科技创新若干措施');
    expect(doc.plan?.preamble ?? []).toEqual([]);
  });

  it('should read addressees run over two lines, by a hard break or in plain text, as one list', async () => {
    const two = (sep: string): string => ['某区人民政府办公室关于印发某区促进科技创新若干措施的通知', '', `各镇人民政府、街道办事处，${sep}`, '区政府各部门、各直属单位：', ...body.slice(1)].join('\n');
    for (const [text, format] of [[two('\\'), 'markdown'], [`${two('')}`.replace('，\n', '，\n\n'), 'text']] as const) {
      const doc = await parseNotice(text, { format });
      expect(doc.notice?.addressees).toEqual(['各镇人民政府', '各街道办事处', '区政府各部门', '各直属单位']);
      expect(doc.notice?.body.map((p) => p.text)).toEqual(['《某区促进科技创新若干措施》已经区政府同意，现印发给你们，请认真贯彻执行。']);
    }
  });

  it('should not take a line that ends with a comma for addressees when it names no bodies', async () => {
    const text = ['某区人民政府办公室关于印发某区促进科技创新若干措施的通知', '', '为推动科技创新，', '各部门：', ...body.slice(1)].join('\n');
    const doc = await parseNotice(text, { format: 'text' });
    expect(doc.notice?.addressees).not.toContain('为推动科技创新');
  });
});

describe('a joint document\'s numbers side by side above its title', () => {
  const lines = [
    '江发改产业〔2024〕18号　江经信发〔2024〕9号',
    '江山市发展和改革局　江山市经济和信息化局关于印发江山市工业领域设备更新实施方案的通知',
    '各乡镇人民政府、街道办事处，市直各有关单位：',
    '现将《江山市工业领域设备更新实施方案》印发给你们，请认真组织实施。',
    '江山市发展和改革局　　　　江山市经济和信息化局',
    '2024年6月3日',
    '江山市工业领域设备更新实施方案',
    '一、重点任务',
    '（一）实施设备更新行动。支持企业更新高耗能设备。（牵头单位：市经信局；配合单位：市发改局）',
  ];
  it.each([
    ['under no red head', lines],
    ['under the issuers\' red head', ['江山市发展和改革局　江山市经济和信息化局文件', ...lines]],
  ])('should read the lead issuer\'s number as the notice\'s and the other as its other number (%s)', async (_, text) => {
    const doc = await parseNotice(text.join('\n'));
    const n = doc.notice!;
    expect([n.title, n.documentNumber?.raw, n.otherDocumentNumbers?.map((o) => o.raw)]).toEqual([
      '江山市发展和改革局江山市经济和信息化局关于印发江山市工业领域设备更新实施方案的通知',
      '江发改产业〔2024〕18号',
      ['江经信发〔2024〕9号'],
    ]);
    expect(n.addressees).toEqual(['各乡镇人民政府', '各街道办事处', '市直各有关单位']);
    expect(doc.unparsed).toEqual([]);
    expect(doc.plan!.tasks.map((t) => t.lead)).toEqual([['市经信局']]);
  });
});

describe('a task table in the notice\'s text, right above the signature', () => {
  const rows = [
    ['序号', '项目内容', '责任单位', '配合单位'],
    ['1', '新建城乡公交候车亭100座', '区交通运输局', '各镇街'],
    ['2', '完成农村饮水安全提升工程', '区水利局', '区财政局'],
  ];
  const head = ['某区人民政府办公室关于下达2024年为民办实事项目的通知', '各镇人民政府、街道办事处，区政府各部门：', '经区政府研究，确定2024年为民办实事项目如下，请认真组织实施。'];
  const tail = ['某区人民政府办公室', '2024年1月30日'];
  it.each([
    ['html', [...head.map((l) => `<p>${l}</p>`), `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`, ...tail.map((l) => `<p>${l}</p>`)].join('\n')],
    ['text', [...head, ...rows.map((r) => r.join('\t')), ...tail].join('\n')],
  ])('should sign with the office alone, the table\'s rows read as tasks (%s)', async (format, text) => {
    const doc = await parseNotice(text, { format: format as 'html' | 'text' });
    expect(doc.notice!.signatories).toEqual(['某区人民政府办公室']);
    expect(doc.metadata.issuer).toBe('某区人民政府办公室');
    expect(doc.plan!.tasks.map((t) => [t.title, t.lead, t.participants])).toEqual([
      ['新建城乡公交候车亭100座', ['区交通运输局'], ['各镇街']],
      ['完成农村饮水安全提升工程', ['区水利局'], ['区财政局']],
    ]);
  });
});

describe('a notice with no signature over the plan it hands on', () => {
  it.each([
    ['a heading', '<h2>某区数字政府建设行动计划</h2>'],
    ['a paragraph', '<p>某区数字政府建设行动计划</p>'],
  ])('should end the notice at the plan\'s title on a line of its own (%s), the plan keeping its parts and safeguards', async (_, titleLine) => {
    const doc = await parseNotice(
      [
        '<h1>某区人民政府办公室关于印发某区数字政府建设行动计划的通知</h1>',
        '<p>各街道办事处，区政府各部门：</p>',
        '<p>《某区数字政府建设行动计划》已经区政府同意，现印发给你们，请认真贯彻执行。</p>',
        titleLine,
        '<p>一、重点任务</p>',
        '<p>（一）推进政府网站集约化建设。（牵头单位：区大数据局）</p>',
        '<p>二、保障措施</p>',
        '<p>（一）加强组织领导。各单位要明确责任分工。</p>',
      ].join('\n'),
      { format: 'html' },
    );
    expect(doc.notice!.body.map((b) => b.text)).toEqual(['《某区数字政府建设行动计划》已经区政府同意，现印发给你们，请认真贯彻执行。']);
    expect(doc.plan!.title).toBe('某区数字政府建设行动计划');
    expect(doc.plan!.tasks.map((t) => [t.title, t.lead])).toEqual([['推进政府网站集约化建设', ['区大数据局']]]);
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['各单位要明确责任分工。']);
  });
});

describe('a notice that states its requirements item by item over the plan it publishes', () => {
  const file = 'fixtures/styles/notice-numbered-requirements.txt';

  it('should keep the requirements in the notice body, and give the outline only the plan\'s items', async () => {
    const doc = await parseFile(file);
    expect(doc.notice!.body.map((p) => p.text)).toEqual([
      '《柳岸市智慧农业发展行动计划》已经市政府同意，现印发给你们，并就有关事项通知如下：',
      '一、加强组织领导。各县（区）要把智慧农业纳入乡村振兴重点工作，明确分管负责同志。',
      '二、强化督促检查。各牵头单位于每季度末将工作进展报送市农业农村局。',
    ]);
    expect(doc.notice!.body.map((p) => p.position.start.line)).toEqual([7, 9, 11]);
    expect(doc.outline.map((n) => n.title)).toEqual(['工作目标', '重点任务']);
    expect(doc.plan!.tasks.map((t) => t.lead)).toEqual([['市农业农村局'], ['市商务局']]);
  });

  it('should keep items that name who does them as the outline they are, above a plan too', async () => {
    const text = readFileSync(file, 'utf8').replace('明确分管负责同志。', '明确分管负责同志。（牵头单位：市农业农村局）');
    const doc = await parseNotice(text);
    expect(doc.notice!.body).toHaveLength(1);
    expect(doc.outline.map((n) => n.title)).toEqual(['加强组织领导', '强化督促检查', '工作目标', '重点任务']);
    // Its unit is not among the plan's tasks: a warning says so, at the notice's items.
    expect(doc.diagnostics.map((d) => [d.ruleId, d.line])).toEqual([['notice-tasks-outside-plan', 9]]);
  });

  it('should read items that say who does them as the plan, and what is printed after the signature as their annex', async () => {
    const text = [
      '某区人民政府办公室关于做好2025年森林防火工作的通知',
      '各镇人民政府，区政府各部门：',
      '　　为做好今年森林防火工作，现就有关事项通知如下：',
      '　　一、加强火源管控。开展野外用火专项检查。（牵头单位：区林业局；配合单位：区公安分局）',
      '　　二、做好物资储备。补充扑火物资。（牵头单位：区应急局）',
      '　　附件：某区2025年森林防火工作安排',
      '某区人民政府办公室',
      '2025年3月2日',
      '附件',
      '某区2025年森林防火工作安排',
      '一、准备阶段（3月1日—3月20日）',
      '各镇完成隐患排查。',
      '二、高火险期（3月21日—5月31日）',
      '实行24小时值守。',
    ].join('\n');
    const doc = await parseNotice(text);
    expect(doc.plan!.tasks.map((t) => [t.label, t.lead, t.participants])).toEqual([
      ['一、', ['区林业局'], ['区公安分局']],
      ['二、', ['区应急局'], []],
    ]);
    expect(doc.annexes.map((a) => a.title)).toEqual(['某区2025年森林防火工作安排']);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should still read the plan a notice publishes (关于印发…的通知) from its annex, and warn of its own items that name units', async () => {
    const text = readFileSync(file, 'utf8')
      .replace('明确分管负责同志。', '明确分管负责同志。（牵头单位：市农业农村局）')
      .replace('\n柳岸市智慧农业发展行动计划\n', '\n附件\n柳岸市智慧农业发展行动计划\n');
    const doc = await parseNotice(text);
    expect(doc.plan!.title).toBe('柳岸市智慧农业发展行动计划');
    expect(doc.plan!.tasks.map((t) => t.lead)).toEqual([['市农业农村局'], ['市商务局']]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['notice-tasks-outside-plan']);
  });
});

describe('a notice title on a page, read from its <title> or matched to its <h1>', () => {
  const BODY =
    '<p>各乡镇人民政府，县政府各部门：</p><p>现将《某县厕所革命实施方案》印发给你们，请认真贯彻落实。</p>' +
    '<p>某县人民政府办公室</p><p>2023年5月16日</p><p>某县厕所革命实施方案</p><p>一、重点任务</p><p>1.普及卫生厕所。（牵头单位：县农业农村局）</p>';
  const page = (title: string, body: string): string => `<html><head><meta charset="utf-8"><title>${title}</title></head><body><div>${body}</div></body></html>`;

  it.each([
    ['-', '关于印发某县厕所革命实施方案的通知-某县人民政府'],
    ['——', '关于印发某县厕所革命实施方案的通知——某县人民政府门户网站'],
    ['－', '关于印发某县厕所革命实施方案的通知－某县人民政府'],
    ['-- with the site first', '某县人民政府--关于印发某县厕所革命实施方案的通知'],
  ])('should read the notice when its <title> parts the title from the site name by %s', async (_sep, title) => {
    const doc = await parseNotice(page(title, BODY), { format: 'html' });
    expect(doc.notice).toMatchObject({ title: '关于印发某县厕所革命实施方案的通知', titleFrom: 'page-title', addressees: ['各乡镇人民政府', '县政府各部门'] });
    expect(doc.plan?.preamble).toEqual([]);
  });

  const headed = (h1: string, printed: string): string =>
    `<html><head><meta charset="utf-8"><title>某县人民政府</title></head><body><h1>${h1}</h1><div>发布时间：2024-09-12　来源：县府办</div><div>` +
    `<p>${printed}</p><p>各乡镇人民政府，县政府各部门：</p><p>《某县数字乡村建设三年行动计划（2024—2026年）》已经县政府同意，现印发给你们。</p>` +
    '<p>某县人民政府办公室</p><p>2024年9月10日</p><p>某县数字乡村建设三年行动计划（2024—2026年）</p><p>一、重点任务</p><p>1.推进5G基站建设。（牵头单位：县经信局）</p></div></body></html>';
  const PRINTED = '某县人民政府办公室关于印发某县数字乡村建设三年行动计划（2024—2026年）的通知';

  it.each([
    ['quotes', '某县人民政府办公室关于印发《某县数字乡村建设三年行动计划（2024—2026年）》的通知', PRINTED],
    ['quotes in the printed title', PRINTED, '某县人民政府办公室关于印发《某县数字乡村建设三年行动计划（2024—2026年）》的通知'],
    ['a year range\'s dash', '某县人民政府办公室关于印发某县数字乡村建设三年行动计划（2024-2026年）的通知', PRINTED],
    ['the period of years', '某县人民政府办公室关于印发某县数字乡村建设三年行动计划的通知', PRINTED],
    ['a full stop', PRINTED, `${PRINTED}。`],
  ])('should read the addressees when the <h1> differs from the printed title only in %s', async (_how, h1, printed) => {
    const doc = await parseNotice(headed(h1, printed), { format: 'html' });
    expect(doc.notice?.addressees).toEqual(['各乡镇人民政府', '县政府各部门']);
    expect(doc.notice?.body.map((b) => b.text)).toEqual(['《某县数字乡村建设三年行动计划（2024—2026年）》已经县政府同意，现印发给你们。']);
    expect(doc.notice?.title).not.toMatch(/。$/);
  });

  it('should read the document number an <h1> gives in brackets after the title as the notice\'s', async () => {
    const doc = await parseNotice(headed(`${PRINTED}（某政办发〔2024〕40号）`, PRINTED), { format: 'html' });
    expect(doc.notice?.title).toBe(PRINTED);
    expect(doc.notice?.documentNumber?.raw).toBe('某政办发〔2024〕40号');
    expect(doc.metadata.title).toBe(PRINTED);
    expect(doc.notice?.addressees).toEqual(['各乡镇人民政府', '县政府各部门']);
  });

  it.each([['全文如下：'], ['全文如下↓↓↓']])('should read a post\'s lead-in ending in %s as no notice\'s addressees', async (end) => {
    const html =
      '<html><head><meta charset="utf-8"><title>重磅！某区出台十条措施</title></head><body><h1>重磅！某区出台十条措施</h1>' +
      `<div><p>近日，某区人民政府印发《某区促进民营经济发展若干措施》，${end}</p><p>一、加大财政支持</p>` +
      '<p>1.对首次认定的高新技术企业给予奖励。（责任单位：区科技局）</p></div></body></html>';
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.notice).toBeNull();
    expect(doc.plan?.tasks.map((t) => t.label)).toEqual(['1.']);
  });
  it('should read the organ standing last above the plan as the signature of a notice dated under its title, its seal note a note', async () => {
    for (const seal of ['（县应急管理局代章）', '']) {
      const doc = await parseNotice([
        '关于印发《安平县2024年安全生产工作要点》的通知', '（2024年3月12日）', '', '各乡镇人民政府、各科室、股室、站所：',
        '现将《安平县2024年安全生产工作要点》印发给你们，请结合实际认真抓好落实。', '', `安平县安全生产委员会办公室${seal}`, '',
        '安平县2024年安全生产工作要点', '', '一、重点任务', '1.开展安全生产大排查。（牵头单位：县应急管理局；完成时限：6月底前）',
      ].join('\n'));
      expect(doc.notice).toMatchObject({ signatories: ['安平县安全生产委员会办公室'], date: '2024-03-12' });
      expect(doc.notice!.body.map((b) => b.text)).toEqual(['现将《安平县2024年安全生产工作要点》印发给你们，请结合实际认真抓好落实。']);
      expect((doc.notice!.notes ?? []).map((n) => n.text)).toEqual(seal ? [seal] : []);
      expect(doc.plan?.title).toBe('安平县2024年安全生产工作要点');
    }
  });

  it('should not take a sentence above the plan for the signature of a notice dated under its title', async () => {
    const doc = await parseNotice([
      '关于印发《某县工作要点》的通知', '（2024年3月12日）', '', '各乡镇人民政府：', '现将《某县工作要点》印发给你们，请认真抓好落实。', '',
      '某县工作要点', '', '一、重点任务', '1.开展大排查。（牵头单位：县应急管理局）',
    ].join('\n'));
    expect(doc.notice?.signatories).toEqual([]);
    expect(doc.notice!.body.map((b) => b.text)).toEqual(['现将《某县工作要点》印发给你们，请认真抓好落实。']);
  });
});

describe('a notice signed and dated only after the plan it publishes', () => {
  const text = [
    '恩施州人民政府办公室关于印发恩施州民族团结进步示范创建实施方案的通知',
    '恩施州政办发〔2024〕9号',
    '各县、市人民政府，州政府各部门：',
    '现将《恩施州民族团结进步示范创建实施方案》印发给你们，请认真组织实施。',
    '恩施州民族团结进步示范创建实施方案',
    '一、主要任务',
    '（一）深化理论武装。（责任单位：州委宣传部、州民宗委）',
    '二、保障措施',
    '（一）加强组织领导。州领导小组负责统筹协调。',
    '恩施州人民政府办公室',
    '2024年4月12日',
  ].join('\n');

  it('should read the line naming the cited plan, alone before 一、, as the plan title, not notice text', async () => {
    const doc = await parseNotice(text);
    expect(doc.plan?.title).toBe('恩施州民族团结进步示范创建实施方案');
    expect(doc.plan?.titlePosition?.start.line).toBe(5);
    expect(doc.notice?.body.map((b) => b.text)).toEqual(['现将《恩施州民族团结进步示范创建实施方案》印发给你们，请认真组织实施。']);
  });

  it('should keep the signature and date at the end as the notice’s', async () => {
    const doc = await parseNotice(text);
    expect(doc.notice?.signatories).toEqual(['恩施州人民政府办公室']);
    expect(doc.notice?.date).toBe('2024-04-12');
    expect(doc.outline.map((n) => n.label)).toEqual(['一、', '二、']);
  });
});

describe('the imprint after a 抄送 list whose run-on line is set in', () => {
  // A gazette's text wrapped at the page's width, where the set-in run-on line measures full: only the printing line's own shape keeps it apart.
  it('should keep the printing line apart from the 抄送 list, reading its office and date', async () => {
    const lines = [
      '湖南省人民政府公报                                     2024年第18期',
      '湖南省人民政府办公厅关于印发《湖南省加快推进',
      '新型储能产业高质量发展行动方案》的通知',
      '湘政办发〔2024〕27号',
      '　　各市州人民政府，省政府各厅委、各直属机构：',
      '　　《湖南省加快推进新型储能产业高质量发展行动方案》已经',
      '省人民政府同意，现印发给你们，请认真组织实施。',
      '湖南省人民政府办公厅',
      '2024年7月9日',
      '（此件主动公开）',
      '湖南省加快推进新型储能产业高质量发展行动方案',
      '　　为贯彻落实国家关于加快推动新型储能发展的决策部署，推',
      '动我省新型储能产业高质量发展，制定本方案。',
      '　　一、发展目标',
      '　　到2026年，全省新型储能产业营业收入达到2000亿元，年均',
      '增长20%以上；新型储能装机规模达到400万千瓦以上；培育营业',
      '收入过100亿元的龙头企业5家、过10亿元的骨干企业20家；建成',
      '省级以上创新平台30个。',
      '　　二、重点任务',
      '　　（一）壮大锂电储能产业链。支持长沙、湘潭、株洲、益阳',
      '等地发展正负极材料、电解液、隔膜等关键材料，推动储能电芯',
      '和系统集成项目建设。（责任单位：省工业和信息化厅、省发展',
      '改革委，各市州人民政府）',
      '　　（二）推动钠离子电池、液流电池等技术产业化。支持企业',
      '联合高校、科研院所开展关键技术攻关，建设中试验证平台。（',
      '责任单位：省科技厅、省工业和信息化厅、省教育厅）',
      '　　（三）拓展储能应用场景。推动新能源配建储能、独立储能',
      '电站建设，探索用户侧储能商业模式。（责任单位：省能源局、',
      '国网湖南省电力有限公司、省发展改革委）',
      '　　（四）强化标准和检测认证。支持建设国家级新型储能产品',
      '质量检验检测中心，开展储能安全标准研究。（责任单位：省市',
      '场监管局、省应急管理厅、省消防救援总队）',
      '　　三、保障措施',
      '　　（一）加强统筹协调。依托省制造强省建设领导小组，协调',
      '解决产业发展重大问题。',
      '　　（二）加大金融支持。引导金融机构加大对新型储能企业的',
      '信贷支持。',
      '抄送：省委各部门，省军区，各人民团体，省人大常委会办公厅，省政',
      '　　协办公厅，省监委，省高级人民法院，省人民检察院。',
      '湖南省人民政府办公厅                        2024年7月10日印发',
    ];
    const doc = await parseNotice(lines.join('\n'), { format: 'text' });
    const imprint = doc.notice?.imprint;
    expect(imprint?.copiedTo).toEqual(['省委各部门', '省军区', '各人民团体', '省人大常委会办公厅', '省政协办公厅', '省监委', '省高级人民法院', '省人民检察院']);
    expect(imprint?.printedBy).toBe('湖南省人民政府办公厅');
    expect(imprint?.printedDate).toBe('2024-07-10');
  });
});
