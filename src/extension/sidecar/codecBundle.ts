// Entry of dist/sidecarCodec.js: the sidecar code that needs the yaml package (reading, validating, editing, and
// checking a letter against its records). It is a bundle of its own because the yaml package is a third of the
// extension's code and no letter needs it before its first diagnostics: the extension loads it through
// sidecarCodec() when it first reads or writes a sidecar, and the Summary bundle shares this one copy (esbuild.mjs).
import { useDisplayLanguage } from '../util/displayLanguage';

useDisplayLanguage();

export * from '../../core/sidecar';
export { checkRecords } from '../../core/recordChecks';
export { readSidecarText, type SidecarReading } from './sidecarReading';
