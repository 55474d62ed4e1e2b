import { describe, expect, it } from 'vitest';
import { BUILT_IN_UNITS, UnitRegistry } from '../../src/validate/unit-registry.js';
import { loadSimplifier } from '../../src/text/simplify.js';

describe('UnitRegistry', () => {
  const registry = new UnitRegistry();

  it.each([
    ['区科技局', 'a built-in name'],
    ['区科技局 ', 'a built-in name with a stray space'],
    ['区文化旅游局', 'a place and a standard department'],
    ['天津市河东区财政局', 'a full place name and a standard department'],
    ['市卫生健康委', 'a city department'],
    ['卫生健康委', 'a standard department alone'],
    ['打浦桥街道', 'a sub-district'],
    ['打浦桥街道管理办', 'a sub-district office'],
    ['各街道', 'a collective name'],
    ['有关部门', 'a collective name'],
    ['区安委会各成员单位', 'a committee\'s members, the placeholder query counts as none'],
    ['责任领导小组各成员单位', 'a leading group\'s members'],
    ['市直有关部门', 'a placeholder of the city\'s own departments'],
    ['财政部', 'a State Council department'],
    ['人力资源社会保障部', 'a State Council department in its short form'],
    ['国家发展改革委', 'a national commission with 国家 in front'],
    ['中国人民银行', 'the central bank with 中国 in front'],
    ['海关总署', 'a State Council agency'],
    ['银保监会', 'a regulator'],
    ['质检总局', 'an agency from before the 2018 reform'],
    ['市经信局', 'a city economy and information bureau'],
    ['区经济信息委', 'Chongqing\'s district economy and information commission, as written there'],
    ['区精神文明建设办公室', 'the civilisation office by its full name without the committee'],
    ['区人力资源社会保障局', 'a district human resources bureau in its standard short form'],
    ['区委宣传部', 'a department of the district Party committee'],
    ['市委网信办', 'an office of the city Party committee'],
    ['区委', 'the district Party committee'],
    ['团区委', 'the district Youth League committee'],
    ['区纪委监委', 'the district discipline inspection and supervision commission'],
    ['区人民法院', 'a district court'],
    ['市检察院', 'a city procuracy'],
    ['县委办', 'the county Party committee office in its short form'],
    ['县发展改革局', 'a county development and reform bureau'],
    ['区发展改革局', 'a district development and reform bureau'],
    ['县教体局', 'a county education and sports bureau'],
    ['县文旅广体局', 'a county culture, tourism, broadcasting and sports bureau in its short form'],
    ['县文化旅游广电体育局', 'a county culture, tourism, broadcasting and sports bureau'],
    ['西青区住房建设委', 'a Tianjin district housing and construction commission'],
    ['镇应急管理办公室', 'a town office'],
    ['青石镇经济发展办公室', 'a named town office'],
    ['镇规划建设办公室', 'a town office for planning'],
    ['街道社区服务中心', 'a sub-district centre'],
    ['镇平安办', 'a town office in its short form'],
    ['镇综合行政执法队', 'a town enforcement team'],
    ['乡农业技术推广站', 'a township station'],
    ['市园林绿化局', 'a city landscaping bureau'],
    ['开发区管委会', 'a development zone committee'],
    ['区粮食和物资储备局', 'a grain and reserves bureau'],
    ['省地方金融管理局', 'a provincial financial bureau, as renamed in 2024'],
    ['区供销社', 'a supply and marketing co-operative'],
    ['县投资促进中心', 'a county investment promotion centre'],
    ['区住房公积金管理中心', 'a housing fund centre'],
    ['区委人才办', 'the talent office of a district Party committee'],
    ['区委组织部（区委人才办）', 'a unit with its second name in brackets'],
    ['各村（社区）', 'a collective name with a bracket'],
    ['区文明办', 'a civilisation office'],
    ['市疾控局', 'a disease control bureau, as set up in 2024'],
    ['区委宣传部（区文明办）', 'a propaganda department doubling as the civilisation office'],
    ['市委宣传部（市新闻出版局）', 'a propaganda department doubling as the press bureau'],
    ['市委网信办（市互联网信息办公室）', 'a cyberspace office with its government name'],
    ['区公安分局（区交巡警支队）', 'a police branch doubling as the traffic police'],
    ['区自然资源分局', 'a city bureau’s district branch (分局 of a standard bureau)'],
    ['区文化旅游委', 'a standard bureau made a commission'],
    ['人民银行河东支行', 'a branch of the central bank'],
    ['人民银行某中心支行', 'a central branch of the central bank'],
    ['市生态环境局南山分局', 'a city bureau’s branch in a district'],
    ['国家税务总局江南省税务局', 'a province’s tax bureau under the national administration'],
    ['国家金融监督管理总局东湖监管分局', 'a branch of the financial regulator'],
    ['某海关', 'a customs office named by its place'],
    ['青石消防救援站', 'a fire station named by its place'],
    ['县公安局交通警察大队', 'a brigade of a county police bureau'],
    ['县公安局交通警察大队青石中队', 'a squadron of that brigade'],
    ['区市场监管局东湖市场监管所', 'a market regulation office under a district bureau'],
    ['县林业局青石林业站', 'a forestry station under a county bureau'],
    ['区财政局预算科', 'a section of a district bureau'],
    ['人行青川市分行', 'a city branch of the central bank, written 人行'],
    ['人行江南省分行', 'a provincial branch of the central bank, written 人行'],
    ['人行青川市中心支行', 'a central sub-branch of the central bank, written 人行'],
    ['人行青川县支行', 'a county sub-branch of the central bank, written 人行'],
    ['人行青川县支行（国家外汇管理局青川县支局）', 'a 人行 branch with its second name in brackets'],
    ['市人行', 'the central bank of a city, written 人行'],
    ['中国人民银行青川市分行', 'a city branch of the central bank with 中国 in front'],
    ['人民银行江南省分行', 'a provincial branch of the central bank'],
    ['国家金融监督管理总局江南监管局', 'a province’s office of the financial regulator'],
    ['青川金融监管分局', 'a branch of the financial regulator named by its place'],
    ['中国证监会江南监管局', 'a province’s office of the securities regulator'],
    ['国家外汇管理局江南省分局', 'a province’s branch of the foreign exchange administration'],
    ['国家税务总局青川市税务局第一税务分局', 'a tax branch under a city’s tax bureau'],
    ['中华人民共和国青川海关', 'a customs office with the state’s name in front'],
    ['青川市邮政管理局', 'a city’s postal administration'],
    ['青川市气象局', 'a city’s meteorological bureau'],
    ['县气象台', 'a county’s weather observatory'],
    ['国家统计局青川调查队', 'a survey team of the national statistics bureau'],
    ['国家统计局江南调查总队', 'a province’s survey team of the national statistics bureau'],
    ['青川市调查队', 'a city’s survey team named by its place'],
    ['市烟草专卖局', 'a city’s tobacco monopoly bureau'],
    ['人事科', 'a section of the bureau that issues the notice'],
    ['计划财务股', 'a section of a county bureau, named without it'],
    ['区作协', 'a writers’ association'],
    ['人才办', 'a Party committee office written bare, as 科技局 is'],
    ['区人才办', 'a Party committee office written after the place without 委'],
    ['区老干部局', 'a Party committee bureau written after the place without 委'],
    ['区双拥办', 'the office of a standing leading group'],
    ['县河长办', 'the office of the river chiefs'],
    ['区国动办', 'the national defence mobilisation office'],
  ])('should know %s (%s)', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each([
    ['区科枝局', 'a misspelt department'],
    ['区算力专班', 'a body that is not a standard department'],
    ['科技', 'a word that is no unit'],
    ['区科技局局', 'a department with a doubled suffix'],
    ['财攻部', 'a misspelt ministry'],
    ['国家财攻部', 'a misspelt ministry with 国家 in front'],
    ['区委宣传处', 'a Party committee body that is not a standard one'],
    ['区城乡一体办公室', 'an office of no town (城乡 is no 乡)'],
    ['区科技局局', 'a doubled suffix, not a branch'],
    ['区委组织部（区算力专班）', 'a second name in brackets that is unknown'],
    ['人民很行河东支行', 'a branch of a misspelt body'],
    ['县公按局交通警察大队', 'a brigade of a misspelt bureau'],
    ['区科技局科', 'a known bureau and one character more'],
    ['区财政科', 'a section named with a place, as no bureau’s own section is'],
    ['区自然资原分局', 'a branch of a misspelt bureau'],
    ['区文化旅游季', 'a misspelt commission'],
    ['区委宣传部（区文明力）', 'a second name in brackets that is misspelt'],
    ['人行道管理所', 'a pavement office: 人行 here is no bank'],
    ['人很青川市分行', 'a misspelt 人行'],
    ['国家统记局青川调查队', 'a survey team of a misspelt bureau'],
    ['区人财办', 'a misspelt Party committee office'],
  ])('should not know %s (%s)', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });

  it('should suggest the name a misspelling is one character from', () => {
    expect(registry.suggestions('区科枝局')).toEqual(['区科技局']);
    expect(registry.suggestions('市科枝局')).toEqual(['市科技局']);
    expect(registry.suggestions('区算力专班')).toEqual([]);
    expect(registry.suggestions('财攻部')).toEqual(['财政部']);
    // The offices of leading groups are known but offered for nothing: 纪工委 is no misspelt 残工委.
    expect(registry.suggestions('街道纪工委')).toEqual([]);
  });

  it('should suggest nothing for a name that goes on from a known one, a body of its own', () => {
    // Before, 人民银行河东支行 got "did you mean 人民银行?"; now a bank's branch is known (below).
    expect(registry.isKnown('国家发展改革委驻地机构')).toBe(false);
    expect(registry.suggestions('国家发展改革委驻地机构')).toEqual([]);
    expect(registry.suggestions('县公安局交通警察大队青石中队')).toEqual([]);
    // One character more is a slip of the pen, and still gets its suggestion.
    expect(registry.suggestions('区科技局局')).toContain('区科技局');
  });

  it.each([
    ['镇应急管理办公室', 'a town office: not 办公室 or 管理办'],
    ['区新兴产业推进办公室', 'a district office of its own: not 办公室'],
    ['区算力专班管理办', 'an office of its own: not 管理办'],
  ])('should suggest no generic word that only ends or lies inside %s (%s)', (name) => {
    expect(registry.suggestions(name)).toEqual([]);
  });

  it('should still suggest a name one stray character hides', () => {
    expect(registry.suggestions('-区人社局')).toEqual(['区人社局']);
  });

  it('should add configured names and give aliases the key of their canonical name', () => {
    const configured = new UnitRegistry({ known: ['区算力专班'], aliases: { 区科技局: ['河东区科学技术局'] } });
    expect(configured.isKnown('区算力专班')).toBe(true);
    expect(configured.key('河东区科学技术局')).toBe(configured.key('区科技局'));
    expect(registry.key('河东区科学技术局')).not.toBe(registry.key('区科技局'));
  });

  it.each([
    ['区经济信息委', '区经信委'],
    ['区精神文明建设办公室', '区文明办'],
    ['区发展改革局', '区发改委'],
  ])('should give %s the key query finds %s by, so that a finding and a query agree', (name, short) => {
    expect(registry.key(name)).toBe(registry.key(short));
  });

  it('should keep the built-in list to names as written in the fixtures', () => {
    for (const name of BUILT_IN_UNITS) expect(registry.isKnown(name)).toBe(true);
  });
});

