// The marks a form or a table answers with: a form's tick boxes, and a cell's tick or cross. The request finder (a
// form's answered row) and the tool answers (the box ticked, the cell's mark) both read them. Separate so that what
// counts as a box, a tick or a cross is written once.

/**
 * Ticks, read as one mark; with the square root sign typed for a tick, and the letter a PDF's Wingdings tick is
 * copied as ("ü").
 */
export const TICKS = '✓✔☑✅√ü';
/** Crosses, read as another mark; with the letter a PDF's Wingdings cross is copied as ("û"). */
export const CROSSES = '✗✘☒❌û';
/** Circles, full, half and empty, which mean only what a letter's key says ("●  in use", "◐  pilot only"). */
export const CIRCLES = '●◐◑◒◓○◉◯⬤';

/**
 * A form's ticked boxes as one character: "☑", "☒", and the letters a PDF's Wingdings ones are copied as ("þ",
 * "ý").
 */
export const TICKED_BOXES = '☑☒þý';
/** A form's empty box as one character: "☐", and the sign a PDF's Wingdings one is copied as ("¨"). */
export const EMPTY_BOXES = '☐¨';

/** A box on a form, ticked ("[X]", "[✓]", "☒", "☑") or not ("[ ]", "☐"): a pattern source, without a group. */
export const FORM_BOX = String.raw`(?:\[[ \t]*[xX✓✔]?[ \t]*\]|[${TICKED_BOXES}${EMPTY_BOXES}])`;

/** A ticked {@link FORM_BOX}: a pattern source, without a group. */
export const TICKED_FORM_BOX = String.raw`(?:\[[ \t]*[xX✓✔][ \t]*\]|[${TICKED_BOXES}])`;

/** A ditto mark, repeating the cell above: straight or curly double quotes, two single quotes, "〃". */
export const DITTO_MARK = String.raw`(?:["“”〃]|''|’’)`;

/** A note's mark of symbols: "*", "**", "†", "‡", "§", "³": a pattern source, without a group. */
export const SYMBOL_MARK = String.raw`(?:\*{1,3}|†{1,3}|‡{1,3}|§|[¹²³⁴⁵⁶⁷⁸⁹])`;
/** A note's mark of a number in brackets: "(2)", "[1]": a pattern source, without a group. */
export const NUMBER_MARK = String.raw`(?:\(\d{1,2}\)|\[\d{1,2}\])`;
/** A mark tying a cell or a name to a note, of either kind: a pattern source, without a group. */
export const NOTE_MARK = `(?:${SYMBOL_MARK}|${NUMBER_MARK})`;
