import { describe, expect, it } from 'vitest';
import { looksVerbal, parseClause, parseVerbalClause, splitUnits, statesFirstIsLead } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const read = (clause: string, firstIsLead = false) => {
  const r = parseClause(clause, fold(clause), firstIsLead);
  return r && { lead: r.lead, participants: r.participants, labels: r.roles.map((x) => x.label) };
};

describe('responsibility clauses', () => {
  it.each([
    ['牵头单位:区科技局,参与单位:区发展改革委、区楼宇办', ['区科技局'], ['区发展改革委', '区楼宇办'], ['牵头单位', '参与单位']],
    ['牵头单位：区市场监管局、区科技局，参与单位：区司法局', ['区市场监管局', '区科技局'], ['区司法局'], ['牵头单位', '参与单位']],
    ['牵头单位:区科技局', ['区科技局'], [], ['牵头单位']],
    ['牵头单位:A局;责任单位:B局、C局', ['A局'], ['B局', 'C局'], ['牵头单位', '责任单位']],
    ['牵头单位:A局,配合单位:B局', ['A局'], ['B局'], ['牵头单位', '配合单位']],
    ['责任单位：区科技局，配合单位：区财政局', ['区科技局'], ['区财政局'], ['责任单位', '配合单位']],
    ['責任單位:區科技局', null, null, null],
    ['牵头单位︰区科技局，参与单位︰区税务局', ['区科技局'], ['区税务局'], ['牵头单位', '参与单位']],
    ['牵头单位 区人社局 参与单位 区科技局', ['区人社局'], ['区科技局'], ['牵头单位', '参与单位']],
    ['负责部门：人力资源社会保障部、住房城乡建设部、商务部；适用范围：所有自贸试验区', ['人力资源社会保障部', '住房城乡建设部', '商务部'], [], ['负责部门']],
    ['负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区', ['发展改革委', '粮食和储备局'], [], ['负责部门']],
    ['财政部、工业和信息化部、人民银行、银保监会负责', ['财政部', '工业和信息化部', '人民银行', '银保监会'], [], ['负责']],
    ['人力资源社会保障部等有关部门和单位负责', ['人力资源社会保障部', '有关部门和单位'], [], ['负责']],
    ['人力资源社会保障部、科技部，各省级人民政府按职责分工负责', ['人力资源社会保障部', '科技部', '各省级人民政府'], [], ['按职责分工负责']],
    ['区发展改革委牵头，区建管委、区房管局按职责分工负责', ['区发展改革委'], ['区建管委', '区房管局'], ['牵头', '按职责分工负责']],
    ['责任单位：区政务服务中心，各相关部门按职责分工负责', ['区政务服务中心'], ['各相关部门'], ['责任单位', '按职责分工负责']],
    ['各市人民政府负责，有关部门配合', ['各市人民政府'], ['有关部门'], ['负责', '配合']],
    ['各地区、各有关部门按职责分工负责', ['各地区', '各有关部门'], [], ['按职责分工负责']],
    ['各区政府、市有关部门按职责分工落实', ['各区政府', '市有关部门'], [], ['按职责分工落实']],
    ['省发展改革委牵头，省工业和信息化厅、省财政厅等配合', ['省发展改革委'], ['省工业和信息化厅', '省财政厅'], ['牵头', '配合']],
    ['市科委牵头负责，中关村管委会参与', ['市科委'], ['中关村管委会'], ['牵头', '参与']],
    ['责任单位：市发展改革委牵头，市财政局等配合', ['市发展改革委'], ['市财政局'], ['牵头', '配合']],
    ['责任领导：张三；责任单位：区发改局、区财政局', ['区发改局', '区财政局'], [], ['责任单位']],
    ['区发改局牵头，各乡镇（街道）配合', ['区发改局'], ['各乡镇（街道）'], ['牵头', '配合']],
    ['责任单位：区政府办、区发改局，各乡镇（街道）', ['区政府办', '区发改局', '各乡镇（街道）'], [], ['责任单位']],
    ['国家发展改革委、人力资源社会保障部按职责分工负责，各省级人民政府参与', ['国家发展改革委', '人力资源社会保障部'], ['各省级人民政府'], ['按职责分工负责', '参与']],
    ['责任单位：市发展改革委、市商务局，各区县政府。以下均需各区县政府落实，不再列出', ['市发展改革委', '市商务局', '各区县政府'], [], ['责任单位']],
    ['牵头：市发展改革委；参与：市财政局、市自然资源局', ['市发展改革委'], ['市财政局', '市自然资源局'], ['牵头', '参与']],
    ['主办：市政务服务局，协办：各区政府', ['市政务服务局'], ['各区政府'], ['主办', '协办']],
    ['主办机关:交通局;协办机关:资讯局、工务局', ['交通局'], ['资讯局', '工务局'], ['主办机关', '协办机关']],
    // A duty verb after a labelled list adds nothing; units before 配合 after it take part.
    ['责任单位：区科技局、区财政局，按职责分工负责', ['区科技局', '区财政局'], [], ['责任单位']],
    ['责任单位：区科技局、区财政局等按职责分工负责', ['区科技局', '区财政局'], [], ['责任单位']],
    ['牵头单位：区科技局，各街道配合', ['区科技局'], ['各街道'], ['牵头单位', '配合']],
    ['牵头单位：區科技局，各街道、區財政局等配合', ['區科技局'], ['各街道', '區財政局'], ['牵头单位', '配合']],
    ['市商务局、市文旅局按照职责分工负责', ['市商务局', '市文旅局'], [], ['按照职责分工负责']],
    ['区发展改革委牵头，区建管委、区房管局按照职责分工负责', ['区发展改革委'], ['区建管委', '区房管局'], ['牵头', '按照职责分工负责']],
    ['人力资源社会保障部、财政部按职能分工负责', ['人力资源社会保障部', '财政部'], [], ['按职能分工负责']],
    // Three parts or more: the first leads, the others take part.
    ['区科技局牵头，区财政局、区教育局参与，各街道配合', ['区科技局'], ['区财政局', '区教育局', '各街道'], ['牵头', '参与', '配合']],
    ['责任单位：区科技局牵头，区财政局配合，各街道落实', ['区科技局'], ['区财政局', '各街道'], ['牵头', '配合', '落实']],
    ['区科技局负责，区财政局配合，各街道协助', ['区科技局'], ['区财政局', '各街道'], ['负责', '配合', '协助']],
    ['省经信厅牵头，省生态环境厅配合，各市州政府具体落实', ['省经信厅'], ['省生态环境厅', '各市州政府'], ['牵头', '配合', '具体落实']],
    // The units that carry the work out after those responsible take part.
    ['省财政厅、省发展改革委按职责分工负责；各市、州人民政府落实', ['省财政厅', '省发展改革委'], ['各市、州人民政府'], ['按职责分工负责', '落实']],
    ['省经信厅负责，各市、州人民政府落实', ['省经信厅'], ['各市、州人民政府'], ['负责', '落实']],
    ['省经信厅负责，各县政府具体落实', ['省经信厅'], ['各县政府'], ['负责', '具体落实']],
    // A bare list of units in the brackets, with or without a deadline.
    ['区教育局、区住房城乡建设委', ['区教育局', '区住房城乡建设委'], [], ['']],
    ['区卫生健康委，2024年底前', ['区卫生健康委'], [], ['']],
    ['区城市管理委、区交通局、各街道', ['区城市管理委', '区交通局', '各街道'], [], ['']],
    // A people's organisation or a station alone, as an office alone is; not a platform.
    ['市工商联', ['市工商联'], [], ['']],
    ['市委宣传部、市广播电视台', ['市委宣传部', '市广播电视台'], [], ['']],
    ['市气象台', ['市气象台'], [], ['']],
    ['区政务服务平台', null, null, null],
    // A note of the short name the text goes on with is no part of the name.
    ['责任单位：区发展和改革委员会（以下简称区发改委，下同）、区财政局', ['区发展和改革委员会', '区财政局'], [], ['责任单位']],
    ['不含中心城区', null, null, null],
    ['含各开发区管委会', null, null, null],
    ['下称区人才办', null, null, null],
    ['原区科学技术委员会', null, null, null],
    ['各区、各县', null, null, null],
    ['国有企业、民营企业', null, null, null],
    // A deadline before the units.
    ['2023年6月底前完成，区规划资源局负责', ['区规划资源局'], [], ['负责']],
    ['持续推进；区发展改革委牵头，区财政局配合', ['区发展改革委'], ['区财政局'], ['牵头', '配合']],
    ['2023年底前，各街道按职责分工负责', ['各街道'], [], ['按职责分工负责']],
    ['2023年底前完成全部改造', null, null, null],
    ['市委编办牵头，市司法局等部门配合，持续推进', ['市委编办'], ['市司法局'], ['牵头', '配合']],
    ['市委宣传部、市委网信办，各区政府按职责分工负责；2024年底前完成', ['市委宣传部', '市委网信办', '各区政府'], [], ['按职责分工负责']],
    // The lead marked where it is named: A（牵头）、B、C.
    ['责任单位：市工业和信息化局（牵头）、市通信发展办、各区人民政府', ['市工业和信息化局'], ['市通信发展办', '各区人民政府'], ['责任单位', '责任单位']],
    ['责任单位:市发展改革委(牵头),市工业和信息化局、市大数据局', ['市发展改革委'], ['市工业和信息化局', '市大数据局'], ['责任单位', '责任单位']],
    ['责任单位：区财政局、区科技局（牵头单位）', ['区科技局'], ['区财政局'], ['责任单位', '责任单位']],
    ['牵头单位：区科技局（牵头）、区财政局', ['区科技局', '区财政局'], [], ['牵头单位']],
    ['区科技局（牵头）、区财政局按职责分工负责', ['区科技局'], ['区财政局'], ['按职责分工负责', '按职责分工负责']],
    ['责任单位：各乡镇（街道）、区农业农村局（牵头）', ['区农业农村局'], ['各乡镇（街道）'], ['责任单位', '责任单位']],
    // The mark in other brackets: 〔牵头〕, [牵头] — after a name, no label of the units after it.
    ['责任单位：省科技厅〔牵头〕、省工业和信息化厅、省税务局', ['省科技厅'], ['省工业和信息化厅', '省税务局'], ['责任单位', '责任单位']],
    ['责任单位：省科技厅[牵头]、省国资委', ['省科技厅'], ['省国资委'], ['责任单位', '责任单位']],
    // Units that carry the work out themselves (负责实施, 组织实施, 具体负责), and helpers by their duties (按职责配合).
    ['县水务集团负责实施', ['县水务集团'], [], ['负责实施']],
    ['县生态环境分局具体负责，县水利局配合', ['县生态环境分局'], ['县水利局'], ['具体负责', '配合']],
    ['县水利局组织实施，县林业局配合', ['县水利局'], ['县林业局'], ['组织实施', '配合']],
    ['区民政局牵头，区卫健局、区医保局按职责配合', ['区民政局'], ['区卫健局', '区医保局'], ['牵头', '按职责配合']],
    ['区民政局牵头，区数据资源局等部门按职责分工配合', ['区民政局'], ['区数据资源局'], ['牵头', '按职责分工配合']],
    ['责任单位：區科技局（牽頭）、區財政局', ['區科技局'], ['區財政局'], ['责任单位', '责任单位']],
    ['责任单位：區科技局、區財政局等部門', ['區科技局', '區財政局'], [], ['责任单位']],
    ['责任单位：區科技局、區財政局等有關部門', ['區科技局', '區財政局', '有關部門'], [], ['责任单位']],
    ['责任单位：区发改委、区财政局、区人社局（按职责分工负责）', ['区发改委', '区财政局', '区人社局'], [], ['责任单位']],
    ['责任单位：市发展改革委、市能源局按职责分工负责', ['市发展改革委', '市能源局'], [], ['责任单位']],
    ['责任单位：市发展改革委、市能源局（分工负责）', ['市发展改革委', '市能源局'], [], ['责任单位']],
    ['牵头单位：区金融局；配合单位：/', ['区金融局'], [], ['牵头单位', '配合单位']],
    // The genre's other verbs for who leads and who takes part.
    ['区发展改革委牵头抓总，区财政局配合', ['区发展改革委'], ['区财政局'], ['牵头', '配合']],
    ['区住房城乡建设委牵头实施，区财政局配合', ['区住房城乡建设委'], ['区财政局'], ['牵头', '配合']],
    ['区投资促进局主责，各街道配合', ['区投资促进局'], ['各街道'], ['主责', '配合']],
    ['区商务局主抓，区市场监管局协同', ['区商务局'], ['区市场监管局'], ['主抓', '协同']],
    ['区投资促进局主责', ['区投资促进局'], [], ['主责']],
    ['区教育局负责，区财政局给予经费保障', ['区教育局'], ['区财政局'], ['负责', '给予经费保障']],
    ['区教育局牵头，区财政局做好资金保障', ['区教育局'], ['区财政局'], ['牵头', '做好资金保障']],
    ['区团委负责，区财政局予以支持', ['区团委'], ['区财政局'], ['负责', '予以支持']],
    ['区民政局牵头，区卫生健康委配合，各街道具体实施', ['区民政局'], ['区卫生健康委', '各街道'], ['牵头', '配合', '具体实施']],
    ['责任单位：区住房城乡建设委牵头，区财政局配合，各街道具体实施', ['区住房城乡建设委'], ['区财政局', '各街道'], ['牵头', '配合', '具体实施']],
    ['牵头单位：区科技局，区财政局给予经费保障', ['区科技局'], ['区财政局'], ['牵头单位', '给予经费保障']],
    // 会同 joins units that lead together where the label or verb says they lead; under a verb that
    // names no lead (负责), the unit before 会同 leads and those after it take part.
    ['牵头单位：区发展改革委会同区财政局', ['区发展改革委', '区财政局'], [], ['牵头单位']],
    ['区教育局会同区大数据中心牵头，区财政局配合', ['区教育局', '区大数据中心'], ['区财政局'], ['牵头', '配合']],
    ['区交通局会同区公安分局负责，各街道具体落实', ['区交通局'], ['区公安分局', '各街道'], ['负责', '会同', '具体落实']],
    ['市交通运输局会同市公安局负责', ['市交通运输局'], ['市公安局'], ['负责', '会同']],
    // A verb of support with nothing that names units is no clause.
    ['强化要素保障', null, null, null],
    ['加大政策支持', null, null, null],
    ['各部门要密切配合，给予政策支持', null, null, null],
    ['牵头单位：区经信局；配合单位：无', ['区经信局'], [], ['牵头单位', '配合单位']],
  ])('should read (%s)', (clause, lead, participants, labels) => {
    if (lead === null) expect(read(clause)).toBeNull();
    else expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    // A bureau's plan names its own sections under the labels.
    ['责任科室：高新技术科', ['高新技术科'], [], ['责任科室']],
    ['责任股室：产学研合作股', ['产学研合作股'], [], ['责任股室']],
    ['牵头处室：科技金融处；配合处室：办公室', ['科技金融处'], ['办公室'], ['牵头处室', '配合处室']],
    ['牵头科室：规划科，配合科室：财务科、办公室', ['规划科'], ['财务科', '办公室'], ['牵头科室', '配合科室']],
    ['责任部室：综合部', ['综合部'], [], ['责任部室']],
  ])('should read the role labels of a bureau\'s sections (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    // A unit that guides takes part, wherever it is named; the others lead.
    ['各镇街负责，县农业农村局指导', ['各镇街'], ['县农业农村局'], ['负责', '指导']],
    ['各镇街负责，县农业农村局督导', ['各镇街'], ['县农业农村局'], ['负责', '督导']],
    ['县农业农村局指导，各镇街负责', ['各镇街'], ['县农业农村局'], ['指导', '负责']],
    ['县农业农村局负责督促指导，各镇街负责', ['各镇街'], ['县农业农村局'], ['负责督促指导', '负责']],
    ['县水利局负责业务指导，各镇街具体实施', ['各镇街'], ['县水利局'], ['负责业务指导', '具体实施']],
    ['各镇街负责，县农业农村局指导，县财政局给予资金保障', ['各镇街'], ['县农业农村局', '县财政局'], ['负责', '指导', '给予资金保障']],
    ['县住建局督导，各镇街负责，县财政局配合', ['各镇街'], ['县住建局', '县财政局'], ['督导', '负责', '配合']],
    ['责任单位：各镇街；指导单位：县农业农村局', ['各镇街'], ['县农业农村局'], ['责任单位', '指导单位']],
    ['责任单位：各镇街，县农业农村局指导', ['各镇街'], ['县农业农村局'], ['责任单位', '指导']],
    // 牵头指导 leads: the verb says 牵头.
    ['县农业农村局牵头指导，各镇街负责落实', ['县农业农村局'], ['各镇街'], ['牵头', '负责落实']],
    ['县农业农村局负责督促指导，各镇街负责具体实施', ['各镇街'], ['县农业农村局'], ['负责督促指导', '负责具体实施']],
  ])('should keep a unit that guides as one taking part (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    // A unit that only helps never leads: beside a guiding unit alone, the guide leads.
    ['县水利局负责督促指导，各乡镇配合', ['县水利局'], ['各乡镇'], ['负责督促指导', '配合']],
    ['县水利局负责督促，各乡镇配合', ['县水利局'], ['各乡镇'], ['负责督促', '配合']],
    ['县水利局指导，各乡镇协助', ['县水利局'], ['各乡镇'], ['指导', '协助']],
  ])('should never make a unit that only helps the lead beside a guiding one (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    ['区民政局、区卫生健康委共同负责，区发展改革委配合', ['区民政局', '区卫生健康委'], ['区发展改革委'], ['共同负责', '配合']],
    ['区经济信息委牵头，区民政局、区大数据局分别配合', ['区经济信息委'], ['区民政局', '区大数据局'], ['牵头', '分别配合']],
    ['区民政局、区财政局分别负责，区审计局参与', ['区民政局', '区财政局'], ['区审计局'], ['分别负责', '参与']],
  ])('should read units that lead together or help each on its own (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    ['区科技局、区教育局共同牵头，区财政局配合', ['区科技局', '区教育局'], ['区财政局'], ['共同牵头', '配合']],
    ['区科技局、区教育局分别牵头，区财政局配合', ['区科技局', '区教育局'], ['区财政局'], ['分别牵头', '配合']],
    ['区科技局、区教育局联合牵头', ['区科技局', '区教育局'], [], ['联合牵头']],
    ['区科技局牵头，区教育局、区财政局共同推进', ['区科技局'], ['区教育局', '区财政局'], ['牵头', '共同推进']],
    ['区科技局、区教育局按职责分工牵头负责', ['区科技局', '区教育局'], [], ['按职责分工牵头']],
    ['区发展改革委、区财政局依职责分工负责', ['区发展改革委', '区财政局'], [], ['依职责分工负责']],
    ['区政务服务局、区大数据中心根据职责分工负责', ['区政务服务局', '区大数据中心'], [], ['根据职责分工负责']],
    ['区政务服务局、区大数据中心依据职责分工负责', ['区政务服务局', '区大数据中心'], [], ['依据职责分工负责']],
    ['区市场监管局、区司法局按职责抓好落实', ['区市场监管局', '区司法局'], [], ['按职责抓好落实']],
    ['区水利局牵头，区应急局、区气象局按照各自职责负责', ['区水利局'], ['区应急局', '区气象局'], ['牵头', '按照各自职责负责']],
    ['责任单位：区科技局、区财政局，依职责分工负责', ['区科技局', '区财政局'], [], ['责任单位']],
  ])('should read joint leads and the ways of sharing work by duty (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    ['区科技局为牵头单位，区财政局、区金融局为配合单位', ['区科技局'], ['区财政局', '区金融局'], ['牵头单位', '配合单位']],
    ['区人社局作为牵头单位，区农业农村局作为配合单位', ['区人社局'], ['区农业农村局'], ['牵头单位', '配合单位']],
    ['区科技局、区财政局为责任单位', ['区科技局', '区财政局'], [], ['责任单位']],
  ])('should read roles named after their units (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    ['牵头单位：区商务局；协调单位：区发展改革委；督办单位：区政府督查室', ['区商务局'], ['区发展改革委', '区政府督查室'], ['牵头单位', '协调单位', '督办单位']],
    ['牵头单位：街道城管科；监督单位：街道纪工委；联系单位：街道综治中心', ['街道城管科'], ['街道纪工委', '街道综治中心'], ['牵头单位', '监督单位', '联系单位']],
    ['牵头单位：区教育局；督查单位：区政府督查室', ['区教育局'], ['区政府督查室'], ['牵头单位', '督查单位']],
    ['牵头：街道综治中心；督导：街道党政办', ['街道综治中心'], ['街道党政办'], ['牵头', '督导']],
    ['牵头：区发改委，协同：区财政局、各街道', ['区发改委'], ['区财政局', '各街道'], ['牵头', '协同']],
    ['牵头：区民政局，协助：区财政局，指导：市民政局，督办：区政府办', ['区民政局'], ['区财政局', '市民政局', '区政府办'], ['牵头', '协助', '指导', '督办']],
    ['牵头单位：区住建局；具体实施单位：各街道办事处', ['区住建局'], ['各街道办事处'], ['牵头单位', '具体实施单位']],
    ['具体负责单位：各镇人民政府', ['各镇人民政府'], [], ['具体负责单位']],
  ])('should read the labels of units that coordinate, oversee or do the work beside the lead (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it('should not read a bare role word at the end of a longer word as a label', () => {
    // 政策协同：, 业务指导： open a sentence; the clause is the bracket's labelled part only.
    expect(read('政策协同：各部门互通信息')).toBeNull();
    expect(read('业务指导：区民政局')).toBeNull();
  });

  it.each([
    ['牵头单位为市人社局，市农业农村局、市乡村振兴局配合', ['市人社局'], ['市农业农村局', '市乡村振兴局'], ['牵头单位', '配合']],
    ['牵头单位为市人社局，配合单位为市财政局、市税务局', ['市人社局'], ['市财政局', '市税务局'], ['牵头单位', '配合单位']],
    ['责任单位为区教育局、区卫生健康委', ['区教育局', '区卫生健康委'], [], ['责任单位']],
    ['牵头部门为市商务局，各县区政府负责落实', ['市商务局'], ['各县区政府'], ['牵头部门', '负责落实']],
  ])('should read roles named before their units (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it('should not read a sentence about what a lead does as a role named before its units', () => {
    expect(read('牵头单位为企业提供服务')).toBeNull();
    expect(read('牵头单位为第一责任人，要加强统筹')).toBeNull();
  });

  it.each([
    ['市发展改革委、市生态环境局按职责分工负责，各区、市政府落实。以下均需各区、市政府落实，不再列出', ['市发展改革委', '市生态环境局'], ['各区、市政府'], ['按职责分工负责', '落实']],
    ['牵头单位：市城管局；配合单位：市住房城乡建设局。此项任务纳入年度考核', ['市城管局'], ['市住房城乡建设局'], ['牵头单位', '配合单位']],
  ])('should read the first sentence of a clause as the clause and a note after it as no units (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it('should read no units in a later sentence that opens as a remark (其中…, 以下…)', () => {
    const r = read('区教育局、区卫生健康委按职责分工负责。其中区教育局牵头');
    expect([...r!.lead, ...r!.participants]).toEqual(['区教育局', '区卫生健康委']);
  });

  it('should add the units of a later sentence that reads as a clause too', () => {
    expect(read('责任单位：市工业和信息化局。市生态环境局、市应急局配合')).toEqual({
      lead: ['市工业和信息化局'],
      participants: ['市生态环境局', '市应急局'],
      labels: ['责任单位', '配合'],
    });
  });

  it('should not read a sentence that assigns a role as a clause naming its verb a unit', () => {
    expect(read('确定区科技局为牵头单位')?.lead ?? []).not.toContain('确定区科技局');
  });

  it('should read traditional labels once the matching copy is simplified', () => {
    const text = '牽頭單位:區科技局,參與單位:區財政局';
    const simplified = '牵头单位:区科技局,参与单位:区财政局';
    const r = parseClause(text, simplified, false)!;
    expect(r.lead).toEqual(['區科技局']);
    expect(r.participants).toEqual(['區財政局']);
    expect(r.roles[0]!.label).toBe('牽頭單位');
  });

  it.each([
    ['區發展改革委牽頭，區財政局配合', '区发展改革委牵头,区财政局配合', ['區發展改革委'], ['區財政局'], ['牽頭', '配合']],
    ['區科技局會同區財政局負責', '区科技局会同区财政局负责', ['區科技局'], ['區財政局'], ['負責', '會同']],
    ['區科技局、區財政局按職責分工負責', '区科技局、区财政局按职责分工负责', ['區科技局', '區財政局'], [], ['按職責分工負責']],
    ['區科技局負責，區財政局協助', '区科技局负责,区财政局协助', ['區科技局'], ['區財政局'], ['負責', '協助']],
  ])('should read a verbal clause in traditional characters and keep its labels as written (%s)', (text, simplified, lead, participants, labels) => {
    const r = parseClause(text, simplified, false)!;
    expect([r.lead, r.participants, r.roles.map((x) => x.label)]).toEqual([lead, participants, labels]);
  });

  it.each([
    ['计划财务股牵头，安全稳定股配合', ['计划财务股'], ['安全稳定股'], ['牵头', '配合']],
    ['人事科负责', ['人事科'], [], ['负责']],
    ['各幼儿园负责', ['各幼儿园'], [], ['负责']],
    ['镇农业服务中心牵头，各村配合', ['镇农业服务中心'], ['各村'], ['牵头', '配合']],
    ['镇妇联负责，各行政村配合', ['镇妇联'], ['各行政村'], ['负责', '配合']],
    ['区科协牵头，区教育局配合', ['区科协'], ['区教育局'], ['牵头', '配合']],
    ['区教育局牵头，区作协配合', ['区教育局'], ['区作协'], ['牵头', '配合']],
  ])('should read a verbal clause naming the sections, villages, kindergartens or associations of a bureau or a township (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it('should make the first unit the lead when the document says so', () => {
    expect(read('人力资源社会保障部、财政部负责', true)).toEqual({ lead: ['人力资源社会保障部'], participants: ['财政部'], labels: ['负责'] });
    expect(read('责任单位：区发展改革委、区建管委', true)).toEqual({ lead: ['区发展改革委'], participants: ['区建管委'], labels: ['责任单位'] });
  });

  it.each([
    ['责任单位：市商务局、市财政局，排在第一位的为牵头单位，下同'],
    ['责任单位:市商务局、市财政局;列第一位者为牵头单位'],
    ['市商务局、市财政局按职责分工负责，排在首位的为牵头单位'],
    ['责任单位：市商务局、市财政局，下同'],
  ])('should leave the notes on how to read a clause out of its units (%s)', (clause) => {
    expect(read(clause, true)).toMatchObject({ lead: ['市商务局'], participants: ['市财政局'] });
  });

  it.each([
    ['/', []],
    ['／', []],
    ['无', []],
    ['暂无', []],
    ['不涉及', []],
    ['N/A', []],
    ['区财政局、无', ['区财政局']],
    ['区发改局/区财政局', ['区发改局', '区财政局']],
    ['无锡市商务局', ['无锡市商务局']],
  ])('should read a cell that says no unit takes part as no units (%s)', (cell, units) => {
    expect(splitUnits(cell)).toEqual(units);
  });

  it.each([
    ['区委组织部〔区委人才办〕、区人社局', ['区委组织部〔区委人才办〕', '区人社局']],
    ['区委组织部（区委人才办）、区人社局', ['区委组织部（区委人才办）', '区人社局']],
    ['区委宣传部〔区文明办〕负责', ['区委宣传部〔区文明办〕']],
  ])('should read a name with its second name in brackets, round or 〔〕, as one unit: %s', (clause, lead) => {
    expect(read(clause)).toMatchObject({ lead, participants: [] });
  });

  it.each([
    ['以下简称“自贸试验区”'],
    ['2020—2022年'],
    ['含技工院校'],
    ['%'],
    ['技工院校内由人力资源社会保障行政部门负责'],
    ['具体办法由市教育局另行制定，并负责解释'],
    ['按规定负责'],
  ])('should not take (%s) for a clause', (clause) => {
    expect(read(clause)).toBeNull();
  });

  it('should recognise the statement that the first-listed unit leads', () => {
    expect(statesFirstIsLead('(人力资源社会保障部、财政部负责。列第一位者为牵头单位,下同)')).toBe(true);
    expect(statesFirstIsLead('列第一位的为牵头单位')).toBe(true);
    expect(statesFirstIsLead('牵头单位:区科技局')).toBe(false);
  });

  it.each([
    ['排名第一的为牵头单位'],
    ['（各项措施中排名第一位的为牵头单位，其余为配合单位）'],
    ['注：责任单位中排名第一的为牵头单位。'],
    ['排名首位的单位牵头'],
    ['首位单位为牵头单位'],
    ['第一个单位为牵头单位'],
    ['列首位的为主责单位'],
  ])('should recognise the ranking wordings of the statement that the first unit leads (%s)', (text) => {
    expect(statesFirstIsLead(fold(text))).toBe(true);
  });

  it.each([['在全市考核中排名第一'], ['成为全省首个牵头制定标准的地区'], ['成为首个牵头单位']])('should not take a ranking or a first in prose for the statement (%s)', (text) => {
    expect(statesFirstIsLead(fold(text))).toBe(false);
  });

  it.each([
    ['区大数据局、区政府办公室，排名第一位的为牵头单位'],
    ['区大数据局、区政府办公室（第一个单位为牵头单位）'],
    ['责任单位：区大数据局、区政府办公室；排名第一的单位为牵头单位，其余为配合单位'],
    ['责任单位：区大数据局、区政府办公室，首位单位为牵头单位'],
  ])('should leave a ranking note out of the units of its clause (%s)', (clause) => {
    expect(read(clause, true)).toMatchObject({ lead: ['区大数据局'], participants: ['区政府办公室'] });
  });

  it.each([['责任单位中排名第一的为牵头单位'], ['责任单位中加粗的为牵头单位'], ['各项目责任单位中标注★的单位为牵头单位']])(
    'should read no clause from a bracket that is only a note on who leads (%s)',
    (note) => {
      expect(read(note)).toBeNull();
    },
  );

  it.each([
    ['牵头单位：区住房城乡建设局；参与单位：区城管委、区市场监管局；各街道办事处按属地负责', ['区住房城乡建设局'], ['区城管委', '区市场监管局', '各街道办事处'], ['牵头单位', '参与单位', '按属地负责']],
    ['牵头单位：区消防救援大队；参与单位：区商务局，各街道落实属地责任', ['区消防救援大队'], ['区商务局', '各街道'], ['牵头单位', '参与单位', '落实属地责任']],
    ['牵头单位：区应急局；配合单位：区城管委，各街道按属地管理原则负责', ['区应急局'], ['区城管委', '各街道'], ['牵头单位', '配合单位', '按属地管理原则负责']],
    ['区应急局牵头，区城管委配合，各街道负责属地管理', ['区应急局'], ['区城管委', '各街道'], ['牵头', '配合', '负责属地管理']],
    ['区人防办负责，各街道负责属地管理', ['区人防办'], ['各街道'], ['负责', '负责属地管理']],
    ['区城管委负责，各街道按职责分工负责', ['区城管委'], ['各街道'], ['负责', '按职责分工负责']],
    ['各街道按属地负责', ['各街道'], [], ['按属地负责']],
  ])('should read a remark on the local duty after a list as its units taking part, not as part of a name (%s)', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    ['责任单位：区政务服务管理办公室（按职责分工负责）、区发改委', ['区政务服务管理办公室', '区发改委'], []],
    ['责任单位：区金融办、区科技局（按照职责分工落实）、区财政局', ['区金融办', '区科技局', '区财政局'], []],
    ['责任单位：区金融办（主责）、区科技局、区财政局', ['区金融办'], ['区科技局', '区财政局']],
    ['责任单位：区科技局、区应急局（负总责）', ['区应急局'], ['区科技局']],
  ])('should leave a note after a name inside the list out of the name, a 主责 mark making the unit lead as 牵头 does (%s)', (clause, lead, participants) => {
    expect(read(clause)).toMatchObject({ lead, participants });
  });

  it('should not split a name at a space right after its level word alone (区 生态环境分局, from &nbsp;)', () => {
    expect(splitUnits('区\u00a0生态环境分局、区 交通局 区公安分局')).toEqual(['区生态环境分局', '区交通局', '区公安分局']);
    expect(splitUnits('市　自然资源局')).toEqual(['市自然资源局']);
  });

  it('should split unit lists on every separator the genre uses', () => {
    expect(splitUnits('区发展改革委、区楼宇办,区产促局;金贸产业园')).toEqual(['区发展改革委', '区楼宇办', '区产促局', '金贸产业园']);
  });

  it.each([
    ['——区商务局、区财政局', ['区商务局', '区财政局']],
    ['—区城管局', ['区城管局']],
    ['－－区科技局', ['区科技局']],
    ['--区科技局', ['区科技局']],
    ['中国—东盟中心', ['中国—东盟中心']],
    ['-区人社局', ['-区人社局']],
  ])('should leave a dash that opens a list out of its first name, and keep one inside a name: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it.each([
    ['各市（州）、县（市、区）人民政府', ['各市（州）、县（市、区）人民政府']],
    ['相关市、县人民政府', ['相关市、县人民政府']],
    ['省财政厅，相关市、县人民政府', ['省财政厅', '相关市、县人民政府']],
    ['有关市、县（区）人民政府', ['有关市、县（区）人民政府']],
    ['各市、县（市、区）人民政府', ['各市、县（市、区）人民政府']],
    ['青岛、烟台、潍坊市政府', ['青岛、烟台、潍坊市政府']],
    ['济南、青岛市人民政府', ['济南、青岛市人民政府']],
    ['长沙、株洲、湘潭三市人民政府', ['长沙、株洲、湘潭三市人民政府']],
    ['郑州、洛阳市政府办公室', ['郑州、洛阳市政府办公室']],
    ['相关市、区财政局', ['相关市', '区财政局']],
    // After 各, a body of each level listed is the same collective name.
    ['各区、县（市）市场监督管理局', ['各区、县（市）市场监督管理局']],
    ['各区、县教育局、省药监局', ['各区、县教育局', '省药监局']],
    ['省财政厅、青岛市政府', ['省财政厅', '青岛市政府']],
    ['青岛，烟台市政府', ['青岛', '烟台市政府']],
    ['各地、青岛市政府', ['各地', '青岛市政府']],
    ['城管、各区政府', ['城管', '各区政府']],
    ['市发展改革委、高新区管委会', ['市发展改革委', '高新区管委会']],
    ['高新区，经开区管委会', ['高新区', '经开区管委会']],
  ])('should keep names that share the ending of the last one as one name, and only such: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it.each([
    // Zones named together before their committee: the committee of each zone.
    ['盐城经济技术开发区、盐南高新区管委会', ['盐城经济技术开发区管委会', '盐南高新区管委会']],
    ['市政务办、市数据局，各县〔市、区〕人民政府、盐城经济技术开发区、盐南高新区管委会', ['市政务办', '市数据局', '各县〔市、区〕人民政府', '盐城经济技术开发区管委会', '盐南高新区管委会']],
    ['高新区、经开区管委会', ['高新区管委会', '经开区管委会']],
    ['高新区、经开区、临空产业园管理委员会', ['高新区管理委员会', '经开区管理委员会', '临空产业园管理委员会']],
    ['高新区、经开区党工委', ['高新区党工委', '经开区党工委']],
    ['市发展改革委、高新区、经开区管委会', ['市发展改革委', '高新区管委会', '经开区管委会']],
    // Cities, districts and prefectures named whole before their government: the government of each.
    ['南京市、苏州市人民政府', ['南京市人民政府', '苏州市人民政府']],
    ['章贡区、南康区人民政府，赣州经开区、蓉江新区管委会', ['章贡区人民政府', '南康区人民政府', '赣州经开区管委会', '蓉江新区管委会']],
    ['郑州市、洛阳市政府办公室', ['郑州市政府办公室', '洛阳市政府办公室']],
    ['恩施州、湘西州人民政府', ['恩施州人民政府', '湘西州人民政府']],
    ['浦东新区、闵行区人民政府', ['浦东新区人民政府', '闵行区人民政府']],
    ['甲县、乙县党委', ['甲县党委', '乙县党委']],
    // 阳泉's districts, named by what are common words elsewhere.
    ['城区、矿区、郊区人民政府', ['城区人民政府', '矿区人民政府', '郊区人民政府']],
    ['新华街道、建设街道办事处', ['新华街道办事处', '建设街道办事处']],
    // Traditional characters, each name keeping the ending as written.
    ['鹽城經濟技術開發區、鹽南高新區管委會', ['鹽城經濟技術開發區管委會', '鹽南高新區管委會']],
    ['南京市、蘇州市人民政府', ['南京市人民政府', '蘇州市人民政府']],
  ])('should give each whole place or zone named before a shared organ that organ: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it.each([
    // A city's own name without its level (苏州, 郑州: 州 is no level after one character) or a count said once.
    ['苏州、无锡市人民政府', ['苏州、无锡市人民政府']],
    ['郑州、洛阳市政府办公室', ['郑州、洛阳市政府办公室']],
    // A placeholder for each place of a level stays as written.
    ['各县（市、区）人民政府', ['各县（市、区）人民政府']],
    ['各市、县（市、区）人民政府', ['各市、县（市、区）人民政府']],
    // A district has no 管委会: the district and the zone's committee are two units.
    ['章贡区、蓉江新区管委会', ['章贡区', '蓉江新区管委会']],
    ['章贡区、高新区、经开区管委会', ['章贡区', '高新区管委会', '经开区管委会']],
    // Bodies that do not take the ending, and words of no one place.
    ['区发改委、区财政局', ['区发改委', '区财政局']],
    ['市委、市政府', ['市委', '市政府']],
    ['市区、郊区人民政府', ['市区', '郊区人民政府']],
  ])('should not share an organ with names that are no whole place of a kind that has it: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it.each([
    ['区科技局配合', [], ['区科技局'], ['配合']],
    ['区财政局、区商务局协助', [], ['区财政局', '区商务局'], ['协助']],
    ['各街道积极配合。', [], ['各街道'], ['积极配合']],
    ['省住房城乡建设厅牵头，青岛、烟台、潍坊市政府配合', ['省住房城乡建设厅'], ['青岛、烟台、潍坊市政府'], ['牵头', '配合']],
  ])('should read a clause in brackets that names only helping units as participants with no lead: %s', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it('should not read a line of helping units without brackets as a clause, where it is as often a sentence', () => {
    expect(parseVerbalClause('各有关部门积极配合', '各有关部门积极配合', false)).toBeNull();
    expect(read('全社会积极参与')).toBeNull();
  });

  it.each([
    ['省住房城乡建设厅牵头,青岛,烟台市政府配合', true],
    ['区科技局负责,2024年底前完成', true],
    ['区科技局配合', true],
    ['含技工院校', false],
    ['推动各方积极配合', false],
    ['全社会积极参与', false],
    ['牵头单位:区科技局', false],
  ])('should tell a bracket written as a verbal clause, read or not: %s', (inside, verbal) => {
    expect(looksVerbal(inside)).toBe(verbal);
  });

  it.each([
    ['各镇人民政府、街道办事处', ['各镇人民政府', '各街道办事处']],
    ['各乡镇人民政府、街道办事处、社区', ['各乡镇人民政府', '各街道办事处', '各社区']],
    ['各乡镇、街道', ['各乡镇', '各街道']],
    ['区民政局、街道办事处', ['区民政局', '街道办事处']],
    ['各镇人民政府、区民政局、街道办事处', ['各镇人民政府', '区民政局', '街道办事处']],
    ['各有关单位、团县委', ['各有关单位', '团县委']],
  ])('should carry the 各 that opens a list to a body of the same many-of-a-kind level after it, and only there: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it.each([
    ['区委农办，各镇党委、政府，各街道党工委、办事处', ['区委农办', '各镇党委', '各镇政府', '各街道党工委', '各街道办事处']],
    ['各乡镇党委、人民政府、人大', ['各乡镇党委', '各乡镇人民政府', '各乡镇人大']],
    ['各县（市、区）人民政府、党委', ['各县（市、区）人民政府', '各县（市、区）党委']],
    ['各鎮黨委、政府', ['各鎮黨委', '各鎮政府']],
    ['各社区党组织、居委会', ['各社区党组织', '各社区居委会']],
    ['各村党支部、村委会', ['各村党支部', '各村村委会']],
    // No 各 + places before it: an organ alone stays as written.
    ['区委、政府', ['区委', '政府']],
    ['各有关单位、政府', ['各有关单位', '政府']],
  ])('should give an organ named alone after 各 + places + organ the same places: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it.each([
    ['区卫生健康局、各镇街及相关单位', ['区卫生健康局', '各镇街', '相关单位']],
    ['各街道及相关单位', ['各街道', '相关单位']],
    ['各镇街和区直有关部门', ['各镇街', '区直有关部门']],
    ['各镇（街道）及驻区单位', ['各镇（街道）', '驻区单位']],
    ['各街道办事处和有关单位', ['各街道办事处', '有关单位']],
    ['区商务局及各街道', ['区商务局', '各街道']],
    // Inside a name 和/及 joins no units.
    ['区工业和信息化局', ['区工业和信息化局']],
    ['有关部门和单位', ['有关部门和单位']],
  ])('should split the places of a level joined by 及/和 to the next name: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it('should split two names joined by 会同 after a whole name, and only there', () => {
    expect(splitUnits('区交通局会同区公安分局')).toEqual(['区交通局', '区公安分局']);
    expect(splitUnits('區交通局會同區公安分局、区财政局')).toEqual(['區交通局', '區公安分局', '区财政局']);
    expect(splitUnits('怀化市会同县人民政府')).toEqual(['怀化市会同县人民政府']);
    expect(splitUnits('区财政局要会同区科技局')).toEqual(['区财政局要会同区科技局']);
  });

  it('should split two names joined by 和, 及 or 与, but not the names with those words inside', () => {
    expect(splitUnits('区司法局和区应急管理局')).toEqual(['区司法局', '区应急管理局']);
    expect(splitUnits('区委办公室、区财政局及有关单位')).toEqual(['区委办公室', '区财政局', '有关单位']);
    expect(splitUnits('区卫生健康委与各街道办事处')).toEqual(['区卫生健康委', '各街道办事处']);
    expect(splitUnits('区工业和信息化局、区住房和城乡建设委、区人力资源和社会保障局')).toEqual(['区工业和信息化局', '区住房和城乡建设委', '区人力资源和社会保障局']);
    expect(splitUnits('有关部门和单位')).toEqual(['有关部门和单位']);
  });

  it.each([
    // A second name that starts no level word is still a unit of its own when it is a whole name.
    ['区科技局和团区委', ['区科技局', '团区委']],
    ['区科技局和团市委', ['区科技局', '团市委']],
    ['区科技局和河西区税务局', ['区科技局', '河西区税务局']],
    ['区科技局和天津大学', ['区科技局', '天津大学']],
    ['区科技局和国网天津河西供电公司', ['区科技局', '国网天津河西供电公司']],
    ['区科技局与中国人民银行河西支行', ['区科技局', '中国人民银行河西支行']],
    ['区科技局和天津大学和区妇联', ['区科技局', '天津大学', '区妇联']],
    ['區科技局和團區委', ['區科技局', '團區委']],
    // Offices, sections, associations and schools end a name as a bureau does.
    ['区政府办公室和区财政局', ['区政府办公室', '区财政局']],
    ['区委办公室和区政府办公室', ['区委办公室', '区政府办公室']],
    ['区委办公室及区大数据中心', ['区委办公室', '区大数据中心']],
    ['区委督查室和区政府研究室', ['区委督查室', '区政府研究室']],
    ['区科协与区委党校', ['区科协', '区委党校']],
    ['区政协和区总工会', ['区政协', '区总工会']],
    ['人事处和规划财务处', ['人事处', '规划财务处']],
    ['区委宣传部和区委组织部', ['区委宣传部', '区委组织部']],
    // No whole name after the word: one name as written.
    ['各镇党委和政府', ['各镇党委和政府']],
    ['区委宣传部和网', ['区委宣传部和网']],
  ])('should split two names joined by 和/及/与 where a whole name follows the word: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it.each([
    // 和平区 (Tianjin), 和田地区 (Xinjiang), 和龙市 (Jilin): the 和 is the place's, at a list's start or inside it.
    ['河西区科技局、和平区科技局', ['河西区科技局', '和平区科技局']],
    ['和平区人民政府', ['和平区人民政府']],
    ['和田地区行署、喀什地区行署', ['和田地区行署', '喀什地区行署']],
    ['和龍市人民政府', ['和龍市人民政府']],
    ['和县人民政府', ['和县人民政府']],
    // A one-character place before a level is none: the word is the place's first character.
    ['与田县人民政府', ['与田县人民政府']],
    // Read as one name rather than as a unit and a cut place (平区科技局, 平支行).
    ['河西区科技局和平区科技局', ['河西区科技局和平区科技局']],
    ['中国银行和平支行', ['中国银行和平支行']],
    // Where a name starts after the word, it is left out (and 以及 always).
    ['区科技局、和区财政局', ['区科技局', '区财政局']],
    ['区科技局、以及各街道', ['区科技局', '各街道']],
    ['市财政局和县财政局', ['市财政局', '县财政局']],
  ])('should keep a 和/及/与 that opens a place name as part of the unit: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it.each([
    ['省直有关单位和各设区市人民政府', ['省直有关单位', '各设区市人民政府']],
    ['各有关部门及各区人民政府', ['各有关部门', '各区人民政府']],
    ['各有关部门和单位', ['各有关部门和单位']],
  ])('should split two names joined by 和 or 及 after a collective name ending in 单位 or 部门: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it.each([
    ['各设区市、县（市、区）人民政府', ['各设区市、县（市、区）人民政府']],
    ['省政务服务管理局、各设区市、县（市、区）人民政府', ['省政务服务管理局', '各设区市、县（市、区）人民政府']],
    ['各地级市、县级市人民政府', ['各地级市、县级市人民政府']],
    ['各市、县（市、区）人民政府', ['各市、县（市、区）人民政府']],
    ['各设区市、省公安厅', ['各设区市', '省公安厅']],
  ])('should keep the governments of every city of a kind and every county as one name: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it.each([
    ['责任单位：区委政法委、区民政局，各镇街按职责分工落实', ['区委政法委', '区民政局'], ['各镇街'], ['责任单位', '按职责分工落实']],
    ['责任单位：各街道、各镇，区城管委负责指导', ['各街道', '各镇'], ['区城管委'], ['责任单位', '负责指导']],
    ['责任单位：区发展改革委、区财政局，其中区发展改革委负总责', ['区发展改革委'], ['区财政局'], ['责任单位', '负总责']],
    ['牵头单位：区发展改革委、区财政局，其中区发展改革委负总责', ['区发展改革委', '区财政局'], [], ['牵头单位']],
  ])('should keep the remark after a labelled list out of the names: %s', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    ['区住房城乡建设委/区市场监管局', ['区住房城乡建设委', '区市场监管局']],
    ['区城市管理委/区水务局/区发展改革委', ['区城市管理委', '区水务局', '区发展改革委']],
    ['区医保局／区社保中心', ['区医保局', '区社保中心']],
    ['区科技局 / 区财政局、区商务局', ['区科技局', '区财政局', '区商务局']],
    ['區水務局/區財政局', ['區水務局', '區財政局']],
    ['区工商联/区妇联', ['区工商联', '区妇联']],
    // Not between two names: a collective name, a name's variant, a date, a bracketed gloss.
    ['各街道/乡镇', ['各街道/乡镇']],
    ['县农技中心/站', ['县农技中心/站']],
    ['区统计局2025/6', ['区统计局2025/6']],
    ['区委宣传部(区新闻出版局/区版权局)', ['区委宣传部(区新闻出版局/区版权局)']],
  ])('should split names separated by a slash, and only those: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it('should keep 各市、县（市、区）人民政府 and 各市、州、县人民政府 whole: one collective name', () => {
    expect(splitUnits('省发展改革委，各市、县（市、区）人民政府')).toEqual(['省发展改革委', '各市、县（市、区）人民政府']);
    expect(splitUnits('各市、州、县人民政府、省财政厅')).toEqual(['各市、州、县人民政府', '省财政厅']);
    expect(splitUnits('各市、县（市、区）政府')).toEqual(['各市、县（市、区）政府']);
    // Separate units when the second is not a government of the places listed.
    expect(splitUnits('各市、县文化馆')).toEqual(['各市', '县文化馆']);
    expect(splitUnits('各区、市财政局')).toEqual(['各区', '市财政局']);
  });

  it.each([
    ['市发展改革委、市财政局，各县〈市、区〉政府', ['市发展改革委', '市财政局', '各县〈市、区〉政府']],
    ['各县＜市、区＞人民政府、市财政局', ['各县＜市、区＞人民政府', '市财政局']],
    ['各县<市、区>人民政府,市财政局', ['各县<市、区>人民政府', '市财政局']],
    ['各县（市〈区〉）人民政府、市财政局', ['各县（市〈区〉）人民政府', '市财政局']],
  ])('should not split a name at the separators inside its inner brackets 〈〉 ＜＞: %s', (list, names) => {
    expect(splitUnits(list)).toEqual(names);
  });

  it('should not split a name at the separators inside its brackets', () => {
    expect(splitUnits('各县（市、区）人民政府、市财政局')).toEqual(['各县（市、区）人民政府', '市财政局']);
    expect(splitUnits('各县〔市、区〕人民政府,区委宣传部(区新闻出版局、区版权局)')).toEqual(['各县〔市、区〕人民政府', '区委宣传部(区新闻出版局、区版权局)']);
    expect(read('市住房城乡建设局牵头，各县〔市、区〕人民政府负责落实')).toEqual({
      lead: ['市住房城乡建设局'],
      participants: ['各县〔市、区〕人民政府'],
      labels: ['牵头', '负责落实'],
    });
  });
});

