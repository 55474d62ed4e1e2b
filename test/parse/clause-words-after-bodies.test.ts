import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { parseClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

/**
 * A verbal clause closing with words that say what is to be done (做好政策宣传, 每月调度一次, 抓紧推进):
 * its units are read however their names end, by the shared unit-name shape (a place's fire brigade,
 * hospital or community as well as its bureau).
 */
const read = (clause: string) => {
  const r = parseClause(clause, fold(clause), false);
  return r && { lead: r.lead, participants: r.participants, unread: r.unreadParts ?? [] };
};

const HEAD = '某县2025年安全生产工作要点\n\n一、重点任务\n\n1.开展燃气安全专项整治。（县住建局牵头，县市场监管局配合）\n\n';
const parsed = async (item: string) => {
  const doc = await parseNotice(HEAD + item);
  return {
    tasks: doc.plan?.tasks.map((t) => [t.number, t.lead, t.participants]),
    unread: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.message),
  };
};

describe('a verbal clause with words after its parts, its units named by any body shape', () => {
  it.each([
    ['县消防救援大队牵头，县住建局配合，做好政策宣传', ['县消防救援大队'], ['县住建局']],
    ['县消防救援大队牵头，县住建局配合，每月开展一次', ['县消防救援大队'], ['县住建局']],
    ['县消防救援大队牵头，各乡镇人民政府配合，每月调度一次', ['县消防救援大队'], ['各乡镇人民政府']],
    ['市消防救援支队牵头，县住建局配合，抓紧推进', ['市消防救援支队'], ['县住建局']],
    ['县城管执法大队牵头，县住建局配合，做好政策宣传', ['县城管执法大队'], ['县住建局']],
    ['县公安局交通警察大队牵头，县交通运输局配合，做好政策宣传', ['县公安局交通警察大队'], ['县交通运输局']],
  ])('should read a uniformed team that leads (%s)', (clause, lead, participants) => {
    expect(read(clause)).toEqual({ lead, participants, unread: [] });
  });

  it.each([
    ['县卫生健康局牵头，县人民医院配合，做好政策宣传', ['县卫生健康局'], ['县人民医院']],
    ['县卫生健康局牵头，县消防救援大队配合，做好政策宣传', ['县卫生健康局'], ['县消防救援大队']],
    ['县卫生健康局牵头，县中医院配合，做好政策宣传', ['县卫生健康局'], ['县中医院']],
    ['县民政局牵头，青石社区配合，做好政策宣传', ['县民政局'], ['青石社区']],
    ['县卫生健康局牵头，县人民医院、县中医院配合，做好政策宣传', ['县卫生健康局'], ['县人民医院', '县中医院']],
    ['县卫健局负责，县人民医院配合，每月调度一次', ['县卫健局'], ['县人民医院']],
  ])('should keep a participant that is no bureau (%s)', (clause, lead, participants) => {
    expect(read(clause)).toEqual({ lead, participants, unread: [] });
  });

  it('should not take words that name no body in particular for units (全社会参与，企业配合，做好政策宣传)', () => {
    expect(read('全社会参与，企业配合，做好政策宣传')).toBeNull();
  });

  it('should read the task of such a clause in a notice, with no unread part', async () => {
    expect(await parsed('2.开展消防安全隐患排查。（县消防救援大队牵头，县住建局配合，做好政策宣传）\n')).toEqual({
      tasks: [
        ['1', ['县住建局'], ['县市场监管局']],
        ['2', ['县消防救援大队'], ['县住建局']],
      ],
      unread: [],
    });
  });

  it('should read the names of a traditional notice by their simplified shape (縣人民醫院配合)', async () => {
    const doc = await parseNotice('某縣2025年衛生健康工作要點\n\n一、重點任務\n\n1.開展燃氣安全專項整治。（縣住建局牽頭，縣市場監管局配合）\n\n2.開展醫療服務檢查。（縣衛健局牽頭，縣人民醫院配合，做好政策宣傳）\n\n3.開展消防檢查。（縣消防救援大隊牽頭，縣住建局配合，做好政策宣傳）\n');
    expect(doc.plan?.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([
      ['1', ['縣住建局'], ['縣市場監管局']],
      ['2', ['縣衛健局'], ['縣人民醫院']],
      ['3', ['縣消防救援大隊'], ['縣住建局']],
    ]);
  });
});
