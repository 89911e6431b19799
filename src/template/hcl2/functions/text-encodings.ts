// The IANA character sets textencodebase64 / textdecodebase64 take (Packer: golang.org/x/text's ianaindex):
// the UTF-16 family, ISO-8859-1, US-ASCII, and the single-byte ISO-8859-n and windows-125n sets, whose
// tables come from Node's TextDecoder. Multi-byte legacy sets (Shift_JIS, GBK, ...) are not offered.

export interface TextEncoding {
  /** The IANA name messages use. */
  readonly name: string;
  /** Bytes of the text, or undefined when a character has no encoding in this set. */
  readonly encode: (text: string) => Buffer | undefined;
  /** The text, or undefined when the bytes hold a symbol this set does not define. */
  readonly decode: (bytes: Buffer) => string | undefined;
}

function utf16(name: string, littleEndian: boolean): TextEncoding {
  const swap = (bytes: Buffer): Buffer => (littleEndian ? bytes : Buffer.from(bytes).swap16());
  return {
    name,
    encode: text => swap(Buffer.from(text, 'utf16le')),
    decode: bytes => {
      if (bytes.length % 2 !== 0) return undefined;
      const text = swap(bytes).toString('utf16le');
      return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)
        ? undefined
        : text;
    }
  };
}

/** A set whose byte b is the code point b, up to `limit`. */
function identity(name: string, limit: number): TextEncoding {
  return {
    name,
    encode: text => {
      const codes = Array.from(text, char => char.codePointAt(0)!);
      return codes.every(code => code <= limit) ? Buffer.from(codes) : undefined;
    },
    decode: bytes => (bytes.every(byte => byte <= limit) ? String.fromCharCode(...bytes) : undefined)
  };
}

function singleByte(name: string, label: string): TextEncoding {
  const decoder = new TextDecoder(label);
  const table = Array.from({ length: 256 }, (_, byte) => decoder.decode(Uint8Array.of(byte)));
  const reverse = new Map(
    table.map((char, byte) => [char, byte]).filter(([char]) => char !== '\ufffd') as [string, number][]
  );
  return {
    name,
    encode: text => {
      const bytes = Array.from(text, char => reverse.get(char));
      return bytes.every(byte => byte !== undefined) ? Buffer.from(bytes as number[]) : undefined;
    },
    decode: bytes => {
      const text = Array.from(bytes, byte => table[byte]!).join('');
      return text.includes('\ufffd') ? undefined : text;
    }
  };
}

/** IANA "UTF-16": big-endian, written with a byte-order mark, read by one when there is one. */
const utf16WithBom: TextEncoding = {
  name: 'UTF-16',
  encode: text => Buffer.concat([Buffer.of(0xfe, 0xff), utf16('UTF-16', false).encode(text)!]),
  decode: bytes => {
    const littleEndian = bytes[0] === 0xff && bytes[1] === 0xfe;
    const marked = littleEndian || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return utf16('UTF-16', littleEndian).decode(marked ? bytes.subarray(2) : bytes);
  }
};

const utf8: TextEncoding = {
  name: 'UTF-8',
  encode: text => Buffer.from(text, 'utf8'),
  decode: bytes => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  }
};

const ENCODINGS: ReadonlyArray<[readonly string[], () => TextEncoding]> = [
  [['utf-8', 'utf8', 'csutf8'], () => utf8],
  [['utf-16', 'csutf16'], () => utf16WithBom],
  [['utf-16be', 'csutf16be'], () => utf16('UTF-16BE', false)],
  [['utf-16le', 'csutf16le'], () => utf16('UTF-16LE', true)],
  [
    ['iso-8859-1', 'iso_8859-1', 'latin1', 'l1', 'iso-ir-100', 'cp819', 'ibm819', 'csisolatin1'],
    () => identity('ISO-8859-1', 0xff)
  ],
  [['us-ascii', 'ascii', 'iso646-us', 'us', 'csascii', 'ansi_x3.4-1968'], () => identity('US-ASCII', 0x7f)],
  ...[2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16].map(
    n =>
      [[`iso-8859-${n}`, `iso_8859-${n}`], () => singleByte(`ISO-8859-${n}`, `iso-8859-${n}`)] as [
        string[],
        () => TextEncoding
      ]
  ),
  ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map(
    n =>
      [[`windows-125${n}`, `cp125${n}`], () => singleByte(`windows-125${n}`, `windows-125${n}`)] as [
        string[],
        () => TextEncoding
      ]
  ),
  [['koi8-r', 'cskoi8r'], () => singleByte('KOI8-R', 'koi8-r')],
  [['ibm866', 'cp866', '866', 'csibm866'], () => singleByte('IBM866', 'ibm866')]
];

/** The encoding a name or alias stands for (case-insensitive), or undefined. */
export function textEncoding(label: string): TextEncoding | undefined {
  const wanted = label.trim().toLowerCase();
  return ENCODINGS.find(([names]) => names.includes(wanted))?.[1]();
}
