// A form's tick boxes, as the request finder (a form's answered row) and the bare answers (the box ticked) both read
// them. Separate so that what counts as a box, and as a ticked one, is written once.

/** A box on a form, ticked ("[X]", "[✓]", "☒", "☑") or not ("[ ]", "☐"): a pattern source, without a group. */
export const FORM_BOX = String.raw`(?:\[[ \t]*[xX✓✔]?[ \t]*\]|[☑☒☐])`;

/** A ticked {@link FORM_BOX}: a pattern source, without a group. */
export const TICKED_FORM_BOX = String.raw`(?:\[[ \t]*[xX✓✔][ \t]*\]|[☑☒])`;
