// Inputs made to defeat the parser's searches: each shape, written n times, is where a pass that
// rescans what it has read would turn quadratic. The benchmark times each at two sizes; the
// reliability tests check what is read from the same shapes at their larger size.

/** @type {{ name: string, n: number, make: (n: number) => string }[]} */
export const HOSTILE_SHAPES = [
  {
    name: 'run-on goal paragraph',
    n: 2000,
    make: (n) => `一、目标\n\n${'到2022年，研发支出达到2.5%以上，力争新建2家实验室，'.repeat(n)}\n`,
  },
  {
    name: 'task lines',
    n: 2000,
    make: (n) => `一、重点任务\n\n${Array.from({ length: n }, (_, i) => `${i + 1}.任务${i}。内容(牵头单位:区科技局,参与单位:区财政局)`).join('\n\n')}\n`,
  },
  {
    // Twenty characters a line, no full stop: the wrap joins them all, brackets counted as they come.
    name: 'wrapped paragraph leaving a bracket open',
    n: 2000,
    make: (n) => `一、总体要求\n\n（${'为推进工作而制定的措施内容之一二'.repeat(n).replace(/(.{20})/g, '$1\n')}\n`,
  },
  {
    name: 'unbroken text of brackets and labels',
    n: 20_000,
    make: (n) => `一、总体要求\n\n${'(为'.repeat(n)}${'牵头单位:区科技局,'.repeat(n)}\n`,
  },
  {
    name: 'captions followed by short lines',
    n: 1000,
    make: (n) => `某区工作方案\n\n一、主要目标\n\n${Array.from({ length: n }, (_, i) => `表${i} 指标\n短行${i}`).join('\n')}\n`,
  },
  {
    name: 'captions that each start a table',
    n: 1000,
    make: (n) => `某区工作方案\n\n一、主要目标\n\n${'表1 指标\n序号\n指标\n1\n'.repeat(n)}`,
  },
  {
    name: 'paragraph of enumerations',
    n: 1000,
    make: (n) => `某区工作方案\n\n一、主要目标\n\n${'一是甲，二是乙，三是丙；'.repeat(n)}\n`,
  },
];
