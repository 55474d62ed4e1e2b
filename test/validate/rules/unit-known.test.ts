import { describe, expect, it } from 'vitest';
import { loadSource } from '../../../src/source/load-source.js';
import { loadSimplifier } from '../../../src/text/simplify.js';
import { validateSource } from '../../../src/validate/validate.js';
import { BASE_NOTICE, findings, htmlFindings, messages, ruleTable, TASK_ANNEX_ROWS, TASK_TABLE_HTML, withLines, withTaskAnnex, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'unit-known';
const line30 = (clause: string): string => `1.建设算力中心。加快算力设施建设。(${clause})`;
const line32 = (clause: string): string => `2.推进基站覆盖。加快基站建设。(${clause})`;
const task1 = (clause: string): string => withLines({ 30: line30(clause) });

const valid: ValidCase[] = [
  // 区工信局 and 区商务局 are not in the built-in list: a place and a standard department.
  ['the base notice', BASE_NOTICE],
  ['a city department', task1('牵头单位:市科技局,参与单位:天津市河西区财政局')],
  ['a sub-district and collective names', task1('牵头单位:区科技局,参与单位:各街道、有关部门')],
  ['common county names: 县委办, 县发展改革局, 县教体局', task1('牵头单位:县委办,参与单位:县发展改革局、县教体局、区发展改革局')],
  ['市规划自然资源局 and 市邮政管理局', task1('牵头单位:市规划自然资源局,参与单位:市邮政管理局')],
  // Bodies named for their works, which the clause reader takes in a verbal clause too (works-body-name.ts).
  ['works a place names its bodies by: 县粮库, 县职业中专, 县原种场, 县地震台', task1('牵头单位:县粮食和物资储备局,参与单位:县粮库、县职业中专、县原种场、县地震台')],
  ['provincial departments (厅) and a provincial communications bureau', task1('牵头单位:省工业和信息化厅,参与单位:省商务厅、省通信管理局、某省农业农村厅')],
  ['full names query reads as known short ones (区委网信办, 市国资委)', task1('牵头单位:区委网络安全和信息化委员会办公室,参与单位:市人民政府国有资产监督管理委员会')],
  ['a place\'s utilities and its 12345 hotline office (市燃气公司, 遵义供电局, 区12345热线办)', task1('牵头单位:市应急局,参与单位:市燃气公司、遵义供电局、区12345热线办、国网遵义供电公司、市自来水公司')],
  ['a county\'s and banner\'s own companies, institutions and joined bureaus', task1('牵头单位:县城投公司、旗农牧局,参与单位:县文化馆、县图书馆、县供电所、县自来水厂、区水利和湖泊局、县医保局（县医保中心）')],
  // 〈〉: a gazette's inner bracket inside （）, read as 各县（市、区）政府 is: neither 各县〈市 nor 区〉政府.
  ['places of a level in a gazette\'s inner brackets 〈〉', task1('牵头单位:市工业和信息化局;配合单位:市发展改革委、市财政局,各县〈市、区〉政府')],
  ['common bureaus and second names in brackets', task1('牵头单位:区委宣传部（区文明办）、市疾控局,参与单位:区文明办、区公安分局（区交巡警支队）、区自然资源分局、区文化旅游委')],
  // A task's words before an institution's kind are no unit: the parser leaves them out of the clause and
  // reports them (clause-unread), so unit-known does not report them a second time.
  ['a task phrase that ends like an institution', task1('牵头单位:县文旅局,参与单位:组建城投公司')],
  // Bodies of kinds the registry first missed: co-operatives, civil aviation offices, the organs' Party
  // committee, academies, offices, merged bureaus, a park's committee, stations and rural banks.
  ['provincial bodies beside the departments', task1('牵头单位:省供销合作总社,参与单位:民航华东地区管理局、民航江苏监管局、省直机关工委、省农科院、省农业科学院、省地质院、省口岸办')],
  ['a city\'s and county\'s own bodies', task1('牵头单位:市通信发展办,参与单位:市通信发展管理办公室、市文广新旅局、市文广旅局、市文广新局、县经商局、县经济商务局、临空产业园管委会、县林业站、县农商行、某某农村商业银行')],
];

const invalid: InvalidCase[] = [
  ['a misspelt lead unit, where it stands', task1('牵头单位:区科枝局,参与单位:区财政局、区发展改革委'), ['30:25 warning']],
  ['a misspelt provincial department', task1('牵头单位:省商物厅'), ['30:25 warning']],
  // The source writes a zero-width character inside the name: it is found at the name, not the clause's bracket.
  ['a misspelt unit with a zero-width character inside, at the name', task1('牵头单位:区财政局,参与单位:区\u200b科枝局'), ['30:35 warning']],
  // Line 41: 1 | 建设算力中心 | 区科枝局 — a row of an annex task table beside the text's tasks, at its cell.
  ['a misspelt lead in an annex task table beside the text\'s tasks', withTaskAnnex([['1', '建设算力中心', '区科枝局', '区财政局'], ...TASK_ANNEX_ROWS.slice(1)]), ['41:10 warning']],
  ['a misspelt second name in brackets', task1('牵头单位:区委宣传部（区文名办）'), ['30:25 warning']],
  // Zones named before a committee they share: each zone's committee, reported at the zone's own name
  // (a misspelt park's: 圆 for 园).
  ['a zone\'s committee named before a shared ending, at the zone\'s name', task1('牵头单位:区科技局,参与单位:临空产业圆、高新区管委会'), ['30:35 warning']],
  ['a misspelt forestry station and port office', task1('牵头单位:县林业战,参与单位:省口岸力'), ['30:25 warning', '30:35 warning']],
  // A name like nothing known is reported once, where it first appears.
  ['an unknown unit named twice', withLines({ 30: line30('牵头单位:区算力专班'), 32: line32('牵头单位:区算力专班') }), ['30:25 warning']],
];

describe('unit-known', () => {
  ruleTable(RULE, valid, invalid);

  it('should check the units of a task table’s rows, at the cell', async () => {
    expect(await htmlFindings(RULE, TASK_TABLE_HTML)).toEqual([]);
    // Row 3 (line 14): its 牵头单位 cell starts at column 38.
    expect(await htmlFindings(RULE, TASK_TABLE_HTML.replace('<td>区司法局</td>', '<td>区司法句</td>'))).toEqual(['14:38 warning']);
  });

  it('should report a name written with character references or a zero-width character at the name itself', async () => {
    // Line 14's 牵头单位 cell starts at column 38, whatever the characters of its name are written as.
    expect(await htmlFindings(RULE, TASK_TABLE_HTML.replace('<td>区司法局</td>', '<td>&#21306;&#21496;&#27861;&#21477;</td>'))).toEqual(['14:38 warning']);
    expect(await htmlFindings(RULE, TASK_TABLE_HTML.replace('<td>区司法局</td>', '<td>区司&#8203;法句</td>'))).toEqual(['14:38 warning']);
  });

  it('should offer no suggestion for a body that goes on from a known unit', async () => {
    expect(await messages(RULE, task1('牵头单位:区科技局,参与单位:国家发展改革委驻地机构'))).toEqual([
      'unknown unit "国家发展改革委驻地机构"; if it is right, add it to units.known in .planrc.json',
    ]);
  });

  it('should know a town’s offices and the branch of a known body, and suggest no generic word', async () => {
    expect(await findings(RULE, task1('牵头单位:镇应急管理办公室,参与单位:镇经济发展办公室、市园林绿化局、人民银行河东支行'))).toEqual([]);
    expect(await messages(RULE, task1('牵头单位:区新兴产业推进办公室'))).toEqual([
      'unknown unit "区新兴产业推进办公室"; if it is right, add it to units.known in .planrc.json',
    ]);
  });

  it('should know a bureau’s own brigade and station, and not those of a misspelt bureau', async () => {
    expect(await findings(RULE, task1('牵头单位:县公安局交通警察大队青石中队,参与单位:县林业局青石林业站'))).toEqual([]);
    expect(await messages(RULE, task1('牵头单位:县公按局交通警察大队'))).toEqual([
      'unknown unit "县公按局交通警察大队"; if it is right, add it to units.known in .planrc.json',
    ]);
  });

  it('should suggest a real name once, not a place joined to the kind of body nor the department again without its place', async () => {
    expect(await messages(RULE, task1('牵头单位:市通信管理办'))).toEqual(['unknown unit "市通信管理办"; did you mean 市通信管理局?']);
  });

  it('should report a misspelling named twice once, where it is first named, saying how many times', async () => {
    // Lines 30 and 32 each name 区科枝局; one finding at line 30's name, as for a name like nothing known.
    const text = withLines({ 30: line30('牵头单位:区科枝局'), 32: line32('牵头单位:区财政局,参与单位:区科枝局') });
    expect(await findings(RULE, text)).toEqual(['30:25 warning']);
    expect(await messages(RULE, text)).toEqual(['unknown unit "区科枝局" (named 2 times); did you mean 区科技局?']);
  });

  it('should report a name like nothing known named twice in one line once, with the count', async () => {
    // Two inline items of one line, each with its clause naming 区算力专班.
    const text = withLines({ 30: '1.建设算力中心。一是建设机房。（责任单位：区算力专班）二是建设网络。（责任单位：区算力专班、区财政局）' });
    expect(await messages(RULE, text)).toEqual(['unknown unit "区算力专班" (named 2 times); if it is right, add it to units.known in .planrc.json']);
  });

  it('should offer up to three names, closest first, each a different unit', async () => {
    // 区住户建设局 is one character from 区城乡建设局, Tianjin's 区住房建设委 and 区住建局: three bodies, one spelling each.
    // (区住房建设局 itself is Shenzhen's districts' 住房和建设局, a department named by the fields it merges.)
    expect(await messages(RULE, task1('牵头单位:区住户建设局'))).toEqual(['unknown unit "区住户建设局"; did you mean 区城乡建设局 or 区住房建设委 or 区住建局?']);
  });

  it('should suggest the name a misspelling is close to', async () => {
    expect(await messages(RULE, task1('牵头单位:区科枝局'))).toEqual(['unknown unit "区科枝局"; did you mean 区科技局?']);
    expect(await messages(RULE, task1('牵头单位:区财攻局'))).toEqual(['unknown unit "区财攻局"; did you mean 区财政局?']);
  });

  it('should accept units listed in the config', async () => {
    const text = task1('牵头单位:区算力专班');
    expect(await messages(RULE, text)).toEqual(['unknown unit "区算力专班"; if it is right, add it to units.known in .planrc.json']);
    expect(await findings(RULE, text, { config: { units: { known: ['区算力专班'] } } })).toEqual([]);
  });

  it('should read traditional characters through the simplifier', async () => {
    const text = task1('牽頭單位:區科技局');
    expect(await findings(RULE, text, { simplify: await loadSimplifier() })).toEqual([]);
  });

  it('should report at the configured level', async () => {
    expect(await findings(RULE, task1('牵头单位:区科枝局'), { rules: { [RULE]: 'error' } })).toEqual(['30:25 error']);
  });
});

/** A small notice of a zone administration (or, with `issuer` a county's, of a government) tasking `clause`. */
const zoneNotice = (clause: string, issuer = '某经济开发区管理委员会'): string =>
  [
    `${issuer}关于印发某方案的通知`,
    '各部门：',
    '现印发给你们。',
    issuer,
    '2025年3月1日',
    '某方案',
    '一、重点任务',
    `（一）甲任务。做好招引工作。（${clause}）`,
    '',
  ].join('\n');

describe('unit-known: a development zone\'s own bureaus', () => {
  it('should know the usual bureaus of a zone administration in its own notice', async () => {
    expect(await messages(RULE, zoneNotice('牵头单位：招商局；配合单位：科技创新局、社会事业局、规划建设局、党政综合办公室'))).toEqual([]);
    expect(await messages(RULE, zoneNotice('牵头单位：招商合作局；配合单位：区招商局、安全生产监督管理局、财政金融局、建设管理局、党工委'))).toEqual([]);
  });

  it('should know them in a 高新区\'s or 新区\'s notice, and in traditional characters', async () => {
    expect(await messages(RULE, zoneNotice('牵头单位：招商局；配合单位：社会事业局', '某高新技术产业开发区管委会'))).toEqual([]);
    expect(await messages(RULE, zoneNotice('牵头单位：招商局；配合单位：社会事业局', '某新区管理委员会'))).toEqual([]);
    const simplify = await loadSimplifier();
    expect(await messages(RULE, zoneNotice('牽頭單位：招商局；配合單位：社會事業局、規劃建設局', '某經濟開發區管理委員會'), { simplify })).toEqual([]);
  });

  it('should not know them in a county government\'s notice, where no such bureau is', async () => {
    expect(await messages(RULE, zoneNotice('牵头单位：县社会事业局', '某县人民政府'))).toEqual([
      'unknown unit "县社会事业局"; if it is right, add it to units.known in .planrc.json',
    ]);
    expect(await messages(RULE, zoneNotice('牵头单位：县安全生产监督管理局', '某县人民政府'))).toHaveLength(1);
  });

  it('should not take a city\'s notice about a zone for the zone\'s own', async () => {
    expect(await messages(RULE, zoneNotice('牵头单位：市社会事业局', '某市人民政府').replace('关于印发某方案', '关于支持某高新区发展'))).toHaveLength(1);
  });

  it('should offer a zone\'s bureau for a slip in its notice, and never an abolished body', async () => {
    expect(await messages(RULE, zoneNotice('牵头单位：区招商咼'))).toEqual(['unknown unit "区招商咼"; did you mean 区招商局?']);
  });
});

describe('unit-known: the investment promotion bodies of any place', () => {
  it('should know a county\'s and a city\'s 招商局, bare or after its place, and its centres', async () => {
    expect(await messages(RULE, zoneNotice('牵头单位：县招商局；配合单位：招商局、县投资促进局、县招商服务中心、县招商中心', '某县人民政府'))).toEqual([]);
    expect(await messages(RULE, zoneNotice('牵头单位：市招商和投资促进局；配合单位：区招商合作局、市投资促进中心', '某市人民政府'))).toEqual([]);
  });

  it('should offer the 招商局 for a slip in a government\'s notice, never the abolished 工商局, and no town a bureau', async () => {
    expect(await messages(RULE, zoneNotice('牵头单位：县招商咼', '某县人民政府'))).toEqual(['unknown unit "县招商咼"; did you mean 县招商局?']);
    expect(await messages(RULE, zoneNotice('牵头单位：镇招商局', '某县人民政府'))).toHaveLength(1);
  });
});

// A 繁体 page is offered its suggestions as it writes its units (區科技局), learnt from its own text; a
// simplified notice, with a traditional passage or none, in simplified characters.
describe('unit-known: suggestions in the notice\'s script', () => {
  const traditional = async (text: string): Promise<string> => {
    const opencc = (await import('opencc-js')) as unknown as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    return opencc.Converter({ from: 'cn', to: 'tw' })(text);
  };
  const said = async (text: string): Promise<string[]> => {
    const { diagnostics } = await validateSource(await loadSource(new TextEncoder().encode(text), { name: 'notice.txt' }));
    return diagnostics.filter((d) => d.ruleId === RULE).map((d) => d.message);
  };

  it.each([
    ['牵头单位:区科枝局', '區科枝局', '區科技局'],
    ['牵头单位:区财攻局', '區財攻局', '區財政局'],
    ['牵头单位:区科技局,参与单位:区发展改革委、区财攻局', '區財攻局', '區財政局'],
  ])('should offer a 繁体 page\'s slip in %s its name in traditional characters', async (clause, written, offered) => {
    expect(await said(await traditional(task1(clause)))).toEqual([`unknown unit "${written}"; did you mean ${offered}?`]);
  });

  it('should offer a simplified notice its names in simplified characters, a traditional passage in it too', async () => {
    expect(await said(task1('牵头单位:区科枝局'))).toEqual(['unknown unit "区科枝局"; did you mean 区科技局?']);
    expect(await said(task1('牽頭單位:區科枝局'))).toEqual(['unknown unit "區科枝局"; did you mean 区科技局?']);
  });

  it('should know a simplified 乾县\'s units, and a 繁体 page\'s 乾縣 ones, as the notice\'s own place', async () => {
    const qianxian = withLines({ 30: line30('牵头单位:乾县发改局,参与单位:乾县财政局、县科技局') });
    expect(await said(qianxian)).toEqual([]);
    expect(await said(await traditional(qianxian))).toEqual([]);
  });
});
