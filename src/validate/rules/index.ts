import type { Rule } from '../rule.js';
import { annexShape } from './annex-shape.js';
import { annexTotals } from './annex-totals.js';
import { annexTaskAgreement } from './annex-task-agreement.js';
import { attachmentPresent } from './attachment-present.js';
import { bracketsBalanced } from './brackets-balanced.js';
import { dateValid } from './date-valid.js';
import { documentNumberFormat } from './document-number-format.js';
import { documentNumberMatch } from './document-number-match.js';
import { documentNumberYear } from './document-number-year.js';
import { goalAnnexConsistency } from './goal-annex-consistency.js';
import { goalRestated } from './goal-restated.js';
import { headerRequired } from './header-required.js';
import { noticeAddressees } from './notice-addressees.js';
import { outlineSequence } from './outline-sequence.js';
import { planPeriod } from './plan-period.js';
import { supersedesReference } from './supersedes-reference.js';
import { taskDeadline } from './task-deadline.js';
import { taskRepeated } from './task-repeated.js';
import { taskUnits } from './task-units.js';
import { unitKnown } from './unit-known.js';

/** Every validation rule, in the order they run and are listed. */
export const RULES: readonly Rule[] = [
  headerRequired,
  documentNumberFormat,
  documentNumberMatch,
  documentNumberYear,
  dateValid,
  noticeAddressees,
  outlineSequence,
  taskUnits,
  annexTaskAgreement,
  taskDeadline,
  planPeriod,
  unitKnown,
  goalAnnexConsistency,
  goalRestated,
  annexShape,
  annexTotals,
  bracketsBalanced,
  supersedesReference,
  attachmentPresent,
  taskRepeated,
];
