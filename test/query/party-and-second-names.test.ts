import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { departmentLoad } from '../../src/query/departments.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { validateDocument } from '../../src/validate/validate.js';
import { fixture } from './seed.js';

/**
 * fixtures/styles/party-and-second-unit-names.txt: five tasks of a 东川区 plan. 区科技局（区知识产权局）
 * leads task 1, 区科技局 joins task 2 and 区知识产权局 task 4; 中共东川区委宣传部 leads task 2 and
 * 区委宣传部 joins task 4; 区委组织部 leads task 3 and 组织部 joins task 5; 区金融工作办公室 leads
 * task 4 and 区金融办 joins task 5.
 */
const FILE = 'fixtures/styles/party-and-second-unit-names.txt';

const rolesOf = (rows: Array<{ number: string; role?: string }>): string[][] => rows.map((r) => [r.number, r.role ?? '']);

describe('units named by a second name, with 中共, without their committee, or by a 工作办公室', () => {
  it.each([
    ['知识产权局', [['1', 'lead'], ['2', 'participant'], ['4', 'participant']]],
    ['区知识产权局', [['1', 'lead'], ['2', 'participant'], ['4', 'participant']]],
    ['区委宣传部', [['2', 'lead'], ['4', 'participant']]],
    ['东川区委宣传部', [['2', 'lead'], ['4', 'participant']]],
    ['中共东川区委宣传部', [['2', 'lead'], ['4', 'participant']]],
    ['宣传部', [['2', 'lead'], ['4', 'participant']]],
    ['组织部', [['3', 'lead'], ['5', 'participant']]],
    ['区委组织部', [['3', 'lead'], ['5', 'participant']]],
    ['区金融办', [['4', 'lead'], ['5', 'participant']]],
    ['金融办', [['4', 'lead'], ['5', 'participant']]],
  ])('should find %s in the tasks that write it any of its ways', async (dept, expected) => {
    expect(rolesOf(await queryTasks(await fixture(FILE), { dept }))).toEqual(expected);
  });

  it('should count each unit once in departments', async () => {
    const rows = await departmentLoad(await fixture(FILE));
    const row = (unit: string) => rows.find((r) => r.names.includes(unit));
    expect(row('区委宣传部')).toMatchObject({ names: ['中共东川区委宣传部', '区委宣传部'], leadCount: 1, joinCount: 1 });
    expect(row('组织部')).toMatchObject({ names: ['区委组织部', '组织部'], leadCount: 1, joinCount: 1 });
    expect(row('区金融办')).toMatchObject({ names: ['区金融工作办公室', '区金融办'], leadCount: 1, joinCount: 1 });
  });

  it('should call 宣传部 ambiguous when the notices name a 区委宣传部 and a 市委宣传部', async () => {
    const text = (await readFile(FILE, 'utf8')).replace('配合单位：区知识产权局、区委宣传部', '配合单位：区知识产权局、市委宣传部');
    const doc = await parseNotice(Buffer.from(text), { name: 'two-levels.txt' });
    await expect(queryTasks(doc, { dept: '宣传部' })).rejects.toMatchObject({ code: 'no-such-unit', suggestions: ['中共东川区委宣传部', '市委宣传部'] });
  });

  it('should take 中共 and the place added in a new version for a respelling, not a change of the task', async () => {
    const text = await readFile(FILE, 'utf8');
    const old = await parseNotice(Buffer.from(text.replace('牵头单位：中共东川区委宣传部', '牵头单位：区委宣传部')), { name: 'old.txt' });
    const fresh = await parseNotice(Buffer.from(text), { name: 'new.txt' });
    const changes = (await diffDocuments(old, fresh)).changes;
    expect(changes.map((c) => `${c.kind} ${c.op}`)).toEqual(['unit respelled']);
  });

  it('should have validate find a unit that leads and joins one task under another of these names', async () => {
    const text = (await readFile(FILE, 'utf8')).replace('配合单位：组织部、区金融办', '配合单位：组织部、区人社局');
    const doc = await parseNotice(Buffer.from(text), { name: 'twice.txt' });
    const found = validateDocument(doc, text).filter((d) => d.ruleId === 'task-units');
    expect(found.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['13:41 "区人社局" is both a lead and a participant of this task (also at 13:20)']);
    expect(validateDocument(await fixture(FILE), await readFile(FILE, 'utf8')).filter((d) => d.ruleId === 'task-units')).toEqual([]);
  });
});
