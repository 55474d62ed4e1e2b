import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { endsAnnexTitle, isFieldName } from '../../src/parse/blank-form.js';

const notice = (...annex: string[]) => ['某区科技创新行动方案', '一、重点任务', '（一）建设创新平台。新建研发平台10家。（牵头单位：区科工信局）', '附件', ...annex].join('\n');

describe('annex titles over rosters and vertical forms', () => {
  it('should read a contact list without 序号 as a table of its four columns, its header out of the title', async () => {
    const doc = await parseNotice(notice('某区科技创新工作联络员名单', '单位', '姓名', '职务', '联系电话', '区发展改革委', '张三', '科长', '12345678', '区财政局', '李四', '副科长', '87654321'));
    const annex = doc.annexes[0]!;
    expect(annex.title).toBe('某区科技创新工作联络员名单');
    expect(annex.table!.columns).toEqual(['单位', '姓名', '职务', '联系电话']);
    expect(annex.table!.rows.map((r) => r.cells)).toEqual([
      ['区发展改革委', '张三', '科长', '12345678'],
      ['区财政局', '李四', '副科长', '87654321'],
    ]);
    expect(annex.body).toEqual([]);
  });

  it('should keep a vertical blank form\'s field names, one a line, out of its title, as the annex\'s text', async () => {
    const fields = ['申请单位名称', '统一社会信用代码', '联系人', '联系电话', '申请金额（万元）', '单位意见（盖章）', '年  月  日'];
    const doc = await parseNotice(notice('某区科技创新券申请表', ...fields));
    const annex = doc.annexes[0]!;
    expect(annex.title).toBe('某区科技创新券申请表');
    expect(annex.body.map((b) => b.text.trim())).toEqual(fields);
  });

  it('should still join a title wrapped over two lines, and a bracketed note under a list\'s title', async () => {
    const wrapped = await parseNotice(notice('某区科技创新券', '申请表', '申请单位名称', '联系人'));
    expect(wrapped.annexes[0]!.title).toBe('某区科技创新券申请表');
    const noted = await parseNotice(notice('某区科技创新企业名单', '（第一批）', '某某科技有限公司'));
    expect(noted.annexes[0]!.title).toBe('某区科技创新企业名单（第一批）');
  });

  it('should tell field names and titles that end a form or a list', () => {
    expect(['单位', '姓名', '联系电话', '统一社会信用代码', '申请金额（万元）', '单位意见（盖章）', '年  月  日'].every(isFieldName)).toBe(true);
    expect(['申请表', '区发展改革委', '某区科技创新券', '建设研学基地'].some(isFieldName)).toBe(false);
    expect(['某区科技创新券申请表', '联络员名单', '重点项目清单（2025年）'].every(endsAnnexTitle)).toBe(true);
    expect(endsAnnexTitle('某区科技创新券')).toBe(false);
  });
});