describe('role labels with a qualifier before the role word', () => {
  const readAll = (clause: string) => {
    const r = parseClause(clause, fold(clause), false);
    return r && { lead: r.lead, participants: r.participants, labels: r.roles.map((x) => x.label), unread: r.unreadLabels ?? [] };
  };
  it.each([
    ['第一责任单位：区经信局；参与单位：区住建局、区城管局', ['区经信局'], ['区住建局', '区城管局'], ['第一责任单位', '参与单位']],
    ['主体责任单位：区经信局；配合单位：区住建局', ['区经信局'], ['区住建局'], ['主体责任单位', '配合单位']],
    ['牵头落实单位：区经信局；配合单位：区住建局', ['区经信局'], ['区住建局'], ['牵头落实单位', '配合单位']],
    ['牵头单位：区经信局；协同责任单位：区住建局、区城管局', ['区经信局'], ['区住建局', '区城管局'], ['牵头单位', '协同责任单位']],
    ['牵头单位：区发改委；具体落实单位：区大数据局', ['区发改委'], ['区大数据局'], ['牵头单位', '具体落实单位']],
    ['牵头单位：区发改委；相关责任单位：区大数据局', ['区发改委'], ['区大数据局'], ['牵头单位', '相关责任单位']],
    ['牵头单位：区发改委；配合实施单位：区大数据局', ['区发改委'], ['区大数据局'], ['牵头单位', '配合实施单位']],
    ['牵头单位：区发改委；参与实施单位：区大数据局', ['区发改委'], ['区大数据局'], ['牵头单位', '参与实施单位']],
    ['共同牵头单位：区发改委、区科技局；主要配合单位：区大数据局', ['区发改委', '区科技局'], ['区大数据局'], ['共同牵头单位', '主要配合单位']],
    ['牵头单位：区发改委；其他配合单位：区大数据局', ['区发改委'], ['区大数据局'], ['牵头单位', '其他配合单位']],
    ['牵头单位：区发改委；其他相关责任单位：区大数据局', ['区发改委'], ['区大数据局'], ['牵头单位', '其他相关责任单位']],
    ['直接责任单位：区发改委；其他责任单位：区大数据局', ['区发改委'], ['区大数据局'], ['直接责任单位', '其他责任单位']],
    ['主管部门：区科技局；会办单位：区司法局', ['区科技局'], ['区司法局'], ['主管部门', '会办单位']],
  ])('should read %s with the qualifier as part of its label, never a unit', (clause, lead, participants, labels) => {
    expect(readAll(clause)).toEqual({ lead, participants, labels, unread: [] });
  });

  it('should keep a unit run into the label after it as a unit, not a qualifier', () => {
    expect(readAll('牵头单位：区经信局配合单位：区住建局')?.labels).not.toContain('区经信局配合单位');
  });

  it('should name a label of a kind of body whose role is unknown as unread', () => {
    expect(readAll('牵头单位：区发改局；共建单位：区城投公司')).toEqual({ lead: ['区发改局'], participants: [], labels: ['牵头单位'], unread: ['共建单位'] });
  });
});

