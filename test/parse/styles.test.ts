import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';
import { validateDocument } from '../../src/validate/validate.js';
import { corpusProjection } from '../helpers/corpus-projection.js';
import { positionProblems } from '../helpers/positions.js';
import { schemaErrors } from '../helpers/schema.js';

/**
 * Small documents written for these tests, each in a style the real corpus lacks or shows once.
 * Their expected files were written by reading them; they keep the parser general.
 */
const STYLES = [
  ['page-dl-header-crumb-share.html', 'a CMS page: a 当前位置 breadcrumb cut by >>, a <dl> header of <dt> labels without colons, a goal sentence hard-wrapped by <br> after its year, zero-width characters inside a figure and unit names, and a 政策解读 link, a 分享到 bar and a 政策解读 box after the article'],
  ['bare-labels-share-line.txt', 'a page copied as text: a breadcrumb cut by >>, bare header labels (索引号, 发布机构, 文号) over their values, zero-width characters inside a figure and a unit name, and a 分享到：微信 微博 line after the annex table'],
  ['regulation-chapters.txt', 'a regulation with 第一章/第一节/第一条, 款 (paragraphs) and 项 ((一) inside an article)'],
  ['enumerations.txt', '一是/二是 enumerations, inside a paragraph and as paragraphs of their own'],
  ['responsibility-labelled.txt', 'labelled clauses: 牵头单位;责任单位, 牵头单位,配合单位, 牵头单位,参与单位, 负责部门 with 完成时限'],
  ['responsibility-verbal.txt', 'verbal clauses: A牵头,B、C按职责分工负责 / A、B按职责分工负责 / A负责 / A负责,B配合'],
  ['responsible-first-leads.txt', '责任单位:A、B where the document says the unit listed first leads'],
  ['group-responsibility.txt', 'a responsibility paragraph after a group of 1./2./3. items, applying to the group'],
  ['responsibility-lines.txt', 'clauses on lines of their own without brackets, 牵头单位 and 配合单位 on two lines'],
  ['clause-lines-under-later-items.txt', 'a part whose first item names no units and whose later items each have a clause line under them (责任单位：A, or in brackets), read as those items\' clauses; a clause after a group\'s last item stays the group\'s'],
  ['clause-sentence-mid-paragraph.txt', 'an 实施意见 whose items name their units in a sentence of its own in mid-paragraph (…。A、B按职责分工负责。到2025年，…), verbal or labelled, before what they are to reach'],
  ['pdf-wrap-clause-labels.txt', 'PDF text wrapped at the page width, no blank lines: a goal\'s figure on the next line (达到 | 15家), a clause label ending a line (牵头单位： | 区经信局；…), a wrap after a clause\'s ； before its next label (…区经信局； | 参与单位：…) and inside a label (牵 | 头单位：)'],
  ['pdf-wrap-whole-lines.txt', 'text wrapped at a width with no blank lines, whose whole lines stay apart from full lines: a header label without a colon under a value as wide as the width (…/2024-00061 | 发布机构), a notice title as wide as the width above its addressees, and a flattened table\'s header cells (序号 | 重点任务 …) under its title as wide as the width'],
  ['tables-flattened.txt', 'a yearly table in the text and a 重点任务分解表 annex flattened one cell per line, its header repeated'],
  ['tables-markdown.md', 'Markdown tables in the text: 表1 yearly targets and a 重点任务分解表 with a repeated header row'],
  ['state-council-order.txt', 'a 令: 国令第707号 in the header, 第707号 under the title, signed by 总理 李克强'],
  ['joint-notice-split-title.txt', 'a joint notice signed by three offices on separate lines, its title split over three lines'],
  ['joint-numbers-one-line.txt', 'a joint notice printing both issuers\' numbers on one line (临农发〔2024〕12号　临财农〔2024〕7号), its offices signing side by side over one date'],
  ['joint-signature-own-dates.txt', 'a joint signature that dates each office (临溪县教育局 / 2024年5月20日 / 临溪县卫生健康局 / 2024年5月22日): the notice\'s date is the later, the plan\'s title below it'],
  ['joint-letterhead-file-alone.txt', 'a joint red head as pdftotext gives it, the two offices stacked and 文件 on a line of its own, then its number, a two-line title, (此页无正文) above the signatures, a (本件公开发布) and a contact note under the date, and the imprint\'s printer on the line above its date'],
  ['plan-imprint-without-notice.txt', 'a plan printed without its notice that ends with the imprint (抄送, then the printer and 印发 on lines of their own): the imprint is the plan\'s, the printer no signatory'],
  ['parts-and-imprint.txt', 'a plan in 第一部分/第二部分 with 一、 restarting in each, and the imprint (抄送, 印发) after it'],
  ['roman-numeral-parts.txt', 'an older city site\'s plan in Ⅰ、/Ⅱ、/Ⅲ、 parts over （一） groups over 1. tasks, the first part\'s heading on its own line under the title and a Ⅲ类 inside a goal sentence'],
  ['run-in-measures-under-sections.txt', 'a plan in 第一章 › 第一节 › 一、 › （1） items, one （1） split by ①② measures run on in its line, each with its clause'],
  ['chapters-over-parts.txt', 'a plan in 第一章/第二章/第三章 over 一、 parts over （一） groups numbered on across parts over 1. tasks, the safeguards 一、 under the last chapter'],
  ['plan-as-annex.txt', 'a notice whose plan is printed as 附件1, followed by a task table as 附件2'],
  ['annex-flattened-unit-line-total-spanning-header.txt', 'flattened annexes: a 金额单位：万元 line under the title, a 合计 row one cell short, a 年度目标 label over the year cells'],
  ['annex-rowspan.html', 'an HTML annex table with a two-row header (colspan) and a category cell spanning rows (rowspan)'],
  ['district-page-toolbar.html', 'a district page with a 发布时间/浏览次数/【打印】 tool bar between title and addressees, and 责任单位：A，各相关部门按职责分工负责'],
  ['inline-clauses-tab-table.txt', 'clauses written as the last sentence without brackets (。牵头单位：A；配合单位：B。), and a tab-separated annex table'],
  ['task-table-only.txt', 'a notice whose tasks stand only in a 重点任务分解表 annex: each row with a 责任单位 is a task'],
  ['clauses-with-deadlines.txt', 'clauses with deadlines: 完成时限 before the labels, labels apart by spaces only, （2023年6月底前完成，A负责）, 牵头领导 and 时间节点 around the units'],
  ['clause-broken-over-lines.txt', 'a bracketed clause broken over two lines of plain text, and a clause alone on the line after its item'],
  ['closing-statement.txt', 'a closing statement after the last item (本措施自印发之日起施行，由…负责解释) kept out of it, and a task part named 强化要素保障 that is not the safeguards'],
  ['lead-marked-in-list.txt', 'the lead marked in a list of units: 责任单位：A（牵头）、B、C on its own line, （责任单位：B、A（牵头）） and （A（牵头）、B按职责分工负责）'],
  ['markdown-clause-lists.md', 'Markdown: 牵头单位/配合单位/完成时限 as sub-list lines under a numbered item, and the signature and its date in one paragraph'],
  ['markdown-nested-lists.md', 'Markdown lists inside list items: a numbered list under a task (its 1. 2. a level below, not siblings of the 3. around them) before the task\'s clause lines, sub-items with clauses of their own, and bullets under bullets'],
  ['capital-numerals-traditional.txt', 'a notice in traditional characters with half-width punctuation: 壹、貳、參 above 一、 and (一), clauses labelled 主辦機關/協辦機關, a target in 萬座'],
  ['task-table-grouped.html', 'a task list that is only an HTML table: 重点任务 spanning rows over 具体措施, with 牵头单位, 配合单位 and 完成时限 columns'],
  ['task-table-task-content.html', 'a task table of one 重点任务 per row (企业信息变更一件事) with its 具体内容 beside it, under group rows spanning the table, a 牵头单位 cell spanning two rows'],
  ['task-table-word-cells.html', 'a Word-exported task table: group rows spanning the table (一、…), 牵头单位 beside 责任单位, units one per line in a cell (<br>, <p>)'],
  ['task-table-blank-unit-cells.md', 'a Markdown task table converted from Word: 任务类别 and 责任单位 cells that spanned rows left empty under the cell that names them (both unit cells empty: the row shares both), a row naming its own lead with no 配合单位'],
  ['task-table-category-column.html', 'a task table whose 类别 column names the category of its rows, a cell spanning them (rowspan) or one row each'],
  ['task-table-category-tab.txt', 'a tab-separated task table whose 任务类别 is written once over the empty cells of the rows it spans, beside a 责任单位 column'],
  ['task-table-groups-flattened.txt', 'the task table of task-table-task-content.html flattened one cell per line under the plan title, its group rows (一、面向企业的“一件事”) on lines of their own between the rows'],
  ['task-table-unit-lines-flattened.txt', 'a task table flattened one cell per line whose 配合单位 cells list one unit per line, as Word exports them, the last row\'s too: each run of unit lines one cell'],
  ['task-table-leader-rowspan.html', 'an HTML task table whose 责任领导 cell in the last column spans three rows: the leader is each row\'s contact'],
  ['task-table-plain-groups-flattened.txt', 'a task table flattened one cell per line under the plan title, its group rows unnumbered lines (科技创新) between rows that start with their 序号'],
  ['annex-tab-two-row-header.txt', 'a tab-separated annex table with a two-line header: 序号 | 指标 | 单位 | 目标值 over 2023年 | 2024年 | 2025年, the years read as columns'],
  ['task-table-groups-tab.txt', 'the task table of task-table-task-content.html as tab-separated text, its group rows lines without tabs between the rows'],
  ['unit-short-forms.txt', 'units named by their full names in some tasks and by their usual short forms in others (市医疗保障局/市医保局, 市文化广电旅游局/市文旅局, 市供销合作社/市供销社), and 各街道（乡镇） beside 各街道: each read as written'],
  ['each-of-two-kinds.txt', 'addressees of two kinds of local unit, 各镇（街道） and 各乡镇（街道）, beside a plain 各镇 and a plain 各街道: each read as written'],
  ['bare-unit-lists.txt', 'clauses that only list the units in brackets, with or without a deadline: （区教育局、区住房城乡建设委）, （区卫生健康委，2024年底前）'],
  ['annex-titled-year-headers.html', 'an annex headed 附件：title on one line right above its HTML table, with year columns written 2023年'],
  ['unnumbered-measures.txt', 'unnumbered measures under (一): each paragraph ending with its own clause, and each text before its 主责单位/协办单位/完成时限 lines'],
  ['verbal-last-sentence.txt', 'verbal clauses as the last sentence without brackets: 一是…。A负责，B配合。, 1.…。由A牵头，B配合，持续推进。, a deadline before the units; a sentence that only says 各单位要按职责分工负责 is none'],
  ['verbal-clause-in-sentence.txt', 'verbal clauses that end the last sentence after a semicolon or comma (…，配齐扑火装备；县林业局负责。 / …排查，县应急局牵头，各乡镇人民政府配合。); 加强与市级部门配合 says what is done'],
  ['task-table-groups-in-text.txt', 'a plan printed as 附件1 whose groups (一)(二) name the rows of the task table in 附件2, which has no groups of its own'],
  ['layout-table-rows.html', 'an old CMS page laid out in a table: a title row, a 发布时间 | 来源 row, and the body in one cell, its paragraphs cut by <br> beside a spacer cell'],
  ['decimal-chapters.txt', 'a decimal outline whose chapters have no dot (1　总体要求 › 2.1 › 2.1.1, GB/T 1.1 style), tasks at the third level, safeguards 3.1 and 3.2'],
  ['pdf-gazette-wrapped.txt', 'text taken from a gazette\'s PDF: lines wrapped at a page width that varies by a character (a year counts half, a mark may not start a line), the gazette\'s head (某省人民政府公报 2025年第9期) above the title and after each page number, page breaks inside a target and inside a clause'],
  ['pdf-wrapped-decimal-figures.txt', 'text taken from a PDF whose wrap puts a decimal figure at a line\'s start (完善标准厂房 | 3.0版建设标准, 达到 | 2.5级以上): the rest of the task\'s sentence, no item numbered 3.0 or 2.5'],
  ['pdf-bare-page-numbers.txt', 'text taken from a PDF with bare page numbers (2, ·3·) between blank lines inside a task\'s clause cut mid-name (（牵头单位：市 | 2 | 金融工作局；…）): the clause joined, the numbers page footers'],
  ['pdf-set-in-unit-lines.txt', 'text taken from a PDF whose paragraphs start set in (　　), the set-in lines as wide as the page with their indent: 责任单位 and 配合单位 lines wrapped inside a name (县自然 | 资源局, 县乡村振兴 | 局), the 完成时限 line after them'],
  ['pagebreak-between-clause-lines.txt', 'a PDF page number (— 2 —) between a task\'s 责任单位 line and its 完成时限 line, and one inside a list of units cut after 、; a 完成时限 run on to the last unit (…交警大队完成时限：…): units and deadline apart'],
  ['deadline-line-before-units.txt', 'a 完成时限 line written before the 牵头单位/配合单位 (or 责任单位) lines: the clause\'s deadline; a 完成时间 line under an item without units stays its text'],
  ['pdf-bare-page-in-sentence.txt', 'text taken from a PDF with bare page numbers (2, 3) alone on a line between the halves of a sentence, no blank line around; an annex table flattened one cell per line whose serials (1, 2, 3) stay cells'],
  ['pdf-running-head-plan-title.txt', 'text taken from a PDF whose pages repeat the plan\'s title as their running head, the first time where the title stands (after the notice\'s last page number); paragraphs start set in (　　) and their wrapped lines flush, one wrapped after a full line ending in ； inside the targets, one whose first line is narrower by its indent'],
  ['repeal-in-closing.txt', 'repeals where a 办法 closes: in the article before the one that says when it takes effect and after that statement (自行失效), while an article set aside (《X》（号）第十二条不再执行), a number cited as the ground (根据《X》（号）), a repeal named as work in an article, and 部分条款…以本办法为准 repeal nothing'],
  ['mixed-clauses.txt', 'a notice without a header: 1．(full-width) items, 牵头部门;配合部门, A牵头,B配合, A负责, and a target whose subject stands in the clause before'],
  ['clause-lines-before-text.txt', 'clause lines (【责任单位】A / 【配合单位】B, 责任单位：A / 配合单位：B / 完成时限) between an item\'s heading and its text, and after its text'],
  ['published-line-under-title.txt', 'a scraped notice without a header whose 发布时间：2024-03-18 10:22 stands on a line of its own under the title, above the document number and the addressees'],
  ['labelled-task-list.txt', 'a task list written as labelled lines: 序号：N / 工作任务 / 工作措施 / 责任单位 / 配合单位 / 完成时限, the deadline also before the units'],
  ['covering-sentence.txt', 'a sentence after a group\'s items that gives their units (以上任务由A牵头，B负责落实 / 上述工作由A负责，B配合，2025年底前完成 / 以上各项任务责任单位：A、B, or ending the last item: …。以上任务由A牵头，B配合。): the group\'s clause, or each item\'s that names none; 以上工作要认真落实 is prose'],
  ['plan-issuer-under-title.txt', 'a plan printed without its notice, its title over two lines and the issuing body and date (二〇二三年八月) under it, which end the title; targets in a 总体要求 paragraph after its guiding sentence'],
  ['inline-items.txt', 'items run on in one line: (一)…。(二)… safeguards, (一)…。(牵头单位:A)(二)… tasks each with its clause, (三)/(四) cited inside a sentence or quotes left alone; a year column headed 2024年（基期） with — in a row'],
  ['inline-arabic-items.txt', 'items 1.…2.… run on in one line, under the (一) that opens it and after a 1. of its own, each with its clause; 1.5万, 2025.6 and a list after a colon (重点做好：1.…；2.…) left alone'],
  ['inline-heading-subitem.txt', 'a heading and its first sub-item run together on one line (1．标题。（1）…, 2.标题. (1)…, 3．标题。①…) with (2)/② on the next line: the heading over (1) and (2), each a task with its clause; a (1) that no (2) line follows, or cited inside a sentence, left alone'],
  ['inline-circled-items.txt', 'circled items ①…（责任单位：A、B）；②…（责任单位：A） run on in the line of a 1. (after a colon or a full stop) or of their own ①, each closed by its clause: a task each under the 1.; a run inside a sentence or covered by one clause after it left in its item'],
  ['enumeration-clauses-then-clause-lines.txt', 'an item whose 一是/二是 (inside its paragraph or as paragraphs of their own) carry their own clauses, followed by items whose clauses stand on lines of their own (A牵头，B配合 / 牵头单位：A, 配合单位：B): each such line is its own item\'s, not the group\'s'],
  ['bare-number-lines.txt', 'items numbered on a line of their own (1. / 【牵头单位】A / 【配合单位】B / text, or 牵头单位：A / 配合单位：B / 完成时限 lines), each taking the clause lines under its number, titled by its text'],
  ['tagged-items-deadline-sentence.txt', 'items tagged 【任务1】 whose clause is the sentence before a deadline sentence of its own (…。牵头单位：A；配合单位：B。完成时限：2025年底前。, 时间节点：…, and a verbal clause before 完成时间：…)'],
  ['two-annexed-plans.txt', 'a notice issuing two plans as 附件1 and 附件2: the first is the plan, the second stays an annex and a warning says its tasks and goals are not read'],
  ['contacts-in-units.txt', 'contact people and numbers among the units (责任单位：A（责任人：刘强，138…）, A，张三，138****1234, A（联系人：陈静　电话：0571-…）, A　责任人：刘强, the bracket ending a paragraph\'s last sentence): units only, the contacts kept apart; 团委 and 妇联 stay units'],
  ['leader-fields.txt', 'the leader in charge named with the units (责任领导：A　责任单位：B　配合单位：C apart by spaces, …；区领导：A after a verbal clause, 分管领导 and 牵头区领导 on the clause lines, 【联系领导】A【牵头单位】B): kept in the contacts, never a unit, the task not lost'],
  ['task-table-contacts.html', 'an HTML task table with 联系人 and 联系电话 columns (read as contacts, labelled by their column) and contacts in its unit cells (区科技局（联系人：赵雷，139…）, 区科协（李娜，137…）): units only, the contacts on the task'],
  ['task-table-contacts-tab.txt', 'a tab-separated task table annexed to a notice, with a 责任人及联系方式 column (无 when none) and contacts in its 牵头单位 cells (A（联系人：孙伟，0571-…）, A，陈晨，139****0001)'],
  ['verbal-clause-deadline-sentence.txt', 'verbal clauses without brackets followed by a deadline of their own: a sentence (2024年6月底前完成。, 长期坚持。), in brackets ((2025年底前完成), (完成时限：…)) or on the next line (完成时限：…); a sentence that goes on after its year (2024年全市民间投资完成…) is none, and stays what the task says after its clause'],
  ['goals-chinese-numerals.txt', 'targets in Chinese numerals (达到五十家, 新增…三个, 不少于二十所, 超过一万人, 达到三千亿元, 增长百分之十, 提高两个百分点) beside 翻一番, and numerals of prose (一是, 一批, 一系列, 一体化, “十四五”, 三年行动, 一网通办, 两新, “四个一”, 千家万户, 数十家) that are none'],
  ['goal-introduction-this-year.txt', 'a 总体要求 part whose targets follow a guiding sentence under a label (今年全区…主要预期目标是：…), in a plan whose title names no year: 今年 is the year of the notice that issues it'],
  ['oneyear-opening-goals.txt', 'a one-year 工作方案 stating its targets in its opening paragraph (2024年，…达到92%…，新建…60个以上) without a 目标 heading, after a sentence on the year before (2023年，…达到90%) that sets none'],
  ['purpose-sentence-targets.txt', 'a one-year 工作方案 without a 目标 heading whose purpose sentence states its targets (为…，到2025年底，…达到80%，新建…6家，其中…2家，结合我区实际，特制定本方案。): read from the year up to the clause that says the plan is made, the 其中 target a part of the one before'],
  ['opening-targets-beside-goal-section.txt', 'a plan whose purpose sentence states targets beside its 工作目标 section: one the section states again is read once, where the section puts it; another is the plan\'s too; 其中 in the section opens a part of the target before'],
  ['boxes-between-tasks.txt', '专栏 boxes between tasks (专栏1 title, 专栏2：title, 【专栏3】title, 专栏4 over its title line): each ends the task before it and is a box of its own; its 1. 2. / (1) lines and a 牵头单位 line in it are no tasks, the next task (3. after a blank line, 5., (三), 三、) ends it; 开设专栏宣传 and 专栏1所列项目… are prose'],
  ['table-flattened-no-serial.txt', 'tables flattened one cell per line without a 序号 column, read by the header\'s width and the rows\' shape: 指标 | 单位 | 2020年 | 2025年 | 年均增长〔累计〕 | 属性, rows whose 2025年 is — giving their five-year figure (〔13.5〕) as the goal, and a 项目名称 | 责任单位 | 完成时限 table of text'],
  ['table-category-column-flattened.txt', 'tables flattened one cell per line whose header names a category column before 序号 (领域 | 序号 | 主要指标 …, 类别 | 序号 | 建设内容 …), each category a line of its own above its rows (健康水平, 一、基层医疗), the rows numbering from 1 again under it or not'],
  ['markdown-grid-table.md', 'a task table annexed as a pandoc grid table: Word cells wrapped over lines (、 going on, a name cut in two), a 牵头单位 cell spanning two rows'],
  ['markdown-simple-table.md', 'pandoc simple tables (a header over dash groups, a row a line, Han characters two columns wide): a yearly target annex 指标 | 单位 | 2023年 … and a 任务分工表 annex whose rows are tasks'],
  ['markdown-multiline-table.md', 'pandoc multiline tables (full dash lines around, rows apart by blank lines, cells wrapped over lines): a 表1 of yearly targets in the goal section and a 任务分工表 annex whose unit names are cut across lines'],
  ['two-annexed-plans.txt', 'a notice issuing two plans as 附件1 and 附件2: the first is the plan, the second stays an annex and a warning says its tasks and goals are not read'],
  ['header-bracket-labels.txt', 'a 信息公开 header of bracket labels (【索 引 号】…, 【标　　题】…, 【有 效 性】有效), its lines as long as the wrap width of the text, above the notice'],
  ['header-label-row.html', 'an HTML metadata table with its labels in one row and their values in the row below (索引号 | 发布机构 | 公文种类 over the values), then a 标题 row of label and value'],
  ['wechat-repost-headline.html', 'a WeChat repost: its headline, byline and lead-in (全文如下↓↓↓) above the notice\'s own title, credits and a follow prompt below the text'],
  ['heading-issuer-over-title.html', 'an <h1> broken by <br> into the issuer and 关于印发…的通知, the header\'s 名称 only the second line'],
  ['repeal-quoted-titles.txt', 'repeals of documents titled in 「」 and “” with their numbers (原「X」（某县政办发〔2021〕第5号）同时废止, “Y”（号）同时停止执行), while a quoted phrase with no number (“一刀切”做法不再执行) repeals nothing'],
  ['closing-footnote.txt', 'a closing statement naming the document 本举措, then a page number and a footnote (注：1.… / 2.…): all in plan.closing, none of it in the last safeguard, the note\'s 2. no item'],
  ['province-collective-units.txt', 'a province plan naming collective units: 省直有关单位和各设区市人民政府 (two names joined by 和 after 单位), 各设区市、县（市、区）人民政府 and 各地级市、县级市人民政府 (each one name), 省直各有关部门 in a list'],
  ['notice-title-in-header.html', 'a notice whose text opens with its addressees, its title printed only in the header table\'s 名称 (the page <title> adding the site\'s name)'],
  ['notice-title-in-page-title.html', 'a notice whose text opens with its addressees and no header: its title is the page <title> without the site\'s name after " - "'],
  ['plan-in-linked-attachment.html', 'a page with only the covering notice, its plan a linked PDF (附件：<a href="….pdf">某方案.pdf</a>): no plan, and a plan-in-attachment warning'],
  ['plan-title-heading.html', 'a page whose notice has no title of its own (the header names it): the notice\'s text, then the plan\'s title as an <h2> with its period, over 一、 and （一）'],
  ['plan-title-heading-markdown.md', 'Markdown: a notice\'s text without its title, then the plan\'s title as a ## heading over 一、（一） and 1., a unit of the central bank written 人行某县支行'],
  ['clause-brackets-deadline.txt', 'a clause bracket followed by its deadline: in brackets of its own ((完成时限：2025年底), (2024年底前完成), (时间节点：持续推进)), as a sentence after it (）。完成时限：2025年底。), after 责任单位 (若干措施 style), and a ★ after the clause'],
  ['clause-split-brackets.txt', 'lead and participants in brackets of their own ((牵头单位：A)(参与单位：B), (配合单位), (责任单位), with a (完成时限) or a contact bracket after them), stops after the clause; a clause bracket followed by a note ((市级试点)) is reported, not read'],
  ['task-table-title-row.html', 'an HTML task table under a title row spanning it (its caption), the header in the row below, 责任单位 cells of A（牵头）<br/>B'],
  ['tab-indented-word-paste.txt', 'a Word paste that sets paragraphs in with a tab (\\t1.推进…, \\t（一）加强组织领导。, a target sentence) or puts a tab after the item\'s number (1.\\t规范…): items and sentences, not a tab table; a tab-separated annex table after them still a table'],
  ['traditional-articles-sections.txt', 'a regulation in traditional characters: 第一章 總則 › 第一節 › 第一條, a target in its opening article (第二條　到2025年，…), tasks in articles with 責任單位/牽頭單位/配合單位, read as its simplified text is'],
  ['traditional-heading-words.txt', 'a plan in traditional characters headed 總體要求 / 工作目標 / 重點任務 / 組織實施: targets from the aims part and the goal part, the last part the safeguards'],
  ['spaced-heading-words.txt', 'headings letter-spaced as PDFs set them (一、总　体　要　求, 二、工　作　目　标, 四、保 障 措 施): known by their words, kept as written'],
  ['layout-table-title-block.html', 'an old CMS page laid out in a table, its title block a table nested in a cell (the title row over a 发布时间 | 来源 | 点击数 row), the site\'s name in the row above it'],
  ['attachment-download-below-article.html', 'a page with only the covering notice, its plan linked in TRS\'s 附件 block below the article (<div class="fj">附件：<a href="….pdf">…</a></div>): the notice\'s attachment, and a plan-in-attachment warning'],
  ['attachment-line-titles-plan.html', 'a plan printed right under the 附件 line that names it (附件：某实施方案 / 为…制定本方案。/ 一、…): the line titles the plan and lists no annex'],
  ['page-tail-furniture.html', 'a header table with 时效 and a 名称 cell spanning the row; a captioned table after the last safeguard, then the page\'s 信息来源, bare 打印本页 关闭窗口 and 上一篇 lines'],
  ['task-table-numbered-group-rows.html', 'an HTML task table whose group rows are numbered in the 序号 column (一 | its name spanning the rest of the row) above rows numbered 1, 2, 3: sections, not tasks'],
  ['task-table-numbered-group-rows-pipe.md', 'a Markdown task table whose group rows are numbered in the 序号 column (| 一 | 推进农村厕所革命 | | | |), the unit cells empty: sections, not tasks'],
  ['task-table-split-pages.html', 'a task table split across pages into two HTML tables, the header repeated, the numbers going on: one table, the row after the break in the group above it'],
  ['task-table-split-pages-tab.txt', 'a tab-separated task table cut by a page number (— 3 —), its header repeated: one table under its caption'],
  ['task-table-first-listed-leads.html', 'a task table with a 责任单位 column where the text says the unit listed first leads (责任单位中排在第一位的为牵头单位): the first unit of each cell leads, the others take part'],
  ['task-table-tab-merged-header.txt', 'a tab-separated task table whose header has 责任单位 over 牵头单位 | 配合单位, copied with every tab kept (序号 | 重点任务 | 责任单位 | | 完成时限 over | | 牵头单位 | 配合单位 |): the caption stays the plan title, each row a task'],
  ['task-table-header-note-first-leads.txt', 'a tab-separated task table whose 责任单位 header carries a note that the unit listed first leads (责任单位（排在前面的为牵头单位）), and a 完成时间（年月） column: the first unit of each cell leads'],
  ['registration-number-line.txt', 'a 规范性文件统一编号 (ZJSP07-2024-0015) on its own line between the title and the document number: the notice\'s registration number, not its body'],
  ['word-footnotes.html', 'a Word page with footnotes: references inside a target (达到95%[1]以上) and after a task\'s figure, the notes (one of two paragraphs) at the page\'s end: plan.footnotes, not text of the last task'],
  ['markdown-footnotes.md', 'Markdown footnotes ([^rate] in a target, [^built]: a note of two paragraphs): plan.footnotes, not text of the last task'],
  ['goal-stage-headings.txt', 'goal stages headed with their years in brackets (近期目标（2024—2025年）。…, 中期目标（到2027年） over its line, 远期目标。到2030年，…；到2035年，达到…): each target the end year of its stage, a stage without a subject that of the stage before'],
  ['goal-years-respectively.txt', 'targets for a list of years (到2025年、2026年，X分别达到a、b, Y2025年和2026年分别达到…), subjects 分别突破 a list of figures, and in a plan of 2024—2026年 an average annual change with no year (年均增长15%以上: 2026) and a change from the year before with none, reported'],
  ['annex-two-tables.html', 'an annex with two HTML tables, a yearly indicator table and then a 重点项目表 of other columns under its own centred caption: the second a table of its own in `tables`, its path the annex\'s label'],
  ['annex-two-tables-flattened.txt', 'an annex with two tables flattened one cell per line, the second after its caption line (重点项目表): two tables, the second in `tables` under the annex\'s label, no row merged across them'],
  ['caption-under-plan-title.html', 'a centred caption (重点任务分解表) right under a plan title that reads whole (…实施方案), above the table: the table\'s caption, not more of the title'],
  ['goal-figures-as-written.txt', 'target figures and units as written: thousands separators (1,350亿元, 15,000人), 余 and 多 in the unit (6000余人次, 3.5万余个, 80多家), counters after 万 and 亿 (2.4亿斤, 45万头, 600万羽), rates per 10万 (9/10万, after 每10万人口…), areas and volumes (85万㎡, 320万m2, 40万m³/日)'],
  ['goal-yearly-lines-and-figures.txt', 'yearly targets on lines of their own (1.2024年目标 over its line, ——2025年：…) and in brackets after the end year\'s (260家（2024年220家、2025年240家）), ranges in numerals (两至四家, 5至8家 before an object a figure describes), 突破千亿元, a multiple of a year\'s level (达到2023年的1.5倍), amounts saved with no year (累计节约标准煤2万吨), and figures without a unit after ≤ or 人均, reported'],
  ['goal-ceilings-and-starting-levels.txt', 'ceilings written 不超过, 控制在不超过, 最高不超过, 不大于 (the bound the qualifier, nothing of it in the indicator), a range after 控制在, and targets raised or lowered from a starting level (由2022年的38.5%提高到40%, 从35%提高到45%以上, 由…的12天降至2025年的5天以内): one goal each, the starting level no target'],
  ['enclosed-number-markers.txt', 'Word\'s enclosed numbers as markers (㈠ over ⒈ over ⑴, one character each), and ⑴…（责任单位：A）；⑵…（责任单位：B、C） run on after a colon: a task each under the ⒉; a ⑴；⑵ run one clause after it covers left in its item'],
  ['halfwidth-stop-clause.txt', 'half-width punctuation throughout: a labelled clause sentence after a half-width full stop (改造.牵头单位:A;参与单位:B.), after a decimal figure (2.5万张.), and before a deadline sentence (.完成时限:2025年底前.)'],
  ['task-table-own-group.md', 'a Markdown task table that is all a group holds ((二) over 序号 | 任务 | 牵头单位 | 参与单位) beside groups of text tasks: its rows are that group\'s tasks; a table under a task breaks it down and stays a table'],
  ['box-blockquote-list.md', 'Markdown 专栏 boxes in block quotes between tasks, their lines a numbered list (1. 5G网络…, a line opening with a figure): every line is the box\'s, the next task ends it'],
  ['box-lines-no-blank.txt', '专栏 boxes with no blank line around them: a numbered line opening with a figure (1.5G网络…) counts as the box\'s 1., so its 2. is the box\'s; a line with a clause after a box of plain lines is the next task'],
  ['decision-repeal-revise-lists.txt', 'a 决定 that repeals and revises documents item by item (一、下列规范性文件予以废止： over 1.《X》（号）；, 二、下列规范性文件予以修改： over （一）将《X》（号）第八条中的…修改为…): the repealed numbers in supersedes, the items the notice\'s own text and no plan'],
  ['responsibility-role-verbs.txt', 'verbal clauses with the genre\'s other role verbs: 牵头抓总, 牵头实施, 主责 to lead; 具体实施, 给予…保障, 做好…保障, 予以支持 to take part, in brackets, labelled and as the last sentence; units joined by 会同 both lead where the label or verb leads (牵头单位：A会同B, A会同B牵头，C配合), and under 负责 A leads and B takes part (A会同B负责，C具体落实); 强化政策支持 and 县财政局要会同… stay sentences'],
  ['annex-list-under-bare-label.md', '附件： alone on its line over a Markdown list of the annexes (1. 某指标表 / 2. 某工程清单) above the signature: the notice\'s attachments 附件1 and 附件2, its date and signature read, no empty annex; the annexes printed after the plan read as usual'],
  ['pandoc-docx-markdown.md', 'Markdown converted from Word by pandoc: the title only in the front matter over a 文号 line, addressees over a hard break (\\), bookmark anchors ([]{#_Toc… .anchor}) and {.unnumbered} in headings, spans ([99]{.underline}, [县自然资源局]{custom-style=…}) and superscripts (m^2^, 县水务集团^1^) in goals and clauses, a tight a./b. sublist, and grid cells with a hard break between units and a footnote reference (21[^1])'],
  ['attachment-markdown-link.md', 'a notice whose plan is a linked file (附件：[某方案.pdf](https://…/x.pdf)), and a download under 相关附件： linked by reference ([某表.xlsx][xm]): each attachment keeps its file\'s address, as an HTML page\'s links do'],
  ['header-letter-spaced-labels.txt', 'a header whose short labels are letter-spaced (索 引 号：, 有 效 性：, 主　　题：) after lines of near the same length (成文日期：… / 发布日期：…): each label starts a field, no line joined to the one before'],
  ['work-points-year-before-aims.txt', 'a one-year 工作要点 whose year stands in the sentence before its aims (2025年是…最后一年。…总体要求是：…达到98%), targets held (稳定保持100%, 持续保持在不低于42%), and a leader after a full stop in the clause (A牵头，B配合。责任领导：周明)'],
  ['goals-change-verbs-without-year.txt', 'a goal paragraph without a year: amounts cut before their figure read (淘汰落后产能5家, 降低企业用能成本2000万元), changes of a rate before their figure reported (降低单位工业增加值能耗10%, 提高…比重5个百分点)'],
  ['bureau-section-labels.txt', 'a bureau\'s 工作要点 naming its own sections under role labels (责任科室, 责任股室, 牵头处室/配合处室, 【责任科室】【配合科室】), its leaders labelled 包村领导 and 分管局领导 before them kept as contacts'],
  ['task-table-section-column.txt', 'a tab-separated task table whose unit columns are a bureau\'s sections: 责任科室 | 配合科室, beside 责任人 and 完成时限'],
  ['verbal-roles-guide-joint.txt', 'verbal clauses with a guiding unit (A负责，B指导 / B负责业务指导，A具体实施 / B督导，A负责，C给予资金保障, 指导单位：B), joint leads (共同牵头, 分别牵头, 按职责分工牵头负责, 共同推进), 依职责分工负责 / 根据职责分工负责 / 按职责抓好落实, and roles named after the units (A为牵头单位，B为配合单位)'],
  ['bureau-township-unit-names.txt', 'a county bureau\'s notice to its sections, schools and villages (各股室、局属各单位、各中小学校，各村（社区）、镇属各站所), verbal clauses naming its sections (计划财务股牵头，安全稳定股配合, 人事科负责), 各幼儿园, 各村, 县科协 and 县作协, and labelled sentences whose last unit has its second name in brackets (…、县市场监管局（县知识产权局）。)'],
  ['task-table-second-name-lines.html', 'an HTML task table whose unit cells list a name with its second name in brackets, then another unit on the next line (<br/> and a line break, or two <p>), and a task cell wrapped by <br>'],
  ['task-table-spaced-layout.txt', 'a PDF\'s text (pdftotext -layout) whose annexes are tables laid out with runs of spaces: a 重点任务分工表 with cells wrapped onto the lines under their row (a task, a unit list cut inside a name), and a yearly indicator table'],
  ['annex-flattened-wrapped-cells.txt', 'annex tables flattened one cell per line whose cells were wrapped over lines: an indicator (省级夜间文旅消费集聚 / 区) before its unit and figures, a task and a unit list cut inside a name (区市场监 / 管局) before the deadline'],
  ['task-table-tab-merged-rows.txt', 'a tab-separated task table whose measures share a 序号 and 重点任务 cell: rows of merged cells with their empty first cells\' tabs kept, the empty last cells\' tabs kept or trimmed'],
  ['goals-counters-traditional.txt', 'goals in traditional characters counted in 根, 幢, 口 and 宗, their qualifiers as written (力爭, 累計), and a figure in a counter no unit word knows (3000樘) reported'],
  ['page-own-header-labels-br-sentence.html', 'a CMS page whose <dl> header names its fields its own way (信息索引号, 发布机关, 文件编号, 公开时间, 信息名称) with one label no list knows (目录编码, kept with a warning), a goal sentence cut by <br> in mid-phrase (人均体育场地<br>面积), 共同负责/分别配合 clauses, and 相关政策解读/视频解读 links after the article'],
  ['guiding-units-verbal.txt', 'verbal clauses with a guiding unit (负责督促指导，B配合 / 负责督促，B配合: the guide leads; 负责督促指导，B负责具体实施: B leads), 共同负责 before a 配合 unit, 分别配合, and a (本页无正文) mark before the signature'],
  ['letter-spaced-role-labels.txt', 'role labels set with letter-spacing as Word copies space them (（牵　头　单　位：…；配　合　单　位：…）, 【责　任　单　位】, on lines of their own, in traditional glyphs), beside a header\'s padded 名　　称 label'],
  ['capital-letter-sublists.txt', 'capital-letter sublists (A. B.) under a 1. item, with a. b. a level below A.'],
  ['ocr-spaced-variant-labels.txt', 'an OCR\'d copy: a signature spaced character by character over a date whose 〇 came out as O (二O二四年), a goal sentence and clauses spaced the same way (全 区 智 能 工 厂 达 到 20 家, 牵 头 单 位 ： 区经信局, 区 科 技 局 牵 头), labels in traditional and Japanese glyphs (牽頭單位, 参与単位), the vertical colon ︰ and labels whose colon was dropped (牵头单位 区市场监管局 参与单位 区经信局)'],
  ['wechat-ornaments-tail.txt', 'a plan reposted from WeChat as text: ornaments before its parts, groups, items and goal lines (▌一、, 【（一）…】, ▶（二）, 🔹1., ●, ◆), items titled in 【】 after their number, and the page under it (credits, 往期回顾 over headlines, —— END ——, the account\'s buttons) set aside'],
  ['repost-text-head-furniture.txt', 'a WeChat repost copied as text: its headline (重磅！…若干措施, a document type at its end), byline and lead-in (全文如下↓↓↓) above the notice\'s title, and a bare date, a 来源：… line and a bare 打印本页 关闭窗口 between the title and the number: the notice read as if none were there'],
  ['portal-dateline-under-title.html', 'a news portal\'s reprint: the portal\'s dateline (2024年07月09日10:05 | 来源：…) between the <h1> title and the number, page furniture, not the first line of the notice\'s text'],
  ['plan-only-dateline-under-title.txt', 'a plan printed without its notice, a 学习强国 dateline (2024-08-20 16:40　来源：学习强国) under its title: page furniture, not the plan\'s preamble'],
  ['goals-period-scope-shared-subject.txt', 'goals that open with the plan\'s period (2024—2026年，…: its last year), creations after the scope (全县新增…: no year) or the years (三年累计培育… opening a later clause: the plan\'s last year, 2026), a coefficient without a unit (系数达到0.6以上), and a measure named alone after the target whose subject it shares (…产值达到80亿元，产业规模突破150亿元)'],
  ['task-table-merged-cells-flattened.txt', 'a task table flattened one cell per line whose merged cells are written once: a 序号 and 重点任务 shared by two measures (the second measure\'s lines follow the first\'s), a 重点任务 cell written only on its group\'s first row, an empty 配合单位 cell left out'],
  ['task-table-numeral-groups-flattened.txt', 'a task table flattened one cell per line whose groups are numbered in the 序号 column (一 over 教育医疗), the rows under each numbered from 1 again, a 责任单位 column beside 牵头单位 and 责任领导, a 责任单位 cell one unit a line'],
  ['verbal-clause-lines-with-deadlines.txt', 'verbal clauses on lines of their own closed by a deadline: after ；, ， or a 。, in brackets (市大数据局负责（2026年底前完成）) and an open term (；持续推进), beside a line without one'],
  ['unit-lists-shared-endings.txt', 'unit lists whose names share the ending of the last one, each one name: 各市（州）、县（市、区）人民政府, 相关市、县人民政府, 青岛、烟台、潍坊市政府, 济南、青岛市人民政府, 长沙、株洲、湘潭三市人民政府; and a bracket naming only a helping unit (（省科技厅配合）), a task with a participant and no lead'],
  ['task-table-tab-cell-lines.txt', 'a tab-separated task table pasted from Word whose unit cells hold one unit a line (the row\'s line broken inside a 配合责任单位 cell, and inside a 牵头责任单位 cell), its unit columns headed 牵头责任单位 | 配合责任单位'],
  ['task-table-group-serials-goal.html', 'an HTML task table 一级任务 | 序号 | 二级任务 | 工作目标 | 主要责任单位 | 支持单位 whose 序号 restarts at 1 in each 一级任务 (rowspan), a 工作目标 column beside the task, and a 主要责任单位 + 支持单位 cell merged by colspan holding a verbal clause'],
  ['role-label-variants.txt', 'clauses labelled with the genre\'s other role words: 牵头责任单位/配合责任单位, 主要责任单位/其他责任单位, 实施主体/协同配合单位, 牵头单位/支持单位, 牵头责任部门/协作单位, 责任主体/参加单位, 牵头单位/相关单位'],
  ['wrapped-crcrlf-line-ends.txt', 'a hard-wrapped notice saved with CR CR LF line ends (a CRLF file converted once more): each CR CR LF one line end, the text read as with LF'],
  ['wrapped-double-spaced.txt', 'a hard-wrapped notice with a blank line after every line: the spacing blanks dropped, the wider gaps kept as paragraph breaks, wrapped goals and clauses joined'],
  ['one-line-notice.text', 'a notice with no line breaks at all (header, title, addressees, signature, plan title, parts and items run together): cut where its lines were, with a text-unbroken warning'],
  ['markdown-one-paragraph-a-line.md', 'a .md written one paragraph a line without blank lines: a soft break before 一、 （一） 1. or after a short numbered heading starts a block'],
  ['html-fragment-lines.txt', 'a .txt holding an article body copied from a page\'s source as <p>…</p> lines: read as HTML, as on standard input'],
  ['word-manual-line-breaks.txt', 'a text from Word with CR paragraph ends, vertical tabs (manual line breaks) and U+2028/U+2029 separators: each a line end'],
  ['goal-year-lists-parts-grades.txt', 'goal sentences whose words are easily misread: a list of years opening a sentence without 到 (2023年、2024年、2025年分别新增…a、b、c; 2023年、2025年X分别达到…), grades before a noun (百亿级企业10家, 千亿级产业集群3个), a bound closing a target before the next (20家以上、省级…), parts by year after 其中 (其中2023年新增400家、2024年新增500家) and 这一比例 carrying on the stage before'],
  ['party-and-second-unit-names.txt', 'units named by a second name in brackets (区科技局（区知识产权局）) and by it alone, a Party committee\'s body with 中共 and its place (中共东川区委宣传部) and without, its bare name (组织部), and a 工作办公室 beside its short form (区金融办): each read as written'],
  ['pdf-centred-task-rows.txt', 'a PDF\'s text (pdftotext -layout) whose task table has rows centred on their serial (wrapped cells above and below the serial\'s line, unit lists cut after 、) and 重点任务 cells merged over two rows (left blank in the second)'],
  ['header-tab-pairs-title-line.txt', 'a scraped header of two label：value pairs a line, tab-separated (索引号 | 主题分类, 发布机构 | 成文日期, …), then its 标题： on a line of its own above the printed title: the title read once, without its label'],
  ['figure-table-cell-units-group-rows.txt', 'a tab-separated 主要指标 table without a 单位 column whose cells carry their unit (860亿元, 1500亿元以上, 320家, 30个左右), under category lines spanning the table (一、产业规模): values and unit read, each category the group of the rows under it'],
  ['figure-table-colspan-groups.html', 'an HTML 主要指标 table whose category rows span the table (<td colspan="6">一、设施网络</td>), and a row whose cells repeat the 单位 column\'s unit (1140万标箱): each category the group of its rows, the figures read'],
  ['clause-lists-shared-place-organs.txt', 'unit lists that share a place (区委农办，各镇党委、政府，各街道党工委、办事处: each organ the places\' own, 各镇政府, 各街道办事处) and lists joined by 及 after the places of a level (各镇街及驻村工作队, 各镇（街道）及相关单位)'],
  ['clause-ends-wraps-run-on.txt', 'where a clause ends and what follows it: a verbal clause line with its deadline after spaces (A牵头，B配合　　2025年6月底前), units wrapped onto the lines under 责任单位： (aligned under the first), (1)…（clause）；(2)…（clause） run on in a numbered item\'s line, 责任单位：A、B（按职责分工负责）。 ending a paragraph, and A负责，B、C配合；完成时限：… closing one'],
  ['task-table-spaced-under-part.txt', 'a task table laid out with spaces (pdftotext) directly under 二、重点任务, under a caption line, its lead cells wrapped onto a second line below the last column\'s, the next part 三、保障措施 right after its last row'],
  ['goal-lists-ranks-ratios.txt', 'goal sentences whose lists and words were misread: changes after 分别 with a base year (A和B排放总量比2023年分别下降a、b: a measure shared), a list whose name holds 及 (普及率、数控化率分别达到…), parts by year and by grade after 其中 (其中2024年、2025年分别达到…; 其中省级15家), 力争到2026年 before the subject, verbs 发展到 and 扩大至, a ratio without a unit (收入比缩小至1.8以内) and ranks (进入全省前3位, 稳居全市前5强)'],
  ['page-cell-pairs-reading-box-imprint.html', 'a district page: a top bar of the date and its links, a 当前位置 breadcrumb cut by →, a header table whose cells each hold two label pairs (公开日期 beside 生成日期: the publication date is 公开日期), a 政策解读 box under the article whose 一、二、 are no parts, and a footer of 主办：… 电话：… over the ICP number'],
  ['page-dl-docno-slash-crumb-site-name.html', 'a bureau page: its name alone in the top bar over the title that repeats it, a breadcrumb cut by /, a <dl> header whose bare 文号 label names the number printed again under the title (the notice\'s number, no running head), and a footer of 主办：… 地址：…'],
  ['annex-notes-groups-base-year.txt', 'annexes whose tables carry a 注： line after a flattened table, a unit line listing two units (单位：亿元、%), an empty flattened cell written as a line of spaces, a tab two-line header with 基期值 over 2022年 beside 目标值 over the later years and groups numbered in the 序号 column (一\t产业发展), and a flattened task table whose long 配合单位 cells stand above their deadlines'],
  ['clause-oversight-and-bare-labels.txt', 'a street office\'s clauses that name units beside the lead under the labels of those who coordinate, oversee or keep in touch (协调单位, 督办单位, 监督单位, 联系单位), under bare labels (督导：, 协同：, 指导：) and under 具体实施单位: all take part, and 具体 is no unit'],
  ['clause-role-is-and-notes.txt', 'roles named before their units, without brackets or in them (牵头单位为A，配合单位为B / 牵头单位为A，B、C配合 / （牵头单位为A，B负责落实）), a note sentence after a clause (…，C落实。以下均需C落实，不再列出) that keeps its units, a later sentence that is a clause too (（责任单位：A。B、C配合）), and 牵头单位为各类媒体提供… that is a sentence, not a clause'],
  ['first-listed-leads-ranking-wordings.txt', 'the first-listed-leads convention in its 排名 wordings: a preamble note (责任单位中排名首位的为牵头单位，其余为配合单位) and a note inside a bare list (A、B，第一个单位为牵头单位), which names no unit'],
  ['unit-list-notes-and-place-remarks.txt', 'notes in and after unit lists: a duty note after a name mid-list (A（按职责分工负责）、B), a unit marked （主责） as the lead, and remarks of the streets\' local duty after the list (；各街道办事处按属地负责, 各街道落实属地责任, 各街道负责属地管理), each street body taking part'],
  ['task-table-note-after-see-below.txt', 'a task table under 见下表（各项目责任单位中第一个单位为牵头单位）: the note makes no task of its paragraph, and the first unit of each cell leads'],
  ['annex-table-title-unit-rows-download.html', 'an HTML annex table whose first rows are its title and 单位：亿元, each one cell spanning the table (as Word sets them), under a bare 附件, and the page\'s download of that annex (相关附件：<a>…分解表.docx</a>) below the article: title, unit and header read, the download no annex of its own'],
  ['downloads-after-br-and-in-list.html', 'a page\'s downloads listed on after the first: a second link after <br> on the 附件下载： line, and 相关附件： over <ul><li> links, each an attachment with its file'],
  ['one-line-items-numbered-on.text', 'a notice with no line breaks whose items number on across groups ((二)培育电商主体2.培训…): the group\'s title cut before its first item, with a text-unbroken warning'],
  ['annex-units-captions-project-list.txt', 'an annex of two yearly tables under 表1/表2 captions (a 单位 cell 1/10万, a unit bracket （‰）, cells carrying %), a project list whose 建设内容 column is prose, and a tab task table with category rows'],
  ['clause-qualified-role-labels.txt', 'role labels with a word before the role word that is part of the label, never a unit: 第一/主体/牵头 before 责任/落实单位 lead, 协同/相关/配合 before 责任/实施单位 take part, 其他/主要 before 配合单位 and 共同 before 牵头单位 keep the role word\'s, 直接责任单位 and 主管部门 are responsible, 会办单位 takes part; an unknown label (共建单位：) is reported'],
  ['signature-after-attachment-line.txt', 'a scraped notice with no blank lines whose short text shows a wrap width by chance: the issuing body\'s name under the 附件： line, over its date, is the signature, not the rest of the attachment\'s title'],
  ['site-name-of-city-atop-district-page.txt', 'a 区 bureau\'s page copied as text under its portal\'s banner: the names of the 市 and 区 governments on a line of their own over the site\'s menu and a header of bare labels, set aside as page furniture, not text of the notice'],
  ['one-line-page-with-chrome.text', 'a CMS page\'s text taken whole (its breaks lost): the page furniture before a header of spaced-out labels (名   称, en spaces), each field on a line of its own, the disclosure under the date, the plan\'s title after it rather than where the notice cites the plan it repeals, a goal heading run into its targets (（二）工作目标到2026年，…), group titles with a comma and the annex\'s label and title'],
  ['township-shared-each-roster-annex.txt', 'a township\'s notice: addressees sharing a leading 各 with a kind of body after it (各村党组织、村民委员会, 各中小学校、幼儿园), and an annexed 领导小组成员名单 whose 组长/副组长/成员 lines are its body, not its title'],
  ['header-table-unknown-label-cells.html', 'a header table with label cells no list knows (公开时限：, a <th>内容概述</th> over a spanning value): kept in metadata.fields with their values and a header-label-unknown warning each'],
  ['goal-thresholds-brackets-yearlists.txt', 'goal wordings: a threshold before the object without 的 (过10亿元项目4个, 年营收超5亿元企业6家), parts in brackets opened by 含 or 包括, a list of years opening a later clause (2024年、2025年分别建成3万亩、4万亩: 建成高标准农田 by year), substances sharing 使用量, 近 after a verb of creation and its object, and Chinese-numeral figures closing a clause (新增…一万二千人, 改造老旧小区三千五百户)'],
  ['clause-spoken-verbs-lead-then-doer.txt', 'a county plan\'s spoken-style clauses after the task\'s words: …，各乡镇人民政府落实属地责任 closing the clause, B做好配合 / B、C密切配合 / A负责，各行政村抓好落实 (taking part), A牵头组织 and A统筹推进 (leading), A为责任单位, a doer after the lead (由A牵头，各村（社区）具体负责 / A牵头，各村（社区）负责实施: A leads, the villages take part); a verb not known, in brackets or not (A统揽推进，B配合 / A大力推动，B配合), is reported'],
  ['task-table-arabic-group-rows.txt', 'a tab-separated 分工方案 table whose groups are numbered in figures in the 序号 column (1 | 办好民生教育 over rows 1.1, 1.2; the group row\'s empty cells\' tabs kept or dropped): each group the section of the rows numbered under it'],
  ['rectify-table-problem-rowspan.html', 'a 整改方案 problem table (存在问题 | 整改措施 | 责任单位 | 整改期限): a problem cell spanning two measures (rowspan) groups them, 整改期限 gives the deadline'],
  ['task-table-domain-column.md', 'a Markdown task table whose 所属领域 column names each row\'s category, written once over the empty cells of the rows it spans'],
  ['rectify-table-flattened-no-caption.txt', 'a 整改 table flattened one cell per line with no caption, straight under 一、整改任务: read by its header run (序号 | 反馈问题 | 整改措施 | 责任单位 | 办结时限), the problem in each task\'s text'],
  ['one-year-opening-changes-grants.txt', 'a one-year 工作方案 whose opening paragraph states its year\'s targets without a verb of level (同比增长7%左右, 城镇新增就业8000人, 3000家次) beside a subsidy\'s terms (按每人2000元给予…补贴，每户企业最高不超过10万元), which are no targets'],
  ['deadline-months-score-terms.txt', 'a 考核办法 whose targets open with the month they are due by (2024年9月底前, 2025年6月30日前) beside its scores (得满分20分，每少1项扣2分，最高加5分), and a score table whose 分值 and 评分标准 columns are read as words, not as figures in the row\'s unit'],
  ['clause-deadline-first-name-brackets.txt', 'clauses without brackets ending an item\'s line that open with the deadline or the leader (。完成时限：…；责任单位：A, …，牵头单位：A, 时间节点：持续推进 牵头单位：A, 责任领导：…；牵头单位：A), and lists whose last unit ends in a bracket: a gloss of the places of a level (各村（社区）, 各镇（街道）, 各县（市、区）) kept with the name, and the lead\'s mark (A、区政务服务办（牵头）)'],
  ['measures-policy-clauses-payout-labels.txt', 'a 若干措施 whose measures get their units from a line after them (以上政策由A负责兑现，B配合 / 上述政策由A负责) or a sentence ending the last (以上条款由A负责兑现), and from the department paying the support out or taking the applications (兑现部门：, 受理部门：, 政策兑现责任单位：)'],
  ['revision-marks.txt', 'a revised plan marking what it changed: 发展跨境电商（新增）, 【修改】 before a title, 区税务局（新增） and 临江海关（调整） in unit lists, read without the marks (each an info)'],
  ['verbal-clauses-standing-deadlines-duties.txt', 'verbal clauses ending with a recurring or standing deadline (每年底前完成, 常态化推进, 每年11月底前完成), a verbal lead before labelled helpers (区人力社保局牵头；配合单位：…), a last part giving units a duty of their own (各街道做好政策宣传), deadlines in brackets after the last unit (区民政局（2024年底前完成）), a bare deadline line under a clause line, and a span of years after a verbal clause (…负责，2024—2026年)'],
  ['enumeration-clause-first-diyi-sections.txt', 'inline 一是 items opening with their verbal clause (一是A牵头，建设…；二是由B负责，…), 第一，/第二， items inline and on lines of their own, a 一是 item\'s verbal clause after a comma (…100公里，由A牵头，B配合), and a part whose （一）（二） carry their clauses beside parts whose （一）（二） hold the tasks'],
  ['goal-status-stages-ratios-multiples.txt', 'goal wordings: a sentence on what is done so far (截至2023年底，全县已建成…) and notes of the starting level (（2023年为45%）, （现状值9.5%）) that set no target, a leading 基本 that names a thing, ratios with a colon (1:4, 1.5:1以内, a table cell 1:5), a stage\'s year in brackets (近期目标（2025年底前）：) or opening it as a deadline (；2026年底前，达到…), a change or multiple after its subject (较2023年净增10家, 是2023年的2倍, 全市平均水平的1.1倍), figures per head and month (每人每月300元), and counts with no year (累计培训…, 招引…, 全县城镇新增…)'],
  ['page-title-entities-bracket-years.html', 'a page whose notice title is printed only in its <title> (关于…的通知 - 某县人民政府网), a signature date and goals ending on character references (3&#26085;, 80万m&sup2;, 3&permil;), a target\'s years in brackets after it ((2024年18家、2025年24家)), a table cell with a thousands separator (1,500) and a zero-width character inside a unit name'],
  ['header-title-addressees-years-joined.txt', 'a page copied as text whose notice title is only the header\'s 名称, the body opening at the addressees; targets in brackets after a target ((2024年60家、2025年80家)) and joined on by 、 without a verb of their own'],
  ['layout-table-sidebar-body-cell.html', 'an old table-layout page: a portal\'s top bar (欢迎访问…！繁體版English登录注册), a sidebar cell of links beside a body cell cut by <br> that holds the notice and plan, a pager (共2页 1 2 下一页) after the last safeguard and a footer row with a visitor counter: the body read, the rest chrome'],
  ['footer-div-named-otherwise.html', 'a CMS page whose top bar (本网站支持IPv6 智能问答), credits and QR block (（责任编辑：…）, 手机扫一扫) and footer <div class="wrap_bottom"><div class="ft"> (主办单位, IPv6, 技术支持, visitor counter, 扫码关注…公众号, 承办) are chrome, not text of the last task'],
  ['goal-annex-symbol-units-yearly-sums.txt', 'a plan whose annex writes its 单位 column in symbols (km, μg/m³, mg/L, 万kW, 万t) where the text writes words, its totals by the plan\'s end (新建城市绿道120公里) split into each year\'s share beside another target\'s 年均增长, and a part (其中大豆种植面积…万亩) in another kind of unit than its whole (粮食总产量…万吨), which makes it no part'],
  ['goal-lists-shared-words.txt', 'goal lists whose figures or subjects share words: a 分别 list with its unit and bound written once after the last figure (分别控制在38、36和34微克/立方米以内, 分别达到82、84、86%), subjects sharing a peer\'s words (城镇和农村居民…, 国控、省控…), 城乡 for 城镇 and 农村, a per-unit measure (单位地区生产总值能耗和用水量) and an output (水果、茶叶总产量), a list with no subjects after one (；年均分别增长5.5%、7%), A和B均达到, and stretch figures (力争7%; 确保增长5%、力争增长6%)'],
  ['group-units-once-for-group.txt', 'a group\'s units given once for the group: on a line before its items (以下任务由A牵头，B配合：), in its heading\'s own bracket (（本部分任务由A牵头，B配合）), shared out by number after them (以上第1、2项由A牵头，第3项由B负责); and a group\'s lead (in its heading, 以上任务由A牵头 after its items) reaching items that name only their helpers (（配合单位：C）)'],
  ['footer-words-inside-article.html', 'words of a site\'s furniture that are the article\'s: 本网站支持IPv6 quoted between a task\'s heading and its 牵头单位 line, a safeguard whose only line is 技术支持：某公司; beside a top bar with a greeting (您好，欢迎来到…！ 无障碍 | …), a lunar date widget, and a footer whose counter and view count a script fills in (您是第<span></span>位访问者, 阅读：加载中)'],
  ['goal-status-stages-and-notes.txt', 'goals around notes: a target after a status clause (截至2023年底，全县已建成…，到2026年达到…) counts what the status counts; a stage label over a range of years (中期目标（2025—2026年）：) is for its end; starting levels noted as 基数为, 上年为 or a past year\'s 实现 are no goals; 力争达到8% after an average growth sets the growth higher; counts listed after a head (事故起数、死亡人数) share it; 近/约 after a verb of saving; 5G in a name is no unread figure'],
  ['clause-words-numbers-sub-items.txt', 'clauses read in full: a part\'s clause with its labels after 本部分 in the heading (本部分牵头单位：A；配合单位：B), verbal brackets ending in words that name no units (做好宣传推广, 常态化开展检查) or in a deadline after 力争, an inline 二是A负责开展… with no comma after 负责, a by-number sharing line without 第 (以上1、2项由A牵头，第3项由B牵头) and one that names no role (以上第1、2项为年度重点督办事项), and 本项工作由A负责 after an item\'s sub-items (（1）（2）), which is the item\'s'],
  ['notice-numbered-requirements.txt', 'a notice that states its requirements as 一、二、 above its signature, over the plan it publishes'],
  ['clause-unit-joining-words-and-marks.txt', 'clause units with the words around them: 会同 before a helper list, 等区级相关部门 after it, 主办/承办/协办 verbs, （主办）/（协办） marks, a second name in 〔〕, and a merged bureau by its full and short name (科技和工业信息化局, 科工信局)'],
  ['goal-runin-leadin-scope-peers-parts.txt', 'goal wordings: a goal heading run into its lead-in (（一）发展目标。到2026年，实现以下目标：) whose year holds for the numbered lines under it, a scope before peer words (全市国控、省控…, 全市城镇和农村…) shared by the list, two per-words before a figure (每年每千人6批次), a grade alone after a target of another grade (，省级以上12家), 人年 as a unit, a 其中 part by year that repeats the verb of a whole further back, and 力争到2025年 that carries past the ；'],
  ['header-fields-apart-by-gaps.txt', 'a header copied from a page\'s table as text, its fields set apart by runs of spaces and a tab without colons (索引号  …    发布机构  …, 名　　称⇥…): each field read, the printed title taken once'],
  ['header-bare-labels-issuer-over-title.txt', 'four bare labels each over its value (名称, 发文单位, 文号, 发布时间), the issuer\'s value the start of the title under 名称: the whole header read, then the notice'],
  ['header-pipe-fields-column-name.txt', 'a breadcrumb over the name of its last crumb (…>>青石镇 over 青石镇) above a joint title whose issuing bodies stand on a line of their own, and header fields parted by | under the title: the title keeps its bodies, no bar in a value'],
  ['goal-scope-counts-running-bracket-parts.txt', 'goals that open with a whole place\'s count before what it counts and does (全区80家企业完成清洁生产审核, 推动全区150家…), a scope\'s count with 全部 before the verb, 累计 after the scope or the years, and a bracket of parts after a part by year (其中2025年新增30家（含国家级4家）)'],
  ['goals-deadlines-in-numerals.txt', 'a plan written with numerals for digits: task deadlines whose years and months are numerals (二〇二四年底前完成 after the units, 二〇二五年六月底前完成 after a verbal clause, （二〇二六年十二月底前完成） bracketed after the last unit), and goal figures in numerals read as in digits (a starting level 由一百二十家, 净增八十家 from a base year, a stretch 力争百分之七, a list of years 分别新增三百家、四百家、五百家, yearly figures in brackets, 是2023年的一点五倍, ranges 百分之十至百分之十五, 一至两个, 三家至五家, a rank 前三名), beside prose numerals that are none (由三家单位组成, 力争三年见效)'],
  ['box-before-group-tasks.txt', '专栏 boxes set before a group\'s first task, under the group\'s clause line or a group heading\'s bracketed clause: each box is the group\'s and its tasks after it take the group\'s lead; a box after a task with its own clause (（三）…。（牵头单位：A）) stands beside it, the next group (（四）) after it'],
  ['heading-deadline-groups.txt', 'a deadline given once in a group heading\'s bracket (（本部分任务2024年底前完成）, （本部分任务完成时限：2025年6月底前）): out of the group\'s title, given to each task that says none (a task\'s own deadline wins); and the deadline of a group heading\'s unit clause reaching an item with a lead of its own'],
  ['revision-mark-added-item.txt', 'a revised plan whose added or changed items are unnumbered lines opened by 【新增】 or 【修改】 after numbered tasks: each an item of the same list (not a measure of the task before it), the mark an info; a marked line under an item that has no clause yet stays that item\'s text'],
  ['annex-unnumbered-indicators-blank-form.txt', 'annexes of a notice: a table of indicators flattened one cell per line without a 序号 column under its title (指标 / 单位 / 2023年（基期） / 2027年（目标） / 属性), and a blank 申请表 whose header is a line of tab-separated names over an empty row, read as a table of no rows'],
  ['measures-mixed-subtasks-service-safeguard.txt', 'a 若干措施 whose parts hold 1. measures, one of them split into （1）（2） measures, and whose last measure is a part titled with 保障 that carries its own verbal clause: a task, no safeguard'],
  ['clause-brackets-title-group-one-task-note.txt', 'a 工作要点 whose items put their clause in brackets between the title and the text (1.标题（A牵头，B配合）。正文), a group whose units are given in a bracketed sentence after its items, on a line of its own or ending the last item (（以上任务由A牵头，B配合）), and a first-unit-leads note inside one task\'s clause, without 下同, that holds for that task alone'],
  ['annex-yearly-domain-duty-columns.txt', 'a yearly annex table whose rows share their indicators across 领域 blocks, with 责任单位 and 备注 columns of words and figures qualified in their cells (70以上, 25左右, ≥6)'],
  ['clause-own-words-unbracketed.txt', 'verbal clauses without brackets whose last part gives units a duty in their own words (…，各街道做好政策宣传), at an item\'s end and on a line of its own; A负总责，B配合; a bracket opening with 具体由; helping units with a verb the reader has no word for (区审计局监督, 区财政局落实资金); and labelled lists parted by a slash (牵头部门：A／配合部门：B)'],
  ['wrap-28-addressee-deadline-cut.txt', 'a notice hard-wrapped at 28 characters a line (GB/T 9704), its addressees cut inside their last name (…县政府各部门，各 | 直属单位：) and a clause cut inside its 完成时限 label (…县卫健局；完成 | 时限：2024年底前。)'],
  ['goal-bracket-notes-peer-nouns-stretch-listed.txt', 'goal wordings: notes in brackets after parts by year (（同比增长15%）, （力争150家）, （以认定结果为准）) kept out of the indicators, the 力争 figure a stretch of its part; a bracketed grade part after a level by year (其中2024年达到220家（含国家级12家）) of that year; a 其中 part with 新增 after a target that makes things with a verb of its own (新建充电桩); peer words 公办、民办 sharing their noun; a stretch figure joined on by 、 (增长6.5%左右、力争7%)'],
  ['revised-plan-hosts-own-deadlines.txt', 'a revised plan: a group heading\'s deadline (本部分任务…完成) that tasks stating their own (…，2024年6月底前完成 / 力争…) keep theirs over, 【增加】/【完善】 items in a row beside the numbered ones, 主办/协办/承办 clauses without brackets, and 联合乡/联合镇/会同村 kept as place names while 会同 before a department joins it in'],
  ['header-bare-labels-empty-wrapped.txt', 'bare header labels with the 名称 value wrapped over two lines and 文号 left empty right over 发布时间: the title joined, 文号 an empty field, the rest of the header and the notice read'],
  ['breadcrumb-title-crumb-gap-toolbar.txt', 'a breadcrumb ending with the plan\'s own title over that title (kept as the title, not set aside as the column\'s name), and a tool bar of fields apart by gaps with 浏览次数 and 字号 whose 发布时间 is read'],
  ['annex-roster-vertical-form.txt', 'annexes without 序号: a contact list (单位 / 姓名 / 职务 / 联系电话) read as a table of text, and a vertical 申请表 of one field name a line kept as the annex\'s text; neither header joins the annex\'s title'],
  ['goal-scope-count-guards.txt', 'a whole place\'s count that is no target: beside another figure of its clause (全县12家重点用能企业能耗较2023年下降5%, 全县4个省级园区营业收入突破千亿元), in a sentence of what is so (目前，…; 2023年，… in a plan from 2024), of what the place has or how it fares (26万人口享有…, 引领作用进一步增强); a verb of doing before the scope that keeps the count (完成全县100个行政村光纤改造, in numerals too), and 人年 before 增收 read as 人'],
  ['bare-bracket-people-orgs.txt', 'brackets that name one people\'s organisation alone after a task (（市工商联）, （市总工会）, （市科协）, （市残联）): each the task\'s lead, as an office alone is, and one beside a bureau (（市妇联、市教育局）)'],
  ['lead-note-below-from-its-task.txt', 'a first-listed-leads note with 下同 in the clause of a later task (责任单位：A、B、C，列第一位者为牵头单位，下同): it holds for that task and those after it, while the tasks above read every unit of 责任单位 as responsible; a task that names its lead, or has a note of its own, keeps its reading'],
  ['addressees-levels-before-departments.txt', 'a province department\'s addressees naming several levels before their departments (各市、县（市、区）卫生健康委、教育局, 各设区市、县（市、区）…, 各县（市、区）教育主管部门、体育部门): each department with the levels listed before it'],
  ['page-banner-named-div.html', 'a page whose site banner is a <div id="header"> holding a class="top" bar and a class="head" menu, its title in another class="head" <div> above the article: the banner is chrome, the title the notice\'s'],
  ['workplan-opening-targets-annex-tasks.txt', 'a one-year 工作要点 under its notice whose opening paragraph states its targets (2025年，全区…达到85%以上，新增…600张，每年为5000名以上独居老人提供…，…全部达到100%) with no 一、 parts after it, its tasks in an annex table'],
  ['goal-peers-shared-ceiling-beneficiaries.txt', 'goals sharing words: a peer subject in a later clause (…初中书面作业平均完成时间不超过90分钟，小学三至六年级不超过60分钟), a 分别 list with a scope before its first subject and a ceiling after its last figure (全县孕产妇死亡率和5岁以下儿童死亡率分别控制在10/10万和5‰以下), 全部 before the verb as a qualifier, and counts of those something is done for (为2000名以上留守儿童提供…, 帮助300户困难家庭实现就业)'],
  ['page-dateline-counter-reading-tools.txt', 'a page copied as text: a top bar and breadcrumb, a labelled dateline with a bare counter (发表时间：…　阅读：次) and a font-size and colour bar (【 大 中 小 】　【视力保护色】) under the title, read as furniture above the number and addressees; under the closing paragraph a page link, a reposting note, a 【字号：默认 大 超大】 bar, 打印正文/返回列表/手机版 and 扫一扫在手机上查看当前页面, none of them the plan\'s'],
  ['top-bar-over-crumb-wrapped-text.txt', 'a top bar (您好，欢迎访问…网站！ 无障碍 | 长者模式) as wide as the text\'s full lines over a breadcrumb: each a line of its own, not wrapped into one'],
  ['header-suoquhao-empty-date-widget.html', 'a page whose header table labels the index number 信息索取号, under a top bar\'s 今天是： date widget that a script fills in'],
  ['box-ends-heading-measure-spaced-lines-indicators.txt', '专栏 boxes that end where the plan goes on: an indicator table flattened one cell per line in 专栏1 of the goal part (read as a captioned one is, its goals given), a box right under a part heading ended by the （一） ranked above its 1. 2. lines, a box of plain lines ended by an unnumbered measure with its own clause (实施意见 style: the measure is the group\'s, beside the one before the box), a box whose 1. 2. lines stand apart by blank lines ending at the next task 2., not at its own 2., and a box of plain lines under a group heading ended by the group\'s 1. that names units'],
  ['box-one-column-tables.html', '专栏 boxes printed as HTML tables of one column (the heading cell, then one cell per line) or of one cell (lines parted by <br>) between tasks: each a box with its lines, no table; a table of two columns beside them stays a table'],
  ['task-table-flattened-whole-cells.txt', 'an annex task table flattened one cell per line in a short text whose lines of about one width look hard-wrapped: a 具体措施 cell as wide as them over its units, a 责任单位 cell holding a clause (县住建局牵头，县城管局、各乡镇人民政府配合), a cell of numbered measures on two lines (1.…； / 2.…。), and 注：责任单位排在第一位的为牵头单位。 under the table'],
  ['task-table-flattened-no-caption-leader-groups.txt', 'a task table flattened one cell per line right under 一、重点任务 with no caption, a 责任领导 column among its columns and group rows （一）… between its rows'],
  ['task-table-flattened-two-row-header.txt', 'an annex task table flattened one cell per line under a two-row header (序号 | 重点任务 | 责任单位 | 完成时限, then 牵头单位 | 配合单位 under 责任单位), each row a cell short of the header\'s lines'],
  ['wechat-hidden-body-badge-headings.html', 'a raw WeChat page whose article (#js_content) is hidden by visibility:hidden until a script shows it, its part headings split in two blocks (a badge <section>一、</section> beside the heading\'s words, and <p>二、</p><p>…</p>); a share menu hidden the same way and a QR box under display:none stay out'],
  ['pdf-lines-per-paragraph-pc-wap-copies.html', 'a PDF pasted one <p> a line (addressees cut inside a name, a goal sentence and task texts wrapped over lines), on a page that carries the article twice for PC and for phones: the lines joined as plain text joins them, the second copy set aside'],
  ['notice-title-in-page-title-dash.html', 'a notice whose text opens with its addressees, its title in the page <title> before —— (no spaces) and the site\'s name, a year range 2025-2027 inside the title'],
  ['heading-title-quoted-numbered.html', 'an <h1> that gives the title in 《》 with a dash in its year range and the document number in brackets after it, over the title the text prints with the issuer: both read as one title, the number as the notice\'s'],
  ['wechat-leadin-colon-no-title.html', 'a WeChat post that prints no notice title: its headline, byline and a lead-in ending in 全文如下：, not read as a notice and its addressees'],
  ['cut-inside-last-clause.txt', 'a notice cut off inside its last task\'s clause (…（牵头单位：A，参与单位：县财): the task kept, its last unit cut short, with a warning'],
  ['cut-gbk-declared-utf8-after-clause.html', 'a page of GBK bytes under <meta charset="utf-8"> cut in half a character after its last task\'s clause (…）加U+FFFD): read as GB18030, the task kept, the scrap left in its text'],
  ['task-table-chengban-leader-columns.md', 'a task table in Markdown whose columns the genre names otherwise: 承办单位 (spaced out by Word, 承 办 单 位) and 协办单位 as lead and participants, 区级责任领导 and 具体责任人 as contacts, 计划完成时间 as the deadline'],
  ['box-project-list-units.txt', '专栏 boxes listing projects that each name their units in brackets: after a lead-in line with a colon (以下项目列入市级重大项目库：), or under a caption of projects after a summary line, the project lines stay in the box and are no tasks; a measure that sets a project going (加快推进…工程，…。（A、B按职责分工负责）) after a box of plain lines still ends it'],
  ['annex-colon-title-merged-rate-count-column.html', 'annexes printed as 附件N：X over X printed again as the table\'s caption (no bare 附件 line), a target cell merged across the year columns (年均增长10%以上), and a 项目数（个） column beside the years under 单位：亿元'],
  ['wechat-page-words-photo-captions.html', 'a WeChat article with photo captions between its tasks (▲…（资料图）, 图片来源：…, 图为…。) and the page\'s own words under it (微信扫一扫可打开此内容，使用完整服务, its screen-reader line of buttons) after the 来源： credit'],
  ['goal-deeds-places-labels.txt', 'goals beside words that are no indicators: a count of those a deed is for (每年为100家…减免担保费用500万元, 向40个行政村派驻…, 帮扶300户…户均增收2000元), 以20个示范村为重点, the province\'s expected figure beside the county\'s, a peer that names its own measure, a 分别 list sharing 保有量, and targets written as label：figure under a lead-in'],
  ['page-top-widget-head-title-block.html', 'a page whose top bar\'s date widget runs on into its links (<span>今天是：…星期一</span><a>无障碍</a><a>长者模式</a>), over the notice\'s title block in a <div class="head"> that holds its title and its number: the widget is chrome, the number the notice\'s'],
  ['page-widget-run-on-dateline-reading-tools.txt', 'a page copied as text: a date widget run on into its links (星期一无障碍长者模式) over a breadcrumb and the plan\'s title, and a dateline with a read counter and the reading tools on one line (发布时间：…　　阅读：856次　　【 大 中 小 】): chrome, its date the published date'],
  ['annex-flat-year-column-group-lines.txt', 'annexes scraped a cell a line with a blank line between cells: a last column of bare years (建设年度 over 2024) read as each row\'s cell, no group over the rows; a task table without a serial whose group lines (一、… over （一）…, （二）…, 二、…) stand between its rows, each a row spanning the table'],
  ['markdown-notice-one-paragraph-a-line.md', 'a .md notice written one paragraph a line without blank lines: its number, addressees, body, signature, date and 此件公开发布 each a line of its own, as in plain text, and its plan\'s items after them'],
  ['page-title-headings-cut-by-br.html', 'a page whose notice title <h1> and plan title <h2> are each cut by a <br> (…促进数字经济发展<br>三年行动计划（2023—2025年）…): each one title, its lines joined without a space, 三年行动计划 no part 三 holding the plan'],
  ['page-reading-box-bracketed-heading.html', 'a page whose explanation under the article is headed 【政策解读】 in an <h3> below a bare 政策解读： label: set aside with its 一、出台背景 … 三、保障措施 (no parts, safeguards or text of the last item), while the plan\'s own （二）做好政策解读 stays a safeguard'],
  ['page-box-table-title-row-gbk.html', 'a GBK page (charset=gb2312) with a 专栏 box printed as a table of three columns under a merged title row (<td colspan="3">专栏1 数字基础设施重点工程</td>): the box titled so with the table in it, the title no row nor a caption of the table, as under a 专栏1 line; a table under 表1 … is only captioned'],
] as const;

