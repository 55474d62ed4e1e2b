import { describe, expect, it } from 'vitest';
import { departmentLoad } from '../../src/query/departments.js';
import { groupTasks } from '../../src/report/task-groups.js';
import { unitKeysByName } from '../../src/report/unit-matrix.js';
import { fixture, range, SEED } from '../query/seed.js';

async function seedGroups(path = SEED) {
  const doc = await fixture(path);
  return groupTasks(doc, unitKeysByName(await departmentLoad(doc)));
}

describe('groupTasks', () => {
  it('should group the seed tasks under the six sections of 二、重点任务', async () => {
    const groups = await seedGroups();
    expect(groups.map((g) => [g.anchor, g.label, g.tasks.map((t) => t.number)])).toEqual([
      ['section-1', '(一)', range(1, 3)],
      ['section-2', '(二)', range(4, 6)],
      ['section-3', '(三)', range(7, 9)],
      ['section-4', '(四)', range(10, 13)],
      ['section-5', '(五)', range(14, 17)],
      ['section-6', '(六)', range(18, 20)],
    ]);
    expect(groups[0]?.title).toBe('紧抓创新策源能力建设,打造创新驱动发展新引擎');
  });

  it('should give each task its id as anchor, its text after the title and its units with their matrix keys', async () => {
    const task = (await seedGroups())[0]?.tasks[0];
    expect(task?.anchor).toBe('task-2360902d');
    expect(task?.title).toBe('实现创新平台提质增效');
    expect(task?.text.startsWith('依托天津市配电自动化工程中心')).toBe(true);
    expect(task?.text.endsWith('全面增强河东区科技创新策源功能。')).toBe(true);
    // Keys follow the load order: 区科技局 u1, 区产促局 u2, 区发展改革委 u3, 金贸产业园 u6, 区楼宇办 u9.
    expect(task?.lead).toEqual([{ name: '区科技局', key: 'u1' }]);
    expect(task?.participants.map((u) => `${u.name}=${u.key}`)).toEqual(['区发展改革委=u3', '区楼宇办=u9', '区产促局=u2', '金贸产业园=u6']);
    expect([task?.leadLabel, task?.participantLabel]).toEqual(['牵头单位', '参与单位']);
    expect(task?.position.start.line).toBe(68);
  });

  it('should keep the role labels a notice writes', async () => {
    const task = (await seedGroups('fixtures/variants/responsible-cooperating-wording.txt'))[0]?.tasks[0];
    expect([task?.leadLabel, task?.participantLabel]).toEqual(['责任单位', '配合单位']);
  });

  it('should keep tasks outside any section in a group of their own, where they first occur', async () => {
    const doc = await fixture(SEED);
    const plan = doc.plan!;
    // The parser puts every seed task in a section; a plan whose first tasks stand before any group is made by hand.
    const loose = { ...doc, plan: { ...plan, tasks: plan.tasks.map((t, i) => (i < 2 ? { ...t, section: null } : t)) } };
    const groups = groupTasks(loose, new Map());
    expect(groups.map((g) => [g.anchor, g.title, g.tasks.length])).toEqual([
      [null, null, 2],
      ['section-1', '紧抓创新策源能力建设,打造创新驱动发展新引擎', 1],
      ['section-2', '紧抓产业技术创新建设,构建高质高新产业新体系', 3],
      ['section-3', '紧抓科技成果转移转化,推动构筑成果转化新高地', 3],
      ['section-4', '紧抓创新主体能级建设,厚植科企创新发展新优势', 4],
      ['section-5', '紧抓营商环境提档升级,构建良好创新创业新生态', 4],
      ['section-6', '紧抓优秀人才队伍建设,激发创新创造创业新活力', 3],
    ]);
    // A unit the matrix does not know gets no key (and so matches no filter).
    expect(groups[0]?.tasks[0]?.lead).toEqual([{ name: '区科技局', key: '' }]);
  });
});
