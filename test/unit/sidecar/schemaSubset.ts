// A validator for exactly the JSON Schema keywords the sidecar schema uses, so tests can check the schema without a
// new dependency. Any other keyword throws, so the schema cannot quietly grow past what the tests understand.

interface Schema {
  readonly [keyword: string]: unknown;
}

const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'definitions']);
const FORMATS: Readonly<Record<string, (value: string) => boolean>> = {
  date: (value) => isCalendarDay(value.slice(0, 10)) && value.length === 10,
  'date-time': (value) => isCalendarDay(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)),
};

/** Messages for every way `value` fails `schema` (empty when it is valid). */
export function schemaErrors(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  const errors: string[] = [];
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case '$ref':
        errors.push(...schemaErrors(resolve(root, argument as string), value, root, path));
        break;
      case 'type': {
        const types = Array.isArray(argument) ? argument : [argument];
        if (!types.some((type) => hasType(value, type as string))) errors.push(`${path}: expected ${types.join(' or ')}`);
        break;
      }
      case 'const':
        if (value !== argument) errors.push(`${path}: expected ${JSON.stringify(argument)}`);
        break;
      case 'enum':
        if (!(argument as unknown[]).includes(value)) errors.push(`${path}: not one of the allowed values`);
        break;
      case 'anyOf':
        if (!(argument as Schema[]).some((option) => schemaErrors(option, value, root, path).length === 0)) errors.push(`${path}: matches no option`);
        break;
      case 'required':
        if (isObject(value)) {
          for (const key of argument as string[]) if (!(key in value)) errors.push(`${path}: missing ${key}`);
        }
        break;
      case 'properties':
        if (isObject(value)) {
          for (const [key, sub] of Object.entries(argument as Record<string, Schema>)) {
            if (key in value) errors.push(...schemaErrors(sub, value[key], root, `${path}.${key}`));
          }
        }
        break;
      case 'additionalProperties':
        if (isObject(value)) {
          const known = Object.keys((schema.properties as Record<string, Schema> | undefined) ?? {});
          for (const [key, item] of Object.entries(value)) {
            if (!known.includes(key)) errors.push(...schemaErrors(argument as Schema, item, root, `${path}.${key}`));
          }
        }
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((item, i) => errors.push(...schemaErrors(argument as Schema, item, root, `${path}[${i}]`)));
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(argument as string, 'u').test(value)) errors.push(`${path}: does not match ${argument}`);
        break;
      case 'format':
        if (typeof value === 'string' && !FORMATS[argument as string](value)) errors.push(`${path}: not a valid ${argument}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && value.length < (argument as number)) errors.push(`${path}: too short`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (argument as number)) errors.push(`${path}: below ${argument}`);
        break;
      default:
        throw new Error(`schemaSubset does not understand the keyword ${keyword}`);
    }
  }
  return errors;
}

function resolve(root: Schema, reference: string): Schema {
  const name = /^#\/definitions\/(.+)$/.exec(reference)?.[1];
  const definition = name === undefined ? undefined : (root.definitions as Record<string, Schema>)[name];
  if (!definition) throw new Error(`Cannot resolve ${reference}`);
  return definition;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}