/** The warnings a style fixture is written to give (the others give none). */
const WARNINGS: Partial<Record<string, string[]>> = {
  // Task tables beside the text whose rows restate no task of it (tasks the abridged text leaves out, or
  // paraphrased too far: 推进农村户厕改造 for 推进农村厕所革命): said at each row, not read. Rows naming a
  // task's lead over its title in other words (培训养老护理员 for 开展养老护理员职业技能培训) restate it.
  'annex-notes-groups-base-year.txt': ['task-rows-unread 87:1'],
  'pandoc-docx-markdown.md': ['task-rows-unread 62:3'],
  'pdf-bare-page-in-sentence.txt': ['task-rows-unread 25:1'],
  'tables-flattened.txt': ['task-rows-unread 65:1', 'task-rows-unread 75:1'],
  'annex-flat-year-column-group-lines.txt': ['task-rows-unread 83:1', 'task-rows-unread 93:1'],
  'page-own-header-labels-br-sentence.html': ['header-label-unknown 6:5'],
  'two-annexed-plans.txt': ['annex-plan-unread 27:1'],
  'plan-in-linked-attachment.html': ['plan-in-attachment 7:6'],
  'attachment-download-below-article.html': ['plan-in-attachment 11:17'],
  'attachment-markdown-link.md': ['plan-in-attachment 15:1'],
  'clause-split-brackets.txt': ['clause-unread 19:21'],
  'goal-years-respectively.txt': ['goal-figure-unread 5:28'],
  'goal-yearly-lines-and-figures.txt': ['goal-figure-unread 5:46', 'goal-figure-unread 5:59'],
  'goals-change-verbs-without-year.txt': ['goal-figure-unread 4:57', 'goal-figure-unread 4:72'],
  'goals-counters-traditional.txt': ['goal-figure-unread 4:59'],
  'one-line-page-with-chrome.text': ['unparsed-text 1:1', 'text-unbroken 1:1'],
  'one-line-notice.text': ['text-unbroken 1:1'],
  'one-line-items-numbered-on.text': ['text-unbroken 1:1'],
  'clause-qualified-role-labels.txt': ['clause-label-unread 24:13'],
  'header-table-unknown-label-cells.html': ['header-label-unknown 5:42', 'header-label-unknown 6:9'],
  'clause-spoken-verbs-lead-then-doer.txt': ['clause-unread 23:20', 'clause-unread 25:21'],
  'goal-bracket-notes-peer-nouns-stretch-listed.txt': ['goal-figure-unread 4:39'],
  'cut-inside-last-clause.txt': ['input-cut-off 20:21'],
  'cut-gbk-declared-utf8-after-clause.html': ['encoding-mismatch 4:1', 'input-cut-off 17:27', 'encoding-truncated 17:54'],
};

