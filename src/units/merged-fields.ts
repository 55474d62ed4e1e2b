/**
 * Departments named by the standard fields they merge (区科技创新局, 区文体旅游局, 县文体广电旅游局,
 * 区文化广电旅游体育局, 县农业农村和水利局, 区水利和湖泊局): each place merges its bureaus as it sees fit, so
 * such names are read by their fields, not listed one by one. Every field must be a real one, so a
 * misspelt name (区科枝创新局, 区文休旅游局) stays unknown.
 */

/**
 * Fields merged names are built of beyond those the registry's own departments are named by (科技 of
 * 科技局, 规划 of 自然资源和规划局): the parts notices join without 和 (科技创新 of Shenzhen's 科技创新局,
 * 文化广电旅游体育, 农业农村水利) and the fields the 2018 reform merged. Read only joined to another: a
 * 区创新局 or 区创新中心 is no department.
 */
export const MERGED_FIELDS: readonly string[] = [
  '科技', '创新', '工业', '信息化', '信息', '经济', '商务', '投资促进', '教育', '体育', '文化', '旅游', '广电', '广播电视',
  '新闻出版', '文物', '卫生', '健康', '计划生育', '医疗保障', '民政', '人力资源', '社会保障', '自然资源', '规划', '国土',
  '林业', '草原', '园林', '绿化', '生态环境', '住房', '城乡建设', '建设', '交通', '运输', '交通运输', '水利', '水务',
  '农业', '农村', '农业农村', '应急管理', '市场监管', '统计', '审计', '财政', '金融', '政务服务', '数据', '大数据',
  '行政审批', '城市管理', '综合执法', '民族宗教', '乡村振兴', '粮食', '物资储备', '能源', '知识产权', '司法', '退役军人事务',
];

/**
 * The culture fields, whose first characters stand for them in merged names (文体旅游局 of 文化, 体育 and
 * 旅游; 文广旅局): a field of one character is read only beside another of these.
 */
const CULTURE = new Set(['文', '体', '旅', '广', '文化', '体育', '旅游', '广电', '广播电视', '新闻出版', '文物']);

/** The longest field looked for: fields are short words, so a name is cut at most this far ahead. */
const MAX_FIELD = 8;

/**
 * Whether `field` (a department's name without its 局, 委 or 厅) is two or more fields, each `isField`
 * or one character of CULTURE beside another culture field, joined directly or with 和. No field
 * repeats the one before it (文文化 and 科技科技 are slips, not merged fields).
 */
export function isMergedFields(field: string, isField: (word: string) => boolean): boolean {
  if (field.length < 3) return false;
  const parts: string[] = [];
  const fits = (): boolean =>
    parts.every((p, i) => p.length > 1 || CULTURE.has(parts[i - 1] ?? '') || CULTURE.has(parts[i + 1] ?? ''));
  const walk = (at: number): boolean => {
    if (at === field.length) return parts.length >= 2 && fits();
    // 和 joins two fields: never first or last (水利和湖泊, not 和水利).
    const starts = parts.length > 0 && field[at] === '和' && at + 1 < field.length ? [at, at + 1] : [at];
    for (const start of starts) {
      for (let end = Math.min(field.length, start + MAX_FIELD); end > start; end--) {
        const word = field.slice(start, end);
        if (!(word.length === 1 ? CULTURE.has(word) : isField(word))) continue;
        const prev = parts[parts.length - 1];
        if (prev !== undefined && (prev.startsWith(word) || word.startsWith(prev))) continue;
        parts.push(word);
        if (walk(end)) return true;
        parts.pop();
      }
    }
    return false;
  };
  return walk(0);
}
