// Sidecar texts for the summary tests: a builder, and the statuses a researcher would record for the five seed
// letters, written as the YAML a user would have on disk.

import { stringify } from 'yaml';
import { CAMPAIGN_TOOLS } from '../support/fixtures';

/** One tool as a test writes it. */
export interface ToolSpec {
  readonly status: string;
  readonly exemptions?: readonly string[];
  readonly evidence?: readonly string[];
  readonly note?: string;
}

/** The letter block as a test writes it. */
export interface LetterSpec {
  readonly authority?: string;
  readonly reference?: string;
  readonly date?: string;
  readonly act?: string;
}

/** The text of a sidecar for `document`, with a leading comment as users write them. */
export function sidecarYaml(document: string, letter: LetterSpec, tools: Readonly<Record<string, ToolSpec>>): string {
  const body = {
    foi: 1,
    document,
    letter,
    tools: Object.fromEntries(
      Object.entries(tools).map(([id, spec]) => [
        id,
        {
          status: spec.status,
          ...(spec.exemptions ? { exemptions: spec.exemptions } : {}),
          ...(spec.evidence ? { evidence: spec.evidence.map((exact) => ({ exact })) } : {}),
          ...(spec.note ? { note: spec.note } : {}),
          by: 'tester',
          at: '2026-11-22T10:00:00Z',
        },
      ]),
    ),
  };
  return `# Recorded by hand for the summary tests.\n${stringify(body, { aliasDuplicateObjects: false })}`;
}

const NCND = ['s24(2)', 's31(3)'];

function allNotHeld(evidence: string): Record<string, ToolSpec> {
  return Object.fromEntries(CAMPAIGN_TOOLS.map((tool) => [tool, { status: 'not-held', evidence: [evidence] }]));
}

/** A sidecar on disk: its path and its text. */
export interface SidecarFixture {
  readonly path: string;
  readonly text: string;
}

function seed(name: string, letter: LetterSpec, tools: Record<string, ToolSpec>): SidecarFixture {
  return { path: `letters/${name}.txt.foi.yaml`, text: sidecarYaml(`${name}.txt`, letter, tools) };
}

/** The five seed letters with the statuses they give. Norfolk and Suffolk's letter carries no date. */
export const SEED_SIDECARS: readonly SidecarFixture[] = [
  seed(
    'cambridgeshire-opcc-19-026-037',
    { authority: 'Cambridgeshire Office of the Police and Crime Commissioner', reference: 'FOI/OPCC/19-026-037', date: '2019-07-04' },
    {
      ...allNotHeld('The OPCC does not hold information on the other tools and tactics you refer to.'),
      'body-worn-video': { status: 'used', evidence: ['Cambridgeshire Constabulary (the “Constabulary”) does use body worn video cameras.'] },
    },
  ),
  seed(
    'hertfordshire-2017-01696',
    { authority: 'Hertfordshire Constabulary', reference: 'FOI2017/01696', date: '2018-01-15' },
    { 'facial-recognition': { status: 'partial-ncnd', exemptions: NCND, evidence: ['Hertfordshire Constabulary neither confirms nor denies'] } },
  ),
  seed(
    'norfolk-suffolk-007663-17',
    { authority: 'Norfolk and Suffolk Constabularies', reference: 'FOI 007663-17' },
    { 'facial-recognition': { status: 'partial-ncnd', exemptions: NCND } },
  ),
  seed(
    'northamptonshire-opfcc-13062019',
    { authority: 'Office of the Northamptonshire Police, Fire and Crime Commissioner', reference: 'FOI 13062019-1' },
    allNotHeld('the OPFCC does not hold any of the information you have requested'),
  ),
  seed(
    'west-midlands-pcc-2019-01031',
    { authority: 'West Midlands Police and Crime Commissioner', reference: '2019-01031' },
    {
      'body-worn-video': { status: 'used', evidence: ['I can confirm this is used by the Force.'] },
      'facial-recognition': { status: 'partial-ncnd', exemptions: NCND },
      hacking: { status: 'ncnd', exemptions: NCND },
      'imsi-catchers': { status: 'ncnd', exemptions: NCND },
      'mobile-phone-extraction': { status: 'used' },
      'predictive-policing': { status: 'used' },
      'social-media-intelligence': { status: 'used' },
    },
  ),
];
