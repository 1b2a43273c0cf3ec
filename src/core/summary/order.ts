// The orders the summary is shown in, and sorted arrays kept up to date one element at a time.
// Every comparison ends with a plain code-unit comparison, so the output never depends on insertion order.

import { lowerBound } from '../sorted';
import type { SummaryLetter } from './types';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Human order (case-insensitive, numbers by value: `s8` before `s24(2)`), ties broken by code units. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || compareCodeUnits(a, b);
}

/** Plain string order; the same on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Letters of one authority: oldest first, undated last, then by reference and file. */
export function compareLettersByDate(a: SummaryLetter, b: SummaryLetter): number {
  return (
    compareOptional(a.date, b.date, compareCodeUnits) ||
    compareOptional(a.reference, b.reference, compareNames) ||
    compareCodeUnits(a.file, b.file)
  );
}

function compareOptional(a: string | undefined, b: string | undefined, compare: (x: string, y: string) => number): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return compare(a, b);
}

/** Inserts `value` into the sorted `list` unless it is there already. O(log n) search plus one array shift. */
export function insertSorted(list: string[], value: string): void {
  const at = lowerBound(list, value);
  if (list[at] !== value) list.splice(at, 0, value);
}

/** Removes `value` from the sorted `list` if it is there. */
export function removeSorted(list: string[], value: string): void {
  const at = lowerBound(list, value);
  if (list[at] === value) list.splice(at, 1);
}