describe('UnitRegistry and the full and short names query reads as one unit', () => {
  const registry = new UnitRegistry();

  it.each([
    ['区委网络安全和信息化委员会办公室', '区委网信办'],
    ['市人民政府国有资产监督管理委员会', '市国资委'],
    ['区政务服务和数据管理局', '区政数局'],
  ])('should know %s, the full name of %s', (full, short) => {
    expect(registry.isKnown(short)).toBe(true);
    expect(registry.isKnown(full)).toBe(true);
  });

  it('should know a full name of a unit in units.known by its short form', () => {
    expect(new UnitRegistry({ known: ['区楼宇经济办'] }).isKnown('区楼宇经济办公室')).toBe(true);
  });

  it('should still not know a misspelt full name', () => {
    expect(registry.isKnown('区委网络安全和信息化委员会办公厅')).toBe(false);
    expect(registry.isKnown('市人民政府国有资产监督管里委员会')).toBe(false);
  });

  it('should offer real names, one per unit', () => {
    expect(registry.suggestions('市通信管理办')).toEqual(['市通信管理局']);
    // 政务服务和大数据管理局 and 政务服务和数据管理局 are one 政数局: one name is offered for it, the nearer.
    expect(registry.suggestions('区政务服务和大数据管里局')).toEqual(['区政务服务和大数据管理局']);
    // 区人力资源和社会保障局 and 区人力资源社会保障局 are two spellings of the 区人社局.
    const offered = registry.suggestions('区人力资源和社会保障句');
    expect(offered[0]).toBe('区人力资源和社会保障局');
    expect(offered).not.toContain('区人力资源社会保障局');
  });
});

