import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/source/load-source.js';

const blocks = async (text: string): Promise<string[]> => (await loadSource(new TextEncoder().encode(text), { name: 'notice.txt' })).blocks.map((b) => b.text);

/** A short notice whose lines share few widths, so that a wrap width may be guessed from them. */
const page = (header: string[], under: string): string =>
  [
    ...header, under, '政务公开', '政务服务',
    '省人民政府办公厅关于印发湖北省农村人居环境整治提升行动实施方案的通知', '各市、州、县人民政府，省政府各部门：',
    '经省人民政府同意，现将《湖北省农村人居环境整治提升行动实施方案》印发给你们，请认真贯彻执行。', '湖北省人民政府办公厅', '2023年9月15日',
  ].join('\n');

describe('a header field with a whole value', () => {
  it.each([
    ['a date', ['发文字号：鄂政办发〔2023〕31号', '成文日期：2023年09月15日'], '成文日期：2023年09月15日'],
    ['a document number', ['成文日期：2023年09月15日', '发文字号：鄂政办发〔2023〕31号'], '发文字号：鄂政办发〔2023〕31号'],
    ['a date in figures, the label letter-spaced', ['发文字号：鄂政办发〔2023〕31号', '成 文 日 期：2023-09-15'], '成 文 日 期：2023-09-15'],
  ])('should keep the line under a field whose value is %s apart from it', async (_what, header, last) => {
    const got = await blocks(page(header, '首页'));
    expect(got).toContain(last);
    expect(got).toContain('首页');
  });
});
