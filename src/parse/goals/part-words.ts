/**
 * The words that open the parts of a target (其中, （含 …）, （包括 …）): what follows is part of the
 * target before it, and the words are no part of the part's name.
 */


/**
 * 其中 before a subject (其中国家级专精特新企业达到20家, （其中国家级3家）), or 含 or 包括 opening a
 * bracket (（含省级白金宿10家）): what follows is a part of the target before it, and 其中 (and the
 * bracket it opens) is no part of the subject's name.
 */
/** A bracket of parts opened right after a figure (20家（含…): what it holds is part of that figure's target. */
export const BRACKET_AFTER_FIGURE = /\d ?[^\d\s,，;；。、(（]{0,4} ?[(（] ?(?:其中|(?:其中 ?)?(?:包含|包括|内含|含)) ?$/;

export const WITHIN = /^ ?(?:[(（] ?(?:其中 ?)?(?:包含|包括|内含|含)|[(（]?其中) ?/;

/** 其中 as a clause of its own (其中：…, 其中，…) or opening a bracket at a clause's end (…10家（其中：…）. */
export const WITHIN_ALONE = /(?:^|[(（]) ?其中 ?$/;

/** A bracket that opens the parts of the figure before it: （含, （其中, （包括. */
export const PARTS_BRACKET = /[(（] ?(?:其中|包含|包括|内含|含)/;
