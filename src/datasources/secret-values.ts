// Reading a value out of a secret string, the way Packer does for the amazon-secretsmanager data
// source and the aws_secretsmanager function: a string that is not JSON is the value itself; a
// JSON object's keys hold the values, strings as they are and numbers as Go prints them with no
// decimals. Nothing here ever puts a secret's text in a message: a JSON parse error quotes its
// input, so it is never passed on.

/** What a secret string holds. */
export type SecretContent =
  | { readonly kind: 'text' }
  | { readonly kind: 'object'; readonly fields: readonly (readonly [string, unknown])[] }
  /** JSON, but not an object (a list, a number, a quoted string): Packer cannot read keys from it. */
  | { readonly kind: 'other-json'; readonly what: string };

export function secretContent(text: string): SecretContent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'text' };
  }
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    return { kind: 'object', fields: Object.entries(parsed) };
  }
  return { kind: 'other-json', what: jsonKind(parsed) };
}

/** A field's value as Packer reads it: a string, a number printed as Go's FormatFloat(v, 'f', 0) does. */
export function fieldText(value: unknown): { text: string } | { unsupported: string } {
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: goWholeNumber(value) };
  return { unsupported: jsonKind(value) };
}

/** A number with no decimals, rounded half to even, never in exponent form: 2.5 → "2", 1e21 → "1000000000000000000000". */
export function goWholeNumber(value: number): string {
  const floor = Math.floor(value);
  const fraction = value - floor;
  const rounded = fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
  return BigInt(rounded).toString();
}

/**
 * Every form of a secret string a template could pass on: the whole text and, for a JSON object,
 * each string or number in it (jsondecode(...)["password"] yields the password alone).
 */
export function sensitiveParts(text: string): string[] {
  const parts = [text];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (typeof value === 'number') parts.push(String(value), goWholeNumber(value));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  const content = secretContent(text);
  if (content.kind === 'object') content.fields.forEach(([, value]) => visit(value));
  return [...new Set(parts)].filter(part => part !== '');
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return 'a boolean';
  if (typeof value === 'number') return 'a number';
  return 'a string';
}
