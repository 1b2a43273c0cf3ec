// Builds the JSON Schema (draft-07) for sidecar files, `schemas/foi-sidecar.schema.json`, from the interfaces in
// src/core/sidecar/format.ts: property names, optionality and types from the TypeScript checker, descriptions from
// their JSDoc, and constraints from the tags `@format`, `@minLength`, `@minimum` and `@integer`. Date formats carry
// the patterns of SIDECAR_DATE_PATTERNS. Run with `npx tsx scripts/build-schema.ts`; a unit test fails when the
// committed schema is stale.
//
// Optional properties also accept null, because an empty value in YAML (`note:`) reads as null and the core
// treats it as absent.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { SIDECAR_DATE_PATTERNS, type SidecarDateFormat } from '../src/core/sidecar/format';

/** Where the schema is written, relative to the repository root. */
export const SCHEMA_FILE = 'schemas/foi-sidecar.schema.json';

const FORMAT_FILE = join(__dirname, '..', 'src', 'core', 'sidecar', 'format.ts');
const ROOT_INTERFACE = 'SidecarFile';

/** The part of JSON Schema this generator writes. */
export interface JsonSchema {
  $schema?: string;
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  definitions?: Record<string, JsonSchema>;
}

/** The sidecar schema, built from the current source of format.ts. */
export function buildSidecarSchema(): JsonSchema {
  // Only the format's own imports and the smallest library: this runs inside a unit test.
  const program = ts.createProgram([FORMAT_FILE], { strict: true, noEmit: true, types: [], lib: ['lib.es5.d.ts'] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(FORMAT_FILE);
  if (!source) throw new Error(`Cannot read ${FORMAT_FILE}`);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  ts.forEachChild(source, (node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
  });
  const builder = new SchemaBuilder(checker, interfaces);
  const root = builder.objectSchema(ROOT_INTERFACE);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'FOI Annotator sidecar',
    ...root,
    definitions: builder.definitions(),
  };
}

/** The schema as it is committed: two-space JSON with a final newline. */
export function renderSidecarSchema(): string {
  return `${JSON.stringify(buildSidecarSchema(), null, 2)}\n`;
}

class SchemaBuilder {
  readonly #checker: ts.TypeChecker;
  readonly #interfaces: ReadonlyMap<string, ts.InterfaceDeclaration>;
  readonly #definitions = new Map<string, JsonSchema>();

  constructor(checker: ts.TypeChecker, interfaces: ReadonlyMap<string, ts.InterfaceDeclaration>) {
    this.#checker = checker;
    this.#interfaces = interfaces;
  }

  /** Every interface referenced from the root, in the order first met. */
  definitions(): Record<string, JsonSchema> {
    return Object.fromEntries(this.#definitions);
  }

  objectSchema(name: string): JsonSchema {
    const declaration = this.#interfaces.get(name);
    if (!declaration) throw new Error(`format.ts has no interface ${name}`);
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const member of declaration.members) {
      if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name)) throw new Error(`${name}: only named properties are supported`);
      const symbol = this.#checker.getSymbolAtLocation(member.name);
      if (!symbol) throw new Error(`${name}.${member.name.text}: no symbol`);
      const type = this.#checker.getTypeOfSymbolAtLocation(symbol, member);
      const optional = member.questionToken !== undefined;
      const schema = { ...describe(symbol, this.#checker), ...this.#typeSchema(type, `${name}.${member.name.text}`) };
      applyTags(schema, symbol);
      properties[member.name.text] = optional ? nullable(schema) : schema;
      if (!optional) required.push(member.name.text);
    }
    return { ...describeDeclaration(declaration, this.#checker), type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
  }

  #typeSchema(type: ts.Type, where: string): JsonSchema {
    const checker = this.#checker;
    const nonNullable = checker.getNonNullableType(type);
    if (nonNullable.isUnion()) {
      const values = nonNullable.types.map((member) => (member.isStringLiteral() || member.isNumberLiteral() ? member.value : undefined));
      if (values.some((value) => value === undefined)) throw new Error(`${where}: only unions of literals are supported`);
      return { type: typeof values[0] === 'number' ? 'number' : 'string', enum: values };
    }
    if (nonNullable.isNumberLiteral()) return { const: nonNullable.value };
    if (nonNullable.isStringLiteral()) return { const: nonNullable.value };
    if (nonNullable.flags & ts.TypeFlags.String) return { type: 'string' };
    if (nonNullable.flags & ts.TypeFlags.Number) return { type: 'number' };
    if (nonNullable.flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (checker.isArrayType(nonNullable)) {
      const [element] = checker.getTypeArguments(nonNullable as ts.TypeReference);
      return { type: 'array', items: this.#typeSchema(element, `${where}[]`) };
    }
    const symbol = nonNullable.getSymbol() ?? nonNullable.aliasSymbol;
    if (symbol && this.#interfaces.has(symbol.name)) return { $ref: this.#reference(symbol.name) };
    const index = checker.getIndexTypeOfType(nonNullable, ts.IndexKind.String);
    if (index) return { type: 'object', additionalProperties: this.#typeSchema(index, `${where}{}`) };
    throw new Error(`${where}: type ${checker.typeToString(nonNullable)} is not supported`);
  }

  #reference(name: string): string {
    if (!this.#definitions.has(name)) {
      this.#definitions.set(name, {});
      this.#definitions.set(name, this.objectSchema(name));
    }
    return `#/definitions/${name}`;
  }
}

function describe(symbol: ts.Symbol, checker: ts.TypeChecker): JsonSchema {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  return text === '' ? {} : { description: text.replace(/\s*\n\s*/g, ' ') };
}

function describeDeclaration(declaration: ts.InterfaceDeclaration, checker: ts.TypeChecker): JsonSchema {
  const symbol = checker.getSymbolAtLocation(declaration.name);
  return symbol ? describe(symbol, checker) : {};
}

/** Applies the JSDoc tags a property carries. */
function applyTags(schema: JsonSchema, symbol: ts.Symbol): void {
  for (const tag of symbol.getJsDocTags()) {
    const value = ts.displayPartsToString(tag.text).trim();
    switch (tag.name) {
      case 'format': {
        if (!(value in SIDECAR_DATE_PATTERNS)) throw new Error(`@format ${value} has no pattern in SIDECAR_DATE_PATTERNS`);
        schema.format = value;
        schema.pattern = SIDECAR_DATE_PATTERNS[value as SidecarDateFormat].source;
        break;
      }
      case 'minLength':
        schema.minLength = Number(value);
        break;
      case 'minimum':
        schema.minimum = Number(value);
        break;
      case 'integer':
        schema.type = 'integer';
        break;
      default:
        throw new Error(`Unknown JSDoc tag @${tag.name} in format.ts`);
    }
  }
}

/** An optional property's schema, also accepting null. */
function nullable(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  const { description, ...rest } = schema;
  return { ...(description === undefined ? {} : { description }), anyOf: [rest, { type: 'null' }] };
}

if (require.main === module) {
  const target = join(__dirname, '..', SCHEMA_FILE);
  writeFileSync(target, renderSidecarSchema());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
