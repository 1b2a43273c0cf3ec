// Tools described by what they do rather than named: "cameras worn on officers' uniforms", "devices that pretend to
// be a mobile phone mast", "software that forecasts where crime will happen". Requesters who do not know a tool's
// name write this way, and so do replies that avoid jargon. A description is read as a mention of its tool, as a
// synonym would be; a synonym found at the same place wins.
//
// Each description pairs what a tool does (a verb) with what it acts on (a noun), a few words apart, so that neither
// word alone ("cameras", "faces", "predict") makes a mention. The patterns are found in the scan of the letter's
// words that finds every recogniser's phrases (see phraseScan.ts), tried only at the words they can open with.

import { phraseList, matchEach } from '../analysis/phraseScan';
import { clearOf } from '../text';
import type { ToolMatch, Vocabulary } from './tools';

/** Whitespace between words; a line may wrap inside a description. */
const GAP = String.raw`[\s\u00a0]{1,6}`;
/** One word, with an apostrophe or hyphen inside or after it ("officers'", "re-offending"). */
const WORD = String.raw`[\w'’-]{1,30}`;

/** Up to `count` words, each followed by a gap: what may stand between a description's verb and its noun. */
function words(count: number): string {
  return `(?:${WORD}${GAP}){0,${count}}?`;
}

/** Up to `count` words, as {@link words}, in a list: "messages, photos and other". */
function listedWords(count: number): string {
  return `(?:${WORD},?${GAP}){0,${count}}?`;
}

/** Phone handsets, as descriptions of extraction and interception name them. */
const PHONES = String.raw`(?:mobile${GAP}(?:tele)?phones?|smart(?:${GAP})?phones?|(?:tele)?phones?|handsets?|mobile${GAP}devices?)`;

/** A device a remote or covert intrusion reaches: "computers", "a suspect's phone". */
const TARGET_DEVICE = String.raw`(?:computers?|${PHONES}|devices?|laptops?)`;
/** Such devices, tablets too, one or a list: "phones, tablets or computers". */
const LISTED_DEVICE = String.raw`(?:${TARGET_DEVICE}|tablets?)`;
const DEVICES = String.raw`${LISTED_DEVICE}(?:,?${GAP}(?:(?:or|and)${GAP})?${LISTED_DEVICE}){0,3}`;

