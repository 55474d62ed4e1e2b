import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { parseClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const read = (clause: string) => {
  const r = parseClause(clause, fold(clause), false);
  return r && { lead: r.lead, participants: r.participants, unread: r.unreadParts ?? [] };
};

const HEAD = '某县2024年重点工作要点\n\n一、重点任务\n';
const parsed = async (items: string) => {
  const doc = await parseNotice(HEAD + items);
  return {
    tasks: doc.plan?.tasks.map((t) => [t.number, t.lead, t.participants]),
    unread: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.message),
  };
};

// The bodies a place runs that a label's list reads (配合单位：县污水处理厂), named by their works.
const WORKS = [
  '县污水处理厂',
  '县自来水厂',
  '县水泥厂',
  '市第一水厂',
  '某某煤矿',
  '县粮库',
  '县储备粮库',
  '县粮食储备库',
  '中储粮某县直属库',
  '县地震台',
  '市水文台',
  '县原种场',
  '县良种繁育场',
  '县种猪场',
  '县职业中专',
  '县职专',
  '市卫专',
  '省某某监狱',
];

// The carriers, state companies and services of order a place names by their short names.
const SHORT_NAMED = ['县移动', '县电信', '县联通', '县邮政', '市烟草', '县城管', '县公安', '县消防'];

// Words in a unit's slot that name no body: cut out of the clause and reported.
const NO_BODY = ['县城', '县域', '市场', '农贸市场', '县农贸市场', '社会各界', '企业群众', '市场主体', '县政务服务平台', '县项目库', '县数据库', '县人民广场', '县停车场', '县融媒网', '粮库', '监狱', '区域移动'];

describe('a place\'s works in a later part of a verbal clause', () => {
  it.each([...WORKS, ...SHORT_NAMED])('should read %s after A牵头 as taking part, as a label\'s list does', (name) => {
    expect(read(`县应急管理局牵头，${name}配合`)).toEqual({ lead: ['县应急管理局'], participants: [name], unread: [] });
  });

  it.each(NO_BODY)('should cut %s out of the clause and report it', (words) => {
    expect(read(`县应急管理局牵头，${words}配合`)).toEqual({ lead: ['县应急管理局'], participants: [], unread: [`${words}配合`] });
  });

  it('should read such works in a helpers\' list beside offices, and leave out the words naming no body', () => {
    expect(read('县农业农村局牵头，县原种场、县良种繁育场配合，年底前完成')).toEqual({ lead: ['县农业农村局'], participants: ['县原种场', '县良种繁育场'], unread: [] });
    expect(read('县住建局牵头，县污水处理厂、农贸市场、县自来水厂配合')).toEqual({ lead: ['县住建局'], participants: ['县污水处理厂', '县自来水厂'], unread: ['农贸市场'] });
    // An institution beside such words is evidence of a list of units as well.
    expect(read('县委组织部牵头，县委党校、农贸市场配合')).toEqual({ lead: ['县委组织部'], participants: ['县委党校'], unread: ['农贸市场'] });
  });

  it('should read such works leading, as an office leads', () => {
    expect(read('县污水处理厂牵头，县住建局配合')).toEqual({ lead: ['县污水处理厂'], participants: ['县住建局'], unread: [] });
    expect(read('县地震台负责')).toEqual({ lead: ['县地震台'], participants: [], unread: [] });
  });
});

describe('the tasks of a notice naming a place\'s works in verbal clauses', () => {
  it('should give each task its units, in brackets, as the item\'s last sentence and in a label\'s list alike', async () => {
    const items =
      '　　1.提升污水处理能力。（牵头单位：县住建局；配合单位：县污水处理厂、县自来水厂）\n' +
      '　　2.提升污水处理能力。（县住建局牵头，县污水处理厂、县自来水厂配合）\n' +
      '　　3.加强职业教育。（责任单位：县教育局牵头，县职业中专配合）\n' +
      '　　4.加强地震监测。县应急管理局牵头，县地震台配合。\n' +
      '　　5.推进良种繁育。县农业农村局牵头，县原种场、县良种繁育场配合，年底前完成。\n' +
      '　　6.保障粮食安全。县粮食和物资储备局牵头，县粮食储备库、中储粮某县直属库配合。\n' +
      '　　7.发展县域商业。县商务局牵头，县城配合。\n';
    expect(await parsed(items)).toEqual({
      tasks: [
        ['1', ['县住建局'], ['县污水处理厂', '县自来水厂']],
        ['2', ['县住建局'], ['县污水处理厂', '县自来水厂']],
        ['3', ['县教育局'], ['县职业中专']],
        ['4', ['县应急管理局'], ['县地震台']],
        ['5', ['县农业农村局'], ['县原种场', '县良种繁育场']],
        ['6', ['县粮食和物资储备局'], ['县粮食储备库', '中储粮某县直属库']],
        ['7', ['县商务局'], []],
      ],
      unread: ['the part "县城配合" of a responsibility clause was not read: its units are in no role of the task'],
    });
  });

  it('should read them in traditional characters and with half-width stops as in simplified', async () => {
    const items =
      '　　1.提升汙水處理能力。(縣住建局牽頭,縣汙水處理廠、縣自來水廠配合)\n' +
      '　　2.加強職業教育。（責任單位：縣教育局牽頭，縣職業中專配合）\n' +
      '　　3.加強地震監測。縣應急管理局牽頭，縣地震臺配合。\n' +
      '　　4.推進良種繁育。縣農業農村局牽頭，縣原種場、縣良種繁育場配合。\n' +
      '　　5.保障糧食安全。縣糧食和物資儲備局牽頭，縣糧庫、某某煤礦配合。\n' +
      '　　6.提升通信服務。縣工信局牽頭，縣移動、縣電信配合。\n' +
      '　　7.發展縣域商業。縣商務局牽頭，縣城配合。\n' +
      '　　8.建設農貿市場。縣商務局牽頭，農貿市場、縣市場監管局配合。\n';
    expect(await parsed(items)).toEqual({
      tasks: [
        ['1', ['縣住建局'], ['縣汙水處理廠', '縣自來水廠']],
        ['2', ['縣教育局'], ['縣職業中專']],
        ['3', ['縣應急管理局'], ['縣地震臺']],
        ['4', ['縣農業農村局'], ['縣原種場', '縣良種繁育場']],
        ['5', ['縣糧食和物資儲備局'], ['縣糧庫', '某某煤礦']],
        ['6', ['縣工信局'], ['縣移動', '縣電信']],
        ['7', ['縣商務局'], []],
        ['8', ['縣商務局'], ['縣市場監管局']],
      ],
      unread: [
        'the part "縣城配合" of a responsibility clause was not read: its units are in no role of the task',
        'the part "農貿市場" of a responsibility clause was not read: its units are in no role of the task',
      ],
    });
  });
});