describe('UnitRegistry: the people\'s organisations, levels and sections', () => {
  const registry = new UnitRegistry();

  it.each(['市侨联', '区侨联', '省文联', '市社科联', '市贸促会', '市信访局', '省信访局', '省文物局', '市档案馆', '市府办', '人事处', '养老服务处', '规划财务处', '省财政厅', '自治区财政厅', '区财政局', '省民政厅'])(
    'should know %s',
    (name) => {
      expect(registry.isKnown(name)).toBe(true);
    },
  );

  it.each([
    ['市教育厅', ['市教育局']],
    ['区财政厅', ['区财政局']],
    ['市公安厅', ['市公安局']],
    ['镇民政局', []],
  ])('should not know %s, a department at a level that has none of that name, and offer the level\'s own', (name, offered) => {
    expect(registry.isKnown(name)).toBe(false);
    expect(registry.suggestions(name)).toEqual(offered);
  });

  it.each([
    // A name that ends in a level's character has no place before it to put another department after.
    ['区公园城市局', []],
    ['基层政权和社区建设科', []],
  ])('should offer only real names for %s', (name, offered) => {
    expect(registry.suggestions(name)).toEqual(offered);
  });

  it('should not offer a province\'s 厅 to a district: 区住建司 is offered its 局 or 委', () => {
    expect(registry.suggestions('区住建司')).not.toContain('区住建厅');
    expect(registry.suggestions('区住建司')).toContain('区住建局');
  });

  it('should not offer another body of the same short kind: 市侨会 is a slip, 市妇联 no offer for it', () => {
    expect(registry.suggestions('市侨会')).not.toContain('市妇联');
  });
});

