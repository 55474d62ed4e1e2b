/**
 * The bodies of a development zone's administration (经济技术开发区, 高新区, 新区, 综合实验区 管委会), which
 * are not a government's: a zone merges portfolios into a few bureaus of its own naming, the same from one
 * zone to the next (招商局, 科技创新局, 社会事业局, 规划建设局, 党政综合办公室), and kept names the 2018 reform
 * retired elsewhere (安全生产监督管理局). Its notices name them bare or after the zone (区招商局). They are
 * known only in a zone's own notice, and offered there for a slip: a county's 社会事业局 or
 * 安全生产监督管理局 is no body now. The bureau of investment promotion is a county's or a city's too (县招商局,
 * 市招商合作局), which the registry knows in any notice.
 */
export const ZONE_BODIES: readonly string[] = [
  // Investment promotion, the bureau every zone has.
  '招商局', '招商合作局', '招商服务局', '招商和投资促进局', '投资促进局', '招商服务中心', '招商中心',
  // The merged portfolios: economy, science, society, planning and construction, finance.
  '经济发展局', '科技创新局', '社会事业局', '社会事务局', '社会发展局', '规划建设局', '建设管理局', '规划建设管理局',
  '财政金融局', '企业服务局', '综合执法局',
  // The general office of the zone's Party working committee and administration together, and the
  // committee's own bodies (党工委, its 纪工委, 党群工作部, 组织人事部).
  '党政综合办公室', '党政办公室', '党政办', '党工委', '纪工委', '党群工作部', '组织人事部',
  // The work-safety bureau zones kept after 2018, when governments' became 应急管理局.
  '安全生产监督管理局', '安全生产监管局', '安监局',
];

/** What a zone administration's name holds: its kind (开发区, 高新区, 新区 …) or its 管委会. */
const ZONE_ISSUER = /开发区|经开区|高新区|新区|实验区|试验区|示范区|合作区|保税区|自贸区|工业园区?|产业园区?|管委会|管理委员会/;
/** Where a title's issuer ends: 某开发区管委会关于印发… names itself before 关于; what follows is its matter. */
const ABOUT = '关于';

/**
 * Whether a notice is issued by a zone's administration: its issuer or a signatory names a zone or a
 * 管委会, or its title does before 关于 (a city's notice 关于支持高新区发展 is the city's). `heads` are
 * the notice's issuer, signatories and title, simplified where the notice is traditional.
 */
export function isZoneNotice(heads: Iterable<string | undefined>, title?: string): boolean {
  for (const head of heads) if (head && ZONE_ISSUER.test(head)) return true;
  if (!title) return false;
  const about = title.indexOf(ABOUT);
  return about > 0 && ZONE_ISSUER.test(title.slice(0, about));
}
