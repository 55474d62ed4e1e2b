import type { MetadataValues } from '../model/types.js';
import { simplifyLabelGlyphs } from './simplify.js';

/** Header labels as sites write them (spaces removed), and the model key each maps to. */
export const HEADER_LABELS: Record<string, keyof MetadataValues | null> = {
  名称: 'title', 标题: 'title', 文件名称: 'title', 题名: 'title',
  索引号: 'indexNumber', 索引: 'indexNumber', 信息索引号: 'indexNumber', 信息索引: 'indexNumber', 索取号: 'indexNumber', 内容索引号: 'indexNumber',
  // The index number under the other names sites give it: 信息索取号, 公开索引号, 信息公开索引号, 索引编号.
  信息索取号: 'indexNumber', 内容索取号: 'indexNumber', 公开索引号: 'indexNumber', 信息公开索引号: 'indexNumber', 索引编号: 'indexNumber',
  信息名称: 'title', 文件标题: 'title', 公文标题: 'title', 文件名: 'title',
  发布机关: 'issuer', 发布部门: 'issuer', 发文部门: 'issuer', 制发单位: 'issuer', 成文单位: 'issuer', 发布主体: 'issuer',
  文件编号: 'documentNumber', 发文编号: 'documentNumber', 文件字号: 'documentNumber',
  内容分类: 'subject', 信息类别: 'subject', 所属主题: 'subject', 主题类型: 'subject',
  公开时间: 'publishedDate', 公开日期时间: 'publishedDate', 公布日期: 'publishedDate', 发布时间日期: 'publishedDate', 印发时间: 'publishedDate',
  效力: 'validity', 文件状态: 'validity', 效力状况: 'validity', 时效状态: 'validity', 有效状态: 'validity', 文件时效: 'validity', 文件效力: 'validity',
  失效日期: null, 失效时间: null, 生效时间: null, 施行日期: null, 文件有效期: null, 有效期限: null,
  公开形式: null, 公开属性: null, 公开类别: null, 载体类型: null, 信息格式: null, 服务对象: null, 体裁: null,
  发布机构: 'issuer', 发文机关: 'issuer', 发布单位: 'issuer', 发文单位: 'issuer', 发文机构: 'issuer', 制发机关: 'issuer', 来源: null,
  发文字号: 'documentNumber', 文号: 'documentNumber', 发文号: 'documentNumber', 字号: 'documentNumber',
  主题: 'subject', 主题分类: 'subject', 分类: 'subject', 主题类别: 'subject', 组配分类: 'subject', 信息分类: 'subject', 体裁分类: null,
  公文种类: null, 文种: null,
  成文日期: 'writtenDate', 成文时间: 'writtenDate',
  // 生成日期 (Hunan, Zhejiang) is when the page's record was made, on or after signing: not 成文日期.
  生成日期: 'publishedDate', 发文日期: 'publishedDate', 发布日期: 'publishedDate', 公开日期: 'publishedDate', 发布时间: 'publishedDate', 印发日期: 'publishedDate',
  // A bare 日期 (front matter, a page's field list) dates the page's publication, as `date` does.
  日期: 'publishedDate',
  有效性: 'validity', 时效性: 'validity', 时效: 'validity', 效力状态: 'validity', 状态: 'validity', 是否有效: 'validity', 有效期: null,
  主题词: 'keywords', 关键词: 'keywords',
  层级: null, 类型: null, 官方链接: null, 实施日期: null, 废止日期: null, 生效日期: null, 公开方式: null, 公开范围: null,
  信息来源: null, 所属机构: null, 统一编号: null, 登记号: null,
  // <meta> names of government web pages (政府网站 page metadata), as the HTML adapter reports them.
  ArticleTitle: 'title', PubDate: 'publishedDate', ContentSource: null,
  // Front-matter keys that scraped collections write in English (compared in lower case, - and _ alike).
  title: 'title', index_number: 'indexNumber', index_no: 'indexNumber', issuer: 'issuer', publisher: 'issuer', agency: 'issuer',
  document_number: 'documentNumber', doc_number: 'documentNumber', doc_no: 'documentNumber', subject: 'subject', category: 'subject',
  written_date: 'writtenDate', date_written: 'writtenDate', publish_date: 'publishedDate', published_date: 'publishedDate',
  published: 'publishedDate', pubdate: 'publishedDate', date: 'publishedDate', validity: 'validity', status: 'validity',
  keywords: 'keywords', tags: 'keywords', url: null, source: null, source_url: null, link: null,
};

/**
 * Whether a line, squeezed of its spaces, is a header label in Chinese and nothing more (索引号, 发布机构),
 * in traditional glyphs too (文號, 發布機構): the source stage sees the text as written.
 */
export function isHeaderLabelName(squeezed: string): boolean {
  return /^[\u4e00-\u9fff]+$/.test(squeezed) && Object.hasOwn(HEADER_LABELS, simplifyLabelGlyphs(squeezed));
}

/** A label and its colon opening a cell or line (`文号：…`, `【索引号】…`, `发 文 字 号 :`). */
const FIELD_OPENING = /^[【[]? *([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,12}?)[ \u3000]*(?:[】\]][ \u3000]*[:：]?|[:：])/;

/**
 * Whether a cell of a page's header grid is a field written label：value (文号：北政发〔2024〕11号),
 * its label a known one: the parse reads such a cell as that field, so it is no row of a table.
 */
export function isHeaderFieldCell(cell: string): boolean {
  const m = FIELD_OPENING.exec(cell);
  return m !== null && isHeaderLabelName((m[1] as string).replace(/[ \u3000]+/g, ''));
}
