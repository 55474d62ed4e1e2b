/**
 * Generates two versions of a plan notice with any number of tasks, for scaling checks of
 * `plan diff` (tests check the counts; the benchmark times it). The generator applies known edits
 * (tasks removed, added, reworded, retitled, given another lead unit, moved to the next group),
 * so it knows what the diff must report.
 *
 * Tasks are numbered 1, 2, … within each group (three-digit item numbers are the most a marker
 * may have), ten to a group; every edit renumbers the tasks after it in its group.
 */
import { toChineseNumeral } from '../../src/text/chinese-numeral.js';

export interface ExpectedTaskCounts {
  unchanged: number;
  renumbered: number;
  moved: number;
  modified: number;
  removed: number;
  added: number;
}

export interface GeneratedPair {
  old: string;
  new: string;
  expected: ExpectedTaskCounts;
}

interface GenTask {
  key: number;
  group: number;
  title: string;
  body: string;
  lead: string;
  participants: string[];
}

/** A small deterministic generator (a 32-bit LCG), so every run builds the same documents. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const CHARS =
  '创新科技产业发展建设推动加强完善提升服务平台企业人才政策资金项目数字经济智能制造绿色低碳能源材料生物医药信息网络数据安全标准质量品牌市场开放合作协同机制体系改革试点示范引领培育壮大优化营商环境融资金融保障监督考核评估统筹规划布局载体园区基地孵化成果转化应用场景研发投入知识产权保护激励评价引进培养队伍结构供给需求消费投资贸易物流交通城市更新治理社区民生教育医疗养老文化旅游体育生态环境治污节水';

const UNITS = ['区科技局', '区发展改革委', '区财政局', '区人社局', '区产促局', '区金融局', '区市场监管局', '区商务局', '区教育局', '区卫健委', '区生态环境局', '区住建委'];

function phrase(next: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CHARS[Math.floor(next() * CHARS.length)];
  return out;
}

function makeTask(next: () => number, key: number, group: number, used: Set<string>): GenTask {
  let title = phrase(next, 8 + Math.floor(next() * 4));
  while (used.has(title)) title = phrase(next, 10);
  used.add(title);
  // Common phrasing (统筹协调) recurs in every task, as it does in real plans.
  const sentences = [phrase(next, 18), `加强统筹协调,${phrase(next, 16)}`, phrase(next, 20)];
  const lead = UNITS[Math.floor(next() * UNITS.length)] as string;
  const participants = UNITS.filter((u) => u !== lead && next() < 0.25).slice(0, 4);
  return { key, group, title, body: `${sentences.join(',')}。`, lead, participants };
}

function render(tasks: readonly GenTask[], groups: number, version: { year: number; serial: number }): string {
  const lines = [
    `测试区人民政府办公室关于印发测试区创新发展行动计划的通知`,
    '',
    `测试政办函〔${version.year}〕${version.serial}号`,
    '',
    '各委办局、各街道办事处:',
    '',
    '现将《测试区创新发展行动计划》印发给你们,请认真贯彻落实。',
    '',
    '测试区人民政府办公室',
    '',
    `${version.year}年3月1日`,
    '',
    '测试区创新发展行动计划',
    '',
    '一、总体要求',
    '',
    '坚持创新驱动发展,推动高质量发展。',
    '',
    '二、重点任务',
  ];
  for (let g = 0; g < groups; g++) {
    lines.push('', `(${toChineseNumeral(g + 1)})第${toChineseNumeral(g + 1)}组重点任务`);
    tasks
      .filter((t) => t.group === g)
      .forEach((t, k) => {
        const units = `牵头单位:${t.lead}${t.participants.length ? `,参与单位:${t.participants.join('、')}` : ''}`;
        lines.push('', `${k + 1}.${t.title}。${t.body}(${units})`);
      });
  }
  lines.push('', '三、保障措施', '', '(一)加强组织领导', '', '各部门要加强协作,确保各项任务落到实处。', '');
  return lines.join('\n');
}

/** Two versions of a notice with `taskCount` tasks and the task changes a diff must report. */
export function generatePlanPair(taskCount: number, seed = 1): GeneratedPair {
  const next = random(seed);
  const groups = Math.max(1, Math.ceil(taskCount / 10));
  const used = new Set<string>();
  const oldTasks = Array.from({ length: taskCount }, (_, i) => makeTask(next, i, Math.floor(i / 10), used));

  const newTasks: GenTask[] = [];
  const edit = new Map<number, 'removed' | 'modified' | 'moved'>();
  let added = 0;
  const moving: GenTask[] = [];
  oldTasks.forEach((t, i) => {
    if (i % 97 === 13) {
      edit.set(t.key, 'removed');
    } else if (i % 31 === 5) {
      // Reworded: two stretches of the text replaced.
      edit.set(t.key, 'modified');
      newTasks.push({ ...t, body: `${phrase(next, 6)}${t.body.slice(6, 30)}${phrase(next, 5)}${t.body.slice(35)}` });
    } else if (i % 53 === 11) {
      edit.set(t.key, 'modified');
      newTasks.push({ ...t, title: `${t.title}${phrase(next, 2)}` });
    } else if (i % 41 === 3) {
      edit.set(t.key, 'modified');
      newTasks.push({ ...t, lead: UNITS.find((u) => u !== t.lead && !t.participants.includes(u)) as string });
    } else if (i % 67 === 29 && t.group + 1 < groups) {
      edit.set(t.key, 'moved');
      moving.push({ ...t, group: t.group + 1 });
    } else {
      newTasks.push({ ...t });
    }
    if (i % 89 === 7) {
      added++;
      newTasks.push(makeTask(next, taskCount + added, t.group, used));
    }
  });
  // A moved task goes to the end of the next group.
  for (const t of moving) newTasks.push(t);
  newTasks.sort((a, b) => a.group - b.group);

  const numbering = (tasks: readonly GenTask[]): Map<number, number> => {
    const out = new Map<number, number>();
    const inGroup = new Map<number, number>();
    for (const t of tasks) {
      const n = (inGroup.get(t.group) ?? 0) + 1;
      inGroup.set(t.group, n);
      out.set(t.key, n);
    }
    return out;
  };
  const oldNumbers = numbering(oldTasks);
  const newNumbers = numbering(newTasks);
  const expected: ExpectedTaskCounts = { unchanged: 0, renumbered: 0, moved: 0, modified: 0, removed: 0, added };
  for (const t of oldTasks) {
    const e = edit.get(t.key);
    if (e) expected[e]++;
    else if (oldNumbers.get(t.key) !== newNumbers.get(t.key)) expected.renumbered++;
    else expected.unchanged++;
  }
  return {
    old: render(oldTasks, groups, { year: 2021, serial: 3 }),
    new: render(newTasks, groups, { year: 2022, serial: 5 }),
    expected,
  };
}
