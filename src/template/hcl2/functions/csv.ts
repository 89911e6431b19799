// Go's encoding/csv Reader as cty's csvdecode uses it: RFC 4180 fields, "" inside quotes, quoted fields
// across lines, empty lines skipped, \r\n read as \n, and every record as wide as the header.

export class CsvError extends Error {
  constructor(line: number, detail: string) {
    super(`CSV parse error on line ${line}: ${detail}`);
    this.name = 'CsvError';
  }
}

const BARE_QUOTE = 'bare " in non-quoted-field';
const QUOTE = 'extraneous or missing " in quoted-field';

/** The records of `text`, each a list of fields. */
export function readCsv(text: string): string[][] {
  const source = text.replace(/\r\n/g, '\n');
  const records: string[][] = [];
  let index = 0;
  let line = 1;
  while (index < source.length) {
    if (source[index] === '\n') {
      index++;
      line++;
      continue;
    }
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (source[index] === '"') {
        index++;
        for (;;) {
          if (index >= source.length) throw new CsvError(line, QUOTE);
          const char = source[index++]!;
          if (char === '\n') line++;
          if (char !== '"') field += char;
          else if (source[index] === '"') {
            field += '"';
            index++;
          } else if (index >= source.length || source[index] === ',' || source[index] === '\n') break;
          else throw new CsvError(line, QUOTE);
        }
      } else {
        while (index < source.length && source[index] !== ',' && source[index] !== '\n') {
          if (source[index] === '"') throw new CsvError(line, BARE_QUOTE);
          field += source[index++];
        }
      }
      fields.push(field);
      if (source[index] === ',') {
        index++;
        continue;
      }
      if (source[index] === '\n') {
        index++;
        line++;
      }
      break;
    }
    if (records.length > 0 && fields.length !== records[0]!.length)
      throw new CsvError(startLine, 'wrong number of fields');
    records.push(fields);
  }
  return records;
}