describe('UnitRegistry: courts, centres, carriers and a place\'s state-owned groups', () => {
  const registry = new UnitRegistry();

  it.each([
    '市中级人民法院', '遵义市中级人民法院', '市中级法院', '省高级人民法院', '区人民法院', '县人民检察院', '市人民检察院', '州人民检察院',
    '市公共资源交易中心', '县公共资源交易中心', '州委督查室', '市政府督查室', '县委督查室',
    '中国移动双城分公司', '中国电信双城分公司', '中国联通双城分公司', '中国铁塔某县分公司', '中国邮政集团有限公司某市分公司', '移动双城分公司',
    '区邮政分公司', '县邮政公司', '市邮政管理局', '市水务集团', '区城投集团', '某县交通投资集团有限公司', '市交通投资集团有限责任公司',
  ])('should know %s by its kind, not by a list of names', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each(['水务集团', '中国移动双城营业厅', '市中级人民医院', '区邮政分局长', '市集团'])('should not know %s', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });
});

describe('UnitRegistry: a place\'s public utilities and its 12345 hotline office', () => {
  const registry = new UnitRegistry();

  it.each([
    // Power: the state grid's companies and the southern grid's bureaus, with or without the grid and the level word.
    '市供电公司', '县供电分公司', '市电力公司', '遵义供电局', '遵义市播州区供电局', '国网遵义供电公司', '国网某供电公司',
    '国网浙江省电力有限公司杭州供电公司', '贵州电网有限责任公司遵义供电局', '南方电网广州供电局', '国网天津市电力公司', '广东电网公司',
    // Gas, water, heat.
    '市燃气公司', '区燃气集团', '某市燃气有限公司', '县天然气公司', '市自来水公司', '县供水公司', '区水务公司', '市水务集团有限公司',
    '市热力公司', '区供热有限责任公司', '全州县供电公司', '本溪供电公司',
    // The carriers' local companies, beside their 分公司.
    '市移动公司', '县电信公司', '区联通公司', '市铁塔公司', '县广电网络公司', '区公交公司', '市公交集团',
    // The 12345 hotline's office, with the number, by its office alone, or the hotline by its number.
    '区12345热线办', '市12345热线办公室', '12345热线办', '市便民服务热线办', '市政务服务热线中心', '市12345政务服务便民热线', '区政务服务便民热线中心',
  ])('should know %s by its kind', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each([
    // A utility of no place is no company in particular (as 水务集团 is not).
    '燃气公司', '自来水公司', '热力公司',
    // Words of a task's text before the kind, and a place not named.
    '加强供电公司', '协调供电局', '配合燃气公司', '当地供电公司', '辖区燃气公司',
    // A hotline is no office, nor a hotline's ending alone.
    '热线', '市热线', '区热线电话',
    // Another kind of company.
    '市燃气灶公司', '区供电线路',
  ])('should not know %s', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });

  it('should know them in traditional characters through the simplifier', async () => {
    const traditional = new UnitRegistry({ simplify: await loadSimplifier() });
    for (const name of ['區供電局', '遵義供電局', '市燃氣公司', '市自來水公司', '市熱力公司', '市水務集團', '區12345熱線辦', '市便民服務熱線辦']) {
      expect(traditional.isKnown(name), name).toBe(true);
    }
  });

  it('should offer no utility for a misspelt department: a company is named as its owner names it', () => {
    for (const s of registry.suggestions('区科枝局')) expect(s).not.toMatch(/公司|热线/);
  });
});

