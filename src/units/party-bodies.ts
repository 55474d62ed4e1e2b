/**
 * The bodies of a place's Party committee that the government has none of, in their short forms
 * (宣传部, 网信办, 老干部局 …). Two readers start from this one list: the query's key, which drops
 * the 委 before them (区委宣传部 is the 区宣传部), and validation's registry of known committee
 * bodies. Each adds the bodies only it needs, saying why, so the shared names are kept once.
 */
export const PARTY_OWN_BODIES: readonly string[] = [
  '宣传部', '组织部', '统战部', '政法委', '网信办', '编办', '外办', '财经办', '农办', '改革办', '深改办', '巡察办',
  '党校', '老干部局', '机要局', '保密办', '台办', '政研室', '军民融合办', '人才办',
  // The talent work bureau some committees keep in their 组织部 (区委组织部（区委人才工作局）).
  '人才工作局',
];
