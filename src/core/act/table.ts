// The shape of an Act's table of sections, shared by the Freedom of Information Act 2000 (sections.ts) and the
// Freedom of Information (Scotland) Act 2002 (foisaSections.ts): rows in, sorted sections and a lookup out.

import type { CitationKind } from '../model';

/** How a Part II (FOIA) or Part 2 (FOISA) exemption works. */
export interface ExemptionInfo {
  /** `partly` where some limbs are absolute and the rest qualified (FOIA s36, s37, s40; FOISA s36, s38). */
  readonly absolute: boolean | 'partly';
  /**
   * `prejudice`: the authority must show harm ("prejudice" in FOIA, "substantial prejudice" in FOISA);
   * `class`: the exemption covers a kind of information.
   */
  readonly basis: 'prejudice' | 'class';
  /** True when at least part of the exemption is qualified, so the public interest must be weighed. */
  readonly publicInterestTest: boolean;
  /**
   * The provision that removes the duty to confirm or deny: the exemption's own subsection in FOIA (`s24(2)`), or
   * `s18` in FOISA for the exemptions section 18 lists. Absent where the Act has none.
   */
  readonly ncndSubsection?: string;
  /**
   * The part of the exemption the NCND provision covers, when it covers only part: FOISA's s18 lists "39(1)", so
   * for s39 this is `s39(1)` and a citation of s39(2) is not covered. Absent when it covers the whole exemption, as
   * every FOIA exemption's own NCND subsection does (s24(2) covers all of s24(1)).
   */
  readonly ncndCovers?: string;
}

/** One section of an Act. */
export interface ActSection {
  /** The section number without any inserted-section letter: 22 for both s22 and s22A. */
  readonly number: number;
  /** Normalised id, e.g. `s24`, `s22A`. */
  readonly id: string;
  /** The section's heading in the Act. */
  readonly title: string;
  readonly kind: CitationKind;
  /** One or two plain sentences: what the section means for a requester. */
  readonly summary: string;
  readonly exemption?: ExemptionInfo;
}

/** Summaries are read through `l10n.t` at use, so they follow the display language the extension sets up later. */
export type Summary = () => string;
/** A section that is not an exemption: id, the Act's heading, our summary, and its kind when not `procedural`. */
export type Row = readonly [id: string, title: string, summary: Summary, kind?: CitationKind];
export type ExemptionRow = readonly [id: string, title: string, summary: Summary, exemption: ExemptionInfo];

/** One Act's sections, in order, and a map by id. */
export interface SectionTable {
  readonly sections: readonly ActSection[];
  readonly byId: ReadonlyMap<string, ActSection>;
}

const ID_SHAPE = /^(\d{1,3})([A-Za-z]?)$/;

function numberOf(id: string): number {
  return Number(ID_SHAPE.exec(id.slice(1))?.[1]);
}

function byNumber(a: ActSection, b: ActSection): number {
  // Plain comparison: localeCompare would load the locale library while the extension activates.
  return a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The table of an Act from its rows: sections sorted s1, ..., s11, s11A, s11B, s12, ... */
export function buildTable(others: readonly Row[], exemptions: readonly ExemptionRow[]): SectionTable {
  const sections = [
    ...others.map(([id, title, summary, kind]): ActSection => ({
      number: numberOf(id),
      id,
      title,
      kind: kind ?? 'procedural',
      get summary() {
        return summary();
      },
    })),
    ...exemptions.map(([id, title, summary, exemption]): ActSection => ({
      number: numberOf(id),
      id,
      title,
      kind: 'exemption',
      get summary() {
        return summary();
      },
      exemption,
    })),
  ].sort(byNumber);
  return { sections, byId: new Map(sections.map((section) => [section.id, section])) };
}