describe('UnitRegistry: a county\'s or banner\'s own companies, institutions and joined bureaus', () => {
  const registry = new UnitRegistry();

  it.each([
    // State-owned investment companies, by what the name says they do.
    '县城投公司', '区城投公司', '市城投集团', '县国投公司', '县交投集团有限公司', '市国有资本投资运营有限公司', '县国有资产经营公司', '区城市建设投资有限公司',
    // Public cultural venues and hospitals, and the broadcaster.
    '县文化馆', '县图书馆', '县博物馆', '市美术馆', '旗少年宫', '县人民医院', '县中医院', '县妇幼保健院', '县广播电视台',
    // A banner's bureaus, a 苏木 and its offices, and a 嘎查.
    '旗农牧局', '盟农牧局', '旗农牧和科技局', '某苏木', '苏木综合保障和技术推广中心', '某嘎查',
    // Power stations and waterworks.
    '县供电所', '县自来水厂', '县污水处理厂',
    // Two departments' fields joined with 和, and a department's own centre.
    '区水利和湖泊局', '区水务和湖泊局', '县医保中心', '县医疗保障服务中心', '县就业服务中心', '县不动产登记中心',
    // Subordinate centres as second names.
    '区行政审批局（区政务服务中心）', '县医保局（县医保中心）',
  ])('should know %s by its kind', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each([
    // Of no place, or after a task's words rather than a place.
    '城投公司', '图书馆', '组建城投公司', '加强图书馆', '推进城投公司', '建设图书馆',
    // A misspelt field in a joined bureau, and words joined with 和 that are no fields.
    '区水利和胡泊局', '区加强和改进局',
    // A centre of no department's field, and a bracket whose centre is unknown.
    '区工作中心', '县医保局（县推进中心）',
    // A 嘎查 or 苏木 has offices, not bureaus.
    '某苏木农牧局',
  ])('should not know %s', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });

  it('should know them in traditional characters through the simplifier', async () => {
    const traditional = new UnitRegistry({ simplify: await loadSimplifier() });
    for (const name of ['縣城投公司', '縣圖書館', '縣文化館', '縣博物館', '旗農牧局', '區水利和湖泊局', '縣自來水廠', '縣供電所', '縣醫保局（縣醫保中心）']) {
      expect(traditional.isKnown(name), name).toBe(true);
    }
  });
});

