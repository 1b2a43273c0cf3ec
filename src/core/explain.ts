// Plain-language explanations of citations and NCND statements, for hovers and any other reader.
import * as l10n from '@vscode/l10n';
import { lookupSection, type ExemptionInfo } from './act/sections';
import type { ActId, Citation, LetterAnalysis, NcndStatement } from './model';

/** A short explanation: a heading and paragraphs of plain text (never markup). */
export interface Explanation {
  readonly heading: string;
  readonly lines: readonly string[];
}

/** A citation explained from the table of the letter's Act (`analysis.act`; the Act of 2000 when not given). */
export function describeCitation(citation: Citation, act: ActId = 'foia'): Explanation {
  const section = lookupSection(citation.base, act);
  if (!citation.known || !section) {
    return {
      heading:
        act === 'foisa'
          ? l10n.t('{0}: not a section of the Freedom of Information (Scotland) Act 2002', citation.text.trim())
          : l10n.t('{0}: not a section of the Freedom of Information Act 2000', citation.text.trim()),
      lines: [l10n.t('Check the letter: the authority may have cited the wrong section, or another Act.')],
    };
  }
  const lines: string[] = [section.summary];
  const exemption = section.exemption;
  if (exemption) {
    lines.push(exemptionNature(exemption));
    lines.push(
      exemption.publicInterestTest
        ? l10n.t('A public interest test is required: the letter should weigh the factors for and against.')
        : l10n.t('No public interest test is required.'),
    );
    if (exemption.ncndSubsection) {
      if (citation.section.startsWith(exemption.ncndSubsection)) {
        lines.push(
          l10n.t(
            '{0} is this exemption\'s "neither confirm nor deny" provision: the authority relies on it to avoid saying whether it holds the information at all.',
            exemption.ncndSubsection,
          ),
        );
      } else if (ncndCovers(exemption, citation.section)) {
        lines.push(l10n.t('Its "neither confirm nor deny" provision is {0}.', exemption.ncndSubsection));
      }
    }
  }
  if (act === 'foisa') lines.push(l10n.t('Section of the Freedom of Information (Scotland) Act 2002, which this letter answers under.'));
  return { heading: `${citation.section}: ${section.title}`, lines };
}

/**
 * Whether the exemption's NCND provision reaches the cited part: always, unless it covers only one subsection
 * (FOISA's s18 covers s39(1), not s39(2)); then only a citation of that subsection or of a paragraph within it. A
 * bare "section 39" is not said to be covered, since half of it is not.
 */
function ncndCovers(exemption: ExemptionInfo, section: string): boolean {
  const covered = exemption.ncndCovers;
  return covered === undefined || section === covered || section.startsWith(`${covered}(`);
}

/** "Qualified exemption; prejudice-based (...)": one sentence per combination, for translators. */
function exemptionNature(exemption: ExemptionInfo): string {
  const prejudice = exemption.basis === 'prejudice';
  if (exemption.absolute === true) {
    return prejudice
      ? l10n.t('Absolute exemption; prejudice-based (the authority must show the harm).')
      : l10n.t('Absolute exemption; class-based (applies to a kind of information).');
  }
  if (exemption.absolute === 'partly') {
    return prejudice
      ? l10n.t('Absolute in part, otherwise qualified; prejudice-based (the authority must show the harm).')
      : l10n.t('Absolute in part, otherwise qualified; class-based (applies to a kind of information).');
  }
  return prejudice
    ? l10n.t('Qualified exemption; prejudice-based (the authority must show the harm).')
    : l10n.t('Qualified exemption; class-based (applies to a kind of information).');
}

export function describeNcnd(statement: NcndStatement, analysis: LetterAnalysis): Explanation {
  const lines = [
    l10n.t(
      'Neither confirm nor deny (NCND): the authority will not say whether it holds the information, because saying so would itself reveal something exempt.',
    ),
  ];
  if (statement.scope === 'partial') {
    lines.push(l10n.t('Partial NCND: the letter answers about overt use, and neither confirms nor denies covert use or any other information.'));
  }
  const sections = statement.sections.length > 0 ? statement.sections : [...new Set(analysis.ncnd.flatMap((n) => n.sections))];
  if (sections.length > 0) {
    const named = sections.map((id) => {
      const section = lookupSection(id, analysis.act);
      return section ? `${id} (${section.title})` : id;
    });
    lines.push(l10n.t('This letter relies on {0}.', named.join(', ')));
  } else {
    lines.push(l10n.t('The letter does not say which sections it relies on for this statement.'));
  }
  return { heading: statement.scope === 'partial' ? l10n.t('Partial NCND') : l10n.t('Neither confirm nor deny'), lines };
}