const load = (file: string) => parseFile(`fixtures/styles/${file}`);
const expectedOf = (file: string): unknown => JSON.parse(readFileSync(`fixtures/styles/${file.replace(/\.\w+$/, '')}.expected.json`, 'utf8'));

describe('styles beyond the seed', () => {
  for (const [file, shows] of STYLES) {
    it(`should read ${shows} (${file})`, async () => {
      const doc = await load(file);
      expect(corpusProjection(doc, { fullOutline: true })).toEqual(expectedOf(file));
      expect(schemaErrors(doc)).toEqual([]);
      expect(doc.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.ruleId} ${d.line}:${d.column}`)).toEqual(WARNINGS[file] ?? []);
      if (doc.source.format === 'text') expect(positionProblems(doc, readFileSync(`fixtures/styles/${file}`, 'utf8'))).toEqual([]);
    });
  }

  it('should set the page furniture of a CMS page aside and give its breadcrumb as the category', async () => {
    const page = await load('page-dl-header-crumb-share.html');
    expect(page.metadata.category).toEqual(['政务公开', '区政府办文件']);
    expect(page.chrome.map((c) => c.kind)).toEqual(['breadcrumb', 'navigation', 'navigation', 'share', 'navigation', 'other']);
    expect(page.plan!.safeguards.map((s) => s.text)).toEqual(['各部门要加强协同配合，确保各项任务落到实处。']);
    const text = await load('bare-labels-share-line.txt');
    expect(text.metadata.category).toEqual(['信息公开', '通知公告']);
    expect(text.chrome.map((c) => [c.kind, c.text])).toEqual([['breadcrumb', '当前位置：首页 >> 信息公开 >> 通知公告'], ['share', '分享到：微信 微博']]);
    expect(text.annexes[0]!.body).toEqual([]);
  });

  it('should read ceilings as at most, a range after 控制在 as a range, and give the annex no contradiction to report', async () => {
    const file = 'goal-ceilings-and-starting-levels.txt';
    const doc = await load(file);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.comparison, g.upTo ?? null])).toEqual([
      ['城镇登记失业率', 'at-most', null],
      ['城镇调查失业率', 'at-least', 5],
      ['万元地区生产总值能耗', 'at-most', null],
      ['细颗粒物平均浓度', 'at-most', null],
      ['单位工业增加值用水量', 'at-most', null],
      ['全区森林覆盖率', 'equal', null],
      ['城市生活垃圾回收利用率', 'at-least', null],
      ['重污染天数', 'at-most', null],
      ['空气质量优良天数比例提高', 'equal', null],
    ]);
    const findings = validateDocument(doc, readFileSync(`fixtures/styles/${file}`, 'utf8'));
    expect(findings.filter((d) => d.ruleId === 'goal-annex-consistency' || d.ruleId === 'goal-restated')).toEqual([]);
  });

  it('should read ranges in numerals with their upper end, and the figure as written', async () => {
    const doc = await load('goal-yearly-lines-and-figures.txt');
    const ranges = doc.plan!.goals.filter((g) => g.upTo !== undefined).map((g) => [g.indicator, g.raw, g.value, g.upTo, g.comparison]);
    expect(ranges).toEqual([
      ['培育年营业收入超五亿元的物流龙头企业', '两', 2, 4, 'at-least'],
      ['引进年交易额超20亿元的电商平台', '5', 5, 8, 'at-least'],
    ]);
  });

  it('should keep a 决定\'s lists of documents in its body, citing every number, the revised ones too', async () => {
    const doc = await load('decision-repeal-revise-lists.txt');
    expect(doc.notice!.body.map((p) => p.position.start.line)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(doc.notice!.cites.map((c) => c.raw)).toEqual(['南府发〔2014〕11号', '南府办发〔2017〕36号', '南府规〔2020〕5号', '南府规〔2019〕3号', '南府规〔2021〕9号']);
  });

  it('should fill the category column of a flattened table from the line above each group of rows, every figure under its year', async () => {
    const doc = await load('table-category-column-flattened.txt');
    const read = (rows: readonly { number: string; indicator: string; unit: string | null; values: Record<string, number | null>; cells: string[] }[]) =>
      rows.map((r) => [r.cells[0], r.number, r.indicator, r.unit, r.values]);
    expect(read(doc.tables![0]!.table.rows)).toEqual([
      ['健康水平', '1', '人均预期寿命', '岁', { 2020: 78.6, 2025: 79.5 }],
      ['健康水平', '2', '婴儿死亡率', '‰', { 2020: 3.1, 2025: 5 }],
      ['医疗服务', '1', '每千人口医疗卫生机构床位数', '张', { 2020: 6.5, 2025: 7.2 }],
    ]);
    expect(read(doc.annexes[0]!.table!.rows)).toEqual([
      ['一、基层医疗', '1', '社区卫生服务中心', '个', { 2024: 12, 2025: 15 }],
      ['一、基层医疗', '2', '村卫生室标准化建设', '个', { 2024: 80, 2025: 100 }],
      ['二、公共卫生', '3', '疾控机构实验室', '个', { 2024: 3, 2025: 5 }],
    ]);
  });

  it('should set a reposting page\'s headline, byline, lead-in and trailer aside as page chrome, saying which title it read instead', async () => {
    const doc = await load('wechat-repost-headline.html');
    expect(doc.chrome.map((c) => [c.kind, c.text, c.position.start.line])).toEqual([
      ['other', '重磅！《某区促进夜间经济发展若干措施》印发', 3],
      ['other', '某区发布 2024-05-20 18:30', 4],
      ['other', '近日，区政府办公室印发《某区促进夜间经济发展若干措施》，全文如下↓↓↓', 6],
      ['footer', '编辑：李明 | 审核：王芳', 17],
      ['share', '长按二维码关注我们', 18],
    ]);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['headline-not-title', 'info', 3]]);
    expect(doc.notice!.titlePosition!.start.line).toBe(7);
  });

  it('should keep a table\'s caption and the page\'s furniture below the plan out of its last safeguard', async () => {
    const doc = await load('page-tail-furniture.html');
    expect(doc.plan!.safeguards.map((s) => s.text)).toEqual(['各部门要明确责任分工。', '区水务局定期通报进展。']);
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
      ['share', '信息来源：区政府办'],
      ['share', '打印本页 关闭窗口'],
      ['navigation', '上一篇：没有了'],
    ]);
  });

  it('should leave the deadline sentence or line after a verbal clause out of what the task says, as the clause', async () => {
    const tasks = (await load('verbal-clause-deadline-sentence.txt')).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.text])).toEqual([
      ['1', '持续破除市场准入壁垒。全面落实市场准入负面清单制度。'],
      ['2', '全面落实公平竞争政策制度。强化公平竞争审查刚性约束。'],
      ['3', '完善社会信用激励约束机制。健全信用修复机制。'],
      ['4', '强化用地保障。优先保障民营企业重大项目用地需求。'],
      ['5', '强化人才保障。完善民营企业职称评审办法。'],
      ['6', '扩大有效投资。2024年全市民间投资完成300亿元。'],
    ]);
  });

  it('should leave a clause over several brackets, its deadline and the stops after it out of what the task says, and keep a mark after it', async () => {
    const texts = async (file: string) => (await load(file)).plan!.tasks.map((t) => [t.number, t.text]);
    expect(await texts('clause-brackets-deadline.txt')).toEqual([
      ['1', '加快5G网络建设。推进5G网络在重点园区深度覆盖。'],
      ['2', '建设算力基础设施。谋划建设区域算力中心。'],
      ['3', '推进千兆光网升级。实施老旧小区光纤入户改造。'],
      ['4', '完善数据中心布局。推动存量数据中心节能改造。'],
      ['5', '壮大软件产业。支持软件企业做大做强。★'],
      ['6', '发展电子信息制造业。引进一批电子信息龙头项目。'],
      ['7', '培育数字服务业。发展数字文创、电子商务等新业态。★'],
    ]);
    expect(await texts('clause-split-brackets.txt')).toEqual([
      ['1', '实施老旧小区综合整治。完成老旧小区改造120个。'],
      ['2', '推进既有住宅加装电梯。简化加装电梯审批流程。'],
      ['3', '完善社区配套设施。补齐养老、托育设施短板。'],
      ['4', '整治背街小巷。每年整治背街小巷50条。'],
      ['5', '建设口袋公园。新建口袋公园20个。'],
    ]);
    expect((await load('clause-split-brackets.txt')).plan!.tasks[4]!.contacts).toEqual(['责任人：周敏，13900001111']);
  });

  it('should keep the contacts written among a task\'s units on the task, as written', async () => {
    const tasks = (await load('contacts-in-units.txt')).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.lead, t.contacts ?? null])).toEqual([
      ['1', ['街道应急管理办公室'], ['责任人：刘强，13812345678']],
      ['2', ['街道平安办'], ['张三，138****1234']],
      ['3', ['街道综合保障中心'], ['联系人：陈静　电话：0571-86001234']],
      ['4', ['街道应急管理办公室'], ['责任人：刘强']],
      ['5', ['街道党政办公室'], ['负责人：孙丽，电话13600001111']],
      ['6', ['团委'], null],
      ['7', ['街道城市管理科'], ['责任人：赵敏，13987654321']],
    ]);
  });

  it('should end a task before the 专栏 box after it, the box\'s lines in the box and not in the task\'s text', async () => {
    const plan = (await load('boxes-between-tasks.txt')).plan!;
    expect(plan.tasks.map((t) => [t.number, t.text])).toEqual([
      ['1', '加快5G网络建设。新建5G基站3000个。'],
      ['2', '建设算力中心。推进城市算力中心建设。'],
      ['3', '推进千兆光网升级。开设专栏宣传千兆光网应用成效。'],
      ['4', '培育软件和信息服务业。\n专栏1所列项目按年度滚动实施。'],
      ['5', '发展电子信息制造业。'],
      ['6', '推动制造业数字化转型。'],
    ]);
    expect(plan.boxes!.map((b) => [b.number, b.position.start.line, b.position.end.line])).toEqual([
      ['1', 12, 15],
      ['2', 21, 23],
      ['3', 25, 27],
      ['4', 30, 32],
    ]);
  });

  it('should keep the text after clause lines that stand before it as what the task says, without the clause lines', async () => {
    const tasks = (await load('clause-lines-before-text.txt')).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.title, t.text])).toEqual([
      ['一', '整治校园周边无证经营', '整治校园周边无证经营\n重点清理校园周边无证照经营的小卖部、流动摊贩。'],
      ['二', '整治校园周边交通秩序', '整治校园周边交通秩序\n在中小学门前施划交通标线，设置减速带。'],
      ['三', '整治校园周边网吧', '整治校园周边网吧\n严查接纳未成年人进入营业性网吧的违法行为。'],
      ['四', '整治校园周边治安隐患', '整治校园周边治安隐患\n开展校园周边治安巡逻，落实“护学岗”制度。'],
    ]);
  });

  it('should title an item numbered on a line of its own by its text, without the clause lines above it', async () => {
    const tasks = (await load('bare-number-lines.txt')).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.section?.number, t.title, t.text, t.lead, t.participants])).toEqual([
      ['1', '一', '新建改扩建中小学校8所', '新建改扩建中小学校8所。', ['区教育局'], ['区发展改革局']],
      ['2', '一', '挖潜扩容公办幼儿园', '挖潜扩容公办幼儿园。', ['区教育局'], ['各街道办事处']],
      ['3', '二', '建设智慧校园', '建设智慧校园。', ['区教育局'], ['区数据局']],
    ]);
  });

  it('should join a task\'s sentence across a decimal figure a PDF wrap put at a line\'s start', async () => {
    const tasks = (await load('pdf-wrapped-decimal-figures.txt')).plan!.tasks;
    expect(tasks.map((t) => [t.label, t.text])).toEqual([
      ['（一）', '实施园区承载提质工程。推进经济开发区扩区调区，完善标准厂房3.0版建设标准，新建标准厂房20万平方米。'],
      ['（二）', '实施数字化转型工程。推动规上工业企业数字化改造，两化融合水平达到2.5级以上的企业占比提高到30%。'],
      ['（三）', '实施企业梯度培育工程。对首次纳入规上统计的企业给予奖励1.5万元。'],
    ]);
  });

  it('should keep bare page numbers inside a clause out of the task\'s text, as page footers', async () => {
    const doc = await load('pdf-bare-page-numbers.txt');
    expect(doc.plan!.tasks.map((t) => t.text)).toEqual([
      '扩大民营企业信贷投放。引导银行机构单列民营企业信贷计划，确保民营企业贷款增速不低于各项贷款平均增速。',
      '发挥政府性融资担保作用。降低担保费率，扩大担保业务规模。',
      '拓宽直接融资渠道。支持符合条件的民营企业上市挂牌融资。',
    ]);
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([['footer', '2'], ['footer', '·3·'], ['footer', '·4·']]);
  });

  it('should set bare page numbers in a task\'s sentence aside as page footers, the sentence joined', async () => {
    const doc = await load('pdf-bare-page-in-sentence.txt');
    expect(doc.plan!.tasks.map((t) => t.text)).toEqual([
      '推进农村垃圾治理。全县新增垃圾转运站6座，配备垃圾收集车辆80辆，每个行政村配备保洁员不少于2名。',
      '推进农村污水治理。推进乡镇污水处理设施提标改造，新建污水管网15公里，农村生活污水治理率达到45%。',
      '推进农村厕所革命。新改建农村卫生户厕2000户。',
    ]);
    expect(doc.chrome.map((c) => [c.kind, c.text, c.position.start.line])).toEqual([['footer', '2', 5], ['footer', '3', 8]]);
    expect(doc.annexes[0]!.table!.rows.map((r) => r.cells.slice(0, 2))).toEqual([['1', '县住建局'], ['2', '县生态环境局'], ['3', '县农业农村局']]);
  });

  it('should keep the clause lines on either side of a page number apart, the page number a footer', async () => {
    const doc = await load('pagebreak-between-clause-lines.txt');
    expect(doc.plan!.tasks.map((t) => [t.number, t.text])).toEqual([
      ['1', '实施县乡道改造。对等级偏低的县乡道实施升级改造，提升通行能力。'],
      ['2', '推进通村道路硬化。对未硬化的通村道路实施硬化，实现行政村通硬化路全覆盖。'],
      ['3', '打通断头路。打通城区断头路8条，优化路网结构。'],
      ['4', '建设慢行系统。建设城区慢行道20公里。'],
    ]);
    expect(doc.chrome.map((c) => [c.kind, c.text, c.position.start.line])).toEqual([['footer', '— 2 —', 8], ['footer', '— 3 —', 15]]);
  });

  it('should make a 完成时限 line before the clause lines part of the clause, out of what the task says', async () => {
    const doc = await load('deadline-line-before-units.txt');
    expect(doc.plan!.tasks.map((t) => [t.number, t.text, t.deadline])).toEqual([
      ['1', '推行告知承诺制审批。对社会投资低风险项目全面推行告知承诺制。', '2025年6月底'],
      ['2', '压缩企业开办时间。企业开办全流程压缩至1个工作日以内。', '2025年3月底'],
      ['3', '规范涉企行政检查。推行“综合查一次”，减少入企检查频次。', '2025年9月底'],
    ]);
    const clauses = doc.outline[0]!.children.map((n) => n.responsibility && [n.responsibility.position.start.line, n.responsibility.position.end.line]);
    expect(clauses).toEqual([[5, 7], [9, 10], [12, 14], null]);
    expect(doc.outline[0]!.children[3]!.text).toBe('优化水电气报装服务。推行水电气网联合报装。\n完成时间：2025年12月底');
  });

  it('should leave a covering sentence (以上任务由…) out of what the tasks it covers say', async () => {
    const tasks = (await load('covering-sentence.txt')).plan!.tasks;
    expect(tasks.map((t) => [t.label, t.title, t.text])).toEqual([
      ['一、', '压实食品安全责任', '压实食品安全责任\n（一）落实党政同责。推动各街道落实食品安全“党政同责”要求。\n（二）落实包保责任。完善分层分级精准防控工作机制。\n（三）落实企业主体责任。督促企业配备食品安全总监。'],
      ['（一）', '加强生产环节监管', '加强生产环节监管。开展食品生产企业风险分级管理。'],
      ['（二）', '加强流通环节监管', '加强流通环节监管。开展农贸市场快检。'],
      ['（三）', '加强餐饮环节监管', '加强餐饮环节监管。推进“明厨亮灶”建设。'],
      ['三、', '开展专项整治', '开展专项整治\n（一）开展校园食品安全专项整治。\n（二）开展农村假冒伪劣食品专项整治。'],
      ['四、', '提升治理能力', '提升治理能力\n（一）加强抽检监测。完成食品抽检3000批次。\n（二）推进智慧监管。建设食品安全追溯平台。'],
    ]);
  });

  it('should make each 序号：N of a labelled task list a task numbered N, titled by its 工作任务, its 工作措施 the text', async () => {
    const tasks = (await load('labelled-task-list.txt')).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.section?.number, t.title, t.text, t.deadline])).toEqual([
      ['1', '一', '深化“一网通办”改革', '推动高频政务服务事项“掌上办”“一次办”。', '2025年6月底'],
      ['2', '一', '推行“免证办”服务', '梳理电子证照应用清单，实现常用证照免提交。', '2025年9月底'],
      ['3', '二', '规范涉企检查', '推行“综合查一次”，减少入企检查频次。', '2025年12月底'],
    ]);
  });

  it('should leave a task written before a clause in its sentence the sentence, ended by its own full stop', async () => {
    const tasks = (await load('verbal-clause-in-sentence.txt')).plan!.tasks;
    expect(tasks.map((t) => t.text)).toEqual([
      '加强队伍建设。组建专业扑火队伍，配齐扑火装备。',
      '开展隐患排查。对重点林区开展拉网式排查。',
      '强化宣传教育。利用广播电视开展防火宣传。',
    ]);
  });

  it('should make the （一） groups the sections when chapters stand above the 一、 parts, as without chapters', async () => {
    const plan = (await load('chapters-over-parts.txt')).plan!;
    expect(plan.parts.map((p) => p.label)).toEqual(['第一章', '第二章', '第三章']);
    expect(plan.sections.map((s) => [s.number, s.label, s.title])).toEqual([
      ['一', '（一）', '加强耕地保护'],
      ['二', '（二）', '发展现代种业'],
      ['三', '（三）', '改善农村人居环境'],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.section?.number, t.section?.title])).toEqual([
      ['1', '一', '加强耕地保护'],
      ['2', '一', '加强耕地保护'],
      ['3', '二', '发展现代种业'],
      ['4', '三', '改善农村人居环境'],
      ['5', '三', '改善农村人居环境'],
    ]);
  });

  it('should make Roman-numbered headings the plan\'s parts, apart from its title, and their （一） groups the sections', async () => {
    const doc = await load('roman-numeral-parts.txt');
    const plan = doc.plan!;
    expect([doc.metadata.title, plan.title]).toEqual(['某某市扬尘污染综合治理行动方案', '某某市扬尘污染综合治理行动方案']);
    expect(plan.parts.map((p) => [p.number, p.label, p.title])).toEqual([
      ['I', 'Ⅰ、', '工作目标'],
      ['II', 'Ⅱ、', '重点任务'],
      ['III', 'Ⅲ、', '保障措施'],
    ]);
    expect(doc.outline.map((n) => n.ordinal)).toEqual([1, 2, 3]);
    expect(plan.tasks.map((t) => [t.number, t.section?.number, t.section?.title])).toEqual([
      ['1', '一', '加强施工扬尘管控'],
      ['2', '一', '加强施工扬尘管控'],
      ['3', '二', '强化道路扬尘治理'],
    ]);
  });

  it('should give measures run on in an item\'s line the section that item has, and the item after it the same', async () => {
    const plan = (await load('run-in-measures-under-sections.txt')).plan!;
    expect(plan.sections.map((s) => [s.label, s.title])).toEqual([
      ['一、', '完善基础设施'],
      ['二、', '提升社区服务'],
      ['一、', '整治街区环境'],
    ]);
    expect(plan.tasks.map((t) => [t.label, t.section?.number, t.section?.title])).toEqual([
      ['①', '一', '完善基础设施'],
      ['②', '一', '完善基础设施'],
      ['（2）', '一', '完善基础设施'],
      ['（1）', '二', '提升社区服务'],
      ['（1）', '一', '整治街区环境'],
    ]);
  });

  it('should make a row spanning a task table the section of the rows under it, not a task', async () => {
    const plan = (await load('task-table-word-cells.html')).plan!;
    expect(plan.sections.map((s) => [s.number, s.label, s.title])).toEqual([
      ['一', '一、', '夯实数字基础设施'],
      ['二', '二、', '做强数字产业'],
    ]);
    expect(plan.tasks.map((t) => [t.number, t.section?.number, t.title])).toEqual([
      ['1', '一', '新建5G基站500个，实现城区连续覆盖'],
      ['2', '一', '建设边缘计算节点2个'],
      ['3', '二', '引进工业软件企业10家'],
      ['4', '二', '培育数字化转型服务商5家'],
    ]);
  });

  it('should put the tasks of a task table without groups in the groups of the text that name them, the others in the table', async () => {
    const plan = (await load('task-table-groups-in-text.txt')).plan!;
    expect(plan.tasks.map((t) => [t.number, t.section?.number, t.section?.title])).toEqual([
      ['1', '一', '实施工业设备更新行动'],
      ['2', '二', '实施交通运输设备更新行动'],
      ['3', '', '某市推动设备更新重点任务分工表'],
    ]);
    expect(plan.sections.map((s) => [s.number, s.label, s.title])).toEqual([
      ['一', '（一）', '实施工业设备更新行动'],
      ['二', '（二）', '实施交通运输设备更新行动'],
      ['', '附件2', '某市推动设备更新重点任务分工表'],
    ]);
  });

  it('should make each measure of a grouped task table a task, its group the section, numbered within it', async () => {
    const plan = (await load('task-table-grouped.html')).plan!;
    // The two measures under 序号 1 (one cell spanning both rows) are numbered 1.1 and 1.2, labelled
    // 1 as written, their paths 1 › 1 and 1 › 2 as a decimal outline's.
    expect(plan.tasks.map((t) => [t.number, t.label, t.path, t.section?.number, t.section?.title, t.title])).toEqual([
      ['1.1', '1', ['1', '1'], '1', '提升政务服务效能', '推行“高效办成一件事”'],
      ['1.2', '1', ['1', '2'], '1', '提升政务服务效能', '深化“一网通办”'],
      // A 重点任务 cell over one measure titles its row, in the table's own (numberless) section.
      ['2', '2', ['2'], '', '', '优化市场准入'],
      ['3', '3', ['3'], '', '', '加强法治保障'],
    ]);
    expect(plan.sections.map((s) => `${s.number} ${s.title}`)).toEqual(['1 提升政务服务效能', ' ']);
  });

  it.each(['task-table-task-content.html', 'task-table-groups-flattened.txt', 'task-table-groups-tab.txt'])('should make each 重点任务 of one row the task, titled by it, its 具体内容 the text, the row spanning the table above it the section (%s)', async (file) => {
    const plan = (await load(file)).plan!;
    expect(plan.tasks.map((t) => [t.number, t.section?.number, t.title, t.text])).toEqual([
      ['1', '一', '企业信息变更一件事', '整合营业执照、税务、社保等信息变更事项，实现一表申请。'],
      ['2', '一', '开办运输企业一件事', '整合道路运输经营许可、车辆营运证办理事项。'],
      ['3', '二', '新生儿出生一件事', '整合出生医学证明、户口登记、医保参保等事项。'],
      ['4', '二', '残疾人服务一件事', '整合残疾人证办理、补贴申领等事项。'],
      ['5', '二', '退休一件事', '整合养老保险待遇核定、医保退休办理等事项。'],
    ]);
    expect(plan.sections.map((s) => [s.number, s.label, s.title])).toEqual([
      ['一', '一、', '面向企业的“一件事”'],
      ['二', '二、', '面向个人的“一件事”'],
    ]);
  });

  it('should put each task of a flattened table under the unnumbered group line above it', async () => {
    const plan = (await load('task-table-plain-groups-flattened.txt')).plan!;
    expect(plan.tasks.map((t) => [t.number, t.section?.title, t.title])).toEqual([
      ['1', '创新主体培育', '培育科技型企业'],
      ['2', '创新主体培育', '建设创新平台'],
      ['3', '科技成果转化', '推动产学研合作'],
      ['4', '科技成果转化', '加强知识产权保护'],
      ['5', '科技成果转化', '拓宽科技金融渠道'],
      ['6', '人才引育', '引进高层次人才'],
      ['7', '人才引育', '开展技能人才培训'],
    ]);
    expect(plan.sections.map((s) => [s.number, s.label, s.title])).toEqual([
      ['', '', '创新主体培育'],
      ['', '', '科技成果转化'],
      ['', '', '人才引育'],
    ]);
  });

  it('should keep the cells and figures of a table whose category cell spans rows', async () => {
    const table = (await load('annex-rowspan.html')).annexes[0]!.table!;
    expect(table.rows.map((r) => [r.cells[1], r.indicator, r.unit, r.values])).toEqual([
      ['环境质量', '空气质量优良天数比例', '%', { 2023: 85, 2024: 86, 2025: 87 }],
      ['环境质量', '地表水达到或好于Ⅲ类水体比例', '%', { 2023: 70, 2024: 72, 2025: 75 }],
      ['绿色发展', '单位生产总值能耗下降', '%', { 2023: 3, 2024: 3, 2025: 3 }],
    ]);
  });

  it('should read the figures of a yearly table in the text, flattened or in Markdown', async () => {
    const flat = (await load('tables-flattened.txt')).tables![0]!.table;
    expect(flat.rows.map((r) => [r.indicator, r.unit, r.values])).toEqual([
      ['数字经济核心产业增加值', '亿元', { 2024: 90, 2025: 105, 2026: 120 }],
      ['5G基站数量', '个', { 2024: 1500, 2025: 1800, 2026: 2100 }],
    ]);
    const md = (await load('tables-markdown.md')).tables![0]!.table;
    expect(md.rows.map((r) => [r.indicator, r.unit, r.values])).toEqual([
      ['光伏装机容量', '万千瓦', { 2023: 3, 2024: 4.5, 2025: 6 }],
      ['新能源汽车保有量', '万辆', { 2023: 1.2, 2024: 1.6, 2025: 2 }],
    ]);
  });

  it('should keep the rows of a task breakdown table as text, without figures, the repeated header dropped', async () => {
    const flat = (await load('tables-flattened.txt')).annexes[1]!.table!;
    expect(flat.rows.map((r) => r.cells)).toEqual([
      ['1', '建设数字经济产业园', '区发展改革委', '区科委、各街道管理办', '2025年底'],
      ['2', '推进企业上云用数赋智', '区经委', '区大数据中心', '2024年底'],
      ['3', '完善数据要素市场', '区大数据中心', '有关部门', '2026年底'],
    ]);
    expect(flat.rows.every((r) => Object.keys(r.values).length === 0)).toBe(true);
    const md = (await load('tables-markdown.md')).tables![1]!.table;
    expect(md.rows.map((r) => r.cells[1])).toEqual(['推进公共机构屋顶光伏建设', '推广新能源汽车', '开展绿色建筑示范']);
  });

  it('should give an article its paragraphs (款) and an inline enumeration the span of its own words', async () => {
    const reg = await load('regulation-chapters.txt');
    const article2 = reg.outline[0]!.children[1]!;
    expect(article2.paragraphs.map((p) => p.text)).toEqual([
      '本办法适用于本市行政区域内公共数据的采集、共享及其相关管理活动。',
      '本办法所称公共数据，是指本市各级行政机关在履行职责过程中产生的数据。',
    ]);
    const text = readFileSync('fixtures/styles/enumerations.txt', 'utf8');
    const second = (await load('enumerations.txt')).outline[0]!.children[1]!;
    expect(text.slice(second.position.start.offset, second.position.end.offset)).toBe('二是广泛宣传发动，营造良好氛围');
  });

  it('should read the rows of a spaced table centred on their serials, and a merged 重点任务 cell as the row above\'s', async () => {
    const doc = await load('pdf-centred-task-rows.txt');
    expect(doc.plan!.tasks.map((t) => [t.number, t.text, t.section?.title ?? null])).toEqual([
      ['1', '推进社区综合服务设施改造提升，完善养老、托育等服务功能', '建设示范社区'],
      ['2', '开展示范社区创建评选', '建设示范社区'],
      ['3', '科学划分网格，完善机制，落实网格员巡查制度', '深化网格治理'],
      ['4', '建立网格事项准入清单', '深化网格治理'],
    ]);
  });

  it('should read each wrapped cell of a spaced table whole, under its own column', async () => {
    const doc = await load('task-table-spaced-layout.txt');
    expect(doc.plan!.tasks.map((t) => [t.title, t.lead.join('、'), t.participants.join('、'), t.deadline ?? null])).toEqual([
      ['建设社区嵌入式养老服务中心6个', '区民政局', '区发改局', '2025年12月底'],
      ['推进家庭养老床位建设，为失能老年人提供上门服务', '区民政局', '区卫生健康局、区医疗保障局', '2025年10月底'],
      ['开展老年助餐服务', '区商务局', '各街道办事处', '持续推进'],
    ]);
    expect(doc.annexes[1]!.table!.rows.map((r) => [r.number, r.indicator, r.unit, r.values])).toEqual([
      ['1', '社区嵌入式养老服务中心', '个', { 2024: 3, 2025: 6 }],
      ['2', '养老机构护理型床位占比', '%', { 2024: 55, 2025: 60 }],
    ]);
  });

  it('should join a flattened row\'s wrapped cells so that every figure stays under its year and no deadline is read as a unit', async () => {
    const doc = await load('annex-flattened-wrapped-cells.txt');
    expect(doc.annexes[0]!.table!.rows.map((r) => [r.number, r.indicator, r.unit, r.values])).toEqual([
      ['1', '接待游客', '万人次', { 2024: 1500, 2025: 1800 }],
      ['2', '省级夜间文旅消费集聚区', '个', { 2024: 2, 2025: 4 }],
    ]);
    expect(doc.plan!.tasks.map((t) => [t.title, t.lead.join('、'), t.participants.join('、'), t.deadline ?? null])).toEqual([
      ['打造夜间文旅消费集聚区，培育夜间消费品牌', '区文旅局', '区商务局、区市场监管局', '2025年11月底'],
      ['举办文旅消费季活动', '区商务局', '区文旅局', '2025年9月底'],
    ]);
  });

  it('should keep the rows of merged cells of a tab-separated task table in it, the rows after them too', async () => {
    const doc = await load('task-table-tab-merged-rows.txt');
    expect(doc.plan!.tasks.map((t) => [t.title, t.lead.join('、'), t.participants.join('、')])).toEqual([
      ['开展政银企对接活动', '区金融办', '区财政局'],
      ['落实稳岗返还政策', '区人社局', ''],
      ['保障重点项目用地', '区自然资源局', ''],
      ['推行“拿地即开工”审批模式', '区住房城乡建设局', '区自然资源局'],
      ['推行联合验收', '区住房城乡建设局', '区消防救援大队'],
    ]);
    expect(doc.annexes[0]!.body).toEqual([]);
  });

  it('should set aside a repost\'s headline, byline and lead-in in plain text, and a dateline, source and tool bar under the notice\'s title', async () => {
    const doc = await load('repost-text-head-furniture.txt');
    expect(doc.chrome.map((c) => [c.kind, c.text, c.position.start.line])).toEqual([
      ['other', '重磅！我市出台促进夜间经济发展若干措施', 1],
      ['other', '某市发布 2024-06-03 20:15', 3],
      ['other', '近日，市政府办公室印发了这份措施，全文如下↓↓↓', 5],
      ['share', '2024年06月03日', 9],
      ['share', '来源：某市人民政府网站', 11],
      ['share', '打印本页  关闭窗口', 13],
    ]);
    expect(doc.diagnostics.map((d) => [d.ruleId, d.severity, d.line])).toEqual([['headline-not-title', 'info', 1]]);
    expect(doc.notice!.titlePosition!.start.line).toBe(7);
    expect(doc.notice!.body.map((b) => b.text)).toEqual(['《某市促进夜间经济发展若干措施》已经市政府同意，现印发给你们，请结合实际认真贯彻执行。']);
  });

  it('should set a portal\'s dateline under the title aside, and one under the title of a plan printed alone', async () => {
    const portal = await load('portal-dateline-under-title.html');
    expect(portal.chrome.map((c) => [c.kind, c.text])).toEqual([['share', '2024年07月09日10:05 | 来源：某县融媒体中心']]);
    expect(portal.notice!.body).toHaveLength(1);
    const alone = await load('plan-only-dateline-under-title.txt');
    expect(alone.chrome.map((c) => [c.kind, c.text])).toEqual([['share', '2024-08-20 16:40　来源：学习强国']]);
    expect(alone.plan!.preamble).toEqual([]);
  });

  it('should lay out a flattened task table\'s merged and empty cells on their columns, never read shifted', async () => {
    const doc = await load('task-table-merged-cells-flattened.txt');
    expect(doc.plan!.tasks.map((t) => [t.number, t.title, t.section?.number, t.section?.title])).toEqual([
      ['1.1', '推行企业开办一网通办', '1', '提升政务服务效能'],
      ['1.2', '压减涉企审批事项', '1', '提升政务服务效能'],
      ['2', '加快重点项目前期工作', '2', '扩大有效投资'],
      ['3', '推进专项债券项目建设', '2', '扩大有效投资'],
      // 激发市场主体活力 is over row 4 alone: its title, in the annex table's section.
      ['4', '激发市场主体活力', '', '某区2025年优化营商环境重点任务分工表'],
    ]);
    expect(doc.annexes[0]!.table!.rows.map((r) => r.cells)[2]).toEqual(['2', '扩大有效投资', '加快重点项目前期工作', '区发展改革委', '', '2025年12月']);
  });

  it('should read a flattened task table\'s groups numbered in its 序号 column as the sections of the rows under them', async () => {
    const doc = await load('task-table-numeral-groups-flattened.txt');
    expect(doc.plan!.tasks.map((t) => [t.number, t.title, t.section?.number, t.section?.title])).toEqual([
      ['1', '新建改扩建幼儿园3所', '一', '教育医疗'],
      ['2', '建设社区卫生服务站2个', '一', '教育医疗'],
      ['1', '新建社区养老服务驿站10个', '二', '养老托育'],
    ]);
  });

  it('should give the rows of a task table directly under a part that part as their section, each row spanning all its lines', async () => {
    const file = 'task-table-spaced-under-part.txt';
    const doc = await load(file);
    const text = readFileSync(`fixtures/styles/${file}`, 'utf8');
    expect(doc.plan!.sections.map((s) => [s.number, s.title])).toEqual([['二', '重点任务']]);
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number, t.section?.title, text.slice(t.position.start.offset, t.position.end.offset).split('\n').length])).toEqual([
      ['1', '二', '重点任务', 1],
      ['2', '二', '重点任务', 2],
      ['3', '二', '重点任务', 2],
    ]);
    // The row's span ends with 物流站, the lead cell's second line, below the 配合单位 cell's end.
    expect(text.slice(0, doc.plan!.tasks[1]!.position.end.offset).endsWith('物流站')).toBe(true);
    expect(doc.tables![0]!.table.rows.map((r) => r.position.end.line)).toEqual([17, 19, 21]);
  });
});

describe('annex tables with notes, groups and base years', () => {
  it('should read each annex of annex-notes-groups-base-year.txt with its figures under their years, its notes as text and its groups on the rows', async () => {
    const doc = await load('annex-notes-groups-base-year.txt');
    const [first, second, third] = doc.annexes;
    expect(first!.table!.rows.map((r) => [r.indicator, r.unit, r.values])).toEqual([
      ['农产品网络零售额', '亿元', { 2023: 28, 2024: 32, 2025: 36 }],
      ['农业物联网覆盖率', '%', { 2023: 30, 2024: null, 2025: 45 }],
    ]);
    expect(first!.body.map((b) => b.text)).toEqual(['单位：亿元、%', '注：农业物联网覆盖率按规模经营主体统计。']);
    expect(second!.table!.rows.map((r) => [r.indicator, r.group, r.values])).toEqual([
      ['农产品网络零售额', '一、产业发展', { 2022: 25, 2023: 28, 2024: 32, 2025: 36 }],
      ['数字农业示范基地', '二、基地建设', { 2022: 3, 2023: 6, 2024: 9, 2025: 12 }],
    ]);
    expect(third!.table!.rows.map((r) => r.cells[4])).toEqual(['2024年12月', '2025年6月底']);
    const findings = validateDocument(doc, readFileSync('fixtures/styles/annex-notes-groups-base-year.txt', 'utf8'));
    expect(findings.filter((d) => d.ruleId.startsWith('annex') || d.ruleId === 'goal-annex-consistency').map((d) => d.message)).toEqual([
      // The empty cell is read as empty, and said to be so, not filled by the next year's figure.
      'row 2 (农业物联网覆盖率) has no value for 2024 (column "2024年")',
    ]);
  });
});

describe('annex units, captions and project lists', () => {
  const file = 'annex-units-captions-project-list.txt';
  it('should take 表1 under the annex title as the first table\'s caption and read the units 1/10万, ‰ and % of cells carrying it', async () => {
    const doc = await load(file);
    const first = doc.annexes[0]!;
    expect(first.title).toBe('某区健康城区建设指标表');
    expect(first.table!.caption).toBe('表1  健康水平指标');
    expect(first.table!.rows.map((r) => [r.indicator, r.unit, r.values['2026']])).toEqual([
      ['孕产妇死亡率', '1/10万', 10],
      ['婴儿死亡率', '‰', 3.5],
      ['农村自来水普及率', '%', 99],
    ]);
  });

  it('should check the goals against the second table of an annex and give no unit or value warnings', async () => {
    const doc = await load(file);
    const findings = validateDocument(doc, readFileSync(`fixtures/styles/${file}`, 'utf8'));
    expect(findings.filter((d) => d.ruleId.startsWith('annex') || d.ruleId === 'goal-annex-consistency').map((d) => d.message)).toEqual([
      // 表2 gives 18 where the text says 20; 10/10万以下 agrees with the 1/10万 row's 10, 99% with 99%.
      'the goal for 建成智慧药房 in 2026 is 20家, but the annex gives 18家 (row 1 at 40:1)',
    ]);
  });

  it('should read a project list with a 建设内容 column of prose as a table of text', async () => {
    const doc = await load(file);
    const projects = doc.annexes[1]!.table!;
    expect(projects.kind).toBe('text');
    expect(projects.rows.map((r) => r.cells[2])).toEqual(['新建业务用房1.2万平方米', '改造老旧供水管网及配套泵站']);
  });
});

describe('goals against an annex in symbols (goal-annex-symbol-units-yearly-sums.txt)', () => {
  it('should compare each goal with its row whatever spelling the unit has, a total by the plan\'s end with the sum of the years, and report only the goal the annex does not meet', async () => {
    const file = 'goal-annex-symbol-units-yearly-sums.txt';
    const doc = await load(file);
    const findings = validateDocument(doc, readFileSync(`fixtures/styles/${file}`, 'utf8'));
    expect(findings.filter((d) => d.ruleId === 'goal-annex-consistency').map((d) => d.message)).toEqual([
      // 120公里 is 40 + 40 + 40 km; 30万千瓦 is 10 + 10 + 10 万kW; 60万吨 is the 60万t of 2026; 15毫克/升 the 15 mg/L.
      'the goal for 全市细颗粒物年均浓度 in 2026 is at most 32微克/立方米, but the annex gives 33μg/m³ (row 2 at 21:1)',
    ]);
  });
});

describe('task tables flattened one cell per line (task-table-flattened-*.txt)', () => {
  it('should read a cell of numbered measures as the task\'s text and a clause cell by its roles', async () => {
    const doc = await load('task-table-flattened-whole-cells.txt');
    const tasks = doc.plan!.tasks;
    expect(tasks.map((t) => t.text)).toEqual(['新改建农村户用卫生厕所2800座', '完善垃圾收运体系，每季度组织一次评比', '1.开展村庄清洁行动；2.建设美丽庭院示范户。']);
    expect(doc.annexes[0]!.body).toEqual([expect.objectContaining({ text: '注：责任单位排在第一位的为牵头单位。' })]);
  });

  it('should say so when an annex\'s task table cannot be read, rather than leave its lines as text without a word', async () => {
    const long = `推进${'数字化改造和智能化升级，'.repeat(20)}形成示范。`;
    const text = ['某区2024年工作方案', '', '　　一、工作目标', '', '　　到2024年底，完成改造企业20家。', '', '　　二、重点任务', '', '　　重点任务见附件。', '', '附件', '', '某区2024年重点任务分工表', '', '序号', '重点任务', '牵头单位', '完成时限', '1', long, '区经信局', '2024年底前', ''].join('\n');
    const doc = await parseNotice(text, { name: 'long-cell.txt' });
    expect(doc.diagnostics.filter((d) => d.ruleId === 'flat-table-unread').map((d) => d.line)).toEqual([15]);
    expect(doc.annexes[0]!.body.map((b) => b.text)).toContain('区经信局');
  });
});
