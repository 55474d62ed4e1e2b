import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/model/types.js';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { positionProblems } from '../helpers/positions.js';

/** The source text an element's span covers. */
const slice = (source: string, p: Position | null | undefined): string => (p ? source.slice(p.start.offset, p.end.offset) : '');

describe('element spans', () => {
  const page = 'fixtures/styles/page-title-entities-bracket-years.html';

  it('should end a span after the character reference its last character comes from', async () => {
    const source = readFileSync(page, 'utf8');
    const doc = await parseFile(page);
    const goals = doc.plan!.goals.slice(0, 2).map((g) => slice(source, g.position));
    expect(goals).toEqual(['全县绿色建材应用面积达到80万m&sup2;', '建筑工地扬尘投诉率控制在3&permil;']);
    expect(slice(source, doc.notice!.datePosition)).toBe('2024年6月3&#26085;');
    // Page markup is left out of the check: it is the spans' own ends that must fall between references.
    expect(positionProblems(doc, source).filter((p) => !/ lacks "/.test(p))).toEqual([]);
  });

  it('should place a page-title notice title at the part read as the title and start the notice at its addressees', async () => {
    const source = readFileSync(page, 'utf8');
    const notice = (await parseFile(page)).notice!;
    expect(notice.titleFrom).toBe('page-title');
    expect(slice(source, notice.titlePosition)).toBe('关于印发临溪县绿色建材推广三年行动方案的通知');
    expect(notice.position.start.offset).toBe(notice.addresseesPosition!.start.offset);
    expect(notice.position.end.offset).toBe(notice.datePosition!.end.offset);
  });

  it('should start the notice at its addressees when its title is the header\'s 名称', async () => {
    const file = 'fixtures/styles/header-title-addressees-years-joined.txt';
    const doc = await parseFile(file);
    expect(doc.notice!.titleFrom).toBe('metadata');
    expect(doc.notice!.position.start.line).toBe(5);
    expect(doc.notice!.addresseesPosition!.start.line).toBe(5);
  });

  it('should start the notice at its 发文字号 line when it stands above the addressees', async () => {
    const text = [
      '名称：临溪县人民政府办公室关于印发临溪县数字乡村建设行动方案的通知',
      '索引号：11331125MB0000000A/2024-00031',
      '临政办发〔2024〕15号',
      '各乡镇人民政府，县政府各部门：',
      '现将《临溪县数字乡村建设行动方案》印发给你们，请结合实际认真贯彻执行。',
      '临溪县人民政府办公室',
      '2024年5月6日',
      '临溪县数字乡村建设行动方案',
      '一、重点任务',
      '（一）建设数字农业示范基地。推动农业生产数字化改造。（牵头单位：县农业农村局）',
    ].join('\n');
    const notice = (await parseNotice(text)).notice!;
    expect(notice.documentNumberPosition?.start.line).toBe(3);
    expect(notice.position.start.line).toBe(3);
  });

  it('should start a target in brackets or joined on by 、 at its own words', async () => {
    const page = await parseFile('fixtures/styles/page-title-entities-bracket-years.html');
    const source = readFileSync('fixtures/styles/page-title-entities-bracket-years.html', 'utf8');
    expect(page.plan!.goals.slice(3, 5).map((g) => slice(source, g.position))).toEqual(['2024年18家', '2025年24家']);
    const file = 'fixtures/styles/header-title-addressees-years-joined.txt';
    const text = readFileSync(file, 'utf8');
    const goals = (await parseFile(file)).plan!.goals.map((g) => slice(text, g.position));
    expect(goals).toEqual(['全县数字农业示范基地达到100家', '2024年60家', '2025年80家', '培育农村电商示范村20个', '电商带头人300名']);
  });

  it('should keep a table cell\'s thousands separators in raw, inside the goal\'s span', async () => {
    const source = readFileSync(page, 'utf8');
    const goal = (await parseFile(page)).plan!.goals.find((g) => g.value === 1500)!;
    expect(goal.raw).toBe('1,500');
    expect(slice(source, goal.position)).toContain('1,500');
  });
});
