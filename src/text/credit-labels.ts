/**
 * The labels of an article's credits, as a page prints them under a reposted text: its source,
 * authors, editors and reviewers (本文来源：…, 记者：…, 责任编辑：…, 审核：…). One list for the credits
 * read anywhere on a page and those read in the furniture that ends it.
 */
export const CREDIT_LABEL =
  '(?:(?:本文|文章|信息|稿件|内容|新闻)?来源|作者|记者|通讯员|供稿|撰稿|责任编辑|责编|编辑|主编|编审|审核|审校|审签|校对|初审|复审|终审|一审|二审|三审|排版|美编|监制|统筹|策划|出品|摄影|图片|图文|文字|文案|制作)';
