// Entry of dist/engine.js: the analysis engine (the recognisers, the tool vocabulary, the table of the Act). It is
// most of the extension's code, and the extension activates for every plain-text file, most of which are not
// letters; so the engine loads with the first letter's analysis (engine.ts), not at activation.
import { useDisplayLanguage } from './util/displayLanguage';

useDisplayLanguage();

export { analyze } from '../core/analyze';
export { describeCitation, describeNcnd } from '../core/explain';
export { buildVocabulary, toolLabel } from '../core/vocabulary/tools';
