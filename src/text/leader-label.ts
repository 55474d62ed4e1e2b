/**
 * Labels of the leader in charge of a task: 责任领导, 牵头领导, 分管领导, 联系领导, with the level of
 * the leader or not (牵头区领导, 责任市级领导, 分管局领导), and the level alone (区领导, 市领导, 镇领导); in a
 * township's or a bureau's plan, the leader assigned to a village or a task (包村领导, 包保领导,
 * 包片领导, 包联领导, 挂钩领导). Not 领导 bare: 组织领导, 领导小组 are words of prose.
 * One list, so that a label read in a clause (包村领导：王某) is read as a task table's column, whole
 * or flattened one cell per line, too.
 */
export const LEADER_LABEL =
  '(?:(?:责任|牵头|分管|联系|挂点|挂钩|包联|包抓|包村|包保|包片|包点)(?:[省市州县区旗镇乡局]级?)?|[省市州县区旗镇乡]级?)领导';

/**
 * A task table's column of the leader in charge, its header a leader's label, maybe after the
 * leader's level (区级责任领导, 牵头区领导, 包村领导, 镇领导): people, never units.
 */
export const LEADER_COLUMN_SOURCE = `(?:[省市州县区旗镇乡]级)?${LEADER_LABEL}`;
