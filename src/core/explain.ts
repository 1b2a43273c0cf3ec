// Plain-language explanations of citations and NCND statements, for hovers and any other reader.
import { lookupSection } from './act/sections';
import type { Citation, LetterAnalysis, NcndStatement } from './model';

/** A short explanation: a heading and paragraphs of plain text (never markup). */
export interface Explanation {
  readonly heading: string;
  readonly lines: readonly string[];
}

export function describeCitation(citation: Citation): Explanation {
  const section = lookupSection(citation.base);
  if (!citation.known || !section) {
    return {
      heading: `${citation.text.trim()}: not a section of the Freedom of Information Act 2000`,
      lines: ['Check the letter: the authority may have cited the wrong section, or another Act.'],
    };
  }
  const lines: string[] = [section.summary];
  const exemption = section.exemption;
  if (exemption) {
    const absolute =
      exemption.absolute === true ? 'Absolute exemption' : exemption.absolute === 'partly' ? 'Absolute in part, otherwise qualified' : 'Qualified exemption';
    const basis = exemption.basis === 'prejudice' ? 'prejudice-based (the authority must show the harm)' : 'class-based (applies to a kind of information)';
    lines.push(`${absolute}; ${basis}.`);
    lines.push(
      exemption.publicInterestTest
        ? 'A public interest test is required: the letter should weigh the factors for and against.'
        : 'No public interest test is required.',
    );
    if (exemption.ncndSubsection) {
      const isNcnd = citation.section.startsWith(exemption.ncndSubsection);
      lines.push(
        isNcnd
          ? `${exemption.ncndSubsection} is this exemption's "neither confirm nor deny" provision: the authority relies on it to avoid saying whether it holds the information at all.`
          : `Its "neither confirm nor deny" provision is ${exemption.ncndSubsection}.`,
      );
    }
  }
  return { heading: `${citation.section}: ${section.title}`, lines };
}

export function describeNcnd(statement: NcndStatement, analysis: LetterAnalysis): Explanation {
  const lines = [
    'Neither confirm nor deny (NCND): the authority will not say whether it holds the information, because saying so would itself reveal something exempt.',
  ];
  if (statement.scope === 'partial') {
    lines.push('Partial NCND: the letter answers about overt use, and neither confirms nor denies covert use or any other information.');
  }
  const sections = statement.sections.length > 0 ? statement.sections : [...new Set(analysis.ncnd.flatMap((n) => n.sections))];
  if (sections.length > 0) {
    const named = sections.map((id) => {
      const section = lookupSection(id);
      return section ? `${id} (${section.title})` : id;
    });
    lines.push(`This letter relies on ${named.join(', ')}.`);
  } else {
    lines.push('The letter does not say which sections it relies on for this statement.');
  }
  return { heading: statement.scope === 'partial' ? 'Partial NCND' : 'Neither confirm nor deny', lines };
}
