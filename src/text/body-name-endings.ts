/**
 * How the whole name of a body ends: one base list, and the patterns each reader derives from it.
 *
 * The readers ask different questions of a name's end, so their lists differ on purpose (each
 * derives its own below, the extra endings with the reason for them); what every one of them takes
 * for a body's ending is the base list.
 */

/** The endings every reader takes for a body's: bureaus, committees, offices, departments, their centres, stations and sections. */
export const BASE_BODY_ENDINGS = ['局', '委', '办', '部', '厅', '院', '署', '中心', '所', '站', '队', '会', '处', '室'] as const;

/** The traditional form of the endings that have one (办 → 辦), for the readers that see text as written. */
const TRADITIONAL: Readonly<Record<string, string>> = {
  办: '辦', 厅: '廳', 会: '會', 队: '隊', 处: '處', 馆: '館', 联: '聯', 团: '團', 组: '組', 协: '協', 镇: '鎮', 乡: '鄉',
  集团: '集團', 单位: '單位', 部门: '部門', 机构: '機構', 大学: '大學', 学校: '學校', 企业: '企業',
};

/**
 * The institutions a clause names beside offices, as regex sources (folded, simplified text): schools
 * (党校, 技校, 第一中学, 实验小学, 农业大学, 幼儿园), farms and stations of the land (红星农场, 国有林场,
 * 种畜场, 国有苗圃, 旗马场), the troupes of the pastoral areas (乌兰牧骑) and the palaces of youth and
 * culture (县青少年宫, 工人文化宫). Their other kinds end as BASE_BODY_ENDINGS
 * do already (行政学院, 研究所, 卫生院, 林业站, 文工团 after 团). Each ending is a whole word of its kind, never
 * a bare 学 or 场 (化学, 市场, 现场) nor a 校 after a verb (进校, 返校).
 */
export const INSTITUTION_ENDINGS = ['(?:党|技|职|体|卫|艺|警|分)校', '[小中大]学', '幼儿园', '(?:农|林|牧|渔|畜|良种|茶|果|马)场', '苗圃', '乌兰牧骑', '(?:少年|文化)宫'] as const;

/** INSTITUTION_ENDINGS in either script, for the readers that see text as written (學, 場, 園, 黨, 衛, 藝, 騎). */
const INSTITUTION_ENDINGS_BOTH = ['(?:党|黨|技|职|職|体|體|卫|衛|艺|藝|警|分)校', '[小中大](?:学|學)', '幼(?:儿|兒)(?:园|園)', '(?:农|農|林|牧|渔|漁|畜|良种|良種|茶|果|马|馬)(?:场|場)', '苗圃', '乌兰牧骑|烏蘭牧騎', '(?:少年|文化)(?:宫|宮)'] as const;

/**
 * An alternation of the base endings and `extra` ones (regex sources), as a group without an anchor;
 * with `bothScripts`, each ending's traditional form too.
 */
export function bodyEndingSource(extra: readonly string[], bothScripts: boolean): string {
  const endings = [...BASE_BODY_ENDINGS, ...extra];
  return `(?:${(bothScripts ? endings.flatMap((e) => (TRADITIONAL[e] ? [e, TRADITIONAL[e]] : [e])) : endings).join('|')})`;
}

/**
 * A clause's unit names (folded and simplified, src/parse/responsibility.ts): a government (政府, not a
 * bare 府), a bureau's own sections (科, 股, 组), the associations, schools, halls, firms and stations
 * a list names beside offices (协, 校, 馆, 社, 团, 联, 行, 司, 电视台) and the institutions
 * (INSTITUTION_ENDINGS: 中学, 农场, 乌兰牧骑); never after a digit, where 整治50处, 建成3所 count things.
 */
export const CLAUSE_UNIT_END = `(?:(?<![0-9])${bodyEndingSource(['政府', '馆', '社', '团', '联', '行', '司', '科', '股', '组', '协', '校', '(?:电视|广播|气象|电)台', ...INSTITUTION_ENDINGS], false)})`;

/**
 * A name joined to the next by 和/及/与 (src/parse/joined-names.ts), as written, either script:
 * CLAUSE_UNIT_END's endings (any 台, the institutions) and the kinds of school and firm and the
 * collectives a list names beside offices (大学, 企业, 单位, 部门, 机构).
 */
export const JOINED_NAME_END = new RegExp(`${bodyEndingSource(['政府', '馆', '社', '团', '联', '行', '司', '台', '科', '股', '组', '协', '校', '大学', '学校', '高校', '企业', '单位', '部门', '机构', ...INSTITUTION_ENDINGS_BOTH], true)}$`);

/**
 * A unit a table cell's line ends with (src/source/inline-text.ts), in the markup as written, either
 * script: after a unit's name the cell's line break stays, after other words it disappears. Places
 * and collectives too (街道, 镇, 乡, 单位, 部门), as cells list them one per line, any government (府)
 * and firms (公司, 集团); it leaves out 馆, 社, 团, 联, 行, 司, 组, which a wrapped line of words may as
 * well end with (进行, 合作社, 小组).
 */
export const CELL_UNIT_END = new RegExp(`${bodyEndingSource(['府', '公司', '集团', '单位', '部门', '街道', '镇', '乡'], true)}$`);

/**
 * The last name of a line of units a wrap may have cut (src/source/line-wrap.ts), in folded text:
 * any government (府), halls, firms and associations (馆, 社, 团, 联, 行, 司), groups (组), places and
 * collectives (街道, 镇, 乡, 单位, 部门, 机构, 机关), and a closing bracket (a name's gloss ends it:
 * 各镇（街道）). A whole name there means the line was not cut inside one.
 */
export const WRAPPED_NAME_END = new RegExp(`${bodyEndingSource(['府', '馆', '社', '团', '联', '行', '司', '组', '街道', '镇', '乡', '单位', '部门', '机构', '机关', '[)）]'], false)}$`);
