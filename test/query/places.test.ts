import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { documentPlaces, stripPlaces } from '../../src/query/places.js';

describe('documentPlaces', () => {
  it('should read the places a notice is issued for from its issuer and titles', async () => {
    const doc = await parseNotice(await readFile('fixtures/hedong-2022.txt'), { name: 'hedong-2022.txt' });
    expect(documentPlaces(doc).sort()).toEqual(['天津市', '河东区'].sort());
  });

  it('should read 某区 and 某市, the places of a notice made anonymous', async () => {
    const doc = await parseNotice('某市某区促进就业若干措施\n\n一、主要措施\n\n1.开展招聘活动。（牵头单位：区人社局；参与单位：共青团某区委员会）\n');
    expect(documentPlaces(doc).sort()).toEqual(['某区', '某市'].sort());
  });

  it('should read traditional place names too', async () => {
    const doc = await parseNotice(await readFile('fixtures/query/traditional.txt'), { name: 'traditional.txt' });
    expect(documentPlaces(doc)).toContain('河東區');
  });
});

describe('documentPlaces: a 乡 inside a bureau\'s name', () => {
  const notice = (issuer: string, plan: string): string =>
    [`${issuer}关于印发${plan}的通知`, '各有关单位：', `现将《${plan}》印发给你们，请认真贯彻执行。`, issuer, '2024年3月1日', plan, '一、重点任务', '1.推进住房保障。（责任单位：住房和城乡建设局、县财政局）', '2.完善配套设施。（责任单位：县住房和城乡建设局）', ''].join('\n');

  it.each([
    ['某县住房和城乡建设局', '某县住房保障工作方案', ['某县']],
    ['某县住房城乡建设局', '某县住房保障工作方案', ['某县']],
    ['某縣住房和城鄉建設局', '某縣住房保障工作方案', ['某縣']],
  ])('should read no township 住房和城乡 from the issuer %s', async (issuer, plan, places) => {
    expect(documentPlaces(await parseNotice(notice(issuer, plan)))).toEqual(places);
  });

  it('should still read a township whose name ends in 城乡 before its own organs', async () => {
    expect(documentPlaces(await parseNotice(notice('某县古城乡人民政府', '某县古城乡住房保障工作方案')))).toEqual(['某县', '古城乡']);
  });

  it('should take 住房和城乡建设局 and the notice\'s 县住房和城乡建设局 for one unit', async () => {
    const doc = await parseNotice(notice('某县住房和城乡建设局', '某县住房保障工作方案'));
    expect((await queryTasks(doc, { dept: '县住房和城乡建设局' })).map((t) => t.number)).toEqual(['1', '2']);
  });
});

describe('stripPlaces', () => {
  const places = ['天津市', '河东区'];

  it('should keep the level word of the last place removed', () => {
    expect(stripPlaces('河东区科学技术局', places)).toBe('区科学技术局');
    expect(stripPlaces('天津市河东区科学技术局', places)).toBe('区科学技术局');
    expect(stripPlaces('天津市科学技术局', places)).toBe('市科学技术局');
  });

  it('should leave names that do not start with a known place alone', () => {
    expect(stripPlaces('区科技局', places)).toBe('区科技局');
    expect(stripPlaces('高新区管委会', places)).toBe('高新区管委会');
    expect(stripPlaces('和平区科技局', places)).toBe('和平区科技局');
  });

  it('should keep the level word before a name that starts with 市场 or 市政', () => {
    expect(stripPlaces('天津市市场监督管理局', places)).toBe('市市场监督管理局');
    expect(stripPlaces('天津市市政工程局', places)).toBe('市市政工程局');
    expect(stripPlaces('河东区区委组织部', places)).toBe('区委组织部');
  });

  it('should keep a name that is nothing but a place', () => {
    expect(stripPlaces('河东区', places)).toBe('河东区');
  });
});

