// Reads `--tools <file.json>`: extra tool definitions, or extra synonyms for a default tool with the same id.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ToolDefinition } from '../core/model';
import { UsageError } from './args';

/** Tool ids as the `foi.tools` setting accepts them. */
const TOOL_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Longest synonym accepted, as in the `foi.tools` setting. */
const MAX_SYNONYM_LENGTH = 100;

/**
 * Loads a JSON array of `{ "id", "label"?, "synonyms"? }`, the shape of the `foi.tools` setting. Throws
 * {@link UsageError} with the file and the first problem when the file is missing, is not JSON or has another shape.
 */
export async function loadToolsFile(file: string, cwd: string): Promise<readonly ToolDefinition[]> {
  let source: string;
  try {
    source = await fs.readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read tools file '${file}': ${code === 'ENOENT' ? 'no such file' : String(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new UsageError(`tools file '${file}' is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new UsageError(`tools file '${file}': expected an array of {"id", "label", "synonyms"}`);
  return data.map((item: unknown, i) => {
    const tool = toolFrom(item);
    if (typeof tool === 'string') throw new UsageError(`tools file '${file}': entry ${i + 1} ${tool}`);
    return tool;
  });
}

/** The tool an entry defines, or what is wrong with it. A missing label falls back to the id. */
function toolFrom(item: unknown): ToolDefinition | string {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return 'is not an object';
  const { id, label, synonyms = [] } = item as Record<string, unknown>;
  if (typeof id !== 'string' || !TOOL_ID.test(id)) return 'needs an "id" of lower-case letters, digits and hyphens';
  if (label !== undefined && (typeof label !== 'string' || label.trim() === '')) return `("${id}") has an empty "label"`;
  if (!Array.isArray(synonyms)) return `("${id}") has "synonyms" that is not an array`;
  const bad = synonyms.find((s) => typeof s !== 'string' || s.trim() === '' || s.length > MAX_SYNONYM_LENGTH);
  if (bad !== undefined) return `("${id}") has a synonym that is not a string of 1 to ${MAX_SYNONYM_LENGTH} characters`;
  return { id, label: typeof label === 'string' ? label : id, synonyms: synonyms as string[] };
}