/** The description patterns of each default tool, by id. */
const DESCRIPTIONS: Readonly<Record<string, readonly string[]>> = {
  'body-worn-video': [
    // "cameras worn on officers' uniforms", "recording devices clipped to the uniform", "cameras worn by officers".
    // "cameras, worn on the officer's uniform", "cameras worn on the body".
    String.raw`\b(?:(?:video${GAP})?cameras?|recording${GAP}(?:devices?|equipment)|video${GAP}recorders?),?${GAP}${words(3)}(?:worn|clipped|attached|fitted|fixed|mounted|affixed)${GAP}(?:on|to|by)${GAP}${words(4)}(?:officers?|officers['’]|uniforms?|chests?|vests?|lapels?|staff|bod(?:y|ies)|person)\b`,
    // "cameras that officers wear on their uniforms".
    String.raw`\b(?:(?:video${GAP})?cameras?|recording${GAP}devices?|video${GAP}recorders?)${GAP}(?:that|which)${GAP}${words(2)}(?:officers|staff|PCSOs|constables)${GAP}(?:can${GAP}|may${GAP}|must${GAP}|routinely${GAP})?wear\b`,
    // "cameras on their chest", "cameras on officers' uniforms".
    String.raw`\bcameras?${GAP}on${GAP}(?:their|the|an?${GAP}officer['’]s|officers['’]?)${GAP}(?:(?:front${GAP}of${GAP}(?:the|their)|police)${GAP})?(?:chests?|uniforms?|vests?|lapels?)\b`,
    // "officer-worn cameras", "chest-mounted cameras", "wearable cameras".
    String.raw`\b(?:(?:officer|uniform|chest|person)[\s\u00a0-]?(?:worn|mounted)|wearable)${GAP}(?:video${GAP})?(?:cameras?|recording${GAP}devices?)\b`,
  ],
  'facial-recognition': [
    // "matches faces in CCTV against a watchlist", "faces that match people on a list".
    // "faces against police photographs", "facial features with stored images".
    String.raw`\b(?:faces?|facial${GAP}(?:features|characteristics))${GAP}${words(8)}(?:against|with|to|on)${GAP}${words(3)}(?:watch(?:${GAP})?-?lists?|lists?|databases?|images|photographs|photos|mugshots?|custody${GAP}records)\b`,
    // "identifies individuals from an image of their face", "identifies people by comparing their facial features".
    String.raw`\b(?:identif(?:y|ies|ied|ying)|recogni[sz](?:e|es|ed|ing)|match(?:es|ed|ing)?)${GAP}${words(4)}(?:from|by|using)${GAP}${words(4)}(?:faces?|facial${GAP}(?:features|characteristics|images?))\b`,
    // "compare a photograph of a person against custody images".
    String.raw`\bcompar(?:e|es|ed|ing)${GAP}${words(6)}(?:against|with|to)${GAP}${words(2)}(?:custody${GAP}(?:images|photographs|photos|records)|watch(?:${GAP})?-?lists?|mugshots?)\b`,
    // "technology to put a name to an unknown face".
    String.raw`\bput${GAP}(?:an?${GAP})?names?${GAP}to${GAP}${words(2)}faces?\b`,
    // "software that recognises faces".
    String.raw`\brecogni[sz](?:e|es|ed|ing)${GAP}(?:(?:human|people['’]s|individuals['’]?|the|their|known|suspects['’]?)${GAP})?faces\b`,
  ],
  hacking: [
    // "remotely accessing suspects' computers or phones", "remote entry into devices".
    String.raw`\bremote(?:ly)?${GAP}(?:and${GAP}covert(?:ly)?${GAP})?(?:access(?:es|ed|ing)?|enter(?:s|ed|ing)?|entry|(?:get|gets|getting|break|breaks|breaking)${GAP}into|(?:take|takes|taking)${GAP}control${GAP}of|control(?:s|led|ling)?|interfer(?:e|es|ed|ing)${GAP}with|exploit(?:s|ed|ing)?|infiltrat(?:e|es|ed|ing))${GAP}${words(4)}${TARGET_DEVICE}\b`,
    // "accessing devices remotely", "access a suspect's phone remotely".
    String.raw`\b(?:access(?:es|ed|ing)?|(?:get|gets|getting|break|breaks|breaking)${GAP}into|infiltrat(?:e|es|ed|ing))${GAP}${words(3)}${DEVICES},?${GAP}${words(2)}remotely\b`,
    // "covertly accessing suspects' devices"; "obtain data from computers and phones by covertly accessing them".
    String.raw`\bcovert(?:ly)?${GAP}(?:access(?:es|ed|ing)?|entry${GAP}(?:in)?to|enter(?:s|ed|ing)?|interfer(?:e|es|ed|ing)${GAP}with|exploit(?:s|ed|ing)?)${GAP}(?:${words(3)}${TARGET_DEVICE}|them${GAP}(?:over|via|through)${GAP}(?:the${GAP})?(?:internet|networks?))\b`,
  ],
  'imsi-catchers': [
    // "devices that pretend to be a mobile phone mast", "equipment that simulates a base station".
    String.raw`\b(?:pretend(?:s|ed|ing)?${GAP}to${GAP}be|pos(?:e|es|ed|ing)${GAP}as|act(?:s|ed|ing)?${GAP}as|masquerad(?:e|es|ed|ing)${GAP}as|impersonat(?:e|es|ed|ing)|simulat(?:e|es|ed|ing)|mimic(?:s|ked|king)?|imitat(?:e|es|ed|ing)|emulat(?:e|es|ed|ing)|spoof(?:s|ed|ing)?)${GAP}${words(3)}(?:(?:mobile${GAP})?(?:phone|telephone|cellular|cell|network)${GAP})?(?:masts?|base${GAP}stations?|towers?|cell${GAP}sites?)\b`,
    // "capture phone identifiers", "collect the identity numbers of nearby mobile phones".
    String.raw`\b(?:captur(?:e|es|ed|ing)|collect(?:s|ed|ing)?|harvest(?:s|ed|ing)?|intercept(?:s|ed|ing)?|gather(?:s|ed|ing)?|grab(?:s|bed|bing)?)${GAP}${words(3)}(?:(?:(?:mobile${GAP})?(?:phone|handset|device|SIM|subscriber)${GAP}(?:identifiers?|identit(?:y|ies)|identity${GAP}numbers?))|(?:unique${GAP})?(?:identifiers?|identity${GAP}numbers?)${GAP}(?:of|from)${GAP}${words(3)}${PHONES})\b`,
    // "pick up the details of every mobile phone in an area", "identifies mobile phones in a given area".
    String.raw`\b(?:pick(?:s|ed|ing)?${GAP}up|captur(?:e|es|ed|ing)|collect(?:s|ed|ing)?|identif(?:y|ies|ied|ying)|detect(?:s|ed|ing)?|harvest(?:s|ed|ing)?|gather(?:s|ed|ing)?|log(?:s|ged|ging)?)${GAP}${words(5)}${PHONES}${GAP}(?:in|within|across|near)${GAP}(?:an?|the|that|any)${GAP}(?:(?:given|particular|specific|certain|defined|chosen)${GAP})?(?:area|location|locality|vicinity)\b`,
    // "tricks nearby phones into connecting to it".
    String.raw`\b(?:trick(?:s|ed|ing)?|fool(?:s|ed|ing)?|lur(?:e|es|ed|ing)|induc(?:e|es|ed|ing)|forc(?:e|es|ed|ing))${GAP}${words(2)}${PHONES}${GAP}(?:into${GAP}connecting|to${GAP}connect)\b`,
  ],
  'mobile-phone-extraction': [
    // "download the contents of seized phones", "copies the data off mobile phones", "look at what is stored on
    // phones", "take copies of messages, photos and other data from phones", "retrieve data from devices". Not the
    // phone's contract, bill or mast: "information on mobile phone contracts".
    String.raw`\b(?:download(?:s|ed|ing)?|cop(?:y|ies|ied|ying)|extract(?:s|ed|ing)?|retriev(?:e|es|ed|ing)|recover(?:s|ed|ing)?|pull(?:s|ed|ing)?|tak(?:e|es|ing)|examin(?:e|es|ed|ing)|analy[sz](?:e|es|ed|ing)|imag(?:e|es|ed|ing)|harvest(?:s|ed|ing)?|view(?:s|ed|ing)?|review(?:s|ed|ing)?|look(?:s|ed|ing)?${GAP}at)${GAP}${listedWords(6)}(?:data|contents?|information|messages|photos|photographs|call${GAP}logs?|texts|what${GAP}is${GAP}(?:stored|held|kept))${GAP}(?:(?:held|stored)${GAP})?(?:from|off|of|on)${GAP}${words(3)}(?:${PHONES}|(?:digital${GAP})?devices)\b(?!${GAP}(?:masts?|networks?|contracts?|bills?|numbers?|usage|signals?|coverage|providers?|operators?)\b)`,
    // "download mobile phones", "examine seized handsets".
    String.raw`\b(?:download(?:s|ed|ing)?|interrogat(?:e|es|ed|ing)|triag(?:e|es|ed|ing)|extract(?:s|ed|ing)?|examin(?:e|es|ed|ing))${GAP}(?:(?:seized|suspects['’]?|victims['’]?|witness(?:es)?['’]?|the|a|any|their)${GAP}){0,2}${PHONES}\b`,
    // "extractions from 7,413 mobile phones", "the examination of seized handsets".
    String.raw`\b(?:extractions?|examinations?|downloads?)${GAP}(?:of${GAP}(?:data${GAP})?)?(?:from|of)?${GAP}${words(3)}${PHONES}\b`,
    // "digital device triage", "the triage of seized devices".
    String.raw`\b(?:(?:digital|mobile)${GAP}device${GAP}triage|triage${GAP}of${GAP}${words(2)}(?:${PHONES}|(?:digital${GAP})?devices))\b`,
    // "Data is recovered from devices seized", "devices had their contents downloaded".
    String.raw`\b(?:data|contents?)${GAP}(?:is|are|was|were|has${GAP}been|have${GAP}been|can${GAP}be|may${GAP}be)${GAP}(?:routinely${GAP}|then${GAP})?(?:recovered|extracted|downloaded|retrieved|copied)${GAP}from${GAP}${words(2)}(?:${PHONES}|devices)\b`,
    // "phones, tablets and laptops had their contents downloaded".
    String.raw`\b${DEVICES}${GAP}${words(3)}(?:contents|data)${GAP}(?:downloaded|extracted|examined|copied|retrieved)\b`,
    // "the number of mobile phones examined", "handsets were downloaded".
    String.raw`\b${PHONES}${GAP}(?:(?:were|are|was|is|have${GAP}been|has${GAP}been|being)${GAP})?(?:examined|downloaded|extracted|interrogated|triaged|imaged)\b`,
  ],
  'predictive-policing': [
    // "software that forecasts where crime is likely", "a program to predict which streets will see crime".
    String.raw`\b(?:software|systems?|tools?|program(?:me)?s?|products?|models?|algorithms?|technolog(?:y|ies)|applications?|analytics|apps?)${GAP}(?:that|which|to|for|used${GAP}to|designed${GAP}to|able${GAP}to)${GAP}${words(2)}(?:forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|estimat(?:e|es|ed|ing)|calculat(?:e|es|ed|ing)|work(?:s|ed|ing)?${GAP}out)${GAP}${words(8)}(?:crimes?|offen[cs]es?|offending|re-?offending|criminality|burglar(?:y|ies)|hot(?:${GAP})?spots?)\b`,
    // "identifies neighbourhoods or individuals at risk of future offending", "identify who is likely to reoffend".
    String.raw`\bidentif(?:y|ies|ied|ying)${GAP}${words(4)}(?:at${GAP}(?:${WORD}${GAP})?risk${GAP}of|likely${GAP}to)${GAP}${words(2)}(?:offend(?:ing)?|re-?offend(?:ing)?|commit${GAP}crimes?|crimes?|burglar(?:y|ies))\b`,
    // "reoffending-prediction tool", "crime forecasting software".
    String.raw`\b(?:crime|offending|re-?offending)[\s\u00a0-]{1,6}(?:prediction|forecasting)${GAP}(?:tools?|software|systems?|models?|programs?|programmes?)\b`,
  ],
  'social-media-intelligence': [
    // "monitoring what people post on Twitter", "viewing open social media".
    String.raw`\b(?:monitor(?:s|ed|ing)?|view(?:s|ed|ing)?|search(?:es|ed|ing)?|look(?:s|ed|ing)?${GAP}at|watch(?:es|ed|ing)?|track(?:s|ed|ing)?|collect(?:s|ed|ing)?|gather(?:s|ed|ing)?|analy[sz](?:e|es|ed|ing)|scrap(?:e|es|ed|ing)|trawl(?:s|ed|ing)?|observ(?:e|es|ed|ing))${GAP}(?:(?!our\b|us\b)${WORD}${GAP}){0,5}?(?:social${GAP}media|social${GAP}networking|twitter|facebook|instagram|tiktok|snapchat|youtube|online${GAP}posts|public(?:ly)?${GAP}(?:available${GAP})?posts|what${GAP}(?:people|individuals|users|the${GAP}public|members${GAP}of${GAP}the${GAP}public)${GAP}(?:${WORD}${GAP})?post)\b`,
    // "social media and other open source material is monitored by trained officers".
    String.raw`\bsocial${GAP}media${GAP}(?:${WORD}${GAP}){0,6}?(?:is|are|was|were|may${GAP}be|can${GAP}be|being)${GAP}(?:routinely${GAP}|regularly${GAP}|also${GAP})?(?:monitored|viewed|searched|watched|tracked|scraped|trawled|observed|analy[sz]ed)\b`,
  ],
  anpr: [
    // "cameras that read vehicle registration plates", "photographs number plates automatically".
    String.raw`\b(?:read(?:s|ing)?|recogni[sz](?:e|es|ed|ing)|captur(?:e|es|ed|ing)|photograph(?:s|ed|ing)?|scan(?:s|ned|ning)?|detect(?:s|ed|ing)?|record(?:s|ed|ing)?)${GAP}${words(3)}(?:(?:vehicle|car)${GAP})?(?:number${GAP}plates?|registration${GAP}(?:plates?|marks?|numbers?)|(?:vehicle|car)${GAP}registrations?|licen[cs]e${GAP}plates?|VRMs?)\b`,
    // "number plate reading cameras".
    String.raw`\b(?:number|registration|licen[cs]e)[\s\u00a0-]{1,6}plate[\s\u00a0-]{1,6}(?:reading|readers?|cameras?)\b`,
  ],
  drones: [
    // "small aircraft without a pilot on board".
    String.raw`\baircraft${GAP}without${GAP}(?:an?${GAP})?(?:on-?board${GAP})?(?:pilot|crew)\b`,
    // "remotely operated aircraft", "uncrewed aerial vehicles".
    String.raw`\b(?:pilotless|remotely${GAP}(?:operated|controlled|piloted|flown)|uncrewed|unmanned)${GAP}(?:(?:camera|small|light|surveillance)${GAP})?(?:aircraft|aerial${GAP}(?:vehicles?|systems?|devices?|platforms?))\b`,
  ],
};

