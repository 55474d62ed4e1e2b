import { describe, expect, it } from 'vitest';
import { aliasesFromConfig, mergeAliases } from '../../src/query/aliases.js';
import { abbreviateUnit, placeFirst } from '../../src/units/short-form.js';
import { levelFreeForms, UnitMatcher } from '../../src/query/unit-matcher.js';
import { loadSimplifier } from '../../src/text/simplify.js';

describe('abbreviateUnit', () => {
  it('should shorten common full names to the short form notices use', () => {
    expect(abbreviateUnit('区科学技术局')).toBe(abbreviateUnit('区科技局'));
    expect(abbreviateUnit('区发展和改革委员会')).toBe(abbreviateUnit('区发展改革委'));
    expect(abbreviateUnit('区发改委')).toBe(abbreviateUnit('区发展改革委'));
    expect(abbreviateUnit('区人力资源和社会保障局')).toBe(abbreviateUnit('区人社局'));
    expect(abbreviateUnit('区市场监督管理局')).toBe(abbreviateUnit('区市场监管局'));
    expect(abbreviateUnit('区政务服务办公室')).toBe(abbreviateUnit('区政务服务办'));
    expect(abbreviateUnit('区科学技术委员会')).toBe(abbreviateUnit('区科委'));
    expect(abbreviateUnit('区经济委员会')).toBe(abbreviateUnit('区经委'));
    expect(abbreviateUnit('区经济委员会')).not.toBe(abbreviateUnit('区经信委'));
    expect(abbreviateUnit('区经济和信息化局')).toBe(abbreviateUnit('区经信局'));
    expect(abbreviateUnit('区文化广电和旅游局')).toBe(abbreviateUnit('区文广旅局'));
    expect(abbreviateUnit('区文化体育和旅游局')).toBe(abbreviateUnit('区文体旅局'));
    expect(abbreviateUnit('区科技和工业信息化局')).toBe(abbreviateUnit('区科工信局'));
    expect(abbreviateUnit('区科学技术和工业信息化局')).toBe(abbreviateUnit('区科工信局'));
    expect(abbreviateUnit('区科技工业和信息化局')).toBe(abbreviateUnit('区科工信局'));
  });

  it.each([
    ['区残疾人联合会', '区残联'],
    ['区妇女联合会', '区妇联'],
    ['区工商业联合会', '区工商联'],
    ['区科学技术协会', '区科协'],
    ['区文学艺术界联合会', '区文联'],
    ['区社会科学界联合会', '区社科联'],
    ['区归国华侨联合会', '区侨联'],
    ['区计划生育协会', '区计生协'],
    ['区关心下一代工作委员会', '区关工委'],
  ])('should shorten the full name of a people\'s organisation as notices do: %s = %s', (full, short) => {
    expect(abbreviateUnit(full)).toBe(abbreviateUnit(short));
  });

  it.each([
    ['省委网信办', '省网信办'],
    ['省委网络安全和信息化委员会办公室', '省网信办'],
    ['市委政法委', '市政法委'],
    ['市委政法委员会', '市政法委'],
    ['区委编办', '区编办'],
    ['省药品监督管理局', '省药监局'],
    ['市食品药品监督管理局', '市食药监局'],
    ['省广播电视局', '省广电局'],
    ['区广播电视台', '区广电台'],
    ['中国人民银行某省分行', '人民银行某省分行'],
    ['人民银行某市中心支行', '人行某市中心支行'],
    ['市公安局交通警察支队', '市公安局交警支队'],
    ['省地方金融监督管理局', '省地方金融监管局'],
    ['市消防救援支队', '市消防支队'],
  ])('should take %s and %s for one unit, as notices write it both ways', (one, other) => {
    expect(abbreviateUnit(one)).toBe(abbreviateUnit(other));
  });

  it.each([
    ['区委文明办', '区文明办'],
    ['区委老干部局', '区老干部局'],
    ['区委人才办', '区人才办'],
    ['市委宣传部', '市宣传部'],
    ['县委组织部', '县组织部'],
    ['区委统战部', '区统战部'],
    ['区委统一战线工作部', '区统战部'],
    ['区委社会工作部', '区社工部'],
    ['区委政研室', '区政研室'],
    ['市委政策研究室', '市政研室'],
    ['区委精神文明建设委员会办公室', '区文明办'],
    ['区精神文明建设指导委员会办公室', '区委文明办'],
    ['区委人才工作领导小组办公室', '区人才办'],
    ['区委依法治区办', '区依法治区办'],
    ['县委党校', '县党校'],
    ['市委台办', '市台办'],
    ['区委巡察办', '区巡察办'],
  ])('should take the Party committee body %s and %s for one unit, with its 委 and without', (one, other) => {
    expect(abbreviateUnit(one)).toBe(abbreviateUnit(other));
  });

  it.each([
    ['粤海街道办事处', '粤海街道'],
    ['粤海街道办', '粤海街道'],
    ['青石镇人民政府', '青石镇'],
    ['青石镇政府', '青石镇'],
    ['白沙乡人民政府', '白沙乡'],
    ['某街道办事处', '某街道'],
    ['粵海街道辦事處', '粵海街道'],
  ])('should take the office or government of a named street or town, %s, for the place, %s', (office, place) => {
    expect(abbreviateUnit(office)).toBe(abbreviateUnit(place));
  });

  it.each([
    ['区数据资源局', '区数据局'],
    ['区数据资源管理局', '区数据局'],
    ['市大数据局', '市数据局'],
    ['市大数据发展管理局', '市数据局'],
    ['市大数据管理局', '市数据资源局'],
    ['省大数据发展局', '省数据局'],
    ['市政务服务和大数据管理局', '市政数局'],
  ])('should read %s as %s: a place has one data bureau, whatever it is called', (one, other) => {
    expect(abbreviateUnit(one)).toBe(abbreviateUnit(other));
  });

  it('should keep a named street or town apart from its other organs and from words that are no place', () => {
    const keys = ['青石镇', '青石镇党委', '青石镇纪委', '粤海街道', '粤海街道党工委', '粤海街道综合执法队', '区政府', '区街道办', '乡镇政府'].map(abbreviateUnit);
    expect(new Set(keys).size).toBe(keys.length);
    expect(abbreviateUnit('青石镇办')).not.toBe(abbreviateUnit('青石镇'));
    expect(abbreviateUnit('粤海街道政府')).not.toBe(abbreviateUnit('粤海街道'));
  });

  it('should keep the Party committee, its office and the offices the government has too apart', () => {
    const keys = ['区委', '区委办', '区政府办', '区委督查室', '区政府督查室', '区委政研室', '区政府研究室'].map(abbreviateUnit);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('should keep a Party committee\'s other bodies and units of like words apart', () => {
    const keys = ['市委办', '市委宣传部', '市政法委', '市网信办', '市编办', '市政府办', '市广电局', '市广电台', '市药监局', '市食药监局', '市交警支队', '市交管局', '市消防支队', '市金融监管局', '市市场监管局', '市国资委'].map(abbreviateUnit);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('should keep people\'s organisations apart from each other and from the bureaus of like names', () => {
    const keys = ['区残联', '区妇联', '区工商联', '区科协', '区科技局', '区文联', '区社科联', '区总工会', '区红十字会', '区妇儿工委', '区工商局', '区文旅局'].map(abbreviateUnit);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('should keep different units apart', () => {
    expect(abbreviateUnit('区科技局')).not.toBe(abbreviateUnit('区科协'));
    expect(abbreviateUnit('区财政局')).not.toBe(abbreviateUnit('区金融局'));
    expect(abbreviateUnit('区经济和信息化局')).not.toBe(abbreviateUnit('区工业和信息化局'));
    expect(abbreviateUnit('区科工信局')).not.toBe(abbreviateUnit('区科技局'));
    expect(abbreviateUnit('区科工信局')).not.toBe(abbreviateUnit('区工信局'));
    expect(abbreviateUnit('区文化广电局')).not.toBe(abbreviateUnit('区文旅局'));
    expect(abbreviateUnit('区文化体育局')).not.toBe(abbreviateUnit('区文旅局'));
    expect(abbreviateUnit('区大数据发展管理局')).not.toBe(abbreviateUnit('区大数据中心'));
    expect(abbreviateUnit('区数据局')).not.toBe(abbreviateUnit('区统计局'));
    expect(abbreviateUnit('区数据局')).not.toBe(abbreviateUnit('区政数局'));
    expect(abbreviateUnit('县科技和大数据局')).not.toBe(abbreviateUnit('县数据局'));
    expect(abbreviateUnit('市公安交通管理局')).not.toBe(abbreviateUnit('市交通运输局'));
    expect(abbreviateUnit('市交通管理局')).not.toBe(abbreviateUnit('市交通运输局'));
    expect(abbreviateUnit('市供销合作社')).not.toBe(abbreviateUnit('市商务局'));
    expect(abbreviateUnit('市委网信办')).not.toBe(abbreviateUnit('市委办'));
    expect(abbreviateUnit('区政务服务和数据管理局')).not.toBe(abbreviateUnit('区政务服务管理局'));
    expect(abbreviateUnit('区自然资源局')).not.toBe(abbreviateUnit('区自规局'));
    expect(abbreviateUnit('区教育局')).not.toBe(abbreviateUnit('区教体局'));
    expect(abbreviateUnit('区体育局')).not.toBe(abbreviateUnit('区教体局'));
    expect(abbreviateUnit('县文化广电体育局')).not.toBe(abbreviateUnit('县文旅局'));
    expect(abbreviateUnit('县文广体局')).not.toBe(abbreviateUnit('县文旅局'));
    expect(abbreviateUnit('县文体广电局')).not.toBe(abbreviateUnit('县文旅局'));
  });

  it.each([
    ['市医疗保障局', '市医保局'],
    ['市文化广电旅游局', '市文旅局'],
    ['市文化广电旅游局', '市文广旅局'],
    ['区文化和旅游局', '区文旅局'],
    ['区文化体育和旅游局', '区文旅局'],
    ['县文化旅游广电体育局', '县文旅局'],
    ['县文旅广体局', '县文旅局'],
    ['县文旅广体局', '县文化旅游广电体育局'],
    ['县文广体旅局', '县文化广电体育和旅游局'],
    ['县文化和旅游广电体育局', '县文旅局'],
    // 旅 written out after the short parts: the culture and tourism bureau of many counties and districts.
    ['区文体旅游局', '区文旅局'],
    ['县文体广电旅游局', '县文化体育广电和旅游局'],
    ['区文化广电旅游体育局', '区文旅局'],
    ['市人民政府国有资产监督管理委员会', '市国资委'],
    ['市政府国资委', '市国资委'],
    ['区人民政府金融工作办公室', '区金融办'],
    ['区金融工作办', '区金融办'],
    ['区委教育工作委员会', '区委教育工委'],
    ['区委机构编制委员会办公室', '区委编办'],
    ['区委农村工作领导小组办公室', '区委农办'],
    ['区人民政府', '区政府'],
    ['市供销合作社', '市供销社'],
    ['市供销合作社联合社', '市供销社'],
    ['市大数据发展管理局', '市大数据局'],
    ['市大数据管理局', '市大数据局'],
    ['区机关事务管理局', '区机关事务局'],
    ['市委网络安全和信息化委员会办公室', '市委网信办'],
    ['区住房和城乡建设局', '区住建局'],
    ['区人民防空办公室', '区人防办'],
    ['区林业和草原局', '区林草局'],
    ['区粮食和物资储备局', '区粮储局'],
    ['高新区管理委员会', '高新区管委会'],
    ['区人力社保局', '区人社局'],
    ['区人力社保局', '区人力资源和社会保障局'],
    ['区政务服务和数据管理局', '区政数局'],
    ['市政务服务数据管理局', '市政数局'],
    ['区市场监督管理局', '区市监局'],
    ['区市场监管局', '区市监局'],
    ['区自然资源和规划局', '区自规局'],
    ['区教育体育局', '区教体局'],
    ['区教育和体育局', '区教体局'],
    ['区综合行政执法局', '区综合执法局'],
    ['区民族宗教事务局', '区民宗局'],
    ['区民族和宗教事务局', '区民宗局'],
  ])('should take %s and its conventional short form %s for one unit', (full, short) => {
    expect(abbreviateUnit(full)).toBe(abbreviateUnit(short));
  });

  it.each([
    ['区政府办公室', '区办'],
    ['市政府采购中心', '市采购中心'],
    ['市政府投资评审局', '市投资评审局'],
  ])('should keep 政府 in %s: the government\'s own office or a word that starts with 政府 (not %s)', (full, other) => {
    expect(abbreviateUnit(full)).not.toBe(abbreviateUnit(other));
  });
});

describe('UnitMatcher', () => {
  it('should take a second name in brackets for another name of the unit, once the documents use it so', () => {
    const m = new UnitMatcher({ names: ['区委组织部（区委人才办）', '区科技局'] });
    expect(m.same('区委组织部（区委人才办）', '区委组织部')).toBe(true);
    expect(m.same('区委人才办', '区委组织部')).toBe(true);
    expect(m.same('区委人才办', '区科技局')).toBe(false);
    // Without the documents' names a bracketed name is still its main name.
    expect(new UnitMatcher().same('区委组织部（区委人才办）', '区委组织部')).toBe(true);
  });

  it('should match a name as written', () => {
    const m = new UnitMatcher();
    expect(m.find('区科技局', ['区财政局', '区科技局'])).toEqual(['区科技局']);
  });

  it('should match across full-width letters, spaces and punctuation', () => {
    const m = new UnitMatcher();
    expect(m.same('区 科技局', '区科技局')).toBe(true);
    expect(m.same('金贸产业园（ＡＢ）', '金贸产业园(AB)')).toBe(true);
  });

  it('should match traditional and simplified names when given a simplifier', async () => {
    const simplify = await loadSimplifier();
    expect(new UnitMatcher({ simplify }).same('區科技局', '区科技局')).toBe(true);
    expect(new UnitMatcher().same('區科技局', '区科技局')).toBe(false);
  });

  it('should read 共青团X委员会 as 团X委 (the place inside the name), with the documents\' place names dropped', () => {
    const m = new UnitMatcher({ places: ['天津市', '河东区'] });
    expect(m.same('共青团河东区委员会', '团区委')).toBe(true);
    expect(m.same('共青团河东区委', '团区委')).toBe(true);
    expect(m.same('区团委', '团区委')).toBe(true);
    expect(m.same('共青团天津市委员会', '团市委')).toBe(true);
    // Another district's committee, another level, or another body is another unit.
    expect(m.same('共青团和平区委员会', '团区委')).toBe(false);
    expect(m.same('团市委', '团区委')).toBe(false);
    expect(m.same('团区委', '区委')).toBe(false);
    expect(m.same('共青团中央', '团区委')).toBe(false);
  });

  it('should drop the documents own place names, and only those', () => {
    const m = new UnitMatcher({ places: ['天津市', '河东区'] });
    expect(m.same('河东区科学技术局', '区科技局')).toBe(true);
    expect(m.same('天津市河东区科学技术局', '区科技局')).toBe(true);
    expect(m.same('和平区科学技术局', '区科技局')).toBe(false);
    expect(m.same('高新区管委会', '开发区管委会')).toBe(false);
  });

  it('should match through a user alias table, both ways', () => {
    const m = new UnitMatcher({ aliases: { 区科技局: ['科技口', '区创新办'] } });
    expect(m.same('科技口', '区科技局')).toBe(true);
    expect(m.same('区科技局', '区创新办')).toBe(true);
    expect(m.same('科技口', '区财政局')).toBe(false);
  });
});

describe('aliasesFromConfig', () => {
  it('should accept units.aliases as name → list of names', () => {
    expect(aliasesFromConfig({ units: { aliases: { A: ['B'] } }, path: 'x' })).toEqual({ A: ['B'] });
    expect(aliasesFromConfig(null)).toEqual({});
  });

  it('should reject aliases that are not lists of names, naming the file', () => {
    const bad = { units: { aliases: { A: 'B' } }, path: '/p/.planrc.json' } as unknown as Parameters<typeof aliasesFromConfig>[0];
    expect(() => aliasesFromConfig(bad)).toThrow('/p/.planrc.json: units.aliases["A"] must be a list of names');
  });

  it('should merge tables without repeating names', () => {
    expect(mergeAliases([{ A: ['B'] }, { A: ['B', 'C'] }, undefined])).toEqual({ A: ['B', 'C'] });
  });
});

describe('UnitMatcher and an addressee of two kinds of local unit (各镇（街道）)', () => {
  const matcher = new UnitMatcher({ names: ['各镇', '各镇（街道）', '各乡镇（街道）', '区委组织部（区委人才办）'] });

  it('should find 各X（Y） by 各X and by 各Y', () => {
    expect(matcher.find('各镇', ['各镇（街道）'])).toEqual(['各镇（街道）']);
    expect(matcher.find('各街道', ['各镇（街道）', '各乡镇（街道）'])).toEqual(['各镇（街道）', '各乡镇（街道）']);
    expect(matcher.find('各乡镇', ['各乡镇（街道）'])).toEqual(['各乡镇（街道）']);
  });

  it('should find a plain 各X by 各X and by its full form 各X（Y）, not by 各Y', () => {
    expect(matcher.find('各镇（街道）', ['各镇', '各街道'])).toEqual(['各镇']);
    expect(matcher.find('各街道', ['各镇', '各街道'])).toEqual(['各街道']);
    expect(matcher.find('各镇', ['各镇', '各街道', '各乡镇'])).toEqual(['各镇']);
  });

  it('should not make one bare kind a name of the other', () => {
    expect(matcher.same('各街道', '各镇')).toBe(false);
    expect(matcher.same('各街道', '各乡镇')).toBe(false);
  });

  it('should still make a true second name a name of the unit', () => {
    expect(matcher.same('区委人才办', '区委组织部')).toBe(true);
    expect(matcher.find('区委人才办', ['区委组织部（区委人才办）', '区委组织部'])).toEqual(['区委组织部（区委人才办）', '区委组织部']);
  });
});

describe('UnitMatcher and the places of a level named by their office', () => {
  const matcher = new UnitMatcher({ names: ['各街道', '各街道办事处', '各镇人民政府', '各镇街', '各县（市、区）人民政府', '各县〔市、区〕人民政府'] });

  it('should take 各街道办事处 and 各镇人民政府 for 各街道 and 各镇', () => {
    expect(matcher.same('各街道办事处', '各街道')).toBe(true);
    expect(matcher.same('各镇人民政府', '各镇政府')).toBe(true);
    expect(matcher.same('各镇政府', '各镇')).toBe(true);
    expect(matcher.find('各街道', ['各街道办事处', '区商务局', '各街道'])).toEqual(['各街道办事处', '各街道']);
  });

  it('should keep another organ of the places apart: 各镇党委 is not 各镇', () => {
    expect(matcher.same('各镇党委', '各镇')).toBe(false);
    expect(matcher.same('各街道党工委', '各街道办事处')).toBe(false);
  });

  it('should find 各镇街 as 各镇（街道）: by 各镇 and by 各街道', () => {
    expect(matcher.find('各街道', ['各镇街', '各街镇'])).toEqual(['各镇街', '各街镇']);
    expect(matcher.find('各镇', ['各镇街'])).toEqual(['各镇街']);
    expect(matcher.same('各镇街', '各镇（街道）')).toBe(true);
  });

  it('should find 各镇街道 as 各镇街, and 各乡镇街道 as 各乡镇（街道）', () => {
    expect(matcher.find('各街道', ['各镇街道', '各街道镇', '各乡镇街道'])).toEqual(['各镇街道', '各街道镇', '各乡镇街道']);
    expect(matcher.find('各镇', ['各镇街道', '各乡镇街道'])).toEqual(['各镇街道']);
    expect(matcher.find('各乡镇', ['各镇街道', '各乡镇街道'])).toEqual(['各乡镇街道']);
    expect(matcher.same('各镇街道', '各镇街')).toBe(true);
    expect(matcher.same('各鎮街道', '各镇（街道）')).toBe(true);
  });

  it('should take 各街镇 as 各镇街: one unit, one key', () => {
    expect(matcher.same('各街镇', '各镇街')).toBe(true);
    expect(matcher.same('各街镇', '各镇（街道）')).toBe(true);
  });

  it('should read 街 alone in a two-kind addressee as 街道: 各镇（街）, 各乡镇（街）, 各街（镇）', () => {
    expect(matcher.same('各镇（街）', '各镇（街道）')).toBe(true);
    expect(matcher.find('各街道', ['各镇（街）', '各乡镇（街）', '各街（镇）'])).toEqual(['各镇（街）', '各乡镇（街）', '各街（镇）']);
    expect(matcher.find('各镇', ['各镇（街）', '各乡镇（街）', '各街（镇）'])).toEqual(['各镇（街）', '各街（镇）']);
    expect(matcher.find('各乡镇', ['各镇（街）', '各乡镇（街）'])).toEqual(['各乡镇（街）']);
  });

  it('should take 各乡（镇） for 各乡镇: one kind written apart, not two kinds', () => {
    expect(matcher.same('各乡（镇）', '各乡镇')).toBe(true);
    expect(matcher.same('各乡（镇）', '各乡镇人民政府')).toBe(true);
  });

  it('should take a name in 〔〕 brackets for the same name in （）', () => {
    expect(matcher.same('各县〔市、区〕人民政府', '各县（市、区）人民政府')).toBe(true);
    // 〈〉, ＜＞: a gazette's inner brackets, written inside （）.
    expect(matcher.same('各县〈市、区〉人民政府', '各县（市、区）人民政府')).toBe(true);
    expect(matcher.same('各县＜市、区＞人民政府', '各县（市、区）人民政府')).toBe(true);
    expect(matcher.find('各县（市、区）人民政府', ['各县〔市、区〕人民政府'])).toEqual(['各县〔市、区〕人民政府']);
  });
});

describe('the Party committee\'s bodies', () => {
  it('should drop 中共 before a place\'s Party committee, and keep it before 中共中央', () => {
    expect(placeFirst('中共南湖区委宣传部')).toBe('南湖区委宣传部');
    expect(placeFirst('中国共产党南湖区委员会组织部')).toBe('南湖区委员会组织部');
    expect(placeFirst('中共区委办')).toBe('区委办');
    expect(placeFirst('中共中央宣传部')).toBe('中共中央宣传部');
  });

  it('should drop 国家税务总局 before a place\'s tax bureau, and keep the 国家税务总局 itself', () => {
    expect(placeFirst('国家税务总局西城区税务局')).toBe('西城区税务局');
    expect(placeFirst('国家税务总局北京市税务局')).toBe('北京市税务局');
    expect(placeFirst('国家税务总局')).toBe('国家税务总局');
    expect(placeFirst('国家税务总局办公厅')).toBe('国家税务总局办公厅');
  });

  it('should take 国家税务总局西城区税务局 and 区税务局 for one unit in a 西城区 notice', () => {
    const m = new UnitMatcher({ names: ['国家税务总局西城区税务局', '区财政局'], places: ['西城区'] });
    expect(m.same('国家税务总局西城区税务局', '区税务局')).toBe(true);
    expect(m.same('区市监局', '区市场监督管理局')).toBe(true);
  });

  it('should take 中共南湖区委宣传部 and 区委宣传部 for one unit in a 南湖区 notice', () => {
    const m = new UnitMatcher({ places: ['南湖区'] });
    expect(m.same('中共南湖区委宣传部', '区委宣传部')).toBe(true);
    expect(m.same('南湖区委宣传部', '区委宣传部')).toBe(true);
    expect(m.same('中共南湖区委宣传部', '市委宣传部')).toBe(false);
  });

  it('should write a body of the committee without its level and without the committee', () => {
    expect(levelFreeForms('区委组织部')).toEqual(['委组织部', '组织部']);
    expect(levelFreeForms('区科技局')).toEqual(['科技局']);
    expect(levelFreeForms('区委办')).toEqual(['委办']);
    expect(levelFreeForms('科技局')).toEqual([]);
  });

  it('should take a notice\'s bare 组织部 for its 区委组织部 when it names that body at one level only', () => {
    expect(new UnitMatcher({ names: ['区委组织部', '组织部'] }).same('组织部', '区委组织部')).toBe(true);
    expect(new UnitMatcher({ names: ['区委组织部', '市委组织部', '组织部'] }).same('组织部', '区委组织部')).toBe(false);
  });
});

describe('UnitMatcher.secondKey', () => {
  it('should give the key of the second name, by the built-in rules', () => {
    const m = new UnitMatcher();
    expect(m.secondKey('区科技局（区知识产权局）')).toBe('区知识产权局');
    expect(m.secondKey('区发展改革委（区粮食和物资储备局）')).toBe('区粮储局');
    expect(m.secondKey('区科技局')).toBeNull();
    expect(m.secondKey('各镇（街道）')).toBeNull();
  });
});

describe('UnitMatcher and a two-kind addressee in traditional characters', () => {
  // No simplifier: the kinds' own characters are read either way, as a simplified notice may be asked in 繁体.
  const plain = new UnitMatcher();

  it('should read 各鎮（街道）, 各鎮街 and 各街鎮 as 各镇（街道）', () => {
    expect(plain.same('各鎮（街道）', '各镇（街道）')).toBe(true);
    expect(plain.same('各鎮街', '各镇街')).toBe(true);
    expect(plain.same('各街鎮', '各镇')).toBe(true);
    expect(plain.find('各街道', ['各鎮（街道）', '各鎮街', '各街鎮'])).toEqual(['各鎮（街道）', '各鎮街', '各街鎮']);
  });

  it('should read 各街道（鄉鎮） and 各村（社區） as their simplified forms', () => {
    expect(plain.find('各乡镇', ['各街道（鄉鎮）'])).toEqual(['各街道（鄉鎮）']);
    expect(plain.find('各社区', ['各村（社區）'])).toEqual(['各村（社區）']);
    expect(plain.same('各村（社區）', '各村（社区）')).toBe(true);
  });
});

describe('UnitMatcher: the short forms of 人民政府, 人民法院 and 人民检察院', () => {
  const m = new UnitMatcher({ places: ['南山区'] });

  it.each([
    ['区法院', '区人民法院'],
    ['区检察院', '区人民检察院'],
    ['区政府', '区人民政府'],
    ['市中级法院', '市中级人民法院'],
    ['县法院', '县人民法院'],
    ['南山区检察院', '区人民检察院'],
  ])('should find %s by %s and the other way round', (short, full) => {
    expect(m.find(short, ['区财政局', full])).toEqual([full]);
    expect(m.find(full, ['区财政局', short])).toEqual([short]);
  });

  it('should find traditional forms through the simplifier', async () => {
    const traditional = new UnitMatcher({ simplify: await loadSimplifier() });
    expect(traditional.same('區檢察院', '区人民检察院')).toBe(true);
    expect(traditional.same('縣人民法院', '县法院')).toBe(true);
  });

  it.each([
    ['区政府', '区政府办'],
    ['区政府', '区政府办公室'],
    ['区人民政府', '区人民政府办公室'],
    ['区法院', '区检察院'],
    ['区法院', '市中级人民法院'],
    ['区检察院', '区人民政府'],
  ])('should keep %s and %s apart', (one, other) => {
    expect(m.same(one, other)).toBe(false);
  });
});

describe('UnitMatcher: the 政务办, the usual short form of a 政务服务管理办公室', () => {
  const m = new UnitMatcher();

  it.each([
    ['市政务办', '市政务服务管理办公室'],
    ['市政务办', '市政务服务办'],
    ['区政务办', '区政务服务办公室'],
    ['县政务办公室', '县政务服务管理办公室'],
  ])('should take %s and %s for one unit', (short, full) => {
    expect(m.same(short, full)).toBe(true);
  });

  it.each([
    ['区政务办', '区政府办'],
    ['区政务办', '区政务服务中心'],
    ['区政务办', '区政务服务管理局'],
    ['区政务公开办', '区政务服务办'],
  ])('should keep %s and %s apart', (one, other) => {
    expect(m.same(one, other)).toBe(false);
  });
});

describe('UnitMatcher: the usual short forms of investment promotion, approval, planning and business-environment bureaus', () => {
  const m = new UnitMatcher({ places: ['某区'] });

  it.each([
    ['区投促局', '区投资促进局'],
    ['区投促中心', '区投资促进中心'],
    ['区审批局', '区行政审批局'],
    ['区审批局', '区行政审批服务局'],
    ['区行政审批局', '区行政审批服务局'],
    ['区规自局', '区规划和自然资源局'],
    ['区规自局', '区规划自然资源局'],
    ['市规自委', '市规划和自然资源委员会'],
    ['区规自分局', '区规划和自然资源分局'],
    ['市资规局', '市自然资源和规划局'],
    ['区营商局', '区营商环境建设局'],
    ['市营商局', '市营商环境建设监督局'],
    ['某区投资促进局', '区投促局'],
  ])('should take %s and %s for one unit', (short, full) => {
    expect(m.same(short, full)).toBe(true);
    expect(m.find(short, ['区财政局', full])).toEqual([full]);
  });

  it('should find traditional forms through the simplifier', async () => {
    const traditional = new UnitMatcher({ simplify: await loadSimplifier() });
    expect(traditional.same('區投資促進局', '区投促局')).toBe(true);
    expect(traditional.same('區行政審批服務局', '区审批局')).toBe(true);
  });

  it.each([
    // The two orders of planning and natural resources are two places' names, not one body's short forms.
    ['区规自局', '市自然资源和规划局'],
    ['区规自局', '区自然资源局'],
    ['区审批局', '区审计局'],
    ['区审批局', '区政务服务中心'],
    ['区投促局', '区商务局'],
    ['区营商局', '区营商环境办'],
    ['区投资推广署', '区投促局'],
  ])('should keep %s and %s apart', (one, other) => {
    expect(m.same(one, other)).toBe(false);
  });
});

describe('UnitMatcher: the science and the housing department, a commission in some places and a bureau in others', () => {
  const m = new UnitMatcher();

  it.each([
    ['区科委', '区科技局'],
    ['区科委', '区科学技术局'],
    ['区科学技术委员会', '区科技局'],
    ['科委', '科技局'],
    ['朝阳区科委', '朝阳区科学技术局'],
    ['区住建委', '区住建局'],
    ['区住建委', '区住房和城乡建设局'],
    ['区住房城乡建设委', '区住房和城乡建设局'],
    ['区住房城乡建委', '区住建局'],
    ['市住房和城乡建设委员会', '市住建局'],
  ])('should take %s and %s for one unit', (one, other) => {
    expect(m.same(one, other)).toBe(true);
  });

  it.each([
    // A bureau that joined science to another field keeps its name, and a Party committee's 科技委 is no 科委.
    ['旗农牧和科技局', '旗农牧和科委'],
    ['区科工信局', '区科委'],
    ['区委科技委员会', '区科技局'],
    ['区科技局', '区科协'],
    ['区住建委', '区建委'],
    ['区住建委', '区城乡建设局'],
    ['市科技局', '区科委'],
  ])('should keep %s and %s apart', (one, other) => {
    expect(m.same(one, other)).toBe(false);
  });
});

describe('UnitMatcher: the state assets department, a commission in most places and a bureau in some', () => {
  const m = new UnitMatcher();

  it.each([
    ['区国资局', '区国资委'],
    ['区国有资产监督管理局', '区国资委'],
    ['区国有资产管理局', '区国资委'],
    ['县国资局', '县国有资产监督管理委员会'],
    ['国资局', '国资委'],
    ['市国资局', '市人民政府国有资产监督管理委员会'],
  ])('should take %s and %s for one unit', (one, other) => {
    expect(m.same(one, other)).toBe(true);
  });

  it.each([
    // A centre or an office under the finance bureau is a body of its own; so is a bureau that joined another field.
    ['区国资中心', '区国资委'],
    ['区国有资产管理中心', '区国资局'],
    ['区国资办', '区国资委'],
    ['区财政国资局', '区国资委'],
    ['市国资委', '区国资局'],
  ])('should keep %s and %s apart', (one, other) => {
    expect(m.same(one, other)).toBe(false);
  });
});

describe('UnitMatcher: the counties and districts, and the places of a level named by their government', () => {
  const m = new UnitMatcher({ names: ['各县（区）人民政府', '各地级以上市人民政府', '各县区人民政府', '各县'] });

  it.each([
    ['各县（区）', '各县（区）人民政府'],
    ['各县区', '各县（区）人民政府'],
    ['各区县', '各县（区）人民政府'],
    ['各县（区）政府', '各县（区）人民政府'],
    ['各县（区）', '各县区人民政府'],
    ['各县', '各县（区）人民政府'],
    ['各区', '各县（区）人民政府'],
    ['各地级以上市', '各地级以上市人民政府'],
    ['各地级以上市政府', '各地级以上市人民政府'],
    ['各设区市', '各设区市人民政府'],
  ])('should find under %s the addressee %s', (query, name) => {
    expect(m.find(query, ['区财政局', name])).toEqual([name]);
  });

  it('should not take a plain 各县 for 各区, nor another organ of the places for them', () => {
    expect(m.find('各区', ['各县', '各区'])).toEqual(['各区']);
    expect(m.find('各地级以上市', ['各地级以上市党委'])).toEqual([]);
    expect(m.find('各县（区）', ['各县（区）党委'])).toEqual([]);
  });
});