describe('UnitRegistry: bodies whose rank follows the place\'s level (总队, 支队, 大队)', () => {
  const registry = new UnitRegistry();

  it.each([
    // A province's (or a municipality's) 总队, a city's or prefecture's 支队, a county's or district's 大队.
    '省消防救援总队', '自治区消防救援总队', '北京市消防救援总队', '省森林消防总队', '市消防救援支队', '州消防救援支队',
    '县消防救援大队', '区消防救援大队', '旗消防救援大队', '县消防大队', '浦东新区消防救援支队', '青石消防救援大队',
    '省交警总队', '市交警支队', '县交警大队', '市交巡警支队', '省公安厅交通警察总队', '市交通警察支队',
    '省生态环境保护综合执法总队', '市交通运输综合执法支队', '县市场监管综合行政执法大队',
    // A ranked body's own units, and the armed police written either way round.
    '市消防救援支队特勤大队', '武警江苏省总队', '武警南京支队', '省武警总队', '市武警支队', '县武警中队',
    // Level-tied names of other kinds, known already: the weather bureau at each level, the customs.
    '省气象局', '市气象局', '县气象局', '南京海关', '金陵海关',
  ])('should know %s at its level', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each([
    ['省消防救援大队', ['省消防救援总队']],
    ['省消防救援支队', ['省消防救援总队']],
    ['自治区消防救援大队', ['自治区消防救援总队']],
    ['区消防救援总队', ['区消防救援大队', '区消防救援支队']],
    ['省森林消防大队', ['省森林消防总队']],
  ])('should not know %s, a rank its level has none of, and offer the level\'s own only', (name, offered) => {
    expect(registry.isKnown(name)).toBe(false);
    expect(registry.suggestions(name)).toEqual(offered);
  });

  it('should offer a misspelt 总队 its own level\'s body, never a lower level\'s', () => {
    expect(registry.suggestions('省消防救援总对')).toEqual(['省消防救援总队']);
  });

  it.each(['武警省支队', '加强武警支队', '区消防救援大对'])('should not know %s', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });
});

describe('UnitRegistry: merged culture bureaus and the social credit office', () => {
  const registry = new UnitRegistry();

  it.each(['区文体旅游局', '县文体广电旅游局', '区文化广电旅游体育局', '区信用办'])('should know %s', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each(['区文休旅游局', '区文体旅游句'])('should not know %s, a misspelling', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });
});

describe('UnitRegistry: departments named by the standard fields they merge', () => {
  const registry = new UnitRegistry();

  it.each([
    ['区科技创新局', 'a Shenzhen district\'s science bureau, 科技 and 创新 run together'],
    ['市科技创新委员会', 'a city\'s science commission in full'],
    ['市科技创新局', 'the same bureau at a city'],
    ['省科技创新厅', 'a province\'s department'],
    ['区文体旅游局', 'culture, sports and tourism, the first two by their first characters'],
    ['县文体广电旅游局', 'culture, sports, broadcasting and tourism'],
    ['区文化广电旅游体育局', 'the four culture fields written out'],
    ['县文化体育广电和旅游局', 'the four with 和 before the last'],
    ['区工业和信息化局', 'two fields joined with 和 at a district'],
    ['市自然资源和规划局', 'natural resources and planning'],
    ['县农业农村和水利局', 'agriculture and water joined with 和'],
    ['县农业农村水利局', 'agriculture and water run together'],
    ['区水利和湖泊局', 'a field that stands only joined, with 和'],
    ['旗农牧和科技局', 'a banner\'s bureau'],
  ])('should know %s (%s)', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each([
    ['区科枝创新局', 'a misspelt field'],
    ['区科技创心局', 'a misspelt field'],
    ['区文休旅游局', 'a misspelt field'],
    ['区工业和信息花局', 'a misspelt field after 和'],
    ['区水利和胡泊局', 'a misspelt field after 和'],
    ['区文文化局', 'a field repeated'],
    ['区文科技局', 'a culture field\'s first character beside no culture field'],
    ['区财政政局', 'a character repeated'],
    ['区湖泊局', 'one field that stands only joined'],
    ['区创新局', 'one field that stands only merged'],
    ['区创新中心', 'a centre of no department\'s own field'],
    ['区文体广电旅游厅', 'a province\'s 厅 at a district'],
    ['镇科技创新局', 'a bureau at a town, which has none'],
    ['区加强和改进局', 'words joined with 和 that are no fields'],
  ])('should not know %s (%s)', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });

  it('should know them in traditional characters through the simplifier', async () => {
    const traditional = new UnitRegistry({ simplify: await loadSimplifier() });
    for (const name of ['區科技創新局', '縣文體廣電旅遊局', '縣農業農村和水利局']) expect(traditional.isKnown(name), name).toBe(true);
    expect(traditional.isKnown('區科枝創新局')).toBe(false);
  });
});