/** The description patterns, in the order of {@link DESCRIBED_TOOLS}: one per tool, its descriptions as alternatives. */
const DESCRIBED_TOOLS = Object.keys(DESCRIPTIONS);
const DESCRIPTION_PATTERNS = phraseList(DESCRIBED_TOOLS.map((tool) => new RegExp(DESCRIPTIONS[tool].join('|'), 'gi')));

/**
 * `mentions` (from `findToolMentions`) with the tools described found as well, in text order: a description counts
 * where it overlaps no mention and no description before it, and only for a tool of the vocabulary.
 */
export function withDescriptions(text: string, vocabulary: Vocabulary, mentions: ToolMatch[]): ToolMatch[] {
  const described: ToolMatch[] = [];
  matchEach(text, DESCRIPTION_PATTERNS).forEach((matches, t) => {
    const tool = DESCRIBED_TOOLS[t];
    if (!vocabulary.byId.has(tool)) return;
    for (const match of matches) described.push({ tool, span: { start: match.index, end: match.index + match[0].length } });
  });
  if (described.length === 0) return mentions;
  described.sort((a, b) => a.span.start - b.span.start);
  // Each tool's descriptions were found apart: of those overlapping one another, the first kept.
  const kept: ToolMatch[] = [];
  for (const description of clearOf(described, mentions)) {
    if (kept.length === 0 || kept[kept.length - 1].span.end <= description.span.start) kept.push(description);
  }
  return kept.length === 0 ? mentions : [...mentions, ...kept].sort((a, b) => a.span.start - b.span.start);
}