describe('the places of a township notice', () => {
  const TOWN = 'fixtures/styles/township-shared-each-roster-annex.txt';
  const street = [
    '白沙街道办事处关于印发白沙街道平安建设工作方案的通知',
    '各社区居民委员会，街道各科室：',
    '现将《白沙街道平安建设工作方案》印发给你们，请认真贯彻执行。',
    '白沙街道办事处',
    '2024年4月2日',
    '白沙街道平安建设工作方案',
    '一、主要任务',
    '（一）开展矛盾纠纷排查化解。每月组织一次全覆盖排查。',
    '责任单位：街道平安建设办公室',
    '配合单位：街道派出所、各社区',
    '（二）加强重点人群服务管理。落实网格化服务。',
    '责任单位：党政综合办公室',
    '',
  ].join('\n');

  it('should read a 镇 or a 街道 from the issuer as the notice\'s place', async () => {
    const town = await parseNotice(await readFile(TOWN), { name: 'town.txt' });
    expect(documentPlaces(town)).toEqual(['柳溪镇']);
    expect(documentPlaces(await parseNotice(street, { name: 'street.txt' }))).toEqual(['白沙街道']);
  });

  it('should keep the level word of a 镇 or a 街道, and a word that starts with 乡 after a 乡', () => {
    expect(stripPlaces('柳溪镇安监站', ['柳溪镇'])).toBe('镇安监站');
    expect(stripPlaces('白沙街道平安建设办公室', ['白沙街道'])).toBe('街道平安建设办公室');
    expect(stripPlaces('桃林乡乡村振兴办公室', ['桃林乡'])).toBe('乡乡村振兴办公室');
  });

  it.each([
    ['柳溪镇安监站', [['（一）', 'lead']]],
    ['柳溪镇派出所', [['（一）', 'participant'], ['（二）', 'lead']]],
    ['镇安监站', [['（一）', 'lead']]],
  ])('should find %s, named with the township\'s place, in its tasks', async (dept, expected) => {
    const rows = await queryTasks(await parseNotice(await readFile(TOWN), { name: 'town.txt' }), { dept });
    expect(rows.map((r) => [r.label, r.role])).toEqual(expected);
  });

  it.each([
    ['白沙街道平安建设办公室', [['（一）', 'lead']]],
    ['白沙街道党政综合办公室', [['（二）', 'lead']]],
  ])('should find %s in a 街道 plan that names it with 街道 or without', async (dept, expected) => {
    const rows = await queryTasks(await parseNotice(street, { name: 'street.txt' }), { dept });
    expect(rows.map((r) => [r.label, r.role])).toEqual(expected);
  });
});

describe('the places of an autonomous prefecture or county and of a development zone', () => {
  const notice = (issuer: string, clause: string): string =>
    [`${issuer}人民政府办公室关于印发${issuer}2024年工作要点的通知`, '', `${issuer}2024年工作要点`, '', '一、重点任务', '', `1.强化用工服务。组织专场招聘会。（${clause}）`, ''].join('\n');

  it('should read an autonomous place with its peoples, and its short name', async () => {
    const doc = await parseNotice(notice('恩施土家族苗族自治州', '牵头单位：州人社局'));
    expect(documentPlaces(doc).sort()).toEqual(['恩施土家族苗族自治州', '恩施州'].sort());
    expect(documentPlaces(await parseNotice(notice('双江拉祜族佤族布朗族傣族自治县', '牵头单位：县人社局')))).toContain('双江县');
  });

  it('should keep the level word an autonomous place writes before its units (州, 县), not 自治', () => {
    expect(stripPlaces('恩施土家族苗族自治州人社局', ['恩施土家族苗族自治州'])).toBe('州人社局');
    expect(stripPlaces('融水苗族自治县人社局', ['融水苗族自治县', '融水县'])).toBe('县人社局');
    expect(stripPlaces('广西壮族自治区人社厅', ['广西壮族自治区'])).toBe('自治区人社厅');
  });

  it('should find a unit by the autonomous place\'s full or short name', async () => {
    const doc = await parseNotice(notice('融水苗族自治县', '牵头单位：县人社局；配合单位：县民宗局'));
    for (const dept of ['融水苗族自治县人社局', '融水县人社局', '县人社局']) {
      expect((await queryTasks(doc, { dept })).map((t) => t.number)).toEqual(['1']);
    }
  });

  it('should find a zone\'s bare-named unit by the zone\'s full name, its short name and its kind', async () => {
    const zone = (issuer: string): string =>
      [`${issuer}管理委员会关于印发工作方案的通知`, '', '工作方案', '', '一、重点任务', '', '1.优化审批服务。推行承诺制。（牵头单位：经济发展局）', ''].join('\n');
    const xy = await parseNotice(zone('襄阳高新技术产业开发区'));
    for (const dept of ['襄阳高新技术产业开发区经济发展局', '襄阳高新区经济发展局', '高新区经济发展局']) {
      expect((await queryTasks(xy, { dept })).map((t) => t.number)).toEqual(['1']);
    }
    const cs = await parseNotice(zone('长沙经济技术开发区'));
    expect(documentPlaces(cs).sort()).toEqual(['长沙经济技术开发区', '长沙经开区', '经开区'].sort());
    expect((await queryTasks(cs, { dept: '长沙经开区经济发展局' })).map((t) => t.number)).toEqual(['1']);
    // Another kind of zone is not this one.
    await expect(queryTasks(cs, { dept: '高新区经济发展局' })).rejects.toThrow();
  });
});