describe('spoken-style clause verbs', () => {
  it.each([
    ['区商务局牵头，区财政局做好配合', ['区商务局'], ['区财政局'], ['牵头', '做好配合']],
    ['区商务局牵头，区公安分局、区消防救援大队密切配合', ['区商务局'], ['区公安分局', '区消防救援大队'], ['牵头', '密切配合']],
    ['区商务局牵头，区税务局全力配合', ['区商务局'], ['区税务局'], ['牵头', '全力配合']],
    ['区卫生健康委负责，各社区卫生服务中心抓好落实', ['区卫生健康委'], ['各社区卫生服务中心'], ['负责', '抓好落实']],
    ['区民政局牵头组织，区财政局配合', ['区民政局'], ['区财政局'], ['牵头', '配合']],
    ['区城管局统筹推进，区住房城乡建设委配合', ['区城管局'], ['区住房城乡建设委'], ['统筹', '配合']],
    ['区商务局牵头，区科技局配合，各街道落实属地责任', ['区商务局'], ['区科技局', '各街道'], ['牵头', '配合', '落实属地责任']],
  ])('should read a clause written with a spoken-style verb: %s', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it.each([
    ['由区应急局牵头，各街道具体负责', ['区应急局'], ['各街道'], ['牵头', '具体负责']],
    ['区住房城乡建设委牵头，各村（社区）负责实施', ['区住房城乡建设委'], ['各村（社区）'], ['牵头', '负责实施']],
    ['区水务局牵头，各镇负责组织实施', ['区水务局'], ['各镇'], ['牵头', '负责组织实施']],
  ])('should keep the lead of a clause whose later units carry the work out, and have those take part: %s', (clause, lead, participants, labels) => {
    expect(read(clause)).toEqual({ lead, participants, labels });
  });

  it('should read a last sentence that names its units and then their role, with no verb', () => {
    const c = parseVerbalClause('区人社局为责任单位', fold('区人社局为责任单位'), false);
    expect(c && [c.lead, c.participants]).toEqual([['区人社局'], []]);
  });

  it.each([
    ['区发展改革委统揽推进,区供电公司配合', true],
    ['区发展改革委大力推动,区供电公司配合', true],
    ['资金缺口较大,区供电公司配合', false],
    ['全社会共同参与,各方配合', false],
  ])('should tell a bracket whose first verb is not known but whose later part is a clause\'s: %s', (inside, verbal) => {
    expect(looksVerbal(inside)).toBe(verbal);
  });
});