describe('UnitRegistry: the usual short forms of courts, procuracies and the 政务服务管理办公室', () => {
  const registry = new UnitRegistry();

  it.each(['市政务办', '区政务办', '县政务办公室', '区法院', '区人民检察院', '市中级法院'])('should know %s', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each(['区政务公开办', '区政务服办'])('should not know %s', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });
});

describe('UnitRegistry: short forms of the investment, approval, planning and business-environment bureaus', () => {
  const registry = new UnitRegistry();

  it.each(['区投促局', '区审批局', '县行政审批服务局', '区规自局', '市规自委', '区营商局', '市营商环境建设监督局', '区住建委', '区住建局', '区科委'])('should know %s', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it('should take each short form for its full one under one key', () => {
    expect(registry.key('区投促局')).toBe(registry.key('区投资促进局'));
    expect(registry.key('区审批局')).toBe(registry.key('区行政审批服务局'));
    expect(registry.key('区规自局')).toBe(registry.key('区规划和自然资源局'));
    expect(registry.key('区营商局')).toBe(registry.key('区营商环境建设局'));
  });

  it.each(['区审拙局', '区投捉局', '区规白局'])('should not know the misspelt %s', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });
});

describe('UnitRegistry: traditional medicine bureaus, the financial regulators\' offices and Shenzhen\'s district bodies', () => {
  const registry = new UnitRegistry();

  it.each([
    '省中医药管理局', '省中医药局', '市中医药管理局',
    '湖南证监局', '深圳证监局', '湖南银保监局', '湖南金融监管局', '湖南银监局', '湖南保监局',
    '区人力资源局', '区国资局', '县国有资产监督管理局', '市投资推广署', '区投资推广署',
    '区委人才工作局', '区委组织部（区委人才工作局）',
  ])('should know %s', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each([
    // A district has no office of the national regulators, and one must be named by its place.
    '区证监局', '证监局', '湖南证临局', '镇中医药局',
  ])('should not know %s', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });
});

describe('UnitRegistry: a near miss is offered the notice\'s own names first', () => {
  it('should offer 区审批局, which the notice names, before 区审计局, which it does not, for 区审比局', () => {
    expect(new UnitRegistry({ names: ['区审批局', '区财政局'] }).suggestions('区审比局')).toEqual(['区审批局', '区审计局']);
    expect(new UnitRegistry({ names: ['区财政局'] }).suggestions('区审比局')).toEqual(['区审计局']);
  });

  it('should offer a unit once, as the notice writes it: 区审批服务局 → 区审批局, not 区行政审批服务局 besides', () => {
    expect(new UnitRegistry({ names: ['区审批局'] }).suggestions('区审批服务局')).toEqual(['区审批局', '区政务服务局']);
  });

  it('should offer a name of the notice that no list holds: 区楼宇经济办 for 区楼宇经挤办', () => {
    const registry = new UnitRegistry({ names: ['区楼宇经济办'], known: ['区楼宇经济办'] });
    expect(registry.suggestions('区楼宇经挤办')[0]).toBe('区楼宇经济办');
  });

  it('should keep the order by closeness among names the notice does not write', () => {
    expect(new UnitRegistry().suggestions('区科枝局')).toEqual(new UnitRegistry({ names: ['区财政局'] }).suggestions('区科枝局'));
  });
});

