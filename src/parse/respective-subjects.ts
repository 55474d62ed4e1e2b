/**
 * The subjects of a list of targets after 分别 (A、B和C分别达到a、b、c): how the words before 分别
 * split into one subject per figure, and the measure a list of substances shares (氮氧化物和挥发性
 * 有机物排放总量分别下降10%、12%: 氮氧化物排放总量, 挥发性有机物排放总量). Used by goals.ts.
 */

/**
 * The ways the subjects' words may split, the likelier first: at every 、, 和, 及 and 与, then at
 * 、 alone, for a list whose names hold one of those characters (数字化研发设计工具普及率、关键工序
 * 数控化率: 及 in 普及). The caller takes the first that gives each figure its subject.
 */
export function subjectSplits(text: string): string[][] {
  const all = text.split(/、|和|及|与/).map((x) => x.trim()).filter(Boolean);
  if (!/[和及与]/.test(text) || !text.includes('、')) return [all];
  const listed = text.split('、').map((x) => x.trim()).filter(Boolean);
  return listed.length === all.length ? [all] : [all, listed];
}

/**
 * A measure that the last subject of a list of substances ends with, and that those before it,
 * naming a substance alone, share: 排放总量, 排放量, 浓度, 消耗总量 …. Kept to measures of amount,
 * of use (化肥、农药使用量: 化肥使用量, the longer measure before 用量) and of concentration, which
 * follow a substance; a name such as 城镇 (城镇和农村居民人均可支配收入) shares more than its measure, and
 * is left as written.
 */
const SHARED_MEASURE = /(?:排放总量|排放量|排放强度|平均浓度|浓度|消耗总量|消费总量|消耗量|使用总量|使用量|施用量|用量|总量|强度)$/;

/**
 * The measure the subjects before the last share with it (the tail of the last subject), or null
 * when the last names none, names nothing before it, or every subject before it has a measure of
 * its own (化学需氧量排放量、氨氮排放量).
 */
export function sharedMeasure(subjects: readonly string[]): string | null {
  if (subjects.length < 2) return null;
  const last = subjects[subjects.length - 1] as string;
  const tail = SHARED_MEASURE.exec(last);
  if (!tail || tail.index === 0) return null;
  const others = subjects.slice(0, -1);
  return others.every((s) => !SHARED_MEASURE.test(s) && s.length <= 12) ? tail[0] : null;
}