describe('UnitRegistry: county bodies of every level and the bodies of a zone administration', () => {
  const registry = new UnitRegistry();

  it.each([
    // 中医药管理局 is hung on the 卫健委 at every level (县卫生健康委（县中医药管理局）).
    '县中医药管理局', '县卫生健康委（县中医药管理局）', '市卫健委（市中医药管理局）',
    // A Party committee's rural work committee, the agriculture bureau's station, a place's emergency centre.
    '区委农工委', '市委农村工作委员会', '区经管站', '县农经站', '县农村经营管理站', '县农机站', '镇农技站',
    '县农机中心', '县农业机械化服务中心', '县农技推广中心', '县联社', '县供销合作联社', '市供销合作总社',
    '市120急救指挥中心', '县急救中心', '市紧急医疗救援中心', '市１２０急救中心',
  ])('should know %s', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each(['急救中心', '区委农公委', '区经营站', '市120急球指挥中心'])('should not know %s', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });

  it('should know a zone\'s bureaus only when the notice is a zone\'s', () => {
    const zone = new UnitRegistry({ zone: true });
    for (const name of ['科技创新局', '社会事业局', '区社会事业局', '党政综合办公室', '安全生产监督管理局']) {
      expect(zone.isKnown(name)).toBe(true);
      expect(registry.isKnown(name)).toBe(false);
    }
    // A town has no bureau, and a misspelling stays one.
    expect(zone.isKnown('镇社会事业局')).toBe(false);
    expect(zone.isKnown('社会事亚局')).toBe(false);
  });

  it('should know the investment promotion bodies in any notice, a zone\'s or a government\'s, but no town\'s bureau', () => {
    const zone = new UnitRegistry({ zone: true });
    for (const name of ['招商局', '区招商局', '县招商局', '市招商合作局', '县招商和投资促进局', '县招商服务中心', '县投资促进局']) {
      expect(zone.isKnown(name)).toBe(true);
      expect(registry.isKnown(name)).toBe(true);
    }
    expect(registry.isKnown('镇招商局')).toBe(false);
  });

  it('should offer no station of the agriculture bureau for another a character apart', () => {
    expect(registry.suggestions('县农饥站')).not.toContain('县农经站');
    expect(registry.suggestions('县农机站')).toEqual([]);
  });

  it('should never offer an abolished body as a correction', () => {
    expect(registry.suggestions('县招商咼')).toEqual(['县招商局']);
    expect(registry.suggestions('区工商兰')).not.toContain('区工商局');
    expect(registry.suggestions('质检总句')).toEqual([]);
  });
});

describe('UnitRegistry: provincial bodies, civil aviation offices, merged bureaus, parks\' committees and rural banks', () => {
  const registry = new UnitRegistry();

  it.each([
    '省供销合作总社', '民航华东地区管理局', '民航江苏监管局', '中国民用航空江苏安全监督管理局', '中国民用航空华东地区管理局',
    '省直机关工委', '市直属机关工委', '市委直属机关工委', '省农科院', '省农业科学院', '省地质院', '市林科院',
    '市通信发展办', '市通信发展管理办公室', '省口岸办', '市口岸管理办公室',
    '市文广新旅局', '市文广旅局', '市文广新局', '县文化广电新闻出版旅游局', '县经商局', '县经济商务局',
    '临空产业园管委会', '某某科技城管理委员会', '县林业站', '县林业工作站', '县农商行', '某某农村商业银行', '县农商行城关支行',
  ])('should know %s', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each([
    // 华南 is no region of the civil aviation administration, and a supervision bureau is named by its province.
    '民航华南地区管理局', '民航区监管局', '临空产业圆管委会', '花园管委会', '县林业战', '县经啇局', '省农料院', '县农商厅',
  ])('should not know %s', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });

  it('should offer no academy or office for another a character apart, but a department for a slip in it', () => {
    expect(registry.suggestions('市通信管理办')).toEqual(['市通信管理局']);
    expect(registry.suggestions('县经啇局')).toContain('县经商局');
  });

  it('should know them in traditional characters through the simplifier', async () => {
    const traditional = new UnitRegistry({ simplify: await loadSimplifier() });
    expect(['民航華東地區管理局', '省農科院', '縣農商行', '臨空產業園管委會', '縣林業站'].filter((n) => !traditional.isKnown(n))).toEqual([]);
  });
});

describe('UnitRegistry: a 乡 inside a bureau\'s name is no township', () => {
  const registry = new UnitRegistry({ places: ['某县'] });

  it.each([
    ['县住房和城乡建没局', '县住房和城乡建设局'],
    ['县住房城乡建没局', '县住房城乡建设局'],
    ['县城乡建没局', '县城乡建设局'],
  ])('should offer the bureau for a slip after its 城乡 (%s), not take it for a township\'s body', (name, offered) => {
    expect(registry.isKnown(name)).toBe(false);
    expect(registry.suggestions(name)).toContain(offered);
  });

  it.each(['县住房和城乡建设局', '某县住房和城乡建设局', '住房和城乡建设局', '县住房城乡建设委', '古城乡人民政府', '县古城乡', '古城乡卫生院'])('should still know %s', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it('should not know a bureau of a township whose name ends in 城乡: a town has no 局', () => {
    expect(registry.isKnown('古城乡民政局')).toBe(false);
  });
});
