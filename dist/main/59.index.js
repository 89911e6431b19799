export const id = 59;
export const ids = [59];
export const modules = {

/***/ 59:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadHclTemplate: () => (/* binding */ loadHclTemplate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/secrets.ts
var src_secrets = __webpack_require__(7194);
// EXTERNAL MODULE: ./src/template/plan-identity.ts
var plan_identity = __webpack_require__(3518);
// EXTERNAL MODULE: ./src/template/freeze.ts
var freeze = __webpack_require__(9927);
;// CONCATENATED MODULE: ./src/template/hcl2/diagnostics.ts
// What the HCL2 front end reports instead of throwing: every problem of every file, each with the
// range it is about, so one run shows them all (a user fixes five mistakes, not one per run).
const hasErrors = (diagnostics) => diagnostics.some(diagnostic => diagnostic.severity === 'error');
function errorAt(range, summary, detail) {
    return { severity: 'error', summary, ...(detail === undefined ? {} : { detail }), range };
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/types.ts
// The shape of an HCL2 function (Packer's library: lower, formatdate, cidrsubnet, templatefile, ...).
// The evaluator checks arity and converts each argument to its parameter's type before `run`, as cty
// does, so `upper(5)` sees "5"; a function throws HclFunctionError for what it refuses, and the
// evaluator reports it at the call (or at the argument it names) as "Invalid function argument".
class HclFunctionError extends Error {
    argument;
    /** Which argument (0-based) the message is about, when it is about one. */
    constructor(message, argument) {
        super(message);
        this.argument = argument;
        this.name = 'HclFunctionError';
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/lexer.ts
// HCL's native-syntax scanner (hclsyntax's scan_tokens.rl), by hand: one pass over the text, no
// backtracking regexes. Scanning switches modes as HCL's does: expression tokens; a quoted template's
// literal text; a heredoc's lines; a whole file as a template. `${` and `%{` open an expression inside a
// template, and the `}` that balances them returns to the template; the mode stack nests without limit.
// Characters the language does not use are reported here, once, as HCL's scanner does.

const SINGLE = {
    '[': '[',
    ']': ']',
    '(': '(',
    ')': ')',
    '.': '.',
    ',': ',',
    '*': '*',
    '/': '/',
    '%': '%',
    '+': '+',
    '-': '-',
    '=': '=',
    '<': '<',
    '>': '>',
    '!': '!',
    '?': '?',
    ':': ':'
};
const DOUBLE = {
    '==': '==',
    '!=': '!=',
    '>=': '>=',
    '<=': '<=',
    '&&': '&&',
    '||': '||',
    '::': '::',
    '=>': '=>'
};
const BITWISE_HINTS = {
    '&': ' Did you mean boolean AND ("&&")?',
    '|': ' Did you mean boolean OR ("||")?',
    '~': ' Did you mean boolean NOT ("!")?'
};
const ID_START = /\p{ID_Start}/u;
const ID_CONTINUE = /\p{ID_Continue}/u;
const isDigit = (code) => code >= 48 && code <= 57;
const isAsciiIdentStart = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isAsciiIdentContinue = (code) => isAsciiIdentStart(code) || isDigit(code) || code === 45;
/** The length of the identifier starting at `index` (0 when none starts there). */
function identifierLength(text, index) {
    let at = index;
    const first = text.codePointAt(at);
    if (first === undefined)
        return 0;
    if (first < 0x80 ? !isAsciiIdentStart(first) : !ID_START.test(String.fromCodePoint(first)))
        return 0;
    at += first > 0xffff ? 2 : 1;
    for (;;) {
        const code = text.codePointAt(at);
        if (code === undefined)
            break;
        if (code < 0x80 ? !isAsciiIdentContinue(code) : !ID_CONTINUE.test(String.fromCodePoint(code)))
            break;
        at += code > 0xffff ? 2 : 1;
    }
    return at - index;
}
function scanTokens(source, mode) {
    return new Scanner(source).run(mode);
}
class Scanner {
    source;
    text;
    tokens = [];
    diagnostics = [];
    modes = [];
    braces = 0;
    /** The brace depth at which each open `${` / `%{` closes. */
    returnBraces = [];
    told = { bitwise: 0, apostrophe: 0, backtick: 0, semicolon: 0 };
    constructor(source) {
        this.source = source;
        this.text = source.text;
    }
    run(mode) {
        let index = this.text.startsWith('\uFEFF') ? 1 : 0;
        this.modes.push({ kind: mode === 'config' ? 'main' : 'bare' });
        while (index < this.text.length) {
            const current = this.modes[this.modes.length - 1];
            switch (current.kind) {
                case 'main':
                    index = this.scanMain(index);
                    break;
                case 'string':
                    index = this.scanString(index);
                    break;
                case 'heredoc':
                    index = this.scanHeredoc(index, current);
                    break;
                case 'bare':
                    index = this.scanBare(index);
                    break;
            }
        }
        this.emit('EOF', this.text.length, this.text.length);
        return { tokens: this.tokens, diagnostics: this.diagnostics };
    }
    emit(type, start, end) {
        this.tokens.push({
            type,
            text: this.text.slice(start, end),
            range: this.source.rangeOf(start, end),
            start,
            end
        });
    }
    scanMain(index) {
        const text = this.text;
        const char = text[index];
        const code = text.charCodeAt(index);
        if (char === ' ' || char === '\t') {
            let end = index + 1;
            while (text[end] === ' ' || text[end] === '\t')
                end++;
            return end;
        }
        if (char === '\n')
            return this.token('Newline', index, index + 1);
        if (char === '\r' && text[index + 1] === '\n')
            return this.token('Newline', index, index + 2);
        if (isDigit(code))
            return this.token('NumberLit', index, numberEnd(text, index));
        if (char === '#' || (char === '/' && text[index + 1] === '/'))
            return this.lineComment(index);
        if (char === '/' && text[index + 1] === '*')
            return this.inlineComment(index);
        const identLength = identifierLength(text, index);
        if (identLength > 0)
            return this.token('Ident', index, index + identLength);
        if (char === '"') {
            this.modes.push({ kind: 'string' });
            return this.token('OQuote', index, index + 1);
        }
        if (char === '<' && text[index + 1] === '<') {
            const end = this.heredocIntroducer(index);
            if (end > 0)
                return end;
        }
        if (char === '{') {
            this.braces++;
            return this.token('{', index, index + 1);
        }
        if (char === '}')
            return this.closeBrace(index, index + 1);
        if (char === '~' && text[index + 1] === '}')
            return this.closeBrace(index, index + 2);
        if (text.startsWith('...', index))
            return this.token('...', index, index + 3);
        const double = DOUBLE[text.slice(index, index + 2)];
        if (double !== undefined)
            return this.token(double, index, index + 2);
        const single = SINGLE[char];
        if (single !== undefined)
            return this.token(single, index, index + 1);
        return this.invalid(index);
    }
    token(type, start, end) {
        this.emit(type, start, end);
        return end;
    }
    lineComment(index) {
        const newline = this.text.indexOf('\n', index);
        if (newline === -1)
            return this.text.length;
        // A line comment counts as the newline that ends it (an attribute may end with a comment).
        const start = this.text[newline - 1] === '\r' ? newline - 1 : newline;
        return this.token('Newline', start, newline + 1);
    }
    inlineComment(index) {
        const close = this.text.indexOf('*/', index + 2);
        if (close !== -1)
            return close + 2;
        this.diagnostics.push(errorAt(this.source.rangeOf(index, index + 2), 'Unterminated comment', 'There is no "*/" closing this comment before the end of the file.'));
        return this.text.length;
    }
    /** `<<EOT` or `<<-EOT` followed by a newline opens a heredoc; returns 0 when this is not one. */
    heredocIntroducer(index) {
        const text = this.text;
        let at = index + 2;
        if (text[at] === '-')
            at++;
        const length = identifierLength(text, at);
        if (length === 0)
            return 0;
        const marker = text.slice(at, at + length);
        let end = at + length;
        if (text[end] === '\r')
            end++;
        if (text[end] !== '\n')
            return 0;
        this.modes.push({ kind: 'heredoc', marker, startOfLine: true });
        return this.token('OHeredoc', index, end + 1);
    }
    closeBrace(start, end) {
        const returns = this.returnBraces;
        if (returns.length > 0 && returns[returns.length - 1] === this.braces) {
            this.braces--;
            returns.pop();
            this.modes.pop();
            return this.token('TemplateSeqEnd', start, end);
        }
        this.braces--;
        // `~}` balancing a plain brace is still a sequence end, so the parser can say it is misplaced.
        return this.token(end - start === 2 ? 'TemplateSeqEnd' : '}', start, end);
    }
    /** `${`, `${~`, `%{` or `%{~` at `index`: opens an expression inside a template. */
    templateSequence(index) {
        const end = this.text[index + 2] === '~' ? index + 3 : index + 2;
        this.braces++;
        this.returnBraces.push(this.braces);
        this.modes.push({ kind: 'main' });
        const top = this.modes[this.modes.length - 2];
        if (top?.kind === 'heredoc')
            top.startOfLine = false;
        return this.token(this.text[index] === '$' ? 'TemplateInterp' : 'TemplateControl', index, end);
    }
    opensSequence(index) {
        const char = this.text[index];
        return (char === '$' || char === '%') && this.text[index + 1] === '{';
    }
    scanString(index) {
        const text = this.text;
        if (this.opensSequence(index))
            return this.templateSequence(index);
        const char = text[index];
        if (char === '"') {
            this.modes.pop();
            return this.token('CQuote', index, index + 1);
        }
        if (char === '\n' || char === '\r') {
            // A quoted string ends at the end of its line: the error is reported once, and the rest of the
            // file is read as it was written instead of as the inside of a string.
            const end = char === '\r' && text[index + 1] === '\n' ? index + 2 : index + 1;
            this.modes.pop();
            this.emit('QuotedNewline', index, end);
            return index;
        }
        let end = index;
        while (end < text.length) {
            const at = text[end];
            if (at === '"' || at === '\n' || at === '\r' || this.opensSequence(end))
                break;
            if (at === '\\' && end + 1 < text.length && text[end + 1] !== '\n' && text[end + 1] !== '\r')
                end += 2;
            else
                end += escapedSequenceLength(text, end);
        }
        return this.token('QuotedLit', index, end);
    }
    scanHeredoc(index, mode) {
        const text = this.text;
        if (this.opensSequence(index))
            return this.templateSequence(index);
        const newline = text.indexOf('\n', index);
        const lineEnd = newline === -1 ? text.length : newline;
        if (mode.startOfLine && text.slice(index, lineEnd).trim() === mode.marker) {
            if (newline === -1) {
                this.diagnostics.push(errorAt(this.source.rangeOf(index, lineEnd), 'Unterminated template string', `No closing marker was found for the string: the marker "${mode.marker}" must be followed by a newline, and the file ends right after it.`));
                // Closed here all the same, so the parser does not report the same string again.
                this.modes.pop();
                this.emit('CHeredoc', index, lineEnd);
                return text.length;
            }
            const markerEnd = text[newline - 1] === '\r' ? newline - 1 : newline;
            this.emit('CHeredoc', index, markerEnd);
            this.emit('Newline', markerEnd, newline + 1);
            this.modes.pop();
            return newline + 1;
        }
        const end = this.literalEnd(index, lineEnd);
        mode.startOfLine = end === lineEnd + 1;
        return this.token('StringLit', index, end);
    }
    scanBare(index) {
        if (this.opensSequence(index))
            return this.templateSequence(index);
        const newline = this.text.indexOf('\n', index);
        return this.token('StringLit', index, this.literalEnd(index, newline === -1 ? this.text.length : newline));
    }
    /** Literal template text from `index` up to an interpolation or directive, or through the newline at `lineEnd`. */
    literalEnd(index, lineEnd) {
        let end = index;
        while (end < lineEnd && !this.opensSequence(end))
            end += escapedSequenceLength(this.text, end);
        return end < lineEnd ? end : Math.min(lineEnd + 1, this.text.length);
    }
    invalid(index) {
        const char = String.fromCodePoint(this.text.codePointAt(index));
        const end = index + char.length;
        const range = this.source.rangeOf(index, end);
        const report = (summary, detail) => {
            this.diagnostics.push(errorAt(range, summary, detail));
        };
        const told = this.told;
        switch (char) {
            case '&':
            case '|':
            case '^':
            case '~':
                if (told.bitwise++ < 4)
                    report('Unsupported operator', `Bitwise operators are not supported.${BITWISE_HINTS[char] ?? ''}`);
                break;
            case "'":
                // Quotes come in pairs: one message for `'text'`, not two.
                if (told.apostrophe++ % 2 === 0)
                    report('Invalid character', 'Single quotes are not valid. Use double quotes (") to enclose strings.');
                break;
            case '`':
                if (told.backtick++ % 2 === 0)
                    report('Invalid character', 'The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".');
                break;
            case ';':
                if (told.semicolon++ < 1)
                    report('Invalid character', 'The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.');
                break;
            case '\u201c':
            case '\u201d':
                report('Invalid character', '"Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "straight quote".');
                break;
            default:
                report('Invalid character', `This character is not used within the language: found ${JSON.stringify(char)}.`);
        }
        return this.token('Invalid', index, end);
    }
}
/** How far a literal run goes at `index`: `$${` and `%%{` (escaped sequence openers) are taken whole. */
function escapedSequenceLength(text, index) {
    const char = text[index];
    if ((char === '$' || char === '%') && text[index + 1] === char && text[index + 2] === '{')
        return 3;
    return 1;
}
/**
 * Where a number literal starting at `index` ends: digits, `.`, and an exponent with an optional sign,
 * never ending on a `.` (so `foo.0.bar` has the number `0`, and `1...` is `1` then `...`).
 */
function numberEnd(text, index) {
    let at = index + 1;
    let lastGood = at;
    for (;;) {
        const code = text.charCodeAt(at);
        if (isDigit(code)) {
            at++;
            lastGood = at;
        }
        else if (code === 46 /* . */) {
            at++;
        }
        else if (code === 101 || code === 69 /* e E */) {
            const sign = text[at + 1] === '+' || text[at + 1] === '-' ? 1 : 0;
            if (!isDigit(text.charCodeAt(at + 1 + sign)))
                break;
            at += 2 + sign;
            lastGood = at;
        }
        else
            break;
    }
    return lastGood;
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/limits.ts
// How deeply the syntax may nest. Real templates stay far below; deeper input is refused with a
// diagnostic before the recursive parser and evaluator could exhaust the stack and throw.
/** Expressions inside expressions (parentheses, brackets, calls, templates in templates), blocks in blocks, directives in directives. */
const MAX_NESTING = 200;
/** Objects and arrays inside each other in a JSON document. */
const MAX_JSON_NESTING = 1000;

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/source.ts
// Turns offsets into a file's text into the positions diagnostics carry: 1-based line, 1-based column
// counted in characters (a tab, an "é" and an emoji are one column each), and the UTF-8 byte offset.
// Lines are found once; a column is counted only on lines that are not plain ASCII.
const BOM = '\uFEFF';
class SourceText {
    text;
    file;
    /** Where each line starts, as string indexes (after a byte order mark on the first line). */
    lineStarts = [];
    /** UTF-8 byte offset of each line start; filled lazily with `asciiLines`. */
    lineBytes = [];
    asciiLines = [];
    constructor(text, file) {
        this.text = text;
        this.file = file;
        const first = text.startsWith(BOM) ? 1 : 0;
        this.lineStarts.push(first);
        for (let index = text.indexOf('\n', first); index !== -1; index = text.indexOf('\n', index + 1))
            this.lineStarts.push(index + 1);
        let byte = first === 1 ? 3 : 0;
        for (let line = 0; line < this.lineStarts.length; line++) {
            const from = this.lineStarts[line];
            const to = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : text.length;
            this.lineBytes.push(byte);
            const ascii = isAscii(text, from, to);
            this.asciiLines.push(ascii);
            byte += ascii ? to - from : utf8Length(text, from, to);
        }
    }
    /** The position of the character at `index` (or of the end of the text, for `index` = its length). */
    posAt(index) {
        const line = this.lineOf(index);
        const start = this.lineStarts[line];
        const ascii = this.asciiLines[line];
        const column = ascii ? index - start : codePointCount(this.text, start, index);
        const byte = this.lineBytes[line] + (ascii ? index - start : utf8Length(this.text, start, index));
        return { line: line + 1, column: column + 1, byte };
    }
    rangeOf(start, end) {
        return { file: this.file, start: this.posAt(start), end: this.posAt(end) };
    }
    /** The line of the last lookup: the lexer asks in order, mostly on the same line. */
    lastLine = 0;
    lineOf(index) {
        const starts = this.lineStarts;
        const last = this.lastLine;
        if (starts[last] <= index && (last + 1 === starts.length || starts[last + 1] > index))
            return last;
        if (last + 1 < starts.length &&
            starts[last + 1] <= index &&
            (last + 2 === starts.length || starts[last + 2] > index))
            return (this.lastLine = last + 1);
        this.lastLine = this.search(index);
        return this.lastLine;
    }
    search(index) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= index)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    }
}
/** The smallest range covering both: from the start of `from` to the end of `to`. */
const rangeBetween = (from, to) => ({
    file: from.file,
    start: from.start,
    end: to.end
});
/** An empty range at the end of `range`. */
const rangeAfter = (range) => ({ file: range.file, start: range.end, end: range.end });
/** How a position reads in a message: `web.pkr.hcl:3:5`. */
const formatPos = (range) => `${range.file}:${range.start.line}:${range.start.column}`;
function isAscii(text, from, to) {
    for (let index = from; index < to; index++)
        if (text.charCodeAt(index) > 0x7f)
            return false;
    return true;
}
function codePointCount(text, from, to) {
    let count = 0;
    for (let index = from; index < to; index++) {
        const code = text.charCodeAt(index);
        // The second half of a surrogate pair is not a character of its own.
        if (code < 0xdc00 || code > 0xdfff)
            count++;
    }
    return count;
}
function utf8Length(text, from, to) {
    let bytes = 0;
    for (let index = from; index < to; index++) {
        const code = text.charCodeAt(index);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff) {
            bytes += 4;
            index++;
        }
        else
            bytes += 3;
    }
    return bytes;
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/tokens.ts
// The tokens of HCL's native syntax, as hclsyntax's scanner produces them. Comments are not tokens: a
// line comment leaves the newline that ends it (it counts as one), an inline comment leaves nothing.
/** Bracketing token types, each with its opposite, for recovery that skips nested pairs. */
const OPPOSITE = {
    '{': '}',
    '}': '{',
    '[': ']',
    ']': '[',
    '(': ')',
    ')': '(',
    OQuote: 'CQuote',
    CQuote: 'OQuote',
    OHeredoc: 'CHeredoc',
    CHeredoc: 'OHeredoc',
    TemplateInterp: 'TemplateSeqEnd',
    TemplateControl: 'TemplateSeqEnd',
    TemplateSeqEnd: 'TemplateInterp'
};
/** How a token reads in "found ..." messages. */
function describeToken(token) {
    switch (token.type) {
        case 'EOF':
            return 'the end of the file';
        case 'Newline':
            return 'a newline';
        case 'Ident':
            return `"${token.text}"`;
        case 'NumberLit':
            return `the number ${token.text}`;
        case 'OQuote':
            return 'a quoted string';
        case 'OHeredoc':
            return 'a heredoc';
        case 'QuotedNewline':
            return 'the end of the line inside a quoted string';
        default:
            return `"${token.text.trim()}"`;
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/parse-call.ts
// Function calls (hclsyntax's finishParsingFunctionCall): `name(args)`, namespaced `a::b(args)`, newlines
// allowed between the parentheses, a trailing comma, and `...` expanding the last argument.


function parseFunctionCall(p, nameToken) {
    const stream = p.stream;
    let open = stream.read();
    let name = nameToken.text;
    let nameRange = nameToken.range;
    while (open.type === '::') {
        const part = stream.read();
        if (part.type !== 'Ident') {
            stream.error(part, 'Missing function name', 'Function scope resolution symbol :: must be followed by a function name in this scope.');
            stream.recoverOver('(');
            return { kind: 'invalid', range: rangeBetween(nameToken.range, part.range) };
        }
        name = `${name}::${part.text}`;
        nameRange = rangeBetween(nameToken.range, part.range);
        open = stream.read();
    }
    if (open.type !== '(') {
        stream.error(open, 'Missing open parenthesis', 'Function selector must be followed by an open parenthesis to begin the function call.');
        stream.recoverOver('(');
        return { kind: 'invalid', range: rangeBetween(nameToken.range, open.range) };
    }
    const args = [];
    let expandFinal = false;
    let close = open;
    stream.pushNewlines(false);
    for (;;) {
        if (stream.peek().type === ')') {
            close = stream.read();
            break;
        }
        const before = p.stream.diagnostics.length;
        args.push(p.parseExpression());
        if (p.stream.recovery && p.stream.diagnostics.length > before) {
            const recovered = stream.recover(')');
            if (recovered.type === ')')
                close = recovered;
            break;
        }
        const separator = stream.read();
        if (separator.type === ')') {
            close = separator;
            break;
        }
        if (separator.type === '...') {
            expandFinal = true;
            if (stream.peek().type !== ')') {
                if (!p.stream.recovery)
                    stream.error(separator, 'Missing closing parenthesis', 'An expanded function argument (with ...) must be immediately followed by closing parentheses.');
                close = stream.recover(')');
            }
            else
                close = stream.read();
            break;
        }
        if (separator.type !== ',') {
            if (separator.type === 'EOF')
                stream.error(rangeBetween(nameToken.range, open.range), 'Unterminated function call', 'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.');
            else
                stream.error(separator, 'Missing argument separator', `A comma is required to separate each function argument from the next; found ${describeToken(separator)}.`);
            close = stream.recover(')');
            break;
        }
        if (stream.peek().type === ')') {
            close = stream.read();
            break;
        }
    }
    stream.popNewlines();
    return {
        kind: 'functionCall',
        name,
        nameRange,
        args,
        expandFinal,
        openParenRange: open.range,
        closeParenRange: close.range,
        range: rangeBetween(nameRange, close.range)
    };
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/expression-parsing.ts
// What the parts of the expression parser share: the token stream, a way back into the full
// expression grammar (for an argument, an element, a key), and the nesting guard.
const isKeyword = (token, word) => token.type === 'Ident' && token.text === word;

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/parse-collection.ts
// Collection constructors and `for` expressions: `[a, b]`, `{ key = value }` (items separated by commas
// or newlines; a bare name is a literal key, a parenthesized one an expression), and
// `[for k, v in coll : value if cond]` / `{for k, v in coll : key => value... if cond}`.



function parseTuple(p) {
    const stream = p.stream;
    const open = stream.read();
    stream.pushNewlines(false);
    try {
        if (isKeyword(stream.peek(), 'for'))
            return forExpression(p, open);
        const items = [];
        let close;
        for (;;) {
            if (stream.peek().type === ']') {
                close = stream.read();
                break;
            }
            const before = p.stream.diagnostics.length;
            items.push(p.parseExpression());
            if (p.stream.recovery && p.stream.diagnostics.length > before) {
                close = stream.recover(']');
                break;
            }
            const next = stream.peek();
            if (next.type === ']') {
                close = stream.read();
                break;
            }
            if (next.type !== ',') {
                if (!p.stream.recovery) {
                    if (next.type === 'EOF')
                        stream.error(open, 'Unterminated tuple constructor expression', 'There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.');
                    else
                        stream.error(next, 'Missing item separator', `Expected a comma to mark the beginning of the next item, but found ${describeToken(next)}.`);
                }
                close = stream.recover(']');
                break;
            }
            stream.read();
        }
        return { kind: 'tuple', items, range: rangeBetween(open.range, close.range) };
    }
    finally {
        stream.popNewlines();
    }
}
function parseObject(p) {
    const stream = p.stream;
    const open = stream.read();
    // `for` may sit on the next line, so look past newlines for it.
    stream.pushNewlines(false);
    const isFor = isKeyword(stream.peek(), 'for');
    stream.popNewlines();
    if (isFor) {
        stream.pushNewlines(false);
        try {
            return forExpression(p, open);
        }
        finally {
            stream.popNewlines();
        }
    }
    stream.pushNewlines(true);
    const items = [];
    let close;
    try {
        for (;;) {
            const next = stream.peek();
            if (next.type === 'Newline') {
                stream.read();
                continue;
            }
            if (next.type === '}') {
                close = stream.read();
                break;
            }
            const forceNonLiteral = next.type === '(';
            const keyBefore = p.stream.diagnostics.length;
            const key = p.parseExpression();
            if (p.stream.recovery && p.stream.diagnostics.length > keyBefore) {
                close = stream.recover('}');
                break;
            }
            const separator = stream.peek();
            if (separator.type !== '=' && separator.type !== ':') {
                if (!p.stream.recovery)
                    reportMissingSeparator(p, open, separator);
                close = stream.recover('}');
                break;
            }
            stream.read();
            const valueBefore = p.stream.diagnostics.length;
            const value = p.parseExpression();
            items.push({ key, forceNonLiteral, value, range: rangeBetween(key.range, value.range) });
            if (p.stream.recovery && p.stream.diagnostics.length > valueBefore) {
                close = stream.recover('}');
                break;
            }
            const after = stream.peek();
            if (after.type === '}') {
                close = stream.read();
                break;
            }
            if (after.type !== ',' && after.type !== 'Newline') {
                if (!p.stream.recovery) {
                    if (after.type === 'EOF')
                        stream.error(open, 'Unterminated object constructor expression', 'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.');
                    else
                        stream.error(after, 'Missing attribute separator', `Expected a newline or comma to mark the beginning of the next attribute, but found ${describeToken(after)}.`);
                }
                close = stream.recover('}');
                break;
            }
            stream.read();
        }
    }
    finally {
        stream.popNewlines();
    }
    return { kind: 'object', items, range: rangeBetween(open.range, close.range) };
}
function reportMissingSeparator(p, open, found) {
    const stream = p.stream;
    switch (found.type) {
        case 'Newline':
        case ',':
            stream.error(found, 'Missing attribute value', 'Expected an attribute value, introduced by an equals sign ("=").');
            return;
        case 'Ident':
            stream.error(found, 'Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.');
            return;
        case 'EOF':
            stream.error(open, 'Unterminated object constructor expression', 'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.');
            return;
        default:
            stream.error(found, 'Missing key/value separator', `Expected an equals sign ("=") to mark the beginning of the attribute value, but found ${describeToken(found)}.`);
    }
}
/** After `[` or `{`, with `for` next. */
function forExpression(p, open) {
    const stream = p.stream;
    stream.read(); // for
    const makeObject = open.type === '{';
    const closeType = makeObject ? '}' : ']';
    const fail = (detail) => {
        if (!p.stream.recovery)
            stream.error(stream.peek(), "Invalid 'for' expression", detail);
        const close = stream.recover(closeType);
        return { kind: 'invalid', range: rangeBetween(open.range, close.range) };
    };
    if (stream.peek().type !== 'Ident')
        return fail("For expression requires variable name after 'for'.");
    let valueVar = stream.read().text;
    let keyVar;
    if (stream.peek().type === ',') {
        stream.read();
        keyVar = valueVar;
        if (stream.peek().type !== 'Ident')
            return fail('For expression requires value variable name after comma.');
        valueVar = stream.read().text;
    }
    if (!isKeyword(stream.peek(), 'in'))
        return fail("For expression requires the 'in' keyword after its name declarations.");
    stream.read();
    const failedSince = (before) => p.stream.recovery && p.stream.diagnostics.length > before;
    const recovered = () => {
        const close = stream.recover(closeType);
        return { kind: 'invalid', range: rangeBetween(open.range, close.range) };
    };
    let before = p.stream.diagnostics.length;
    const collection = p.parseExpression();
    if (failedSince(before))
        return recovered();
    if (stream.peek().type !== ':')
        return fail('For expression requires a colon after the collection expression.');
    stream.read();
    before = p.stream.diagnostics.length;
    let keyExpr;
    let valueExpr = p.parseExpression();
    if (stream.peek().type === '=>') {
        stream.read();
        keyExpr = valueExpr;
        valueExpr = p.parseExpression();
    }
    if (failedSince(before))
        return recovered();
    let ellipsis;
    if (stream.peek().type === '...')
        ellipsis = stream.read();
    let condition;
    if (isKeyword(stream.peek(), 'if')) {
        stream.read();
        before = p.stream.diagnostics.length;
        condition = p.parseExpression();
        if (failedSince(before))
            return recovered();
    }
    let close;
    if (stream.peek().type === closeType)
        close = stream.read();
    else {
        if (!p.stream.recovery)
            stream.error(stream.peek(), "Invalid 'for' expression", `Extra characters after the end of the 'for' expression: found ${describeToken(stream.peek())}.`);
        close = stream.recover(closeType);
    }
    if (!makeObject) {
        if (keyExpr !== undefined)
            stream.error(keyExpr.range, "Invalid 'for' expression", 'Key expression is not valid when building a tuple.');
        if (ellipsis !== undefined)
            stream.error(ellipsis, "Invalid 'for' expression", 'Grouping ellipsis (...) cannot be used when building a tuple.');
    }
    else if (keyExpr === undefined) {
        stream.error(valueExpr.range, "Invalid 'for' expression", 'Key expression is required when building an object.');
    }
    return {
        kind: 'for',
        ...(keyVar === undefined ? {} : { keyVar }),
        valueVar,
        collection,
        ...(keyExpr === undefined ? {} : { keyExpr }),
        valueExpr,
        ...(condition === undefined ? {} : { condition }),
        group: ellipsis !== undefined,
        range: rangeBetween(open.range, close.range)
    };
}

// EXTERNAL MODULE: ./src/template/suggest.ts
var suggest = __webpack_require__(5352);
;// CONCATENATED MODULE: ./src/template/hcl2/syntax/string-literal.ts
// Decodes the literal text of a template token: in a quoted string the backslash escapes (\n, \r, \t, \",
// \\, \uNNNN, \UNNNNNNNN), and everywhere the doubled openers `$${` and `%%{`, which stand for a literal
// `${` and `%{`. A bad escape is reported at its own characters and decoding goes on.

const SIMPLE_ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
const isHex = (char) => char !== undefined &&
    ((char >= '0' && char <= '9') || (char >= 'a' && char <= 'f') || (char >= 'A' && char <= 'F'));
/**
 * The value of the literal text between `start` and `end` of `source`; `quoted` for a quoted string's
 * text (escapes apply), false for a heredoc's or a template file's.
 */
function decodeLiteral(source, { start, end }, { quoted, diagnostics }) {
    const text = source.text;
    let value = '';
    let plainFrom = start;
    let index = start;
    const flush = (to) => {
        if (to > plainFrom)
            value += text.slice(plainFrom, to);
    };
    while (index < end) {
        const char = text[index];
        if ((char === '$' || char === '%') &&
            text[index + 1] === char &&
            text[index + 2] === '{' &&
            index + 2 < end) {
            flush(index);
            value += `${char}{`;
            index += 3;
            plainFrom = index;
            continue;
        }
        if (!quoted || char !== '\\') {
            index++;
            continue;
        }
        flush(index);
        const escape = decodeEscape(source, { start: index, end }, diagnostics);
        value += escape.value;
        index = escape.end;
        plainFrom = index;
    }
    flush(end);
    return value;
}
/** The escape starting at `start` (a backslash), within a literal ending at `end`. */
function decodeEscape(source, { start: index, end }, diagnostics) {
    const text = source.text;
    const report = (to, detail) => {
        diagnostics.push(errorAt(source.rangeOf(index, to), 'Invalid escape sequence', detail));
    };
    if (index + 1 >= end) {
        report(index + 1, 'Backslash must be followed by an escape sequence selector character.');
        return { value: '\\', end: index + 1 };
    }
    const selector = String.fromCodePoint(text.codePointAt(index + 1));
    const simple = SIMPLE_ESCAPES[selector];
    if (simple !== undefined)
        return { value: simple, end: index + 2 };
    if (selector === 'u' || selector === 'U') {
        const wanted = selector === 'u' ? 4 : 8;
        let digitsEnd = index + 2;
        while (digitsEnd < end && digitsEnd - index - 2 < wanted && isHex(text[digitsEnd]))
            digitsEnd++;
        if (digitsEnd - index - 2 !== wanted) {
            report(digitsEnd, `The \\${selector} escape sequence must be followed by ${wanted === 4 ? 'four' : 'eight'} hexadecimal digits.`);
            return { value: text.slice(index, digitsEnd), end: digitsEnd };
        }
        const codePoint = parseInt(text.slice(index + 2, digitsEnd), 16);
        if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
            report(digitsEnd, `Cannot encode character U+${codePoint.toString(16).padStart(4, '0')} in UTF-8.`);
            return { value: text.slice(index, digitsEnd), end: digitsEnd };
        }
        return { value: String.fromCodePoint(codePoint), end: digitsEnd };
    }
    const selectorEnd = index + 1 + selector.length;
    report(selectorEnd, `The symbol ${JSON.stringify(selector)} is not a valid escape sequence selector.`);
    return { value: selector, end: selectorEnd };
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/parse-template.ts
// Templates: the inside of a quoted string, of a heredoc, or a whole template file. First a flat list of
// pieces (text, `${ }`, `%{ if }`, `%{ else }`, ...) with strip markers and the `<<-` indentation rule
// applied, as hclsyntax's parseTemplateParts does; then the directives are matched into a tree.




/**
 * Parses template tokens up to `end` (the closing quote, the heredoc marker, or the end of the file),
 * with `parseExpression` for what is inside `${ }` and directives. `flush` applies the `<<-` rule.
 */
function parseTemplateTokens(stream, { end, flush }, parseExpression) {
    const { pieces, range } = readPieces(stream, end, parseExpression);
    if (flush)
        flushIndentation(stream, pieces);
    const melded = meldText(pieces);
    const builder = new TreeBuilder(stream, melded);
    return { parts: builder.parseRoot(), range };
}
function readPieces(stream, end, parseExpression) {
    const pieces = [];
    const startRange = stream.peek().range;
    let endRange;
    let trimNextStart = false;
    let canTrimPrevious = false;
    // `${~` and `%{~` strip the spaces (and newlines) ending the text right before them.
    const trimPreviousEnd = (opener, afterText) => {
        const previous = pieces[pieces.length - 1];
        if (afterText && opener.text.endsWith('~') && previous?.kind === 'text')
            previous.value = previous.value.trimEnd();
    };
    const closeSequence = () => {
        const close = stream.peek();
        if (close.type !== 'TemplateSeqEnd')
            return undefined;
        stream.read();
        trimNextStart = close.text.startsWith('~');
        return close;
    };
    for (;;) {
        const token = stream.read();
        if (token.type === end) {
            endRange = token.range;
            break;
        }
        const trimStart = trimNextStart;
        trimNextStart = false;
        const afterText = canTrimPrevious;
        canTrimPrevious = false;
        if (token.type === 'QuotedLit' || token.type === 'StringLit') {
            let value = decodeLiteral(stream.source, token, {
                quoted: token.type === 'QuotedLit',
                diagnostics: stream.diagnostics
            });
            if (trimStart)
                value = value.trimStart();
            pieces.push({ kind: 'text', value, range: token.range, start: token.start, end: token.end });
            canTrimPrevious = true;
            continue;
        }
        if (token.type === 'TemplateInterp') {
            trimPreviousEnd(token, afterText);
            stream.pushNewlines(false);
            const expr = parseExpression();
            const close = closeSequence();
            if (close === undefined)
                reportUnclosedInterpolation(stream, end, startRange);
            stream.popNewlines();
            pieces.push({
                kind: 'interpolation',
                expr,
                range: rangeBetween(token.range, close?.range ?? stream.prevRange())
            });
            continue;
        }
        if (token.type === 'TemplateControl') {
            trimPreviousEnd(token, afterText);
            stream.pushNewlines(false);
            const piece = readDirective(stream, parseExpression);
            if (piece !== undefined) {
                const close = closeSequence();
                if (close === undefined) {
                    if (!stream.recovery) {
                        const found = stream.peek();
                        stream.error(found, `Extra characters in ${piece.kind} marker`, 'Expected a closing brace to end the sequence, but found extra characters.');
                    }
                    stream.recover('TemplateSeqEnd');
                }
                pieces.push({ ...piece, range: rangeBetween(token.range, stream.prevRange()) });
            }
            stream.popNewlines();
            continue;
        }
        if (token.type === 'QuotedNewline') {
            stream.error(token, 'Invalid multi-line string', 'Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.');
            endRange = { file: token.range.file, start: token.range.start, end: token.range.start };
            break;
        }
        if (!stream.recovery) {
            const detail = token.type === 'EOF'
                ? 'No closing marker was found for the string.'
                : `No closing marker was found for the string; found ${token.text} instead.`;
            stream.error(token, 'Unterminated template string', detail);
        }
        endRange = (token.type === 'EOF' ? token : stream.recover(end)).range;
        break;
    }
    if (pieces.length === 0) {
        // `""` is an empty string, not nothing.
        const at = { file: startRange.file, start: startRange.start, end: startRange.start };
        pieces.push({ kind: 'text', value: '', range: at, start: 0, end: 0 });
    }
    pieces.push({ kind: 'end', range: endRange });
    return { pieces, range: rangeBetween(startRange, endRange) };
}
function reportUnclosedInterpolation(stream, end, startRange) {
    if (!stream.recovery) {
        const found = stream.peek();
        if (found.type === 'EOF')
            stream.error(startRange, 'Unclosed template interpolation sequence', 'There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.');
        else if (found.type === ':')
            stream.error(found, 'Extra characters after interpolation expression', 'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".');
        else if ((found.type === 'CQuote' || found.type === 'OQuote' || found.type === 'QuotedNewline') &&
            end === 'CQuote')
            stream.error(startRange, 'Unclosed template interpolation sequence', 'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.');
        else
            stream.error(found, 'Extra characters after interpolation expression', `Expected a closing brace to end the interpolation expression, but found ${found.text}.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$\${" instead of just "\${".`);
    }
    stream.recover('TemplateSeqEnd');
}
const DIRECTIVES = ['if', 'for', 'else', 'endif', 'endfor'];
/** The directive after `%{`, or undefined when it is broken (reported, and skipped to its `}`). */
function readDirective(stream, parseExpression) {
    const keyword = stream.peek();
    const fail = (at, summary, detail) => {
        if (!stream.recovery)
            stream.error(at, summary, detail);
        stream.recover('TemplateSeqEnd');
        return undefined;
    };
    if (keyword.type !== 'Ident')
        return fail(keyword, 'Invalid template directive', 'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.');
    stream.read();
    switch (keyword.text) {
        case 'if':
            return { kind: 'if', condition: parseExpression() };
        case 'else':
        case 'endif':
        case 'endfor':
            return { kind: keyword.text };
        case 'for': {
            let name = stream.peek();
            if (name.type !== 'Ident')
                return fail(name, "Invalid 'for' directive", "For directive requires variable name after 'for'.");
            stream.read();
            let keyVar;
            let valueVar = name.text;
            if (stream.peek().type === ',') {
                stream.read();
                keyVar = valueVar;
                name = stream.peek();
                if (name.type !== 'Ident')
                    return fail(name, "Invalid 'for' directive", 'For directive requires value variable name after comma.');
                stream.read();
                valueVar = name.text;
            }
            const inKeyword = stream.peek();
            if (inKeyword.type !== 'Ident' || inKeyword.text !== 'in')
                return fail(inKeyword, "Invalid 'for' directive", "For directive requires 'in' keyword after names.");
            stream.read();
            const collection = parseExpression();
            return keyVar === undefined
                ? { kind: 'for', valueVar, collection }
                : { kind: 'for', keyVar, valueVar, collection };
        }
        default: {
            // HCL's rule for these short words: any keyword within two edits ("fi" is "if").
            const suggestion = DIRECTIVES.find(word => (0,suggest/* editDistance */.Y)(keyword.text, word) < 3);
            return fail(keyword, 'Invalid template control keyword', `"${keyword.text}" is not a valid template control keyword.${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`}`);
        }
    }
}
/**
 * The `<<-` rule: the smallest indentation of the lines' leading text (blank lines aside) is removed
 * from every line. It looks at the text as written, so an interpolated value never changes it.
 */
function flushIndentation(stream, pieces) {
    let smallest = Infinity;
    let atLineStart = true;
    const adjust = [];
    for (const piece of pieces) {
        if (atLineStart) {
            atLineStart = false;
            if (piece.kind === 'end')
                break;
            let spaces = 0;
            if (piece.kind === 'text') {
                const trimmed = piece.value.trimStart();
                if (trimmed === '' && piece.value.endsWith('\n'))
                    spaces = Infinity;
                else {
                    spaces = [...piece.value.slice(0, piece.value.length - trimmed.length)].length;
                    adjust.push(piece);
                }
            }
            smallest = Math.min(smallest, spaces);
        }
        if (piece.kind === 'text' && piece.value.endsWith('\n'))
            atLineStart = true;
    }
    if (smallest === Infinity || smallest === 0)
        return;
    for (const piece of adjust) {
        const removed = [...piece.value].slice(0, smallest).join('');
        piece.value = piece.value.slice(removed.length);
        piece.start += removed.length;
        piece.range = stream.source.rangeOf(piece.start, piece.end);
    }
}
/** Adjacent text pieces become one. */
function meldText(pieces) {
    const melded = [];
    for (const piece of pieces) {
        const previous = melded[melded.length - 1];
        if (piece.kind === 'text' && previous?.kind === 'text') {
            previous.value += piece.value;
            previous.range = rangeBetween(previous.range, piece.range);
            previous.end = piece.end;
        }
        else
            melded.push(piece.kind === 'text' ? { ...piece } : piece);
    }
    return melded;
}
/** Matches `if`/`else`/`endif` and `for`/`endfor` pieces into a tree (hclsyntax's templateParser). */
class TreeBuilder {
    stream;
    pieces;
    index = 0;
    depth = 0;
    /** Set when nesting went too deep: the rest is skipped, and its imbalance not reported again. */
    abandoned = false;
    constructor(stream, pieces) {
        this.stream = stream;
        this.pieces = pieces;
    }
    parseRoot() {
        const parts = [];
        while (this.peek().kind !== 'end')
            parts.push(this.parsePart());
        return parts;
    }
    peek() {
        return this.pieces[this.index];
    }
    read() {
        const piece = this.peek();
        if (piece.kind !== 'end')
            this.index++;
        return piece;
    }
    placeholder(range) {
        return { kind: 'interpolation', expr: { kind: 'invalid', range }, range };
    }
    report(range, summary, detail) {
        if (!this.abandoned)
            this.stream.error(range, summary, detail);
    }
    directive(parse, range) {
        if (this.depth >= MAX_NESTING) {
            this.report(range, 'Directives too deeply nested', `Template directives may be nested at most ${MAX_NESTING} levels deep.`);
            this.abandoned = true;
            this.index = this.pieces.length - 1;
            return this.placeholder(range);
        }
        this.depth++;
        try {
            return parse();
        }
        finally {
            this.depth--;
        }
    }
    parsePart() {
        const piece = this.read();
        switch (piece.kind) {
            case 'text':
                return { kind: 'text', value: piece.value, range: piece.range };
            case 'interpolation':
                return { kind: 'interpolation', expr: piece.expr, range: piece.range };
            case 'if':
                return this.directive(() => this.parseIf(piece), piece.range);
            case 'for':
                return this.directive(() => this.parseFor(piece), piece.range);
            case 'end':
                this.report(piece.range, 'Unexpected end of template', 'The control directives within this template are unbalanced.');
                return this.placeholder(piece.range);
            default:
                this.report(piece.range, `Unexpected ${piece.kind} directive`, `The control directives within this template are unbalanced: there is no ${piece.kind === 'endfor' ? 'for' : 'if'} directive for this ${piece.kind} to close.`);
                return this.placeholder(piece.range);
        }
    }
    parseIf(open) {
        const thenParts = [];
        const elseParts = [];
        let current = thenParts;
        for (;;) {
            const next = this.peek();
            if (next.kind === 'end') {
                this.report(next.range, 'Unexpected end of template', `The if directive at ${formatPos(open.range)} is missing its corresponding endif directive.`);
                return this.placeholder(next.range);
            }
            if (next.kind === 'else' || next.kind === 'endif' || next.kind === 'endfor') {
                this.read();
                if (next.kind === 'endif')
                    return {
                        kind: 'if',
                        condition: open.condition,
                        then: thenParts,
                        else: elseParts,
                        range: rangeBetween(open.range, next.range)
                    };
                if (next.kind === 'else' && current === thenParts) {
                    current = elseParts;
                    continue;
                }
                if (next.kind === 'else')
                    this.report(next.range, 'Unexpected else directive', `Already in the else clause for the if started at ${formatPos(open.range)}.`);
                else
                    this.report(next.range, 'Unexpected endfor directive', `Expecting an endif directive for the if started at ${formatPos(open.range)}.`);
                return this.placeholder(next.range);
            }
            current.push(this.parsePart());
        }
    }
    parseFor(open) {
        const body = [];
        for (;;) {
            const next = this.peek();
            if (next.kind === 'end') {
                this.report(next.range, 'Unexpected end of template', `The for directive at ${formatPos(open.range)} is missing its corresponding endfor directive.`);
                return this.placeholder(next.range);
            }
            if (next.kind === 'else' || next.kind === 'endif' || next.kind === 'endfor') {
                this.read();
                if (next.kind === 'endfor')
                    return {
                        kind: 'for',
                        ...(open.keyVar === undefined ? {} : { keyVar: open.keyVar }),
                        valueVar: open.valueVar,
                        collection: open.collection,
                        body,
                        range: rangeBetween(open.range, next.range)
                    };
                if (next.kind === 'else')
                    this.report(next.range, 'Unexpected else directive', 'An else clause is not expected for a for directive.');
                else
                    this.report(next.range, 'Unexpected endif directive', `Expecting an endfor directive corresponding to the for directive at ${formatPos(open.range)}.`);
                return this.placeholder(next.range);
            }
            body.push(this.parsePart());
        }
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/parse-traversal.ts
// The postfix steps after a term (hclsyntax's parseExpressionTraversals): `.attr`, `[key]`, the legacy
// `.0`, and the splats `[*]` (every later step applies to each element) and `.*` (only the `.attr` steps
// right after it do). A literal key makes a traversal step; a computed one an index expression.


/** The postfix steps after a term: attributes, indexes, legacy `.0` indexes and splats. */
function parseTraversals(p, from) {
    const stream = p.stream;
    let result = from;
    for (;;) {
        const next = stream.peek();
        if (next.type === '.') {
            const dot = stream.read();
            const after = stream.peek();
            if (after.type === 'Ident') {
                stream.read();
                result = withStep(result, {
                    kind: 'attr',
                    name: after.text,
                    range: rangeBetween(dot.range, after.range)
                });
            }
            else if (after.type === 'NumberLit') {
                result = withStep(result, legacyIndex(p, dot, false));
            }
            else if (after.type === '*') {
                result = attributeSplat(p, { from, current: result }, dot);
            }
            else {
                stream.error(after, 'Invalid attribute name', `An attribute name is required after a dot; found ${describeToken(after)}.`);
                return { kind: 'invalid', range: rangeBetween(from.range, dot.range) };
            }
        }
        else if (next.type === '[') {
            result = index(p, { from, current: result });
        }
        else
            return result;
    }
}
/** `.0` (the number is next), the index syntax HCL keeps from HIL; `.0.1` reads as 0.1 and is refused. */
function legacyIndex(p, dot, inSplat) {
    const number = p.stream.read();
    const range = rangeBetween(dot.range, number.range);
    const point = number.text.indexOf('.');
    if (point >= 0) {
        const first = number.text.slice(0, point);
        const second = number.text.slice(point + 1);
        p.stream.error(number, 'Invalid legacy index syntax', `When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax${inSplat ? ' with a full splat expression [*]' : ''} instead, like [${first}][${second}].`);
        return { kind: 'index', key: null, range, legacy: true };
    }
    return { kind: 'index', key: p.numberValue(number), range, legacy: true };
}
/** `.*` (the star is next) and the `.attr` steps after it. */
function attributeSplat(p, chain, dot) {
    const stream = p.stream;
    const star = stream.read();
    const markerRange = rangeBetween(dot.range, star.range);
    const item = { kind: 'splatItem', range: markerRange };
    const steps = [];
    let lastRange = star.range;
    while (stream.peek().type === '.') {
        const stepDot = stream.read();
        const after = stream.peek();
        if (after.type === 'NumberLit') {
            steps.push(legacyIndex(p, stepDot, true));
            lastRange = after.range;
            continue;
        }
        if (after.type !== 'Ident') {
            if (!p.stream.recovery) {
                if (after.type === '*')
                    stream.error(after, 'Nested splat expression not allowed', 'A splat expression (*) cannot be used inside another attribute-only splat expression.');
                else
                    stream.error(after, 'Invalid attribute name', `An attribute name is required after a dot; found ${describeToken(after)}.`);
            }
            stream.recovery = true;
            break;
        }
        stream.read();
        steps.push({ kind: 'attr', name: after.text, range: rangeBetween(stepDot.range, after.range) });
        lastRange = after.range;
    }
    const each = steps.length === 0
        ? item
        : { kind: 'relativeTraversal', source: item, steps, range: rangeBetween(steps[0].range, lastRange) };
    return {
        kind: 'splat',
        splat: 'attribute',
        source: chain.current,
        each,
        item,
        markerRange,
        range: rangeBetween(chain.from.range, lastRange)
    };
}
/** `[*]` and the steps after it, or `[key]` (the bracket is next). */
function index(p, chain) {
    const stream = p.stream;
    const open = stream.read();
    const { from, current: collection } = chain;
    if (stream.peek().type === '*') {
        stream.read();
        let close = stream.read();
        if (close.type !== ']' && !p.stream.recovery) {
            stream.error(close, 'Missing close bracket on splat index', `The star for a full splat operator must be immediately followed by a closing bracket ("]"); found ${describeToken(close)}.`);
            close = stream.recover(']');
        }
        const markerRange = rangeBetween(open.range, close.range);
        const item = { kind: 'splatItem', range: markerRange };
        // Every step after `[*]` applies to each element, splats included.
        const each = p.nested(() => parseTraversals(p, item));
        return {
            kind: 'splat',
            splat: 'full',
            source: collection,
            each,
            item,
            markerRange,
            range: rangeBetween(from.range, each.range)
        };
    }
    stream.pushNewlines(false);
    const before = p.stream.diagnostics.length;
    const key = p.parseExpression();
    let close;
    if (p.stream.recovery && p.stream.diagnostics.length > before)
        close = stream.recover(']');
    else {
        close = stream.read();
        if (close.type !== ']' && !p.stream.recovery) {
            stream.error(close, 'Missing close bracket on index', `The index operator must end with a closing bracket ("]"); found ${describeToken(close)}.`);
            close = stream.recover(']');
        }
    }
    stream.popNewlines();
    const bracketRange = rangeBetween(open.range, close.range);
    const literal = literalKey(key);
    if (literal !== undefined)
        return withStep(collection, { kind: 'index', key: literal.value, range: bracketRange });
    return { kind: 'index', collection, key, bracketRange, range: rangeBetween(from.range, bracketRange) };
}
/** A step appended to a traversal, or a new relative traversal over any other expression. */
function withStep(expr, step) {
    const range = rangeBetween(expr.range, step.range);
    if (expr.kind === 'scopeTraversal' || expr.kind === 'relativeTraversal') {
        // The traversal being extended is not kept anywhere else: its steps grow in place (a long chain
        // of steps stays linear).
        expr.steps.push(step);
        return { ...expr, range };
    }
    return { kind: 'relativeTraversal', source: expr, steps: [step], range };
}
/** The key of `[0]`, `["name"]`, `[true]`: a literal, or a template of plain text. */
function literalKey(key) {
    if (key.kind === 'literal' && (key.value === null || typeof key.value !== 'object'))
        return { value: key.value };
    if (key.kind === 'template' && key.parts.length === 1 && key.parts[0].kind === 'text')
        return { value: key.parts[0].value };
    return undefined;
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/parse-expression.ts
// The expression language (hclsyntax's parser.go, expression half): the conditional, precedence climbing
// over the spec's six binary levels, unary operators, and terms; postfix steps, calls and collections
// have modules of their own. Errors are worded as HCL words them; after one, the parser skips to the end
// of the enclosing bracket and keeps going.







/** The binary operators by precedence level, loosest first (spec: `||` is 1, `* / %` are 6). */
const LEVELS = [
    new Set(['||']),
    new Set(['&&']),
    new Set(['==', '!=']),
    new Set(['>', '>=', '<', '<=']),
    new Set(['+', '-']),
    new Set(['*', '/', '%'])
];
const NUMBER = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
class ExpressionParser {
    stream;
    constructor(stream) {
        this.stream = stream;
    }
    depth = 0;
    parseExpression() {
        return this.nested(() => this.parseConditional());
    }
    /** One level deeper; nesting deeper than any template needs is refused before it can exhaust the stack. */
    nested(parse) {
        if (this.depth >= MAX_NESTING) {
            const at = this.stream.peek();
            if (!this.recovery)
                this.stream.error(at, 'Expression too deeply nested', `Expressions may be nested at most ${MAX_NESTING} levels deep.`);
            this.stream.recovery = true;
            return { kind: 'invalid', range: at.range };
        }
        this.depth++;
        try {
            return parse();
        }
        finally {
            this.depth--;
        }
    }
    get recovery() {
        return this.stream.recovery;
    }
    /** Counts the errors so far, to tell whether a sub-parse reported one. */
    errorCount() {
        return this.stream.diagnostics.length;
    }
    parseConditional() {
        const stream = this.stream;
        const before = this.errorCount();
        const condition = this.parseBinary(0);
        if (this.recovery && this.errorCount() > before)
            return condition;
        if (stream.peek().type !== '?')
            return condition;
        stream.read();
        const trueBefore = this.errorCount();
        const trueResult = this.parseExpression();
        if (this.recovery && this.errorCount() > trueBefore)
            return condition;
        const colon = stream.peek();
        if (colon.type !== ':') {
            stream.error(colon, 'Missing false expression in conditional', `The conditional operator (...?...:...) requires a false expression, delimited by a colon; found ${describeToken(colon)}.`);
            return condition;
        }
        stream.read();
        const falseBefore = this.errorCount();
        const falseResult = this.parseExpression();
        if (this.recovery && this.errorCount() > falseBefore)
            return condition;
        return {
            kind: 'conditional',
            condition,
            trueResult,
            falseResult,
            range: rangeBetween(condition.range, falseResult.range)
        };
    }
    parseBinary(level) {
        if (level === LEVELS.length)
            return this.parseTermWithTraversals();
        const operators = LEVELS[level];
        const before = this.errorCount();
        let lhs = this.parseBinary(level + 1);
        if (this.recovery && this.errorCount() > before)
            return lhs;
        for (;;) {
            const next = this.stream.peek();
            if (!operators.has(next.type))
                return lhs;
            this.stream.read();
            const rhsBefore = this.errorCount();
            const rhs = this.parseBinary(level + 1);
            if (this.recovery && this.errorCount() > rhsBefore)
                return lhs;
            lhs = {
                kind: 'binaryOp',
                op: next.type,
                lhs,
                rhs,
                range: rangeBetween(lhs.range, rhs.range)
            };
        }
    }
    parseTermWithTraversals() {
        return parseTraversals(this, this.parseTerm());
    }
    parseTerm() {
        const stream = this.stream;
        const start = stream.peek();
        switch (start.type) {
            case '(':
                return this.parentheses();
            case 'NumberLit':
                stream.read();
                return { kind: 'literal', value: this.numberValue(start), range: start.range };
            case 'Ident': {
                stream.read();
                const after = stream.peek().type;
                if (after === '(' || after === '::')
                    return parseFunctionCall(this, start);
                if (start.text === 'true' || start.text === 'false' || start.text === 'null')
                    return {
                        kind: 'literal',
                        value: start.text === 'null' ? null : start.text === 'true',
                        range: start.range
                    };
                return {
                    kind: 'scopeTraversal',
                    root: start.text,
                    rootRange: start.range,
                    steps: [],
                    range: start.range
                };
            }
            case 'OQuote':
            case 'OHeredoc':
                return this.template();
            case '-':
            case '!': {
                stream.read();
                // Only the term and its steps: `-46+5` is (-46)+5.
                const operand = this.nested(() => this.parseTermWithTraversals());
                return {
                    kind: 'unaryOp',
                    op: start.type,
                    operand,
                    symbolRange: start.range,
                    range: rangeBetween(start.range, operand.range)
                };
            }
            case '[':
                return parseTuple(this);
            case '{':
                return parseObject(this);
            default:
                if (!this.recovery) {
                    if (start.type === 'EOF')
                        stream.error(start, 'Missing expression', 'Expected the start of an expression, but found the end of the file.');
                    else
                        stream.error(start, 'Invalid expression', `Expected the start of an expression, but found ${describeToken(start)}.`);
                }
                stream.recovery = true;
                return { kind: 'invalid', range: start.range };
        }
    }
    parentheses() {
        const stream = this.stream;
        const open = stream.read();
        stream.pushNewlines(false);
        const before = this.errorCount();
        const expr = this.parseExpression();
        if (this.errorCount() > before) {
            stream.recover(')');
            stream.popNewlines();
            return expr;
        }
        const close = stream.peek();
        if (close.type !== ')') {
            stream.error(close, 'Unbalanced parentheses', `Expected a closing parenthesis to terminate the expression, but found ${describeToken(close)}.`);
        }
        const closing = stream.read();
        stream.popNewlines();
        return { kind: 'parentheses', expr, range: rangeBetween(open.range, closing.range) };
    }
    numberValue(token) {
        if (!NUMBER.test(token.text)) {
            this.stream.error(token, 'Invalid number literal', `Failed to recognize the value of this number literal: ${token.text} is not a decimal number.`);
            return 0;
        }
        return Number(token.text);
    }
    template() {
        const stream = this.stream;
        const open = stream.read();
        const end = open.type === 'OQuote' ? 'CQuote' : 'CHeredoc';
        const flush = open.type === 'OHeredoc' && open.text.startsWith('<<-');
        const { parts } = parseTemplateTokens(stream, { end, flush }, () => this.parseExpression());
        return { kind: 'template', parts, range: rangeBetween(open.range, stream.prevRange()) };
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/parse-structure.ts
// The structural language (hclsyntax's parser.go, body half): attributes `name = expr` ended by a newline,
// blocks `type "label" label { ... }` and one-line blocks `type { name = expr }`. A broken item is reported
// and skipped to the end of its line (or to the `}` that closes its block), and the body goes on, so
// every mistake in a file is reported in one run.





class StructureParser {
    stream;
    expressions;
    constructor(stream) {
        this.stream = stream;
        this.expressions = new ExpressionParser(stream);
    }
    /** A body up to `end`: the end of the file, or the `}` of a block (consumed). */
    parseBody(end, startRange) {
        const stream = this.stream;
        const attributes = [];
        const blocks = [];
        const items = [];
        const seen = new Map();
        let endRange;
        for (;;) {
            const next = stream.peek();
            if (next.type === end) {
                endRange = stream.read().range;
                break;
            }
            if (next.type === 'Newline') {
                stream.read();
                continue;
            }
            // Each item starts afresh: a mistake on one line does not silence the next line's.
            stream.recovery = false;
            if (next.type === 'Ident') {
                const item = this.parseItem();
                if (item === undefined)
                    continue;
                if (item.kind === 'block')
                    blocks.push(item);
                else {
                    const existing = seen.get(item.name);
                    if (existing !== undefined) {
                        stream.error(item.nameRange, 'Attribute redefined', `The argument "${item.name}" was already set at ${formatPos(existing.nameRange)}. Each argument may be set only once.`);
                        continue;
                    }
                    seen.set(item.name, item);
                    attributes.push(item);
                }
                items.push(item);
                continue;
            }
            if (next.type === 'EOF') {
                stream.error(startRange, 'Unclosed configuration block', 'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.');
                endRange = stream.prevRange();
                break;
            }
            const bad = stream.read();
            if (bad.type === 'OQuote') {
                const name = stream.recover('CQuote');
                stream.error(rangeBetween(bad.range, name.range), 'Invalid argument name', 'Argument names must not be quoted.');
                stream.recoverAfterBodyItem();
                continue;
            }
            stream.error(bad, 'Argument or block definition required', `An argument or block definition is required here, but found ${describeToken(bad)}.`);
            const opens = bad.type === '{' || bad.type === '[' || bad.type === '(';
            stream.recoverAfterBodyItem(opens ? bad.type : undefined);
        }
        return { attributes, blocks, items, range: rangeBetween(startRange, endRange) };
    }
    parseItem() {
        const stream = this.stream;
        const name = stream.read();
        const next = stream.peek();
        if (next.type === '=')
            return this.finishAttribute(name, false);
        if (next.type === 'OQuote' || next.type === '{' || next.type === 'Ident')
            return this.finishBlock(name);
        // `build` with its brace on the next line: a block written wrongly, reported as such.
        if (next.type === 'Newline' && stream.peekPastNewlines().type === '{')
            return this.finishBlock(name);
        stream.error(name, 'Argument or block definition required', `An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value; found ${describeToken(next)} after "${name.text}".`);
        stream.recoverAfterBodyItem();
        return undefined;
    }
    finishAttribute(name, singleLine) {
        const stream = this.stream;
        stream.read(); // =
        const before = stream.diagnostics.length;
        const expr = this.expressions.parseExpression();
        let endRange = stream.prevRange();
        if (stream.recovery && stream.diagnostics.length > before) {
            // Recovery inside an expression may have stopped anywhere: start again at the next line.
            stream.recoverAfterBodyItem();
        }
        else if (!singleLine) {
            const end = stream.peek();
            if (end.type !== 'Newline' && end.type !== 'EOF') {
                if (!stream.recovery) {
                    if (end.type === ',')
                        stream.error(end, 'Unexpected comma after argument', 'Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.');
                    else
                        stream.error(end, 'Missing newline after argument', `An argument definition must end with a newline, but found ${describeToken(end)}.`);
                }
                endRange = stream.prevRange();
                stream.recoverAfterBodyItem();
            }
            else
                stream.read();
        }
        return {
            kind: 'attribute',
            name: name.text,
            nameRange: name.range,
            expr,
            range: rangeBetween(name.range, endRange)
        };
    }
    finishBlock(typeToken) {
        const stream = this.stream;
        const labels = [];
        const labelRanges = [];
        let open;
        while (open === undefined) {
            const token = stream.peek();
            if (token.type === '{')
                open = stream.read();
            else if (token.type === 'OQuote') {
                const label = this.quotedLabel();
                labels.push(label.value);
                labelRanges.push(label.range);
            }
            else if (token.type === 'Ident') {
                stream.read();
                labels.push(token.text);
                labelRanges.push(token.range);
            }
            else {
                if (token.type === '=')
                    stream.error(token, 'Invalid block definition', 'The equals sign "=" indicates an argument definition, and must not be used when defining a block.');
                else if (token.type === 'Newline') {
                    stream.error(token, 'Invalid block definition', 'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.');
                    // The brace on the next line: read the block anyway, so its contents are checked too.
                    if (stream.peekPastNewlines().type === '{') {
                        stream.pushNewlines(false);
                        open = stream.read();
                        stream.popNewlines();
                        continue;
                    }
                }
                else if (!stream.recovery)
                    stream.error(token, 'Invalid block definition', `Either a quoted string block label or an opening brace ("{") is expected here, but found ${describeToken(token)}.`);
                stream.recoverAfterBodyItem();
                const empty = { attributes: [], blocks: [], items: [], range: typeToken.range };
                return {
                    kind: 'block',
                    type: typeToken.text,
                    typeRange: typeToken.range,
                    labels,
                    labelRanges,
                    body: empty,
                    range: typeToken.range
                };
            }
        }
        if (stream.blockDepth >= MAX_NESTING) {
            stream.error(open, 'Block too deeply nested', `Blocks may be nested at most ${MAX_NESTING} levels deep.`);
            stream.recover('}');
            const empty = { attributes: [], blocks: [], items: [], range: open.range };
            return {
                kind: 'block',
                type: typeToken.text,
                typeRange: typeToken.range,
                labels,
                labelRanges,
                body: empty,
                range: typeToken.range
            };
        }
        stream.blockDepth++;
        let body;
        const first = stream.peek().type;
        if (first === 'Newline' || first === 'EOF' || first === '}')
            body = this.parseBody('}', open.range);
        else
            body = this.oneLineBody(open);
        stream.blockDepth--;
        const closeRange = stream.prevRange();
        const eol = stream.peek();
        if (eol.type === 'Newline' || eol.type === 'EOF')
            stream.read();
        else {
            if (!stream.recovery)
                stream.error(eol, 'Missing newline after block definition', `A block definition must end with a newline, but found ${describeToken(eol)}.`);
            stream.recoverAfterBodyItem();
        }
        return {
            kind: 'block',
            type: typeToken.text,
            typeRange: typeToken.range,
            labels,
            labelRanges,
            body,
            range: rangeBetween(typeToken.range, closeRange)
        };
    }
    /** `type { name = expr }`: one attribute, closed on the same line. */
    oneLineBody(open) {
        const stream = this.stream;
        const empty = () => ({
            attributes: [],
            blocks: [],
            items: [],
            range: rangeBetween(open.range, stream.prevRange())
        });
        const name = stream.read();
        const next = stream.peek();
        let body;
        if (name.type !== 'Ident') {
            stream.error(name, 'Argument or block definition required', `An argument or block definition is required here, but found ${describeToken(name)}.`);
            stream.recover('}');
            return empty();
        }
        else if (next.type === '=') {
            const attribute = this.finishAttribute(name, true);
            body = { attributes: [attribute], blocks: [], items: [attribute], range: attribute.range };
        }
        else if (next.type === 'OQuote' || next.type === '{' || next.type === 'Ident') {
            stream.error(rangeBetween(name.range, next.range), 'Argument definition required', `A single-line block definition can contain only a single argument. If you meant to define argument "${name.text}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`);
            stream.recover('}');
            return empty();
        }
        else {
            stream.error(name, 'Argument or block definition required', `An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value; found ${describeToken(next)} after "${name.text}".`);
            stream.recover('}');
            return empty();
        }
        const close = stream.peek();
        if (close.type === '}') {
            stream.read();
            return body;
        }
        if (close.type === ',')
            stream.error(close, 'Invalid single-argument block definition', 'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.');
        else if (close.type === 'Newline')
            stream.error(close, 'Invalid single-argument block definition', "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.");
        else if (!stream.recovery) {
            if (close.type === 'EOF')
                stream.error(open, 'Unclosed configuration block', 'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.');
            else
                stream.error(close, 'Invalid single-argument block definition', `A single-line block definition must end with a closing brace immediately after its single argument definition, but found ${describeToken(close)}.`);
        }
        stream.recover('}');
        return body;
    }
    /** A block label in quotes: a plain string, no `${}` allowed. */
    quotedLabel() {
        const stream = this.stream;
        const open = stream.read();
        let value = '';
        let endRange;
        for (;;) {
            const token = stream.read();
            if (token.type === 'CQuote') {
                endRange = token.range;
                break;
            }
            if (token.type === 'QuotedLit') {
                value += decodeLiteral(stream.source, token, { quoted: true, diagnostics: stream.diagnostics });
                continue;
            }
            if (token.type === 'TemplateInterp' || token.type === 'TemplateControl') {
                const which = token.type === 'TemplateInterp' ? '$' : '%';
                stream.error(token, 'Invalid string literal', `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`);
                value += `${which}{ ... }`;
                stream.recover('TemplateSeqEnd');
                continue;
            }
            if (token.type === 'EOF' || token.type === 'QuotedNewline') {
                stream.error(token, 'Unterminated string literal', `Unable to find the closing quote mark before the end of the ${token.type === 'EOF' ? 'file' : 'line'}.`);
                endRange = token.range;
                break;
            }
            stream.error(token, 'Invalid string literal', 'This item is not valid in a string literal.');
            stream.recover('CQuote');
            endRange = token.range;
            break;
        }
        return { value, range: rangeBetween(open.range, endRange) };
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/token-stream.ts
// The parser's view of the tokens (hclsyntax's peeker): one token of lookahead, newlines seen or skipped
// depending on where we are (inside brackets and parentheses they are only spacing), and the recovery
// moves that skip past a broken construct so parsing can go on and report the next mistake too.


class TokenStream {
    tokens;
    source;
    diagnostics;
    next = 0;
    includeNewlines = [true];
    /**
     * Set once a construct could not be parsed and the position was moved by guesswork: errors that would
     * only be echoes of the first one are held back until the next body item starts afresh.
     */
    recovery = false;
    /** Blocks open around the current position: a `}` at depth > 0 closes one, and recovery stops before it. */
    blockDepth = 0;
    constructor(tokens, source, diagnostics) {
        this.tokens = tokens;
        this.source = source;
        this.diagnostics = diagnostics;
    }
    peek() {
        return this.tokens[this.scan()];
    }
    read() {
        const index = this.scan();
        const token = this.tokens[index];
        if (token.type !== 'EOF')
            this.next = index + 1;
        return token;
    }
    /** The range of the last token read. */
    prevRange() {
        return this.tokens[Math.max(this.next - 1, 0)].range;
    }
    pushNewlines(include) {
        this.includeNewlines.push(include);
    }
    popNewlines() {
        this.includeNewlines.pop();
    }
    /**
     * Reports an error, unless it is about a character the lexer already reported as invalid: one
     * message per mistake. Either way the stream is in recovery afterwards.
     */
    error(at, summary, detail) {
        const token = 'type' in at ? at : undefined;
        if (token?.type !== 'Invalid')
            this.diagnostics.push(errorAt(token?.range ?? at, summary, detail));
        this.recovery = true;
    }
    /** Skips to just past the `end` token that balances the current construct (or to the end of the file). */
    recover(end) {
        const start = OPPOSITE[end];
        this.recovery = true;
        let nesting = 0;
        for (;;) {
            const token = this.read();
            let type = token.type;
            // `%{` and `${` both close with the same token.
            if (end === 'TemplateSeqEnd' && type === 'TemplateControl')
                type = 'TemplateInterp';
            if (type === 'EOF')
                return token;
            if (type === start)
                nesting++;
            else if (type === end) {
                if (nesting === 0)
                    return token;
                nesting--;
            }
        }
    }
    /** Skips to the next `start` token, then past the one balancing it. */
    recoverOver(start) {
        for (;;) {
            const token = this.read();
            if (token.type === start || token.type === 'EOF')
                break;
        }
        this.recover(OPPOSITE[start]);
    }
    /**
     * Skips the rest of a broken attribute or block: to the end of its line, stepping over anything
     * bracketed (which may span lines). Inside a block it stops before a `}` that closes the block, so the
     * block still ends where it was meant to.
     */
    recoverAfterBodyItem(opened) {
        this.recovery = true;
        // A broken item that starts with a bracket skips to the end of the bracketed group, however long.
        const open = opened === undefined ? [] : [opened];
        this.pushNewlines(true);
        for (;;) {
            const token = this.peek();
            if (token.type === 'EOF')
                break;
            if (token.type === 'Newline' && open.length === 0) {
                this.read();
                break;
            }
            if (token.type === '}' && open.length === 0 && this.blockDepth > 0)
                break;
            this.read();
            switch (token.type) {
                case '{':
                case '[':
                case '(':
                case 'OQuote':
                case 'OHeredoc':
                case 'TemplateInterp':
                case 'TemplateControl':
                    open.push(token.type);
                    break;
                case '}':
                case ']':
                case ')':
                case 'CQuote':
                case 'CHeredoc':
                case 'QuotedNewline': {
                    const opener = token.type === 'QuotedNewline' ? 'OQuote' : OPPOSITE[token.type];
                    while (open.length > 0 && open[open.length - 1] !== opener)
                        open.pop();
                    open.pop();
                    break;
                }
                case 'TemplateSeqEnd':
                    while (open.length > 0 &&
                        open[open.length - 1] !== 'TemplateInterp' &&
                        open[open.length - 1] !== 'TemplateControl')
                        open.pop();
                    open.pop();
                    break;
                default:
                    break;
            }
        }
        this.popNewlines();
    }
    /** The next token that is not a newline, without consuming anything. */
    peekPastNewlines() {
        this.pushNewlines(false);
        const token = this.peek();
        this.popNewlines();
        return token;
    }
    scan() {
        let index = this.next;
        if (!this.includeNewlines[this.includeNewlines.length - 1]) {
            while (this.tokens[index].type === 'Newline')
                index++;
        }
        return index;
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/parser.ts
// The native syntax's three ways in, as hclsyntax offers them: a configuration file (`.pkr.hcl`,
// `.pkrvars.hcl`), a lone expression (a `-var name=value` for a variable that is not a string), and a
// whole file as a template (templatefile()). None throws: every problem is a diagnostic with a range, in
// the order it appears in the file, and a tree is returned whatever was wrong.







function parseConfig(text, file) {
    const stream = parser_open(new SourceText(text, file), 'config');
    const body = new StructureParser(stream).parseBody('EOF', startRange(stream));
    return { body, diagnostics: ordered(stream.diagnostics) };
}
function parseExpression(text, file) {
    const { expr, diagnostics } = parseExpressionText(new SourceText(text, file));
    return { expr, diagnostics: ordered(diagnostics) };
}
/** A text as one expression, wherever its characters sit in a file (a JSON string holding a type). */
function parseExpressionText(source) {
    const stream = parser_open(source, 'config');
    stream.pushNewlines(false);
    const expr = new ExpressionParser(stream).parseExpression();
    const next = stream.peek();
    if (next.type !== 'EOF' && !stream.recovery)
        stream.error(next, 'Extra characters after expression', `An expression was successfully parsed, but extra characters were found after it: ${describeToken(next)}.`);
    stream.popNewlines();
    return { expr, diagnostics: stream.diagnostics };
}
function parseTemplate(text, file) {
    const { expr, diagnostics } = parseTemplateText(new SourceText(text, file));
    return { expr, diagnostics: ordered(diagnostics) };
}
/** A text as a template, wherever its characters sit in a file (the JSON syntax maps a string's characters). */
function parseTemplateText(source) {
    const stream = parser_open(source, 'template');
    const expressions = new ExpressionParser(stream);
    const { parts, range } = parseTemplateTokens(stream, { end: 'EOF', flush: false }, () => expressions.parseExpression());
    return { expr: { kind: 'template', parts, range }, diagnostics: stream.diagnostics };
}
function parser_open(source, mode) {
    const { tokens, diagnostics } = scanTokens(source, mode);
    return new TokenStream(tokens, source, diagnostics);
}
/** An empty range at the start of the text. */
function startRange(stream) {
    const start = stream.source.posAt(stream.source.text.startsWith('\uFEFF') ? 1 : 0);
    return { file: stream.source.file, start, end: start };
}
/** Diagnostics in file order (the lexer's and the parser's interleaved), each once. */
function ordered(diagnostics) {
    return diagnostics
        .map((diagnostic, index) => ({ diagnostic, index }))
        .sort((a, b) => a.diagnostic.range.start.byte - b.diagnostic.range.start.byte || a.index - b.index)
        .map(entry => entry.diagnostic);
}

// EXTERNAL MODULE: ./src/template/hcl2/value.ts
var hcl2_value = __webpack_require__(2117);
;// CONCATENATED MODULE: ./src/template/hcl2/eval/unknown.ts
// A value that could not be computed because of an error already reported. It travels up through every
// operation silently (an unknown plus one is unknown, an unknown function argument skips the call), so
// one mistake is reported once and not again by everything built on it. It never leaves the evaluator:
// the result handed back has null where it was.

const UNKNOWN = Object.freeze(Object.create(null));
const isUnknown = (value) => value === UNKNOWN;
/** True when `value` is or holds an unknown anywhere inside. */
function containsUnknown(value) {
    if (value === UNKNOWN)
        return true;
    if ((0,hcl2_value/* isList */.Lv)(value))
        return value.some(containsUnknown);
    if ((0,hcl2_value/* isObject */.Gv)(value))
        return Object.values(value).some(containsUnknown);
    return false;
}
/** `value` with every unknown inside replaced by null, for the caller (who also has the errors). */
function settle(value) {
    if (value === UNKNOWN)
        return null;
    if (!containsUnknown(value))
        return value;
    if ((0,hcl2_value/* isList */.Lv)(value))
        return value.map(settle);
    return (0,hcl2_value/* objectOf */.Xy)(Object.entries(value).map(([key, item]) => [key, settle(item)]));
}

;// CONCATENATED MODULE: ./src/template/hcl2/eval/traverse.ts
// Attribute access and indexing, with HCL's messages (hcl.GetAttr, hcl.Index): what is missing and where.
// Objects and maps are both plain objects here, lists and tuples both arrays, so the object and list
// wordings are used for both.


const INVALID_INDEX = 'Invalid index';
const NO_ELEMENT = 'The given key does not identify an element in this collection value';
/** `value.name`; `step` says which name and where it is written. */
function getAttr(evaluation, value, { name, range }) {
    if (value === UNKNOWN)
        return UNKNOWN;
    const fail = (summary, detail) => {
        evaluation.error(range, summary, detail);
        return UNKNOWN;
    };
    if (value === null)
        return fail('Attempt to get attribute from null value', 'This value is null, so it does not have any attributes.');
    if ((0,hcl2_value/* isObject */.Gv)(value)) {
        if (Object.hasOwn(value, name))
            return value[name];
        return fail('Unsupported attribute', `This object does not have an attribute named "${name}".`);
    }
    if ((0,hcl2_value/* isList */.Lv)(value)) {
        if (value.length > 0 && value.every(hcl2_value/* isObject */.Gv)) {
            if (value.some(element => Object.hasOwn(element, name)))
                return fail('Unsupported attribute', `Can't access attributes on a list of objects. Did you mean to access attribute "${name}" for a specific element of the list, or across all elements of the list?`);
            return fail('Unsupported attribute', "Can't access attributes on a list of objects. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?");
        }
        return fail('Unsupported attribute', 'This value does not have any attributes.');
    }
    return fail('Unsupported attribute', `Can't access attributes on a primitive-typed value (${(0,hcl2_value/* typeName */.go)(value)}).`);
}
/** `value[key]`; `step` says which key and where the brackets are. */
function traverse_index(evaluation, value, { key, range }) {
    if (value === UNKNOWN || key === UNKNOWN)
        return UNKNOWN;
    const fail = (summary, detail) => {
        evaluation.error(range, summary, detail);
        return UNKNOWN;
    };
    if (value === null)
        return fail('Attempt to index null value', 'This value is null, so it does not have any indices.');
    if (key === null)
        return fail(INVALID_INDEX, "Can't use a null value as an indexing key.");
    if ((0,hcl2_value/* isList */.Lv)(value)) {
        let position;
        try {
            position = (0,hcl2_value/* convert */.C6)(key, hcl2_value/* NUMBER */.uk);
        }
        catch (error) {
            return fail(INVALID_INDEX, `${NO_ELEMENT}: ${conversionMessage(error)}.`);
        }
        if (!Number.isInteger(position))
            return fail(INVALID_INDEX, `${NO_ELEMENT}: indexing a sequence requires a whole number, but the given index has a fractional part.`);
        if (position < 0)
            return fail(INVALID_INDEX, `${NO_ELEMENT}: a negative number is not a valid index for a sequence.`);
        if (position >= value.length)
            return fail(INVALID_INDEX, value.length === 0
                ? `${NO_ELEMENT}: the collection has no elements.`
                : `${NO_ELEMENT}: the given index is greater than or equal to the length of the collection.`);
        return value[position];
    }
    if ((0,hcl2_value/* isObject */.Gv)(value)) {
        let name;
        try {
            name = (0,hcl2_value/* convert */.C6)(key, hcl2_value/* STRING */.An);
        }
        catch (error) {
            return fail(INVALID_INDEX, `${NO_ELEMENT}: ${conversionMessage(error)}.`);
        }
        if (Object.hasOwn(value, name))
            return value[name];
        const hint = typeof key === 'number'
            ? ' An object only supports looking up attributes by name, not by numeric index.'
            : '';
        return fail(INVALID_INDEX, `${NO_ELEMENT}.${hint}`);
    }
    return fail(INVALID_INDEX, 'This value does not have any indices.');
}
/** Applies literal steps in order; the first that fails is reported and the rest are skipped. */
function traverse(evaluation, value, steps) {
    let current = value;
    for (const step of steps) {
        current = step.kind === 'attr' ? getAttr(evaluation, current, step) : traverse_index(evaluation, current, step);
        if (current === UNKNOWN)
            return UNKNOWN;
    }
    return current;
}
/** The words of a conversion failure, for "...: <why>." messages. */
function conversionMessage(error) {
    if (error instanceof hcl2_value/* ConversionError */.zx)
        return error.message;
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/template/hcl2/eval/calls.ts
// Function calls, as HCL makes them: arity checked, `...` expanding the last argument, each argument
// converted to its parameter's type and refused when null (unless the parameter allows null), and an
// HclFunctionError reported as "Invalid function argument" at the argument it names. try() and can()
// are not in the function table: they need their arguments unevaluated, so they are evaluated here.






/** The evaluator's own functions, which see their arguments as expressions. */
const SPECIAL = {
    try: evaluateTry,
    can: evaluateCan,
    convert: evaluateConvert
};
const withPeriod = (message) => (/[.!?]$/.test(message) ? message : `${message}.`);
function evaluateCall(evaluation, call) {
    const special = Object.hasOwn(SPECIAL, call.name) ? SPECIAL[call.name] : undefined;
    if (special !== undefined)
        return special(evaluation, call);
    const functions = evaluation.context.functions;
    const fn = Object.hasOwn(functions, call.name) ? functions[call.name] : undefined;
    if (fn === undefined) {
        const suggestion = (0,suggest/* closestName */.N)(call.name, [...Object.keys(functions), ...Object.keys(SPECIAL)]);
        evaluation.error(call.nameRange, 'Call to unknown function', `There is no function named "${call.name}".${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`}`);
        return UNKNOWN;
    }
    const mark = evaluation.mark();
    const args = argumentsOf(evaluation, call);
    if (args === undefined)
        return UNKNOWN;
    const { params, variadic } = fn;
    if (args.length < params.length) {
        evaluation.error(call.closeParenRange, 'Not enough function arguments', `Function "${call.name}" expects${variadic === undefined ? '' : ' at least'} ${params.length} argument(s). Missing value for "${params[args.length].name}".`);
        return UNKNOWN;
    }
    if (variadic === undefined && args.length > params.length) {
        evaluation.error(args[params.length].range, 'Too many function arguments', `Function "${call.name}" expects only ${params.length} argument(s).`);
        return UNKNOWN;
    }
    const converted = args.map((arg, i) => ({
        value: argumentValue(evaluation, arg, i < params.length ? params[i] : variadic),
        range: arg.range
    }));
    if (evaluation.errorsSince(mark) || converted.some(arg => arg.value === UNKNOWN))
        return UNKNOWN;
    return run(evaluation, call, { fn, args: converted });
}
/** The arguments' values, the `...` one spread; undefined when one failed (reported). */
function argumentsOf(evaluation, call) {
    const expressions = call.expandFinal ? call.args.slice(0, -1) : call.args;
    const args = expressions.map(expr => ({ value: evaluation.value(expr), range: expr.range }));
    if (!call.expandFinal)
        return args;
    const last = call.args[call.args.length - 1];
    const expanding = evaluation.value(last);
    if (expanding === UNKNOWN)
        return undefined;
    if (expanding === null || !(0,hcl2_value/* isList */.Lv)(expanding)) {
        evaluation.error(last.range, 'Invalid expanding argument value', expanding === null
            ? 'The expanding argument (indicated by ...) must not be null.'
            : 'The expanding argument (indicated by ...) must be of a tuple, list, or set type.');
        return undefined;
    }
    return [...args, ...expanding.map(value => ({ value, range: last.range }))];
}
function argumentValue(evaluation, arg, param) {
    // A value that failed, even deep inside a list, was reported already: it is not converted, and the
    // function is not called.
    if (containsUnknown(arg.value))
        return UNKNOWN;
    const invalid = (why) => {
        evaluation.error(arg.range, 'Invalid function argument', `Invalid value for "${param.name}" parameter: ${withPeriod(why)}`);
        return UNKNOWN;
    };
    if (arg.value === null)
        return param.allowNull ? null : invalid('argument must not be null');
    try {
        return (0,hcl2_value/* convert */.C6)(arg.value, param.type);
    }
    catch (error) {
        return invalid(conversionMessage(error));
    }
}
/** Calls `fn` with its converted arguments; what it throws is reported at the argument it names. */
function run(evaluation, call, { fn, args }) {
    try {
        return fn.run(args.map(arg => arg.value), evaluation.context.functionContext);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const argument = error instanceof HclFunctionError ? error.argument : undefined;
        const param = argument === undefined ? undefined : (fn.params[argument] ?? fn.variadic);
        if (argument !== undefined && param !== undefined && argument < args.length)
            evaluation.error(args[argument].range, 'Invalid function argument', `Invalid value for "${param.name}" parameter: ${withPeriod(message)}`);
        else
            evaluation.error(rangeBetween(call.nameRange, call.openParenRange), 'Error in function call', `Call to function "${call.name}" failed: ${withPeriod(message)}`);
        return UNKNOWN;
    }
}
/** try(a, b, ...): the first argument that evaluates without error. */
function evaluateTry(evaluation, call) {
    const failures = [];
    for (const arg of call.args) {
        const attempt = evaluation.isolated(() => evaluation.value(arg));
        if (!attempt.diagnostics.some(diagnostic => diagnostic.severity === 'error'))
            return attempt.value;
        failures.push(...attempt.diagnostics);
    }
    const why = call.args.length === 0
        ? 'at least one argument is required.'
        : `no expression succeeded:\n${failures
            .map(failure => `- ${failure.summary} (at ${formatPos(failure.range)})\n  ${failure.detail ?? ''}\n`)
            .join('')}\nAt least one expression must produce a successful result.`;
    evaluation.error(rangeBetween(call.nameRange, call.openParenRange), 'Error in function call', `Call to function "try" failed: ${why}`);
    return UNKNOWN;
}
/** can(expr): whether the expression evaluates without error. */
function evaluateCan(evaluation, call) {
    const arg = single(evaluation, call, 'expression');
    if (arg === undefined)
        return UNKNOWN;
    const attempt = evaluation.isolated(() => evaluation.value(arg));
    return !attempt.diagnostics.some(diagnostic => diagnostic.severity === 'error');
}
/** convert(value, type): the value converted to a type constraint written as in a variable's `type`. */
function evaluateConvert(evaluation, call) {
    if (!arity(evaluation, call, ['value', 'type']))
        return UNKNOWN;
    const [valueExpr, typeExpr] = call.args;
    const { type, diagnostics } = evaluation.typeConstraint(typeExpr);
    evaluation.report(diagnostics);
    const value = evaluation.value(valueExpr);
    if (type === undefined || containsUnknown(value))
        return UNKNOWN;
    try {
        return (0,hcl2_value/* convert */.C6)(value, type);
    }
    catch (error) {
        evaluation.error(valueExpr.range, 'Invalid function argument', `Invalid value for "value" parameter: ${withPeriod(conversionMessage(error))}`);
        return UNKNOWN;
    }
}
function single(evaluation, call, name) {
    return arity(evaluation, call, [name]) ? call.args[0] : undefined;
}
/** Checks the argument count of an evaluator function (no `...` allowed: its arguments are expressions). */
function arity(evaluation, call, names) {
    if (call.expandFinal) {
        evaluation.error(call.args[call.args.length - 1].range, 'Invalid expanding argument value', `The arguments of "${call.name}" cannot be expanded with "...": they are evaluated one by one.`);
        return false;
    }
    if (call.args.length < names.length) {
        evaluation.error(call.closeParenRange, 'Not enough function arguments', `Function "${call.name}" expects ${names.length} argument(s). Missing value for "${names[call.args.length]}".`);
        return false;
    }
    if (call.args.length > names.length) {
        evaluation.error(call.args[names.length].range, 'Too many function arguments', `Function "${call.name}" expects only ${names.length} argument(s).`);
        return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/template/hcl2/unify.ts
var unify = __webpack_require__(2595);
;// CONCATENATED MODULE: ./src/template/hcl2/eval/conditional.ts
// `cond ? a : b`, as HCL evaluates it: both results are computed (their types must unify), but only the
// chosen one's errors count, so `length(l) > 0 ? l[0] : "none"` is fine for an empty list.





function evaluateConditional(evaluation, expr) {
    const whenTrue = evaluation.isolated(() => evaluation.value(expr.trueResult));
    const whenFalse = evaluation.isolated(() => evaluation.value(expr.falseResult));
    let resultType = { kind: 'any' };
    // A result that failed (wholly or inside) has no type to unify, as cty's unknowns have none.
    const typed = (value) => value !== null && !containsUnknown(value);
    if (typed(whenTrue.value) && typed(whenFalse.value)) {
        const trueType = (0,unify/* typeOfValue */.x6)(whenTrue.value);
        const falseType = (0,unify/* typeOfValue */.x6)(whenFalse.value);
        resultType = (0,unify/* unify */.QF)([trueType, falseType]);
        if (resultType === undefined) {
            evaluation.error(rangeBetween(expr.trueResult.range, expr.falseResult.range), 'Inconsistent conditional result types', `The true and false result expressions must have consistent types. ${(0,unify/* describeMismatch */._e)(trueType, falseType)}.`);
            return UNKNOWN;
        }
    }
    const condition = evaluation.value(expr.condition);
    if (condition === UNKNOWN)
        return UNKNOWN;
    if (condition === null) {
        evaluation.error(expr.condition.range, 'Null condition', 'The condition value is null. Conditions must either be true or false.');
        return UNKNOWN;
    }
    let chosen;
    try {
        chosen = (0,hcl2_value/* convert */.C6)(condition, hcl2_value/* BOOL */.HX);
    }
    catch {
        evaluation.error(expr.condition.range, 'Incorrect condition type', 'The condition expression must be of type bool.');
        return UNKNOWN;
    }
    const result = chosen ? whenTrue : whenFalse;
    evaluation.report(result.diagnostics);
    if (result.value === UNKNOWN)
        return UNKNOWN;
    try {
        return (0,hcl2_value/* convert */.C6)(result.value, resultType);
    }
    catch (error) {
        evaluation.error((chosen ? expr.trueResult : expr.falseResult).range, 'Inconsistent conditional result types', `The ${chosen ? 'true' : 'false'} result value has the wrong type: ${conversionMessage(error)}.`);
        return UNKNOWN;
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/eval/for.ts
// `for` expressions: `[for i, v in coll : expr if cond]` makes a tuple, `{for k, v in coll : key => value}`
// an object (`...` after the value groups duplicates into tuples). Lists are visited in order with their
// index as key; objects in cty's order (lexical by key) with the key.



/** The key/value pairs to visit, or undefined when the collection cannot be iterated (reported). */
function iterationEntries(evaluation, collection, range) {
    if (collection === UNKNOWN)
        return undefined;
    if (collection === null) {
        evaluation.error(range, 'Iteration over null value', "A null value cannot be used as the collection in a 'for' expression.");
        return undefined;
    }
    if ((0,hcl2_value/* isList */.Lv)(collection))
        return collection.map((value, index) => [index, value]);
    if ((0,hcl2_value/* isObject */.Gv)(collection))
        return (0,hcl2_value/* entriesOf */.Mc)(collection);
    evaluation.error(range, 'Iteration over non-iterable value', `A value of type ${(0,hcl2_value/* typeName */.go)(collection)} cannot be used as the collection in a 'for' expression.`);
    return undefined;
}
/** The variables one iteration sees. */
function iterationScope({ keyVar, valueVar }, key, value) {
    return keyVar === undefined ? { [valueVar]: value } : { [keyVar]: key, [valueVar]: value };
}
function evaluateFor(evaluation, expr) {
    const entries = iterationEntries(evaluation, evaluation.value(expr.collection), expr.collection.range);
    if (entries === undefined)
        return UNKNOWN;
    const items = [];
    const object = new Map();
    const groups = new Map();
    let known = true;
    for (const [key, value] of entries) {
        evaluation.inScope(iterationScope(expr, key, value), () => {
            const include = condition(evaluation, expr.condition, known);
            if (include === undefined)
                known = false;
            if (include !== true)
                return;
            if (expr.keyExpr === undefined) {
                items.push(evaluation.value(expr.valueExpr));
                return;
            }
            const name = objectKey(evaluation, expr.keyExpr, known);
            if (name === undefined) {
                known = false;
                return;
            }
            const item = evaluation.value(expr.valueExpr);
            if (expr.group) {
                const group = groups.get(name);
                if (group === undefined)
                    groups.set(name, [item]);
                else
                    group.push(item);
            }
            else if (object.has(name))
                evaluation.error(expr.keyExpr.range, 'Duplicate object key', `Two different items produced the key "${name}" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`);
            else
                object.set(name, item);
        });
    }
    if (!known)
        return UNKNOWN;
    if (expr.keyExpr === undefined)
        return items;
    return (0,hcl2_value/* objectOf */.Xy)(expr.group ? groups : object);
}
/** The `if` clause's verdict: true, false, or undefined when it failed (reported the first time only). */
function condition(evaluation, expr, report) {
    if (expr === undefined)
        return true;
    const value = evaluation.value(expr);
    if (value === UNKNOWN)
        return undefined;
    if (value === null) {
        if (report)
            evaluation.error(expr.range, "Invalid 'for' condition", "The value of the 'if' clause must not be null.");
        return undefined;
    }
    try {
        return (0,hcl2_value/* convert */.C6)(value, hcl2_value/* BOOL */.HX);
    }
    catch (error) {
        if (report)
            evaluation.error(expr.range, "Invalid 'for' condition", `The 'if' clause value is invalid: ${conversionMessage(error)}.`);
        return undefined;
    }
}
function objectKey(evaluation, expr, report) {
    const value = evaluation.value(expr);
    if (value === UNKNOWN)
        return undefined;
    if (value === null) {
        if (report)
            evaluation.error(expr.range, 'Invalid object key', "Key expression in 'for' expression must not produce a null value.");
        return undefined;
    }
    try {
        return (0,hcl2_value/* convert */.C6)(value, hcl2_value/* STRING */.An);
    }
    catch (error) {
        if (report)
            evaluation.error(expr.range, 'Invalid object key', `The key expression produced an invalid result: ${conversionMessage(error)}.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/eval/keyword.ts
// An expression read as a bare word (hcl.ExprAsKeyword): `string` in `type = string`, an object key
// `name` in `{ name = 1 }`. In the JSON syntax a string is read the same way: "string" is the keyword.

/** The word an expression consists of, or undefined when it is anything more than one identifier. */
function keyword(expr) {
    switch (expr.kind) {
        case 'scopeTraversal':
            return expr.steps.length === 0 ? expr.root : undefined;
        case 'literal':
            // `true`, `false` and `null` are words too (hcl's static traversal of them).
            if (expr.value === null)
                return 'null';
            return typeof expr.value === 'boolean' ? String(expr.value) : undefined;
        case 'template': {
            if (expr.json === undefined)
                return undefined;
            const text = expr.json.text.trim();
            return text !== '' && identifierLength(text, 0) === text.length ? text : undefined;
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/eval/objects.ts
// Object constructors `{ name = value, (expr) = value, "quoted" = value }`: a bare name is the key itself,
// anything else is evaluated and converted to a string. A later duplicate key wins, as in HCL's native
// syntax; its JSON syntax refuses one.





function evaluateObject(evaluation, expr) {
    const entries = [];
    const keyRanges = new Map();
    let known = true;
    for (const item of expr.items) {
        const key = itemKey(evaluation, item);
        const value = evaluation.value(item.value);
        if (key === undefined)
            known = false;
        else if (expr.uniqueKeys && keyRanges.has(key))
            evaluation.error(item.key.range, 'Duplicate object attribute', `An attribute named "${key}" was already defined at ${formatPos(keyRanges.get(key))}.`);
        else {
            keyRanges.set(key, item.key.range);
            entries.push([key, value]);
        }
    }
    return known ? (0,hcl2_value/* objectOf */.Xy)(entries) : UNKNOWN;
}
function itemKey(evaluation, item) {
    const { key } = item;
    if (!item.forceNonLiteral) {
        if (key.kind === 'scopeTraversal' && key.steps.length > 0) {
            evaluation.error(key.range, 'Ambiguous attribute key', "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.");
            return undefined;
        }
        const name = keyword(key);
        if (name !== undefined)
            return name;
    }
    const value = evaluation.value(key);
    if (value === UNKNOWN)
        return undefined;
    if (value === null) {
        evaluation.error(key.range, 'Null value as key', "Can't use a null value as a key.");
        return undefined;
    }
    try {
        return (0,hcl2_value/* convert */.C6)(value, hcl2_value/* STRING */.An);
    }
    catch (error) {
        evaluation.error(key.range, 'Incorrect key type', `Can't use this value as a key: ${conversionMessage(error)}.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/eval/operators.ts
// Binary and unary operators with HCL's operand conversions: arithmetic and ordering convert both sides to
// numbers (`"5" + 1` is 6), `&&` `||` `!` to bools, `==` `!=` compare any two values deeply and by type.
// Both sides are always evaluated; as in HCL, a known `true ||` or `false &&` decides the result even
// when the other side failed.



const ARITHMETIC = {
    '+': (a, b) => a + b,
    '-': (a, b) => a - b,
    '*': (a, b) => a * b,
    '/': (a, b) => (a === 0 && b === 0 ? undefined : a / b),
    // cty: x % 0 is x; the remainder keeps the dividend's sign, as in JavaScript.
    '%': (a, b) => (b === 0 ? a : a % b)
};
const COMPARISON = {
    '<': (a, b) => a < b,
    '<=': (a, b) => a <= b,
    '>': (a, b) => a > b,
    '>=': (a, b) => a >= b
};
function evaluateBinary(evaluation, expr) {
    const { op } = expr;
    if (op === '==' || op === '!=')
        return equality(evaluation, expr);
    const type = op === '&&' || op === '||' ? hcl2_value/* BOOL */.HX : hcl2_value/* NUMBER */.uk;
    const left = evaluation.isolated(() => evaluation.value(expr.lhs));
    const right = evaluation.isolated(() => evaluation.value(expr.rhs));
    const conversionErrors = [];
    const lhs = operand({ expr: expr.lhs, value: left.value, side: 'left' }, type, conversionErrors);
    const rhs = operand({ expr: expr.rhs, value: right.value, side: 'right' }, type, conversionErrors);
    if (conversionErrors.length > 0) {
        evaluation.report([...conversionErrors, ...left.diagnostics, ...right.diagnostics]);
        return UNKNOWN;
    }
    if (op === '||' || op === '&&') {
        const decisive = op === '||';
        if (lhs === decisive)
            return report(evaluation, left.diagnostics, decisive);
        if (rhs === decisive)
            return report(evaluation, right.diagnostics, decisive);
    }
    evaluation.report([...left.diagnostics, ...right.diagnostics]);
    if (lhs === UNKNOWN || rhs === UNKNOWN)
        return UNKNOWN;
    if (lhs === null || rhs === null) {
        evaluation.error(expr.range, 'Operation failed', 'Error during operation: argument must not be null.');
        return UNKNOWN;
    }
    if (op === '||')
        return lhs || rhs;
    if (op === '&&')
        return lhs && rhs;
    const comparison = COMPARISON[op];
    if (comparison !== undefined)
        return comparison(lhs, rhs);
    const result = ARITHMETIC[op](lhs, rhs);
    if (result === undefined || Number.isNaN(result)) {
        evaluation.error(expr.range, 'Operation failed', `Error during operation: ${op === '/' ? "can't divide zero by zero or infinity by infinity" : "can't use modulo with zero and infinity"}.`);
        return UNKNOWN;
    }
    return result;
}
function report(evaluation, diagnostics, value) {
    evaluation.report(diagnostics);
    return value;
}
function equality(evaluation, expr) {
    const mark = evaluation.mark();
    const lhs = evaluation.value(expr.lhs);
    const rhs = evaluation.value(expr.rhs);
    if (evaluation.errorsSince(mark) || containsUnknown(lhs) || containsUnknown(rhs))
        return UNKNOWN;
    const equal = (0,hcl2_value/* valuesEqual */.lu)(lhs, rhs);
    return expr.op === '==' ? equal : !equal;
}
/** An operand converted to the operator's type; a failure is collected, not reported yet. */
function operand({ expr, value, side }, type, errors) {
    if (value === UNKNOWN)
        return UNKNOWN;
    try {
        return (0,hcl2_value/* convert */.C6)(value, type);
    }
    catch (error) {
        errors.push({
            severity: 'error',
            summary: 'Invalid operand',
            detail: `Unsuitable value for ${side} operand: ${conversionMessage(error)}.`,
            range: expr.range
        });
        return UNKNOWN;
    }
}
function evaluateUnary(evaluation, expr) {
    const given = evaluation.value(expr.operand);
    if (given === UNKNOWN)
        return UNKNOWN;
    let value;
    try {
        value = (0,hcl2_value/* convert */.C6)(given, expr.op === '!' ? hcl2_value/* BOOL */.HX : hcl2_value/* NUMBER */.uk);
    }
    catch (error) {
        evaluation.error(expr.operand.range, 'Invalid operand', `Unsuitable value for unary operand: ${conversionMessage(error)}.`);
        return UNKNOWN;
    }
    if (value === null) {
        evaluation.error(expr.range, 'Operation failed', 'Error during operation: argument must not be null.');
        return UNKNOWN;
    }
    return expr.op === '!' ? !value : -value;
}

;// CONCATENATED MODULE: ./src/template/hcl2/eval/splat.ts
// Splats: `list[*].name` and `list.*.name` apply the steps after the marker to every element. A value that
// is not a list is treated as a list of itself, and null as an empty list (so `var.maybe[*]` is [] or [x]).


function evaluateSplat(evaluation, expr) {
    const source = evaluation.value(expr.source);
    if (source === UNKNOWN)
        return UNKNOWN;
    if (source === null)
        return [];
    const elements = (0,hcl2_value/* isList */.Lv)(source) ? source : [source];
    const mark = evaluation.mark();
    const results = elements.map(element => evaluation.withSplatItem(expr.item, element, () => evaluation.value(expr.each)));
    return evaluation.errorsSince(mark) ? UNKNOWN : results;
}

;// CONCATENATED MODULE: ./src/template/hcl2/eval/templates.ts
// Templates: text, `${ }` interpolations converted to strings, and the `%{ if }` / `%{ for }` directives.
// A template that is exactly one interpolation returns its value as it is (`"${var.list}"` is the list).




function evaluateTemplate(evaluation, expr) {
    const [only] = expr.parts;
    if (expr.parts.length === 1 && only.kind === 'interpolation')
        return evaluation.value(only.expr);
    return render(evaluation, expr.parts);
}
/** The parts rendered and joined; UNKNOWN when any part failed. */
function render(evaluation, parts) {
    let text = '';
    let known = true;
    for (const part of parts) {
        const piece = renderPart(evaluation, part);
        if (piece === undefined)
            known = false;
        else
            text += piece;
    }
    return known ? text : UNKNOWN;
}
function renderPart(evaluation, part) {
    switch (part.kind) {
        case 'text':
            return part.value;
        case 'interpolation':
            return asString(evaluation, evaluation.value(part.expr), part.expr.range);
        case 'if': {
            const chosen = directiveCondition(evaluation, evaluation.value(part.condition), part.condition.range);
            if (chosen === undefined)
                return undefined;
            return asString(evaluation, render(evaluation, chosen ? part.then : part.else), part.range);
        }
        case 'for': {
            const entries = iterationEntries(evaluation, evaluation.value(part.collection), part.collection.range);
            if (entries === undefined)
                return undefined;
            let text = '';
            let known = true;
            for (const [key, value] of entries) {
                const rendered = evaluation.inScope(iterationScope(part, key, value), () => render(evaluation, part.body));
                if (rendered === UNKNOWN)
                    known = false;
                else
                    text += rendered;
            }
            return known ? text : undefined;
        }
    }
}
function asString(evaluation, value, range) {
    if (value === UNKNOWN)
        return undefined;
    if (value === null) {
        evaluation.error(range, 'Invalid template interpolation value', 'The expression result is null. Cannot include a null value in a string template.');
        return undefined;
    }
    try {
        return (0,hcl2_value/* convert */.C6)(value, hcl2_value/* STRING */.An);
    }
    catch (error) {
        evaluation.error(range, 'Invalid template interpolation value', `Cannot include the given value in a string template: ${conversionMessage(error)}.`);
        return undefined;
    }
}
/** An `%{ if }` condition, as a conditional expression's: a bool, never null. */
function directiveCondition(evaluation, value, range) {
    if (value === UNKNOWN)
        return undefined;
    if (value === null) {
        evaluation.error(range, 'Null condition', 'The condition value is null. Conditions must either be true or false.');
        return undefined;
    }
    try {
        return (0,hcl2_value/* convert */.C6)(value, hcl2_value/* BOOL */.HX);
    }
    catch {
        evaluation.error(range, 'Incorrect condition type', 'The condition expression must be of type bool.');
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/eval/type-constraint.ts
// Type constraints as variables declare them (`type = list(string)`), read the way HCL's typeexpr reads
// them: keywords string, number, bool, any; constructors list(), set(), map(), tuple([...]) and
// object({...}) whose attributes may be optional(type[, default]). The expression is never evaluated,
// only read; an optional attribute's default is a constant, evaluated with no variables or functions.





const INVALID = 'Invalid type specification';
function readTypeConstraint(expr, evaluateConstant) {
    const diagnostics = [];
    let source = expr;
    if (expr.kind === 'template' && expr.json !== undefined) {
        // The JSON syntax writes a type as a string: "list(string)".
        const parsed = parseExpressionText(expr.json);
        if (parsed.diagnostics.length > 0)
            return { diagnostics: parsed.diagnostics };
        source = parsed.expr;
    }
    const type = new TypeReader(diagnostics, evaluateConstant).read(source);
    return diagnostics.some(diagnostic => diagnostic.severity === 'error')
        ? { diagnostics }
        : { type, diagnostics };
}
class TypeReader {
    diagnostics;
    evaluateConstant;
    constructor(diagnostics, evaluateConstant) {
        this.diagnostics = diagnostics;
        this.evaluateConstant = evaluateConstant;
    }
    fail(range, detail, summary = INVALID) {
        this.diagnostics.push(errorAt(range, summary, detail));
        return { kind: 'any' };
    }
    read(expr) {
        const word = keyword(expr);
        switch (word) {
            case 'bool':
            case 'string':
            case 'number':
            case 'any':
                return { kind: word };
            case 'list':
            case 'map':
            case 'set':
                return this.fail(expr.range, `The ${word} type constructor requires one argument specifying the element type.`);
            case 'object':
                return this.fail(expr.range, 'The object type constructor requires one argument specifying the attribute types and values as a map.');
            case 'tuple':
                return this.fail(expr.range, 'The tuple type constructor requires one argument specifying the element types as a list.');
            case undefined:
                break;
            default:
                return this.fail(expr.range, `The keyword "${word}" is not a valid type specification.`);
        }
        if (expr.kind !== 'functionCall')
            return this.fail(expr.range, 'A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).');
        return this.call(expr);
    }
    call(call) {
        const argsRange = {
            file: call.range.file,
            start: call.openParenRange.start,
            end: call.closeParenRange.end
        };
        switch (call.name) {
            case 'bool':
            case 'string':
            case 'number':
                return this.fail(argsRange, `Primitive type keyword "${call.name}" does not expect arguments.`);
            case 'any':
                return this.fail(argsRange, `Type constraint keyword "${call.name}" does not expect arguments.`);
            case 'optional':
                return this.fail(call.nameRange, `Keyword "${call.name}" is valid only as a modifier for object type attributes.`);
            case 'list':
            case 'set':
            case 'map':
            case 'object':
            case 'tuple':
                break;
            default:
                return this.fail(call.range, `Keyword "${call.name}" is not a valid type constructor.`);
        }
        if (call.args.length !== 1) {
            const subject = call.args.length > 1
                ? {
                    file: call.range.file,
                    start: call.args[1].range.start,
                    end: call.args[call.args.length - 1].range.end
                }
                : argsRange;
            const detail = call.name === 'object'
                ? 'The object type constructor requires one argument specifying the attribute types and values as a map.'
                : call.name === 'tuple'
                    ? 'The tuple type constructor requires one argument specifying the element types as a list.'
                    : `The ${call.name} type constructor requires one argument specifying the element type.`;
            return this.fail(subject, detail);
        }
        const argument = call.args[0];
        switch (call.name) {
            case 'list':
            case 'set':
            case 'map':
                return { kind: call.name, element: this.read(argument) };
            case 'tuple':
                if (argument.kind !== 'tuple')
                    return this.fail(argument.range, 'Tuple type constructor requires a list of element types.');
                return { kind: 'tuple', elements: argument.items.map(item => this.read(item)) };
            default:
                return this.object(argument);
        }
    }
    object(argument) {
        if (argument.kind !== 'object')
            return this.fail(argument.range, 'Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.');
        const attributes = {};
        const optional = {};
        for (const item of argument.items) {
            const name = item.forceNonLiteral ? undefined : keyword(item.key);
            if (name === undefined) {
                this.fail(item.key.range, 'Object constructor map keys must be attribute names.');
                continue;
            }
            if (Object.hasOwn(attributes, name)) {
                this.fail(item.key.range, 'Object constructor map keys must be unique.');
                continue;
            }
            let typeExpr = item.value;
            let defaultExpr;
            let isOptional = false;
            if (typeExpr.kind === 'functionCall' && typeExpr.name === 'optional') {
                const args = typeExpr.args;
                const argsRange = {
                    file: typeExpr.range.file,
                    start: typeExpr.openParenRange.start,
                    end: typeExpr.closeParenRange.end
                };
                if (args.length < 1) {
                    this.fail(argsRange, 'Optional attribute modifier requires the attribute type as its argument.');
                    continue;
                }
                if (args.length > 2)
                    this.fail(argsRange, 'Optional attribute modifier expects at most two arguments: the attribute type, and a default value.');
                else
                    isOptional = true;
                defaultExpr = args.length === 2 ? args[1] : undefined;
                typeExpr = args[0];
            }
            const type = this.read(typeExpr);
            attributes[name] = type;
            if (!isOptional)
                continue;
            if (defaultExpr === undefined) {
                optional[name] = {};
                continue;
            }
            const constant = this.evaluateConstant(defaultExpr);
            this.diagnostics.push(...constant.diagnostics);
            if (constant.diagnostics.some(diagnostic => diagnostic.severity === 'error'))
                continue;
            try {
                optional[name] = { default: (0,hcl2_value/* convert */.C6)(constant.value, type) };
            }
            catch (error) {
                this.fail(defaultExpr.range, `This default value is not compatible with the attribute's type constraint: ${conversionMessage(error)}.`, 'Invalid default value for optional attribute');
            }
        }
        return Object.keys(optional).length === 0
            ? { kind: 'object', attributes }
            : { kind: 'object', attributes, optional };
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/eval/evaluator.ts
// Gives an expression its value in a context (variables, functions), with HCL's semantics. Each kind of
// expression has its own module; this one dispatches, keeps the scopes (`for` variables, splat elements)
// and collects the diagnostics. Nothing throws for a bad template: every problem is a diagnostic, and a
// value that could not be computed is null in the result.












function evaluate(expr, context) {
    return new Evaluator(context, false).run(expr);
}
/**
 * A type constraint as a variable's `type` gives it: `list(string)`, `object({ name = optional(string, "x") })`.
 * Undefined type when the constraint is invalid (the diagnostics say why).
 */
function typeConstraint(expr) {
    return readTypeConstraint(expr, evaluateConstant);
}
/** A constant expression's value: no variables, no functions (an optional attribute's default). */
function evaluateConstant(expr) {
    return new Evaluator(EMPTY_CONTEXT, true).run(expr);
}
/**
 * How deeply evaluation may recurse (a chain of a thousand `+` is a thousand levels): far beyond any
 * template, well within the stack.
 */
const MAX_EVALUATION_DEPTH = 1000;
const EMPTY_CONTEXT = {
    variables: {},
    functions: {},
    functionContext: {
        now: new Date(0),
        uuid: () => '',
        cwd: '.',
        env: {},
        readsFile: () => undefined,
        renderTemplate: () => null
    }
};
class Evaluator {
    context;
    constant;
    diagnostics = [];
    scopes = [];
    splatItems = new Map();
    constructor(context, 
    /** Constants only: a reference or a call is an error ("Variables not allowed"). */
    constant) {
        this.context = context;
        this.constant = constant;
    }
    run(expr) {
        let value;
        try {
            value = this.value(expr);
        }
        catch (error) {
            // The depth limit should make this unreachable; if a shape it misses still exhausts the stack,
            // the user gets a diagnostic, not a crash.
            if (!(error instanceof RangeError))
                throw error;
            this.error(expr.range, 'Expression too complex', `Evaluating this expression ran out of stack: ${error.message}.`);
            value = UNKNOWN;
        }
        return { value: settle(value), diagnostics: this.diagnostics };
    }
    depth = 0;
    value(expr) {
        if (this.depth >= MAX_EVALUATION_DEPTH) {
            this.error(expr.range, 'Expression too complex', `Evaluating this expression goes more than ${MAX_EVALUATION_DEPTH} levels deep.`);
            return UNKNOWN;
        }
        this.depth++;
        try {
            return this.dispatch(expr);
        }
        finally {
            this.depth--;
        }
    }
    dispatch(expr) {
        switch (expr.kind) {
            case 'literal':
                return expr.value;
            case 'template':
                return evaluateTemplate(this, expr);
            case 'scopeTraversal': {
                const root = this.lookup(expr.root, expr.rootRange);
                return root === UNKNOWN ? UNKNOWN : traverse(this, root, expr.steps);
            }
            case 'relativeTraversal': {
                const source = this.value(expr.source);
                return source === UNKNOWN ? UNKNOWN : traverse(this, source, expr.steps);
            }
            case 'functionCall':
                if (this.constant) {
                    this.error(expr.range, 'Function calls not allowed', 'Functions may not be called here.');
                    return UNKNOWN;
                }
                return evaluateCall(this, expr);
            case 'conditional':
                return evaluateConditional(this, expr);
            case 'binaryOp':
                return evaluateBinary(this, expr);
            case 'unaryOp':
                return evaluateUnary(this, expr);
            case 'tuple':
                return expr.items.map(item => this.value(item));
            case 'object':
                return evaluateObject(this, expr);
            case 'for':
                return evaluateFor(this, expr);
            case 'index': {
                const collection = this.value(expr.collection);
                const key = this.value(expr.key);
                return traverse_index(this, collection, { key, range: expr.bracketRange });
            }
            case 'splat':
                return evaluateSplat(this, expr);
            case 'splatItem':
                return this.splatItems.has(expr) ? this.splatItems.get(expr) : UNKNOWN;
            case 'parentheses':
                return this.value(expr.expr);
            case 'invalid':
                // Its syntax error was reported by the parser.
                return UNKNOWN;
        }
    }
    lookup(name, range) {
        for (let i = this.scopes.length - 1; i >= 0; i--)
            if (Object.hasOwn(this.scopes[i], name))
                return this.scopes[i][name];
        if (this.constant) {
            this.error(range, 'Variables not allowed', 'Variables may not be used here.');
            return UNKNOWN;
        }
        const { variables } = this.context;
        if (Object.hasOwn(variables, name))
            return variables[name];
        const names = [...Object.keys(variables), ...this.scopes.flatMap(scope => Object.keys(scope))];
        const suggestion = (0,suggest/* closestName */.N)(name, names);
        this.error(range, 'Unknown variable', `There is no variable named "${name}".${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`}`);
        return UNKNOWN;
    }
    error(range, summary, detail) {
        this.diagnostics.push(errorAt(range, summary, detail));
    }
    report(diagnostics) {
        this.diagnostics.push(...diagnostics);
    }
    isolated(run) {
        const outer = this.diagnostics;
        this.diagnostics = [];
        try {
            const value = run();
            return { value, diagnostics: this.diagnostics };
        }
        finally {
            this.diagnostics = outer;
        }
    }
    inScope(variables, run) {
        this.scopes.push(variables);
        try {
            return run();
        }
        finally {
            this.scopes.pop();
        }
    }
    withSplatItem(item, value, run) {
        const had = this.splatItems.has(item);
        const previous = this.splatItems.get(item);
        this.splatItems.set(item, value);
        try {
            return run();
        }
        finally {
            if (had)
                this.splatItems.set(item, previous);
            else
                this.splatItems.delete(item);
        }
    }
    typeConstraint(expr) {
        return typeConstraint(expr);
    }
    mark() {
        return this.diagnostics.length;
    }
    errorsSince(mark) {
        for (let i = mark; i < this.diagnostics.length; i++)
            if (this.diagnostics[i].severity === 'error')
                return true;
        return false;
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/eval/references.ts
// The variables an expression refers to (hclsyntax's Variables()): `local.a`, `var.list[0]`, without
// evaluating anything, so locals can be ordered and a cycle found before any value exists. Names a `for`
// expression or directive declares are its own, not references. The walk keeps its own stack, so even a
// very long chain of operators is walked without recursion.
function references(expr) {
    const found = [];
    // Children are pushed in reverse so they come off the stack in source order.
    const stack = [[expr, new Set()]];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        const [node, locals] = next;
        const traversal = visit(node, locals, children => {
            for (let i = children.length - 1; i >= 0; i--)
                stack.push(children[i]);
        });
        if (traversal !== undefined)
            found.push(traversal);
    }
    return found;
}
function staticSteps(steps) {
    const result = [];
    for (const step of steps) {
        if (step.kind === 'attr')
            result.push(step.name);
        else if (typeof step.key === 'string' || typeof step.key === 'number')
            result.push(step.key);
        else
            break;
    }
    return result;
}
/** A node's own reference, if it is one; its children go to `walk`. */
function visit(node, locals, walk) {
    const all = (...children) => {
        walk(children.filter(child => child !== undefined).map(child => [child, locals]));
        return undefined;
    };
    switch (node.kind) {
        case 'scopeTraversal':
            return locals.has(node.root)
                ? undefined
                : { root: node.root, steps: staticSteps(node.steps), range: node.range };
        case 'relativeTraversal':
            return all(node.source);
        case 'template':
            return all(...node.parts);
        case 'functionCall':
            return all(...node.args);
        case 'conditional':
            return all(node.condition, node.trueResult, node.falseResult);
        case 'binaryOp':
            return all(node.lhs, node.rhs);
        case 'unaryOp':
            return all(node.operand);
        case 'tuple':
            return all(...node.items);
        case 'object':
            // A bare name as a key is the key itself, not a reference.
            return all(...node.items.flatMap(item => [
                item.forceNonLiteral || !(item.key.kind === 'scopeTraversal' && item.key.steps.length === 0)
                    ? item.key
                    : undefined,
                item.value
            ]));
        case 'for': {
            // A `for` expression or a `for` directive: the collection is outside, the rest sees the names.
            const inner = withNames(locals, node.keyVar, node.valueVar);
            const scoped = 'body' in node ? node.body : [node.keyExpr, node.valueExpr, node.condition];
            walk([
                [node.collection, locals],
                ...scoped.filter(child => child !== undefined).map(child => [child, inner])
            ]);
            return undefined;
        }
        case 'index':
            return all(node.collection, node.key);
        case 'splat':
            return all(node.source, node.each);
        case 'parentheses':
            return all(node.expr);
        case 'interpolation':
            return all(node.expr);
        case 'if':
            return all(node.condition, ...node.then, ...node.else);
        case 'text':
        case 'literal':
        case 'splatItem':
        case 'invalid':
            return undefined;
    }
}
function withNames(locals, keyVar, valueVar) {
    const inner = new Set(locals);
    if (keyVar !== undefined)
        inner.add(keyVar);
    inner.add(valueVar);
    return inner;
}

;// CONCATENATED MODULE: ./src/template/hcl2/eval/render-template.ts
// What templatefile() needs from the language, as Packer's templatefile does it: the file parsed as a
// template and evaluated with only the given variables (whose names must be identifiers, and which must
// cover every reference), with every function but templatefile itself. The caller wires this in as the
// function context's renderTemplate.






const RECURSION = {
    params: [],
    variadic: { name: 'args', type: { kind: 'any' }, allowNull: true },
    run: () => {
        throw new HclFunctionError('cannot recursively call templatefile from inside templatefile call');
    }
};
/**
 * Renders a template file's text with `vars`, calling the functions of `context` (but templatefile);
 * throws HclFunctionError for anything wrong in it, as a function does.
 */
function renderTemplate({ text, file }, vars, context) {
    const { expr, diagnostics } = parseTemplate(text, file);
    if (diagnostics.length > 0)
        throw new HclFunctionError(describe(diagnostics));
    for (const name of Object.keys(vars))
        if (identifierLength(name, 0) !== name.length)
            throw new HclFunctionError(`invalid template variable name "${name}": must start with a letter, followed by zero or more letters, digits, and underscores`, 1);
    for (const reference of references(expr))
        if (!Object.hasOwn(vars, reference.root))
            throw new HclFunctionError(`vars map does not contain key "${reference.root}", referenced at ${formatPos(reference.range)}`, 1);
    const result = evaluate(expr, {
        variables: vars,
        functions: { ...context.functions, templatefile: RECURSION },
        functionContext: context.functionContext
    });
    if (result.diagnostics.some(diagnostic => diagnostic.severity === 'error'))
        throw new HclFunctionError(describe(result.diagnostics));
    return result.value;
}
function describe(diagnostics) {
    return diagnostics
        .map(diagnostic => `${formatPos(diagnostic.range)}: ${diagnostic.summary}; ${diagnostic.detail ?? ''}`)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/ip.ts
// IP networks as Go's net package reads and prints them (ParseCIDR, IP.String), with addresses as BigInt
// so IPv4 and IPv6 share one arithmetic: an address is a number of `bits` bits.
function parseIPv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4 || parts.some(part => !/^(?:0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255))
        return undefined;
    return parts.reduce((value, part) => (value << 8n) | BigInt(part), 0n);
}
function parseIPv6(text) {
    let body = text;
    let tail = [];
    const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(body);
    if (dotted !== null) {
        const v4 = parseIPv4(dotted[2]);
        if (v4 === undefined)
            return undefined;
        tail = [v4 >> 16n, v4 & 0xffffn];
        body = dotted[1].endsWith('::') ? dotted[1] : dotted[1].slice(0, -1);
    }
    const halves = body.split('::');
    if (halves.length > 2)
        return undefined;
    const groups = (part) => {
        if (part === '')
            return [];
        const pieces = part.split(':');
        if (pieces.some(piece => !/^[0-9a-fA-F]{1,4}$/.test(piece)))
            return undefined;
        return pieces.map(piece => BigInt(`0x${piece}`));
    };
    const head = groups(halves[0]);
    const rest = halves.length === 2 ? groups(halves[1]) : [];
    if (head === undefined || rest === undefined)
        return undefined;
    const given = head.length + rest.length + tail.length;
    if (halves.length === 2 ? given > 7 : given !== 8)
        return undefined;
    const all = [...head, ...Array(8 - given).fill(0n), ...rest, ...tail];
    return all.reduce((value, group) => (value << 16n) | group, 0n);
}
const maskOf = (prefix, bits) => ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);
/** Go's net.ParseCIDR; the error text is Go's ("invalid CIDR address: 10.0.0.0/33"). */
function parseCidr(text) {
    const invalid = new Error(`invalid CIDR address: ${text}`);
    const slash = text.indexOf('/');
    if (slash < 0)
        throw invalid;
    const [addressText, prefixText] = [text.slice(0, slash), text.slice(slash + 1)];
    const v4 = parseIPv4(addressText);
    const address = v4 ?? (addressText.includes(':') ? parseIPv6(addressText) : undefined);
    if (address === undefined || !/^\d+$/.test(prefixText))
        throw invalid;
    const bits = v4 === undefined ? 128 : 32;
    const prefix = Number(prefixText);
    if (prefix > bits)
        throw invalid;
    return { bits, prefix, address: address & maskOf(prefix, bits) };
}
/** Go's net.IP.String: dotted IPv4 (also for ::ffff:a.b.c.d), IPv6 with the longest zero run as "::". */
function formatIp(address, bits) {
    const v4Mapped = bits === 128 && address >> 32n === 0xffffn;
    if (bits === 32 || v4Mapped)
        return [24n, 16n, 8n, 0n].map(shift => String((address >> shift) & 0xffn)).join('.');
    const groups = Array.from({ length: 8 }, (_, index) => Number((address >> BigInt((7 - index) * 16)) & 0xffffn));
    let [bestStart, bestLength] = [-1, 0];
    for (let start = 0; start < 8; start++) {
        let length = 0;
        while (start + length < 8 && groups[start + length] === 0)
            length++;
        if (length > bestLength && length >= 2)
            [bestStart, bestLength] = [start, length];
    }
    const hex = (list) => list.map(group => group.toString(16)).join(':');
    if (bestStart < 0)
        return hex(groups);
    return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}
const formatNetwork = (network) => `${formatIp(network.address, network.bits)}/${network.prefix}`;
/** Whether `address` lies in `network`. */
const contains = (network, address) => (address & maskOf(network.prefix, network.bits)) === network.address;

;// CONCATENATED MODULE: ./src/template/hcl2/functions/support.ts
// What the function files share: parameter shorthands, cty's whole-number reading of arguments, grapheme
// clusters, and the two kinds of error cty raises (about one argument, or about the call).


const stringParam = (name) => ({ name, type: hcl2_value/* STRING */.An });
const numberParam = (name) => ({ name, type: hcl2_value/* NUMBER */.uk });
const boolParam = (name) => ({ name, type: BOOL });
const anyParam = (name, allowNull = false) => allowNull ? { name, type: hcl2_value/* ANY */.x4, allowNull } : { name, type: hcl2_value/* ANY */.x4 };
const listOf = (element) => ({ kind: 'list', element });
const setOf = (element) => ({ kind: 'set', element });
/** A function of strings only, the most common shape in the library. */
function stringFunction(names, run) {
    return { params: names.map(stringParam), run: args => run(...args) };
}
/** cty's function.NewArgErrorf: about the argument at `index` (0-based, variadic ones counted too). */
const support_argumentError = (index, message) => new HclFunctionError(message, index);
/** An error about the call as a whole (HCL: "Call to function "x" failed: ..."). */
const callError = (message) => new HclFunctionError(message);
// Go's int is 64 bits; a double holds every int64 up to 2^63 - 1024, and 2^63 itself is already out.
const INT64_LIMIT = 9223372036854775808;
const WHOLE_NUMBER = 'value must be a whole number, between -9223372036854775808 and 9223372036854775807';
/**
 * gocty.FromCtyValue into a Go int: a whole number within int64, or cty's message for what it is not.
 * `wrap` adds the caller's prefix (element's "invalid index: "); `argument` marks it as an argument error.
 */
function wholeNumber(value, options = {}) {
    if (Number.isInteger(value) && value >= -INT64_LIMIT && value < INT64_LIMIT)
        return value;
    throw new HclFunctionError(`${options.wrap ?? ''}${WHOLE_NUMBER}`, options.argument);
}
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** A string's grapheme clusters, as cty counts and slices strings (length, substr, strrev, %.3s). */
const graphemes = (text) => Array.from(segmenter.segment(text), part => part.segment);
/** Byte length of a string in UTF-8: cty's offsets in messages are byte offsets, as Go's strings are bytes. */
const support_utf8Length = (text) => Buffer.byteLength(text, 'utf8');
/** Go's %q for a string in messages: double quotes, backslash escapes. */
const goQuote = (text) => JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** cty's FriendlyName of a value's type, for messages about an argument of the wrong kind. */
const typeNameOf = (value) => value === null
    ? 'dynamic'
    : typeof value === 'object'
        ? Array.isArray(value)
            ? 'tuple'
            : 'object'
        : typeof value === 'boolean'
            ? 'bool'
            : typeof value;

;// CONCATENATED MODULE: ./src/template/hcl2/functions/cidr.ts
// cidrhost, cidrnetmask, cidrsubnet and cidrsubnets, as go-cty-funcs' cidr package computes them with
// apparentlymart/go-cidr, for IPv4 and IPv6 alike, with their messages.



function parse(prefix, argument) {
    try {
        return parseCidr(prefix);
    }
    catch (error) {
        const message = `invalid CIDR expression: ${error.message}`;
        throw argument === undefined ? callError(message) : support_argumentError(argument, message);
    }
}
function cidrhost(prefix, hostArg) {
    let host = wholeNumber(hostArg);
    const network = parse(prefix);
    const max = (1n << BigInt(network.bits - network.prefix)) - 1n;
    let magnitude = BigInt(host);
    if (host < 0) {
        magnitude = -BigInt(host) - 1n;
        host = Number(max - magnitude);
    }
    if (magnitude > max)
        throw callError(`prefix of ${network.prefix} does not accommodate a host numbered ${host}`);
    return formatIp(network.address | BigInt(host), network.bits);
}
function cidrsubnet(prefix, newbitsArg, netnumArg) {
    const newbits = wholeNumber(newbitsArg);
    const netnum = wholeNumber(netnumArg);
    const network = parse(prefix);
    if (newbits > 32)
        throw callError('may not extend prefix by more than 32 bits');
    const length = network.prefix + newbits;
    if (length > network.bits || newbits < 0)
        throw callError(`insufficient address space to extend prefix of ${network.prefix} by ${newbits}`);
    if (netnum < 0 || BigInt(netnum) > (1n << BigInt(newbits)) - 1n)
        throw callError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
    return formatNetwork({
        bits: network.bits,
        prefix: length,
        address: network.address | (BigInt(netnum) << BigInt(network.bits - length))
    });
}
function cidrsubnets(prefix, lengths) {
    const network = parse(prefix, 0);
    if (lengths.length === 0)
        return [];
    const size = 1n << BigInt(network.bits);
    const first = wholeNumber(lengths[0], { argument: 1 }) + network.prefix;
    // go-cidr's PreviousSubnet: the block of the first length just before the network, wrapping below zero.
    let current = {
        bits: network.bits,
        prefix: first,
        address: ((network.address - 1n + size) % size) & maskOf(Math.min(first, network.bits), network.bits)
    };
    return lengths.map((lengthArg, index) => {
        let length = wholeNumber(lengthArg, { argument: index + 1 });
        if (length < 1)
            throw support_argumentError(index + 1, 'must extend prefix by at least one bit');
        if (length > 32)
            throw support_argumentError(index + 1, 'may not extend prefix by more than 32 bits');
        length += network.prefix;
        if (length > network.bits)
            throw support_argumentError(index + 1, `would extend prefix to ${length} bits, which is too long for an ${network.bits === 32 ? 'IPv4' : 'IPv6'} address`);
        // go-cidr's NextSubnet: the block of `length` bits after the one holding the current block's last address.
        const currentLast = current.address | ((1n << BigInt(network.bits - current.prefix)) - 1n);
        const hostBits = (1n << BigInt(network.bits - length)) - 1n;
        const after = ((currentLast | hostBits) + 1n) % size;
        const next = {
            bits: network.bits,
            prefix: length,
            address: after & maskOf(length, network.bits)
        };
        if (after === 0n || !contains(network, next.address))
            throw support_argumentError(index + 1, `not enough remaining address space for a subnet with a prefix of ${length} bits after ${formatNetwork(current)}`);
        current = next;
        return formatNetwork(next);
    });
}
const CIDR_FUNCTIONS = {
    cidrhost: {
        params: [stringParam('prefix'), numberParam('hostnum')],
        run: ([prefix, host]) => cidrhost(prefix, host)
    },
    cidrnetmask: {
        params: [stringParam('prefix')],
        run: ([prefix]) => {
            const network = parse(prefix);
            return formatIp(maskOf(network.prefix, network.bits), network.bits);
        }
    },
    cidrsubnet: {
        params: [stringParam('prefix'), numberParam('newbits'), numberParam('netnum')],
        run: ([prefix, newbits, netnum]) => cidrsubnet(prefix, newbits, netnum)
    },
    cidrsubnets: {
        params: [{ name: 'prefix', type: hcl2_value/* STRING */.An }],
        variadic: numberParam('newbits'),
        run: ([prefix, ...lengths]) => cidrsubnets(prefix, lengths)
    }
};

;// CONCATENATED MODULE: ./src/template/hcl2/functions/collection.ts
// Sequence functions, as cty's stdlib (collection.go, sequence.go) and Packer's own (index, length, sum,
// alltrue, anytrue) define them. Lists, tuples and sets are all arrays in the value model, so where cty
// tells them apart by type the friendlier reading is taken (see the notes on coalescelist and concat).



function collection_length(value) {
    if (typeof value === 'string')
        return graphemes(value).length;
    if ((0,hcl2_value/* isList */.Lv)(value))
        return value.length;
    if ((0,hcl2_value/* isObject */.Gv)(value))
        return Object.keys(value).length;
    throw callError('argument must be a string, a collection type, or a structural type');
}
/** The first argument that is neither null nor "", after converting all of them to their common type. */
function coalesce(args) {
    const common = (0,unify/* unifyValues */._t)(args);
    if (common === undefined)
        throw callError('all arguments must have the same type');
    for (const arg of args) {
        const value = (0,hcl2_value/* convert */.C6)(arg, common);
        if (value === null || value === '')
            continue;
        return value;
    }
    throw callError('no non-null, non-empty-string arguments');
}
function coalescelist(args) {
    if (args.length === 0)
        throw callError('at least one argument is required');
    // A null list is skipped (cty does so for a typed null; an untyped null literal it refuses).
    if (args.some(arg => arg !== null && !(0,hcl2_value/* isList */.Lv)(arg)))
        throw callError('coalescelist arguments must be lists or tuples');
    const found = args.find(arg => arg !== null && arg.length > 0);
    if (found === undefined)
        throw callError('no non-null arguments');
    return found;
}
function concat(args) {
    if (args.length === 0)
        throw callError('at least one argument is required');
    args.forEach((arg, index) => {
        if (!(0,hcl2_value/* isList */.Lv)(arg))
            throw support_argumentError(index, `all arguments must be lists or tuples; got ${(0,hcl2_value/* typeName */.go)(arg)}`);
    });
    return args.flat();
}
function collection_element(list, indexArg) {
    if (indexArg < 0)
        throw callError('cannot use element function with a negative index');
    if (!(0,hcl2_value/* isList */.Lv)(list))
        throw callError(`cannot read elements from ${(0,hcl2_value/* typeName */.go)(list)}`);
    const index = wholeNumber(indexArg, { wrap: 'invalid index: ' });
    if (list.length === 0)
        throw callError('cannot use element function with an empty list');
    return list[index % list.length];
}
function flatten(list) {
    if (!(0,hcl2_value/* isList */.Lv)(list))
        throw callError('can only flatten lists, sets and tuples');
    return list.flatMap(item => ((0,hcl2_value/* isList */.Lv)(item) ? flatten(item) : [item]));
}
function indexOf(list, value) {
    if (!(0,hcl2_value/* isList */.Lv)(list))
        throw callError('argument must be a list or tuple');
    if (list.length === 0)
        throw callError('cannot search an empty list');
    const found = list.findIndex(item => (0,hcl2_value/* valuesEqual */.lu)(item, value));
    if (found < 0)
        throw callError('item not found');
    return found;
}
function chunklist(list, sizeArg) {
    const size = wholeNumber(sizeArg, { wrap: 'invalid size: ' });
    if (size < 0)
        throw callError('the size argument must be positive');
    if (list.length === 0)
        return [];
    if (size === 0)
        return [list];
    const chunks = [];
    for (let start = 0; start < list.length; start += size)
        chunks.push(list.slice(start, start + size));
    return chunks;
}
function slice(list, startArg, endArg) {
    if (!(0,hcl2_value/* isList */.Lv)(list))
        throw support_argumentError(0, 'must be a list or tuple value');
    const start = wholeNumber(startArg, { argument: 1, wrap: 'invalid start index: ' });
    if (start < 0)
        throw support_argumentError(1, 'start index must not be less than zero');
    if (start > list.length)
        throw support_argumentError(1, 'start index must not be greater than the length of the list');
    const end = wholeNumber(endArg, { argument: 2, wrap: 'invalid end index: ' });
    if (end < 0)
        throw support_argumentError(2, 'end index must not be less than zero');
    if (end > list.length)
        throw support_argumentError(2, 'end index must not be greater than the length of the list');
    if (start > end)
        throw support_argumentError(1, 'start index must not be greater than end index');
    return list.slice(start, end);
}
function sort(list) {
    const nullAt = list.indexOf(null);
    if (nullAt >= 0)
        throw callError(`given list element ${nullAt} is null; a null string cannot be sorted`);
    return [...list].sort(hcl2_value/* compareStrings */.Kt);
}
/** Decimal places a number is written with, so range(0, 1, 0.1) steps by tenths without binary drift. */
const decimals = (value) => (String(value).split(/e/i)[0].split('.')[1] ?? '').length;
function range(args) {
    if (args.length < 1 || args.length > 3)
        throw callError('must have one, two, or three arguments');
    const [first, second, third] = args;
    const [start, end] = second === undefined ? [0, first] : [first, second];
    const step = third ?? (end < start ? -1 : 1);
    if (step === 0)
        throw support_argumentError(2, 'step must not be zero');
    const down = step < 0;
    if (down && end > start)
        throw support_argumentError(1, 'end must be less than start when step is negative');
    if (!down && end < start)
        throw support_argumentError(1, 'end must be greater than start when step is positive');
    const scale = 10 ** Math.min(Math.max(decimals(start), decimals(step)), 15);
    const values = [];
    for (let count = 0;; count++) {
        const value = Math.round(start * scale + count * step * scale) / scale;
        if (down ? value <= end : value >= end)
            break;
        if (values.length >= 1024)
            throw callError('more than 1024 values were generated; either decrease the difference between start and end or use a smaller step');
        values.push(value);
    }
    return values;
}
const toNumber = (item) => {
    try {
        return (0,hcl2_value/* convert */.C6)(item, hcl2_value/* NUMBER */.uk);
    }
    catch {
        return null;
    }
};
function sum(list) {
    if (!(0,hcl2_value/* isList */.Lv)(list) && !(0,hcl2_value/* isObject */.Gv)(list))
        throw support_argumentError(0, 'cannot sum noniterable');
    const items = (0,hcl2_value/* isList */.Lv)(list) ? list : Object.values(list);
    if (items.length === 0)
        throw support_argumentError(0, 'cannot sum an empty list');
    if (!(0,hcl2_value/* isList */.Lv)(list))
        throw support_argumentError(0, `argument must be list, set, or tuple. Received ${(0,hcl2_value/* typeName */.go)(list)}`);
    let total = 0;
    for (const item of items) {
        const value = toNumber(item);
        if (value === null)
            throw support_argumentError(0, 'argument must be list, set, or tuple of number values');
        total += value;
    }
    if (Number.isNaN(total))
        throw callError("can't compute sum of opposing infinities");
    return total;
}
const COLLECTION_FUNCTIONS = {
    length: { params: [anyParam('value')], run: ([value]) => collection_length(value) },
    coalesce: { params: [], variadic: anyParam('vals', true), run: coalesce },
    coalescelist: { params: [], variadic: anyParam('vals', true), run: coalescelist },
    compact: {
        params: [{ name: 'list', type: listOf(hcl2_value/* STRING */.An) }],
        run: ([list]) => list.filter(item => item !== null && item !== '')
    },
    concat: { params: [], variadic: anyParam('seqs'), run: concat },
    contains: {
        params: [anyParam('list'), anyParam('value')],
        run: ([list, value]) => {
            if (!(0,hcl2_value/* isList */.Lv)(list))
                throw callError('argument must be list, tuple, or set');
            return list.some(item => (0,hcl2_value/* valuesEqual */.lu)(value, item));
        }
    },
    distinct: {
        params: [{ name: 'list', type: listOf(hcl2_value/* ANY */.x4) }],
        run: ([list]) => list.filter((item, index, all) => all.findIndex(seen => (0,hcl2_value/* valuesEqual */.lu)(seen, item)) === index)
    },
    element: {
        params: [anyParam('list'), numberParam('index')],
        run: ([list, index]) => collection_element(list, index)
    },
    flatten: { params: [anyParam('list')], run: ([list]) => flatten(list) },
    index: { params: [anyParam('list'), anyParam('value')], run: ([list, value]) => indexOf(list, value) },
    chunklist: {
        params: [{ name: 'list', type: listOf(hcl2_value/* ANY */.x4) }, numberParam('size')],
        run: ([list, size]) => chunklist(list, size)
    },
    reverse: {
        params: [anyParam('list')],
        run: ([list]) => {
            if (!(0,hcl2_value/* isList */.Lv)(list))
                throw support_argumentError(0, `can only reverse list or tuple values, not ${(0,hcl2_value/* typeName */.go)(list)}`);
            return [...list].reverse();
        }
    },
    slice: {
        params: [anyParam('list'), numberParam('start_index'), numberParam('end_index')],
        run: ([list, start, end]) => slice(list, start, end)
    },
    sort: { params: [{ name: 'list', type: listOf(hcl2_value/* STRING */.An) }], run: ([list]) => sort(list) },
    range: { params: [], variadic: numberParam('params'), run: args => range(args) },
    alltrue: {
        params: [{ name: 'list', type: listOf(hcl2_value/* BOOL */.HX) }],
        run: ([list]) => list.every(item => item === true)
    },
    anytrue: {
        params: [{ name: 'list', type: listOf(hcl2_value/* BOOL */.HX) }],
        run: ([list]) => list.some(item => item === true)
    },
    sum: { params: [anyParam('list')], run: ([list]) => sum(list) }
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/template/hcl2/functions/bcrypt.ts
// bcrypt ($2a$, as golang.org/x/crypto/bcrypt writes it): Blowfish's expensive key schedule (EksBlowfish)
// over the password and a 16-byte salt, then "OrpheanBeholderScryDoubt" encrypted 64 times. Blowfish's
// initial P-array and S-boxes are the hexadecimal digits of pi, computed here once instead of tabled.
const WORDS = 18 + 4 * 256;
/** The first `count` 32-bit words of pi's fractional part in hexadecimal (Machin: 16·atan(1/5) − 4·atan(1/239)). */
function piWords(count) {
    const bits = BigInt(count * 32 + 64);
    const one = 1n << bits;
    const atan = (inverse) => {
        let sum = 0n;
        let power = one / inverse;
        const square = inverse * inverse;
        for (let k = 1n; power !== 0n; k += 2n) {
            sum += ((k / 2n) % 2n === 0n ? 1n : -1n) * (power / k);
            power /= square;
        }
        return sum;
    };
    const pi = 16n * atan(5n) - 4n * atan(239n);
    const fraction = (pi % one) >> 64n;
    const words = new Uint32Array(count);
    for (let index = 0; index < count; index++)
        words[index] = Number((fraction >> BigInt((count - 1 - index) * 32)) & 0xffffffffn);
    return words;
}
let initialState;
class Blowfish {
    p;
    s;
    constructor() {
        initialState ??= piWords(WORDS);
        const state = initialState.slice();
        this.p = state.subarray(0, 18);
        this.s = state.subarray(18);
    }
    f(x) {
        const s = this.s;
        return ((((s[x >>> 24] + s[256 + ((x >>> 16) & 0xff)]) ^ s[512 + ((x >>> 8) & 0xff)]) +
            s[768 + (x & 0xff)]) >>>
            0);
    }
    encrypt(block, offset) {
        let left = block[offset];
        let right = block[offset + 1];
        for (let round = 0; round < 16; round += 2) {
            left = (left ^ this.p[round]) >>> 0;
            right = (right ^ this.f(left)) >>> 0;
            right = (right ^ this.p[round + 1]) >>> 0;
            left = (left ^ this.f(right)) >>> 0;
        }
        block[offset] = (right ^ this.p[17]) >>> 0;
        block[offset + 1] = (left ^ this.p[16]) >>> 0;
    }
    /** Blowfish's key schedule, with the salt mixed into every block encrypted (an all-zero salt: the plain one). */
    expandKey(key, salt) {
        let keyIndex = 0;
        const keyWord = () => {
            let word = 0;
            for (let byte = 0; byte < 4; byte++)
                word = (word << 8) | key[keyIndex++ % key.length];
            return word >>> 0;
        };
        for (let index = 0; index < 18; index++)
            this.p[index] = (this.p[index] ^ keyWord()) >>> 0;
        let saltIndex = 0;
        const saltWord = () => {
            if (salt === undefined)
                return 0;
            let word = 0;
            for (let byte = 0; byte < 4; byte++)
                word = (word << 8) | salt[saltIndex++ % salt.length];
            return word >>> 0;
        };
        const block = new Uint32Array(2);
        const fill = (target) => {
            for (let index = 0; index < target.length; index += 2) {
                block[0] = (block[0] ^ saltWord()) >>> 0;
                block[1] = (block[1] ^ saltWord()) >>> 0;
                this.encrypt(block, 0);
                target[index] = block[0];
                target[index + 1] = block[1];
            }
        };
        fill(this.p);
        fill(this.s);
    }
}
const BCRYPT_ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const STANDARD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** bcrypt's base64: its own alphabet, no padding. */
const bcryptBase64 = (bytes) => Array.from(Buffer.from(bytes).toString('base64').replace(/=+$/, ''), char => BCRYPT_ALPHABET[STANDARD_ALPHABET.indexOf(char)]).join('');
const bcryptBase64Decode = (text) => Buffer.from(Array.from(text, char => STANDARD_ALPHABET[BCRYPT_ALPHABET.indexOf(char)]).join(''), 'base64');
const MAGIC = Buffer.from('OrpheanBeholderScryDoubt');
/** The $2a$ hash of `password` (at most 72 bytes) with `cost` (4 to 31) and a 16-byte `salt`. */
function bcryptHash(password, cost, salt) {
    const key = Buffer.concat([password, Buffer.of(0)]);
    const cipher = new Blowfish();
    cipher.expandKey(key, salt);
    for (let round = 0; round < 2 ** cost; round++) {
        cipher.expandKey(key, undefined);
        cipher.expandKey(salt, undefined);
    }
    const text = new Uint32Array(6);
    for (let index = 0; index < 6; index++)
        text[index] = MAGIC.readUInt32BE(index * 4);
    for (let round = 0; round < 64; round++)
        for (let index = 0; index < 6; index += 2)
            cipher.encrypt(text, index);
    const hash = Buffer.alloc(24);
    text.forEach((word, index) => hash.writeUInt32BE(word, index * 4));
    return `$2a$${String(cost).padStart(2, '0')}$${bcryptBase64(salt)}${bcryptBase64(hash.subarray(0, 23))}`;
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/crypto.ts
// Hash and cryptographic functions, as go-cty-funcs' crypto package defines them: md5, sha1, sha256, sha512
// (hex of the UTF-8 bytes), bcrypt (random salt, cost 10 by default) and rsadecrypt (PKCS #1 v1.5).



const hexDigest = (algorithm) => (text) => (0,external_node_crypto_.createHash)(algorithm).update(text, 'utf8').digest('hex');
/** golang.org/x/crypto/bcrypt's GenerateFromPassword: a cost under 4 means the default, 10. */
function bcrypt(args) {
    const [password, costArg] = args;
    let cost = 10;
    if (costArg !== undefined)
        cost = wholeNumber(costArg);
    if (args.length > 2)
        throw callError('bcrypt() takes no more than two arguments');
    const bytes = Buffer.from(password, 'utf8');
    if (bytes.length > 72)
        throw callError('error occured generating password bcrypt: password length exceeds 72 bytes');
    if (cost < 4)
        cost = 10;
    if (cost > 31)
        throw callError(`error occured generating password crypto/bcrypt: cost ${cost} is outside allowed range (4,31)`);
    return bcryptHash(bytes, cost, (0,external_node_crypto_.randomBytes)(16));
}
const DECRYPTION_ERROR = 'crypto/rsa: decryption error';
function modPow(base, exponent, modulus) {
    let result = 1n;
    let factor = base % modulus;
    for (let rest = exponent; rest > 0n; rest >>= 1n) {
        if (rest & 1n)
            result = (result * factor) % modulus;
        factor = (factor * factor) % modulus;
    }
    return result;
}
const fromBase64Url = (text) => BigInt(`0x${Buffer.from(text, 'base64url').toString('hex')}`);
/**
 * rsa.DecryptPKCS1v15 with an x509.ParsePKCS1PrivateKey key. The RSA step is done here with BigInt: Node
 * refuses PKCS #1 v1.5 padding in privateDecrypt since CVE-2023-46809.
 */
function rsadecrypt(ciphertext, pem) {
    const body = ciphertext.replace(/[\r\n]/g, '');
    if (body.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(body))
        throw callError(`failed to decode input ${JSON.stringify(ciphertext)}: cipher text must be base64-encoded`);
    const block = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(pem);
    if (block === null)
        throw callError('failed to parse key: no key found');
    if (/^Proc-Type:\s*4,ENCRYPTED/m.test(block[2]))
        throw callError('failed to parse key: password protected keys are not supported. Please decrypt the key prior to use');
    let jwk;
    try {
        const der = Buffer.from(block[2].replace(/^[\w-]+:.*$/gm, ''), 'base64');
        jwk = (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs1' }).export({ format: 'jwk' });
    }
    catch {
        throw callError('x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)');
    }
    const modulus = fromBase64Url(jwk.n);
    const size = (modulus.toString(16).length + 1) >> 1;
    const bytes = Buffer.from(body, 'base64');
    const cipher = BigInt(`0x${bytes.toString('hex') || '0'}`);
    if (bytes.length > size || cipher >= modulus)
        throw callError(DECRYPTION_ERROR);
    const encoded = Buffer.from(modPow(cipher, fromBase64Url(jwk.d), modulus)
        .toString(16)
        .padStart(size * 2, '0'), 'hex');
    const separator = encoded.indexOf(0, 2);
    if (encoded[0] !== 0 || encoded[1] !== 2 || separator < 10)
        throw callError(DECRYPTION_ERROR);
    return encoded.subarray(separator + 1).toString('utf8');
}
const CRYPTO_FUNCTIONS = {
    md5: stringFunction(['str'], hexDigest('md5')),
    sha1: stringFunction(['str'], hexDigest('sha1')),
    sha256: stringFunction(['str'], hexDigest('sha256')),
    sha512: stringFunction(['str'], hexDigest('sha512')),
    bcrypt: { params: [stringParam('str')], variadic: numberParam('cost'), run: args => bcrypt(args) },
    rsadecrypt: stringFunction(['ciphertext', 'privatekey'], rsadecrypt)
};

// EXTERNAL MODULE: ./src/template/go-time.ts
var go_time = __webpack_require__(4206);
;// CONCATENATED MODULE: ./src/template/hcl2/functions/rfc3339.ts
// RFC 3339 timestamps as cty reads them (datetime.go, datetime_rfc3339.go): strictly, with Go's time.Parse
// run behind to name what is wrong ("not a valid RFC3339 timestamp: cannot use "13" as month"), and an
// instant that keeps its UTC offset, so formatdate and timeadd print the zone they were given.
/** The clock fields of an instant in its own zone. */
function localFields(instant) {
    return new Date((instant.seconds + instant.offset) * 1000);
}
function instantOf(year, month, day, time, nanos, offset) {
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    date.setUTCHours(time[0], time[1], time[2], 0);
    return { seconds: date.getTime() / 1000 - offset, nanos, offset };
}
const daysIn = (month, year) => new Date(Date.UTC(2000, month, 0)).getUTCDate() -
    (month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0);
const digitsOf = (text, count) => new RegExp(`^\\d{${count}}`).test(text) ? Number(text.slice(0, count)) : undefined;
/** Go's getnum: one or two digits (exactly two when `fixed`). */
function getnum(value, fixed) {
    if (!/^\d/.test(value))
        return undefined;
    if (!/^\d\d/.test(value))
        return fixed ? undefined : [Number(value[0]), value.slice(1)];
    return [Number(value.slice(0, 2)), value.slice(2)];
}
/** Go's time.Parse with `layout` RFC 3339 (`separator` 'T', or ' ' for Packer's rfc3339_parse): an instant or its ParseError. */
function goParse(text, separator = 'T') {
    let value = text;
    const fields = [];
    let nanos = 0;
    let offset = 0;
    const steps = [
        ['', '2006'],
        ['-', '01'],
        ['-', '02'],
        [separator, '15'],
        [':', '04'],
        [':', '05'],
        ['', 'Z07:00']
    ];
    for (const [prefix, element] of steps) {
        if (!value.startsWith(prefix))
            return { layoutElem: prefix, valueElem: value, message: '' };
        value = value.slice(prefix.length);
        const hold = value;
        let range = '';
        let parsed;
        switch (element) {
            case '2006':
                parsed = digitsOf(value, 4) === undefined ? undefined : [Number(value.slice(0, 4)), value.slice(4)];
                break;
            case 'Z07:00':
                if (value.startsWith('Z'))
                    parsed = [0, value.slice(1)];
                else if (/^[+-]\d\d:\d\d/.test(value)) {
                    const [hours, minutes] = [Number(value.slice(1, 3)), Number(value.slice(4, 6))];
                    if (hours > 24)
                        range = 'time zone offset hour';
                    if (minutes > 60)
                        range = 'time zone offset minute';
                    parsed = [(value[0] === '-' ? -1 : 1) * (hours * 3600 + minutes * 60), value.slice(6)];
                }
                break;
            default: {
                parsed = getnum(value, element !== '15');
                const limits = {
                    '01': [1, 12, 'month'],
                    '02': [0, 31, 'day'],
                    '15': [0, 23, 'hour'],
                    '04': [0, 59, 'minute'],
                    '05': [0, 59, 'second']
                };
                const [low, high, name] = limits[element];
                if (parsed !== undefined && (parsed[0] < low || parsed[0] > high))
                    range = name;
            }
        }
        if (range !== '')
            return { layoutElem: element, valueElem: parsed[1], message: `: ${range} out of range` };
        if (parsed === undefined)
            return { layoutElem: element, valueElem: hold, message: '' };
        value = parsed[1];
        if (element === 'Z07:00')
            offset = parsed[0];
        else
            fields.push(parsed[0]);
        if (element === '05') {
            const fraction = /^[.,](\d+)/.exec(value);
            if (fraction !== null) {
                nanos = Number(fraction[1].slice(0, 9).padEnd(9, '0'));
                value = value.slice(fraction[0].length);
            }
        }
    }
    if (value !== '')
        return { layoutElem: '', valueElem: value, message: `: extra text: ${JSON.stringify(value)}` };
    const [year, month, day, hour, minute, second] = fields;
    if (day < 1 || day > daysIn(month, year))
        return { layoutElem: '', valueElem: '', message: ': day out of range' };
    return instantOf(year, month, day, [hour, minute, second], nanos, offset);
}
const WHAT = {
    '2006': 'year',
    '01': 'month',
    '02': 'day of month',
    '15': 'hour',
    '04': 'minute',
    '05': 'second',
    'Z07:00': 'UTC offset'
};
/** cty's parseTimestamp message for a ParseError. */
function rfc3339_describe(error) {
    const prefix = 'not a valid RFC3339 timestamp';
    if (error.layoutElem === '' && error.valueElem === '' && error.message !== '')
        return prefix + error.message;
    if (error.layoutElem === 'T')
        return `${prefix}: missing required time introducer 'T'`;
    if (error.layoutElem === ':' || error.layoutElem === '-')
        return error.valueElem === ''
            ? `${prefix}: end of string where ${JSON.stringify(error.layoutElem)} is expected`
            : `${prefix}: found ${JSON.stringify(error.valueElem)} where ${JSON.stringify(error.layoutElem)} is expected`;
    const what = WHAT[error.layoutElem] ?? 'timestamp segment';
    if (error.valueElem === '')
        return `${prefix}: end of string before ${what}`;
    if (what === 'hour' && error.valueElem.includes(':'))
        return `${prefix}: hour must be between 0 and 23 inclusive`;
    if (what === 'hour' && error.valueElem.length !== 2)
        return `${prefix}: hour must have exactly two digits`;
    if (what === 'minute' && error.valueElem.length !== 2)
        return `${prefix}: minute must have exactly two digits`;
    return `${prefix}: cannot use ${JSON.stringify(error.valueElem)} as ${what}`;
}
const STRICT = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:Z|([+-])(\d\d):(\d\d))$/;
/** cty's parseStrictRFC3339: the instant, or an Error with cty's message. */
function parseTimestamp(text) {
    const strict = STRICT.exec(text);
    if (strict !== null) {
        const [year, month, day, hour, minute, second] = strict.slice(1, 7).map(Number);
        const [zoneHours, zoneMinutes] = [Number(strict[9] ?? 0), Number(strict[10] ?? 0)];
        if (month >= 1 &&
            month <= 12 &&
            day >= 1 &&
            day <= daysIn(month, year) &&
            hour <= 23 &&
            minute <= 59 &&
            second <= 59 &&
            zoneHours <= 23 &&
            zoneMinutes <= 59) {
            const offset = (strict[8] === '-' ? -1 : 1) * (zoneHours * 3600 + zoneMinutes * 60);
            return instantOf(year, month, day, [hour, minute, second], Number((strict[7] ?? '').slice(0, 9).padEnd(9, '0')), offset);
        }
    }
    const lenient = goParse(text);
    if ('layoutElem' in lenient)
        throw new Error(rfc3339_describe(lenient));
    // Go accepted what RFC 3339 does not: say which rule it broke, as cty does.
    if (text[12] === ':')
        throw new Error(rfc3339_describe({ layoutElem: '15', valueElem: text.slice(11, 12), message: ': hour must have two digits' }));
    if (text[19] === ',')
        throw new Error(rfc3339_describe({ layoutElem: '.', valueElem: ',', message: ': sub-second separator must be a period' }));
    if (!text.endsWith('Z'))
        throw new Error(rfc3339_describe({ layoutElem: 'Z07:00', valueElem: text.slice(-6), message: '' }));
    throw new Error(rfc3339_describe({ layoutElem: 'RFC3339', valueElem: text, message: '' }));
}
const pad = (value, width = 2) => String(Math.abs(value)).padStart(width, '0');
/** Go's time.Format(time.RFC3339): seconds precision, "Z" for a zero offset. */
function formatRfc3339(instant) {
    const local = localFields(instant);
    const zone = instant.offset === 0
        ? 'Z'
        : `${instant.offset < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(instant.offset) / 3600))}:${pad(Math.trunc((Math.abs(instant.offset) % 3600) / 60))}`;
    return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${zone}`;
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/duration.ts
// Go's time.ParseDuration, to the nanosecond and with its errors, for timeadd: "1.5h", "-2h5m", "300ms".

const UNIT_NANOS = {
    ns: 1n,
    us: 1000n,
    µs: 1000n, // U+00B5 micro sign
    μs: 1000n, // U+03BC Greek mu
    ms: 1000000n,
    s: 1000000000n,
    m: 60000000000n,
    h: 3600000000000n
};
const MAX_DURATION = (1n << 63n) - 1n;
/** Nanoseconds in a Go duration string; throws cty's call error with Go's message otherwise. */
function parseDuration(text) {
    const quoted = JSON.stringify(text);
    const invalid = () => {
        throw callError(`time: invalid duration ${quoted}`);
    };
    let rest = text;
    let negative = false;
    if (rest.startsWith('-') || rest.startsWith('+')) {
        negative = rest.startsWith('-');
        rest = rest.slice(1);
    }
    if (rest === '0')
        return 0n;
    if (rest === '')
        invalid();
    let total = 0n;
    while (rest !== '') {
        const number = /^(\d*)(?:\.(\d*))?/.exec(rest);
        const [whole, integer, fraction] = [number[0], number[1], number[2]];
        if (integer === '' && (fraction === undefined || fraction === ''))
            invalid();
        rest = rest.slice(whole.length);
        const unitText = /^[^\d.]*/.exec(rest)[0];
        if (unitText === '')
            throw callError(`time: missing unit in duration ${quoted}`);
        const unit = UNIT_NANOS[unitText];
        if (unit === undefined)
            throw callError(`time: unknown unit ${JSON.stringify(unitText)} in duration ${quoted}`);
        rest = rest.slice(unitText.length);
        let value = BigInt(integer || '0') * unit;
        if (fraction !== undefined && fraction !== '')
            value += (BigInt(fraction) * unit) / 10n ** BigInt(fraction.length);
        total += value;
        if (total > MAX_DURATION + (negative ? 1n : 0n))
            invalid();
    }
    return negative ? -total : total;
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/legacy-time.ts
// legacy_isotime and legacy_strftime: Packer's bridges from JSON templates, formatting the run's one instant
// with a Go layout or with jehiah/go-strftime's subset of strftime.



const instantOfDate = (date) => ({
    seconds: Math.floor(date.getTime() / 1000),
    nanos: 0,
    offset: 0
});
/** legacy_isotime / legacy_strftime: at most one format; none gives RFC 3339. */
function legacy(format) {
    return {
        params: [],
        variadic: stringParam('format'),
        run: (args, context) => {
            if (args.length > 1)
                throw callError(`too many values, 1 needed: [${args.map(arg => `cty.StringVal(${goQuote(arg)})`).join(' ')}]`);
            if (args.length === 0)
                return formatRfc3339(instantOfDate(context.now));
            return format(context.now, args[0]);
        }
    };
}
/** jehiah/go-strftime: each %x maps to a Go layout; unknown ones are kept as written. */
const STRFTIME = {
    B: 'January',
    b: 'Jan',
    m: '01',
    A: 'Monday',
    a: 'Mon',
    d: '02',
    H: '15',
    I: '03',
    M: '04',
    S: '05',
    Y: '2006',
    y: '06',
    p: 'PM',
    Z: 'MST',
    z: '-0700',
    L: '.000'
};
const strftime = (now, format) => format.replace(/%(.?)/gs, (whole, letter) => {
    if (letter === '%')
        return '%';
    const layout = STRFTIME[letter];
    return layout === undefined ? whole : (0,go_time/* formatGoTime */.Z0)(now, layout);
});
const LEGACY_TIME_FUNCTIONS = {
    legacy_isotime: legacy(go_time/* formatGoTime */.Z0),
    legacy_strftime: legacy(strftime)
};

;// CONCATENATED MODULE: ./src/template/hcl2/functions/datetime.ts
// Date and time functions: timestamp (the run's one instant), formatdate and timeadd (cty), legacy_isotime
// and legacy_strftime (Packer, over the same instant), rfc3339_parse and unix_timestamp_parse (Packer).






const datetime_pad = (value, width = 2) => String(value).padStart(width, '0');
const datetime_instantOfDate = (date) => ({
    seconds: Math.floor(date.getTime() / 1000),
    nanos: (date.getTime() % 1000) * 1e6,
    offset: 0
});
function zone(offset, colon) {
    const minutes = Math.abs(offset) / 60;
    return `${offset < 0 ? '-' : '+'}${datetime_pad(Math.trunc(minutes / 60))}${colon ? ':' : ''}${datetime_pad(minutes % 60)}`;
}
/** One formatdate verb: a run of one letter. */
function formatVerb(token, instant) {
    const t = localFields(instant);
    const hour12 = t.getUTCHours() % 12 || 12;
    const bad = (rule) => {
        throw support_argumentError(0, `invalid date format verb ${goQuote(token)}: ${rule}`);
    };
    const choose = (options, rule) => (options[token.length] ?? (() => bad(rule)))();
    switch (token[0]) {
        case 'Y':
            return choose({ 2: () => datetime_pad(t.getUTCFullYear() % 100), 4: () => datetime_pad(t.getUTCFullYear(), 4) }, 'year must either be "YY" or "YYYY"');
        case 'M': {
            const month = t.getUTCMonth();
            return choose({
                1: () => String(month + 1),
                2: () => datetime_pad(month + 1),
                3: () => go_time/* LONG_MONTHS */.Pe[month].slice(0, 3),
                4: () => go_time/* LONG_MONTHS */.Pe[month]
            }, 'month must be "M", "MM", "MMM", or "MMMM"');
        }
        case 'D':
            return choose({ 1: () => String(t.getUTCDate()), 2: () => datetime_pad(t.getUTCDate()) }, 'day of month must either be "D" or "DD"');
        case 'E':
            return choose({ 3: () => go_time/* LONG_DAYS */.H2[t.getUTCDay()].slice(0, 3), 4: () => go_time/* LONG_DAYS */.H2[t.getUTCDay()] }, 'day of week must either be "EEE" or "EEEE"');
        case 'h':
            return choose({ 1: () => String(t.getUTCHours()), 2: () => datetime_pad(t.getUTCHours()) }, '24-hour must either be "h" or "hh"');
        case 'H':
            return choose({ 1: () => String(hour12), 2: () => datetime_pad(hour12) }, '12-hour must either be "H" or "HH"');
        case 'A':
        case 'a': {
            if (token.length !== 2)
                bad(`must be "${token[0]}${token[0]}"`);
            const marker = t.getUTCHours() < 12 ? 'AM' : 'PM';
            return token[0] === 'A' ? marker : marker.toLowerCase();
        }
        case 'm':
            return choose({ 1: () => String(t.getUTCMinutes()), 2: () => datetime_pad(t.getUTCMinutes()) }, 'minute must either be "m" or "mm"');
        case 's':
            return choose({ 1: () => String(t.getUTCSeconds()), 2: () => datetime_pad(t.getUTCSeconds()) }, 'second must either be "s" or "ss"');
        case 'Z':
            return choose({
                1: () => (instant.offset === 0 ? 'Z' : zone(instant.offset, true)),
                3: () => (instant.offset === 0 ? 'UTC' : zone(instant.offset, false)),
                4: () => zone(instant.offset, false),
                5: () => zone(instant.offset, true)
            }, 'timezone must be Z, ZZZZ, or ZZZZZ');
        default:
            throw support_argumentError(0, `invalid date format verb ${goQuote(token)}`);
    }
}
function formatdate(format, time) {
    let instant;
    try {
        instant = parseTimestamp(time);
    }
    catch (error) {
        throw support_argumentError(1, error.message);
    }
    // Tokens: a quoted literal ('' is a quote), a run of one letter (a verb), or anything else up to either.
    const tokens = format.match(/'(?:[^']|'')*'?|([A-Za-z])\1*|[^'A-Za-z]+/g) ?? [];
    return tokens
        .map(token => {
        if (token.startsWith("'")) {
            if (token === "''")
                return "'";
            if (token.length === 1 || !token.endsWith("'"))
                throw support_argumentError(0, "unterminated literal '");
            return token.slice(1, -1).replaceAll("''", "'");
        }
        return /^[A-Za-z]/.test(token) ? formatVerb(token, instant) : token;
    })
        .join('');
}
function timeadd(timestamp, duration) {
    let instant;
    try {
        instant = parseTimestamp(timestamp);
    }
    catch (error) {
        throw callError(error.message);
    }
    const nanos = BigInt(instant.seconds) * 1000000000n + BigInt(instant.nanos) + parseDuration(duration);
    const seconds = nanos / 1000000000n - (nanos % 1000000000n < 0n ? 1n : 0n);
    return formatRfc3339({
        seconds: Number(seconds),
        nanos: Number(nanos - seconds * 1000000000n),
        offset: instant.offset
    });
}
/** Go's Time.ISOWeek. */
function isoWeek(date) {
    const thursday = new Date(date.getTime());
    thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
    const firstOfYear = new Date(0);
    firstOfYear.setUTCFullYear(thursday.getUTCFullYear(), 0, 1);
    return [
        thursday.getUTCFullYear(),
        Math.floor((thursday.getTime() - firstOfYear.getTime()) / 86_400_000 / 7) + 1
    ];
}
/** The fields rfc3339_parse and unix_timestamp_parse return, in the instant's own zone. */
function dateFields(instant) {
    const t = localFields(instant);
    const startOfYear = new Date(0);
    startOfYear.setUTCFullYear(t.getUTCFullYear(), 0, 1);
    const [isoYear, week] = isoWeek(t);
    return [
        ['year', t.getUTCFullYear()],
        ['year_day', Math.floor((t.getTime() - startOfYear.getTime()) / 86_400_000) + 1],
        ['day', t.getUTCDate()],
        ['month', t.getUTCMonth() + 1],
        ['month_name', go_time/* LONG_MONTHS */.Pe[t.getUTCMonth()]],
        ['weekday', t.getUTCDay()],
        ['weekday_name', go_time/* LONG_DAYS */.H2[t.getUTCDay()]],
        ['hour', t.getUTCHours()],
        ['minute', t.getUTCMinutes()],
        ['second', t.getUTCSeconds()],
        ['iso_year', isoYear],
        ['iso_week', week]
    ];
}
function rfc3339Parse(timestamp) {
    const parsed = [goParse(timestamp, 'T'), goParse(timestamp, ' ')].find(result => !('layoutElem' in result));
    if (parsed === undefined)
        throw support_argumentError(0, `${goQuote(timestamp)} is not a valid RFC3339 timestamp`);
    const instant = parsed;
    return (0,hcl2_value/* objectOf */.Xy)([...dateFields(instant), ['unix', instant.seconds]]);
}
function unixTimestampParse(value) {
    const seconds = wholeNumber(value, {
        argument: 0,
        wrap: 'unix_timestamp must be a whole number of seconds representable as a 64-bit integer: '
    });
    const instant = { seconds, nanos: 0, offset: 0 };
    return (0,hcl2_value/* objectOf */.Xy)([...dateFields(instant), ['rfc3339', formatRfc3339(instant)]]);
}
const DATETIME_FUNCTIONS = {
    timestamp: { params: [], run: (_args, context) => formatRfc3339(datetime_instantOfDate(context.now)) },
    formatdate: stringFunction(['format', 'time'], formatdate),
    timeadd: stringFunction(['timestamp', 'duration'], timeadd),
    ...LEGACY_TIME_FUNCTIONS,
    rfc3339_parse: stringFunction(['timestamp'], rfc3339Parse),
    unix_timestamp_parse: {
        params: [numberParam('unix_timestamp')],
        run: ([value]) => unixTimestampParse(value)
    }
};

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/template/hcl2/functions/csv.ts
// Go's encoding/csv Reader as cty's csvdecode uses it: RFC 4180 fields, "" inside quotes, quoted fields
// across lines, empty lines skipped, \r\n read as \n, and every record as wide as the header.
class CsvError extends Error {
    constructor(line, detail) {
        super(`CSV parse error on line ${line}: ${detail}`);
        this.name = 'CsvError';
    }
}
const BARE_QUOTE = 'bare " in non-quoted-field';
const QUOTE = 'extraneous or missing " in quoted-field';
/** The records of `text`, each a list of fields. */
function readCsv(text) {
    const source = text.replace(/\r\n/g, '\n');
    const records = [];
    let index = 0;
    let line = 1;
    while (index < source.length) {
        if (source[index] === '\n') {
            index++;
            line++;
            continue;
        }
        const startLine = line;
        const fields = [];
        for (;;) {
            let field = '';
            if (source[index] === '"') {
                index++;
                for (;;) {
                    if (index >= source.length)
                        throw new CsvError(line, QUOTE);
                    const char = source[index++];
                    if (char === '\n')
                        line++;
                    if (char !== '"')
                        field += char;
                    else if (source[index] === '"') {
                        field += '"';
                        index++;
                    }
                    else if (index >= source.length || source[index] === ',' || source[index] === '\n')
                        break;
                    else
                        throw new CsvError(line, QUOTE);
                }
            }
            else {
                while (index < source.length && source[index] !== ',' && source[index] !== '\n') {
                    if (source[index] === '"')
                        throw new CsvError(line, BARE_QUOTE);
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
        if (records.length > 0 && fields.length !== records[0].length)
            throw new CsvError(startLine, 'wrong number of fields');
        records.push(fields);
    }
    return records;
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/json.ts
// cty's JSON serialization (cty/json.Marshal), shared by jsonencode and format's %#v / %v: object keys in
// cty's order, numbers without exponent, and strings as Go's encoding/json writes them, which escapes
// <, > and & for HTML safety and the line separators U+2028 / U+2029 for JavaScript safety.


const SHORT_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f'
};
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** A string as Go's json.Marshal writes it (a lone surrogate, invalid UTF-8 to Go, becomes U+FFFD). */
function goJsonString(text) {
    const escaped = text
        .replace(LONE_SURROGATE, '\ufffd')
        // Control characters are what JSON must escape: the regular expression is about them on purpose.
        // eslint-disable-next-line no-control-regex
        .replace(/["\\\u0000-\u001f<>&\u2028\u2029]/g, char => {
        const short = SHORT_ESCAPES[char];
        if (short !== undefined)
            return short;
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    return `"${escaped}"`;
}
function ctyJson(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return goJsonString(value);
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw callError('cannot serialize infinity as JSON');
        return (0,hcl2_value/* numberToString */.um)(value);
    }
    if ((0,hcl2_value/* isList */.Lv)(value))
        return `[${value.map(ctyJson).join(',')}]`;
    return `{${(0,hcl2_value/* entriesOf */.Mc)(value)
        .map(([key, item]) => `${goJsonString(key)}:${ctyJson(item)}`)
        .join(',')}}`;
}
/** Go's quoteChar in encoding/json's syntax errors: 'x', '"', '\''. */
const quoteChar = (char) => char === "'" ? "'\\''" : char === '"' ? "'\"'" : `'${JSON.stringify(char).slice(1, -1)}'`;
/**
 * Checks `text` as Go's json.Decoder reads one value (cty's jsondecode), for its error wording:
 * "invalid character 'x' looking for beginning of value", "unexpected EOF", "extraneous data after JSON object".
 */
function checkJsonSyntax(text) {
    let index = 0;
    const fail = (context) => {
        if (index >= text.length)
            throw new SyntaxError('unexpected EOF');
        throw new SyntaxError(`invalid character ${quoteChar(String.fromCodePoint(text.codePointAt(index)))} ${context}`);
    };
    const space = () => {
        while (' \t\n\r'.includes(text[index] ?? '.'))
            index++;
    };
    const expect = (char, context) => {
        space();
        if (text[index] !== char)
            fail(context);
        index++;
    };
    const string = () => {
        index++;
        for (;;) {
            const char = text[index];
            if (char === undefined)
                fail('in string literal');
            if (char === '"')
                break;
            if (char < ' ')
                fail('in string literal');
            index++;
            if (char === '\\') {
                if (!'"\\/bfnrtu'.includes(text[index] ?? '.') || text[index] === undefined)
                    fail('in string escape code');
                if (text[index++] === 'u')
                    for (let digit = 0; digit < 4; digit++, index++)
                        if (!/[0-9a-fA-F]/.test(text[index] ?? ''))
                            fail('in \\u hexadecimal character escape');
            }
        }
        index++;
    };
    const value = () => {
        space();
        const char = text[index];
        if (char === '{') {
            index++;
            space();
            if (text[index] === '}')
                return void index++;
            for (;;) {
                space();
                if (text[index] !== '"')
                    fail('looking for beginning of object key string');
                string();
                expect(':', 'after object key');
                value();
                space();
                if (text[index] === '}')
                    return void index++;
                expect(',', 'after object key:value pair');
            }
        }
        if (char === '[') {
            index++;
            space();
            if (text[index] === ']')
                return void index++;
            for (;;) {
                value();
                space();
                if (text[index] === ']')
                    return void index++;
                expect(',', 'after array element');
            }
        }
        if (char === '"')
            return string();
        for (const literal of ['true', 'false', 'null'])
            if (char === literal[0]) {
                for (const expected of literal) {
                    if (text[index] !== expected)
                        fail(`in literal ${literal} (expecting ${quoteChar(expected)})`);
                    index++;
                }
                return;
            }
        const number = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(index));
        if (number === null || number[0] === '' || number[0] === '-') {
            if (char === '-')
                index++;
            return fail(char === '-' ? 'in numeric literal' : 'looking for beginning of value');
        }
        index += number[0].length;
    };
    try {
        space();
        if (index >= text.length)
            return { error: 'EOF' };
        value();
        const end = index;
        space();
        // Go's Decoder.More() sees no more data before a closing bracket, so cty ignores what follows one.
        if (index < text.length && text[index] !== ']' && text[index] !== '}')
            return { error: 'extraneous data after JSON object' };
        return { end };
    }
    catch (error) {
        return { error: error.message };
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/text-encodings.ts
// The IANA character sets textencodebase64 / textdecodebase64 take (Packer: golang.org/x/text's ianaindex):
// the UTF-16 family, ISO-8859-1, US-ASCII, and the single-byte ISO-8859-n and windows-125n sets, whose
// tables come from Node's TextDecoder. Multi-byte legacy sets (Shift_JIS, GBK, ...) are not offered.
function utf16(name, littleEndian) {
    const swap = (bytes) => (littleEndian ? bytes : Buffer.from(bytes).swap16());
    return {
        name,
        encode: text => swap(Buffer.from(text, 'utf16le')),
        decode: bytes => {
            if (bytes.length % 2 !== 0)
                return undefined;
            const text = swap(bytes).toString('utf16le');
            return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)
                ? undefined
                : text;
        }
    };
}
/** A set whose byte b is the code point b, up to `limit`. */
function identity(name, limit) {
    return {
        name,
        encode: text => {
            const codes = Array.from(text, char => char.codePointAt(0));
            return codes.every(code => code <= limit) ? Buffer.from(codes) : undefined;
        },
        decode: bytes => (bytes.every(byte => byte <= limit) ? String.fromCharCode(...bytes) : undefined)
    };
}
function singleByte(name, label) {
    const decoder = new TextDecoder(label);
    const table = Array.from({ length: 256 }, (_, byte) => decoder.decode(Uint8Array.of(byte)));
    const reverse = new Map(table.map((char, byte) => [char, byte]).filter(([char]) => char !== '\ufffd'));
    return {
        name,
        encode: text => {
            const bytes = Array.from(text, char => reverse.get(char));
            return bytes.every(byte => byte !== undefined) ? Buffer.from(bytes) : undefined;
        },
        decode: bytes => {
            const text = Array.from(bytes, byte => table[byte]).join('');
            return text.includes('\ufffd') ? undefined : text;
        }
    };
}
/** IANA "UTF-16": big-endian, written with a byte-order mark, read by one when there is one. */
const utf16WithBom = {
    name: 'UTF-16',
    encode: text => Buffer.concat([Buffer.of(0xfe, 0xff), utf16('UTF-16', false).encode(text)]),
    decode: bytes => {
        const littleEndian = bytes[0] === 0xff && bytes[1] === 0xfe;
        const marked = littleEndian || (bytes[0] === 0xfe && bytes[1] === 0xff);
        return utf16('UTF-16', littleEndian).decode(marked ? bytes.subarray(2) : bytes);
    }
};
const utf8 = {
    name: 'UTF-8',
    encode: text => Buffer.from(text, 'utf8'),
    decode: bytes => {
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            return undefined;
        }
    }
};
const ENCODINGS = [
    [['utf-8', 'utf8', 'csutf8'], () => utf8],
    [['utf-16', 'csutf16'], () => utf16WithBom],
    [['utf-16be', 'csutf16be'], () => utf16('UTF-16BE', false)],
    [['utf-16le', 'csutf16le'], () => utf16('UTF-16LE', true)],
    [
        ['iso-8859-1', 'iso_8859-1', 'latin1', 'l1', 'iso-ir-100', 'cp819', 'ibm819', 'csisolatin1'],
        () => identity('ISO-8859-1', 0xff)
    ],
    [['us-ascii', 'ascii', 'iso646-us', 'us', 'csascii', 'ansi_x3.4-1968'], () => identity('US-ASCII', 0x7f)],
    ...[2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16].map(n => [[`iso-8859-${n}`, `iso_8859-${n}`], () => singleByte(`ISO-8859-${n}`, `iso-8859-${n}`)]),
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map(n => [[`windows-125${n}`, `cp125${n}`], () => singleByte(`windows-125${n}`, `windows-125${n}`)]),
    [['koi8-r', 'cskoi8r'], () => singleByte('KOI8-R', 'koi8-r')],
    [['ibm866', 'cp866', '866', 'csibm866'], () => singleByte('IBM866', 'ibm866')]
];
/** The encoding a name or alias stands for (case-insensitive), or undefined. */
function textEncoding(label) {
    const wanted = label.trim().toLowerCase();
    return ENCODINGS.find(([names]) => names.includes(wanted))?.[1]();
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/encoding.ts
// Encoding functions: base64 (go-cty-funcs), base64gzip (Packer), urlencode, jsonencode / jsondecode and
// csvdecode (cty), textencodebase64 / textdecodebase64 (Packer's functions.go).






/** Go's base64.StdEncoding.DecodeString: padded standard alphabet, \r and \n ignored, nothing else. */
function strictBase64(text) {
    const body = text.replace(/[\r\n]/g, '');
    if (body.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(body))
        return undefined;
    return Buffer.from(body, 'base64');
}
const encoding_utf8 = (bytes) => {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
};
function base64decode(text) {
    const bytes = strictBase64(text);
    if (bytes === undefined)
        throw callError(`failed to decode base64 data '${text}'`);
    const decoded = encoding_utf8(bytes);
    if (decoded === undefined)
        throw callError('the result of decoding the the provided string is not valid UTF-8');
    return decoded;
}
/** gzip as Go's compress/gzip writes its header (no name, no time, OS "unknown"); the deflate stream is zlib's. */
function base64gzip(text) {
    const compressed = (0,external_node_zlib_.gzipSync)(Buffer.from(text, 'utf8'));
    compressed[9] = 0xff;
    return compressed.toString('base64');
}
/** Go's url.QueryEscape: unreserved characters stay, a space becomes '+', the rest %XX of UTF-8. */
const urlencode = (text) => Array.from(Buffer.from(text, 'utf8'), byte => {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(char))
        return char;
    return byte === 0x20 ? '+' : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}).join('');
function fromJson(value) {
    if (Array.isArray(value))
        return value.map(fromJson);
    if (value !== null && typeof value === 'object')
        return (0,hcl2_value/* objectOf */.Xy)(Object.entries(value).map(([key, item]) => [key, fromJson(item)]));
    return value;
}
function jsondecode(text) {
    const checked = checkJsonSyntax(text);
    if ('error' in checked)
        throw callError(checked.error);
    return fromJson(JSON.parse(text.slice(0, checked.end)));
}
function csvdecode(text) {
    let records;
    try {
        records = readCsv(text);
    }
    catch (error) {
        if (error instanceof CsvError)
            throw callError(error.message);
        throw error;
    }
    const [headers, ...rows] = records;
    if (headers === undefined)
        throw callError('missing header line');
    const duplicate = headers.find((name, index) => headers.indexOf(name) !== index);
    if (duplicate !== undefined)
        throw callError(`duplicate column name ${goQuote(duplicate)}`);
    return rows.map(row => (0,hcl2_value/* objectOf */.Xy)(headers.map((name, index) => [name, row[index]])));
}
function encodingNamed(label) {
    const encoding = textEncoding(label);
    if (encoding === undefined)
        throw support_argumentError(1, `${goQuote(label)} is not a supported IANA encoding name or alias`);
    return encoding;
}
function textencodebase64(text, label) {
    const encoding = encodingNamed(label);
    const bytes = encoding.encode(text);
    if (bytes === undefined)
        throw support_argumentError(0, `the given string contains characters that cannot be represented in ${encoding.name}`);
    return bytes.toString('base64');
}
function textdecodebase64(source, label) {
    const encoding = encodingNamed(label);
    const bytes = strictBase64(source);
    if (bytes === undefined) {
        const offset = source.search(/[^A-Za-z0-9+/=\r\n]/);
        throw support_argumentError(0, `the given value is has an invalid base64 symbol at offset ${offset < 0 ? source.length : offset}`);
    }
    const text = encoding.decode(bytes);
    if (text === undefined || text.includes('\ufffd'))
        throw support_argumentError(0, `the given string contains symbols that are not defined for ${encoding.name}`);
    return text;
}
const ENCODING_FUNCTIONS = {
    base64encode: stringFunction(['str'], text => Buffer.from(text, 'utf8').toString('base64')),
    base64decode: stringFunction(['str'], base64decode),
    base64gzip: stringFunction(['str'], base64gzip),
    urlencode: stringFunction(['str'], urlencode),
    jsonencode: { params: [anyParam('val', true)], run: ([value]) => ctyJson(value) },
    jsondecode: stringFunction(['str'], jsondecode),
    csvdecode: stringFunction(['str'], csvdecode),
    textencodebase64: stringFunction(['string', 'encoding'], textencodebase64),
    textdecodebase64: stringFunction(['source', 'encoding'], textdecodebase64)
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/template/hcl2/functions/glob.ts
// fileset's globbing, as bmatcuk/doublestar (v1) matches: `*` and `?` within one path segment, `**` as a
// whole segment for any number of directories, [classes] (negated with ! or ^), {alternatives}, and `\`
// escapes. Dotfiles are not special. Directories are walked without following symbolic links.


class GlobSyntaxError extends Error {
}
const META = /[*?[{\\]/;
function segmentSource(segment) {
    let out = '';
    let index = 0;
    const alternatives = []; // nesting of {...}
    while (index < segment.length) {
        const char = segment[index++];
        if (char === '\\') {
            if (index >= segment.length)
                throw new GlobSyntaxError();
            out += escapeChar(segment[index++]);
        }
        else if (char === '*')
            out += '[^/]*';
        else if (char === '?')
            out += '[^/]';
        else if (char === '[') {
            const close = segment.indexOf(']', index + 1);
            if (close < 0)
                throw new GlobSyntaxError();
            let body = segment.slice(index, close);
            const negated = body.startsWith('!') || body.startsWith('^');
            if (negated)
                body = body.slice(1);
            out += `[${negated ? '^/' : ''}${body.replace(/[\\\][^]/g, c => `\\${c}`)}]`;
            index = close + 1;
        }
        else if (char === '{') {
            alternatives.push(out.length);
            out += '(?:';
        }
        else if (char === ',' && alternatives.length > 0)
            out += '|';
        else if (char === '}' && alternatives.length > 0) {
            alternatives.pop();
            out += ')';
        }
        else
            out += escapeChar(char);
    }
    if (alternatives.length > 0)
        throw new GlobSyntaxError();
    return out;
}
const escapeChar = (char) => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A matcher for a relative glob (segments joined by '/'). */
function globMatcher(pattern) {
    const segments = pattern.split('/');
    let source = '';
    segments.forEach((segment, index) => {
        const last = index === segments.length - 1;
        if (segment === '**')
            source += last ? '.*' : '(?:[^/]*/)*';
        else
            source += segmentSource(segment) + (last ? '' : '/');
    });
    return new RegExp(`^${source}$`, 'u');
}
/** The absolute paths (files, directories, links) matching an absolute, cleaned glob `pattern`. */
function glob(pattern) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex(segment => META.test(segment));
    if (firstGlob < 0)
        return [pattern];
    const root = segments.slice(0, firstGlob).join('/') || '/';
    const rest = segments.slice(firstGlob);
    const matcher = globMatcher(rest.join('/'));
    const maxDepth = rest.includes('**') ? Infinity : rest.length;
    const found = [];
    const walk = (directory, relative, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(directory, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const entryRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
            if (matcher.test(entryRelative))
                found.push(external_node_path_default().join(root, entryRelative));
            if (entry.isDirectory() && depth + 1 < maxDepth)
                walk(external_node_path_default().join(directory, entry.name), entryRelative, depth + 1);
        }
    };
    walk(root, '', 0);
    return found;
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/filesystem.ts
// File functions, as go-cty-funcs' filesystem package defines them (file, fileexists, fileset, abspath,
// basename, dirname, pathexpand) and Packer's own (filebase64, templatefile). Relative paths start at the
// context's working directory; every file read is reported through context.readsFile.






/** Go's filepath.Clean (POSIX): no trailing slash, no dot segments, "." for nothing. */
function goClean(text) {
    if (text === '')
        return '.';
    const normal = external_node_path_default().posix.normalize(text);
    return normal.length > 1 ? normal.replace(/\/+$/, '') : normal;
}
const goBase = (text) => {
    if (text === '')
        return '.';
    const trimmed = text.replace(/\/+$/, '');
    return trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
};
const goDir = (text) => goClean(text.slice(0, text.lastIndexOf('/') + 1));
/** mitchellh/go-homedir's Expand: a leading ~ (alone or before a slash) becomes the home directory. */
function expandHome(text, context) {
    if (!text.startsWith('~'))
        return text;
    if (text.length > 1 && text[1] !== '/' && text[1] !== '\\')
        throw callError('cannot expand user-specific home dir');
    return (context.env.HOME ?? external_node_os_default().homedir()) + text.slice(1);
}
function resolve(text, context) {
    let expanded;
    try {
        expanded = expandHome(text, context);
    }
    catch (error) {
        throw callError(`failed to expand ~: ${error.message}`);
    }
    return goClean(external_node_path_default().isAbsolute(expanded) ? expanded : external_node_path_default().join(context.cwd, expanded));
}
/** readFileBytes: the file's bytes, or cty's "no file exists at ..." / "failed to read ...". */
function readBytes(text, context) {
    const absolute = resolve(text, context);
    try {
        const bytes = (0,external_node_fs_.readFileSync)(absolute);
        context.readsFile(absolute);
        return bytes;
    }
    catch (error) {
        const code = error.code;
        throw callError(code === 'ENOENT' || code === 'ENOTDIR' ? `no file exists at ${absolute}` : `failed to read ${absolute}`);
    }
}
function readText(text, context) {
    const bytes = readBytes(text, context);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw callError(`contents of ${text} are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead`);
    }
}
/** Go's FileMode.String for the kinds a path can be: "drwxr-xr-x", "prw-r--r--", ... */
function goMode(stats) {
    const kind = stats.isDirectory()
        ? 'd'
        : stats.isFIFO()
            ? 'p'
            : stats.isSocket()
                ? 'S'
                : stats.isCharacterDevice()
                    ? 'Dc'
                    : stats.isBlockDevice()
                        ? 'D'
                        : '';
    const bits = 'rwxrwxrwx'.replace(/./g, (letter, index) => stats.mode & (1 << (8 - index)) ? letter : '-');
    return (kind === '' ? '-' : kind) + bits;
}
function fileexists(text, context) {
    const absolute = resolve(text, context);
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return false;
        throw callError(`failed to stat ${absolute}`);
    }
    if (stats.isFile())
        return true;
    throw callError(`${absolute} is not a regular file, but ${goQuote(goMode(stats))}`);
}
function fileset(base, pattern, context) {
    const root = external_node_path_default().isAbsolute(base) ? base : external_node_path_default().join(context.cwd, base);
    const fullPattern = goClean(external_node_path_default().join(root, pattern));
    let matches;
    try {
        matches = glob(fullPattern);
    }
    catch (error) {
        if (error instanceof GlobSyntaxError)
            throw callError(`failed to glob pattern (${fullPattern}): syntax error in pattern`);
        throw error;
    }
    const files = matches.filter(match => {
        try {
            return (0,external_node_fs_.statSync)(match).isFile();
        }
        catch {
            return false;
        }
    });
    files.forEach(file => context.readsFile(file));
    return [...new Set(files.map(file => external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/')))].sort();
}
/** Packer's filebase64: the path as given, read from the working directory, errors as Go's os.ReadFile words them. */
function filebase64(text, context) {
    const absolute = external_node_path_default().resolve(context.cwd, text);
    try {
        const bytes = (0,external_node_fs_.readFileSync)(absolute);
        context.readsFile(absolute);
        return bytes.toString('base64');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'EISDIR'
            ? `read ${text}: is a directory`
            : `open ${text}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : error.message}`;
        throw callError(`failed to read file ${goQuote(text)}: ${reason}`);
    }
}
/** HCL's identifier: a letter, then letters, digits, underscores and dashes. */
const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u;
function templatefile(file, vars, context) {
    const text = readText(file, context);
    // "map" also covers objects: the value model does not tell them apart, and neither does Packer's message.
    if (!(0,hcl2_value/* isObject */.Gv)(vars))
        throw support_argumentError(1, 'invalid vars value: must be a map');
    for (const name of Object.keys(vars))
        if (!IDENTIFIER.test(name))
            throw support_argumentError(1, `invalid template variable name ${goQuote(name)}: must start with a letter, followed by zero or more letters, digits, and underscores`);
    return context.renderTemplate(text, file, vars);
}
const FILESYSTEM_FUNCTIONS = {
    file: { params: [stringParam('path')], run: ([file], context) => readText(file, context) },
    filebase64: {
        params: [stringParam('path')],
        run: ([file], context) => filebase64(file, context)
    },
    fileexists: {
        params: [stringParam('path')],
        run: ([file], context) => fileexists(file, context)
    },
    fileset: {
        params: [stringParam('path'), stringParam('pattern')],
        run: ([base, pattern], context) => fileset(base, pattern, context)
    },
    templatefile: {
        params: [stringParam('path'), anyParam('vars')],
        run: ([file, vars], context) => templatefile(file, vars, context)
    },
    abspath: {
        params: [stringParam('path')],
        run: ([file], context) => goClean(external_node_path_default().resolve(context.cwd, file))
            .split((external_node_path_default()).sep)
            .join('/')
    },
    basename: stringFunction(['path'], goBase),
    dirname: stringFunction(['path'], goDir),
    pathexpand: { params: [stringParam('path')], run: ([file], context) => expandHome(file, context) }
};

;// CONCATENATED MODULE: ./src/template/hcl2/functions/go-numbers.ts
// Go's fmt verbs for numbers as cty's format() reaches them: %e %E %f %g %G through big.Float's Format and
// %b %d %o %x %X through big.Int's. cty numbers are 512-bit decimals parsed from source text; a double's
// shortest decimal (what the template said: 0.1, 2.5) stands in for them, rounded as big rounds the 512-bit
// value: format("%.0f", 2.5) is "2" (half to even) and format("%.1f", 0.95) is "0.9" (0.95 is stored below).
function toDecimal(magnitude) {
    if (magnitude === 0)
        return { mant: '', exp: 0 };
    const [digits, exponent] = magnitude.toExponential().split('e');
    const mant = digits.replace('.', '').replace(/0+$/, '');
    return { mant, exp: Number(exponent) + 1 };
}
const bitLength = (value) => value.toString(2).length;
/**
 * Which side of the decimal a 512-bit big.Float of it lies on: cty parses "0.95" to the nearest 512-bit
 * binary fraction, which is a little below 0.95, so Go rounds %.1f of it down to "0.9". Exact: 'even'.
 */
function binarySide(d) {
    const scale = d.mant.length - d.exp;
    if (scale <= 0)
        return 'even';
    const numerator = BigInt(d.mant);
    const denominator = 10n ** BigInt(scale);
    let shift = 512 - (bitLength(numerator) - bitLength(denominator));
    const scaled = () => (numerator << BigInt(shift)) / denominator;
    while (bitLength(scaled()) > 512)
        shift--;
    while (bitLength(scaled()) < 512)
        shift++;
    let mantissa = scaled();
    const remainder = (numerator << BigInt(shift)) - mantissa * denominator;
    if (2n * remainder > denominator || (2n * remainder === denominator && mantissa % 2n === 1n))
        mantissa++;
    const difference = mantissa * denominator - (numerator << BigInt(shift));
    return difference > 0n ? 'up' : difference < 0n ? 'down' : 'even';
}
/** decimal.round: to n digits; a tie goes to the side the 512-bit value lies on, or to even when exact. */
function round(d, n) {
    if (n < 0 || n >= d.mant.length)
        return;
    const next = d.mant[n];
    let up = next >= '5';
    if (next === '5' && n + 1 === d.mant.length) {
        const side = binarySide(d);
        up = side === 'even' ? n > 0 && Number(d.mant[n - 1]) % 2 === 1 : side === 'up';
    }
    if (!up) {
        d.mant = d.mant.slice(0, n).replace(/0+$/, '');
        return;
    }
    let end = n;
    while (end > 0 && d.mant[end - 1] === '9')
        end--;
    if (end === 0) {
        d.mant = '1';
        d.exp++;
        return;
    }
    d.mant = d.mant.slice(0, end - 1) + String(Number(d.mant[end - 1]) + 1);
}
const digitAt = (d, index) => index >= 0 && index < d.mant.length ? d.mant[index] : '0';
function fmtE(d, letter, precision) {
    let out = d.mant[0] ?? '0';
    if (precision > 0)
        out += '.' + d.mant.slice(1, precision + 1).padEnd(precision, '0');
    const exp = d.mant.length > 0 ? d.exp - 1 : 0;
    return `${out}${letter}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}
function fmtF(d, precision) {
    let out = d.exp > 0 ? d.mant.slice(0, d.exp).padEnd(d.exp, '0') : '0';
    if (precision > 0) {
        out += '.';
        for (let index = 0; index < precision; index++)
            out += digitAt(d, d.exp + index);
    }
    return out;
}
/** big.Float.Append for e, f and g, without the sign. */
function floatText(magnitude, mode, precisionArg) {
    if (!Number.isFinite(magnitude))
        return 'Inf';
    const d = toDecimal(magnitude);
    const lower = mode.toLowerCase();
    const letter = mode === 'E' || mode === 'G' ? 'E' : 'e';
    let precision = precisionArg;
    const shortest = precision < 0;
    if (shortest) {
        if (lower === 'e')
            precision = d.mant.length - 1;
        else if (lower === 'f')
            precision = Math.max(d.mant.length - d.exp, 0);
        else
            precision = d.mant.length;
    }
    else if (lower === 'e')
        round(d, 1 + precision);
    else if (lower === 'f')
        round(d, d.exp + precision);
    else {
        if (precision === 0)
            precision = 1;
        round(d, precision);
    }
    if (lower === 'e')
        return fmtE(d, letter, precision);
    if (lower === 'f')
        return fmtF(d, precision);
    let eprec = precision;
    if (eprec > d.mant.length && d.mant.length >= d.exp)
        eprec = d.mant.length;
    if (shortest)
        eprec = 6;
    const exp = d.exp - 1;
    if (exp < -4 || exp >= eprec)
        return fmtE(d, letter, Math.min(precision, d.mant.length) - 1);
    if (precision > d.exp)
        precision = d.mant.length;
    return fmtF(d, Math.max(precision - d.exp, 0));
}
/** big.Float.Format: %e %E %f %g %G with flags, width and precision (6 by default, shortest for %g). */
function formatFloat(value, verb) {
    const defaultPrecision = verb.mode === 'g' || verb.mode === 'G' ? -1 : 6;
    const body = floatText(Math.abs(value), verb.mode, verb.precision >= 0 ? verb.precision : defaultPrecision);
    const negative = value < 0 || Object.is(value, -0);
    const sign = negative ? '-' : verb.plus ? '+' : verb.space ? ' ' : '';
    const padding = Math.max(verb.width - sign.length - body.length, 0);
    if (verb.zero && Number.isFinite(value))
        return sign + '0'.repeat(padding) + body;
    if (verb.minus)
        return sign + body + ' '.repeat(padding);
    return ' '.repeat(padding) + sign + body;
}
const BASES = { b: 2, o: 8, d: 10, x: 16, X: 16 };
const PREFIXES = { b: '0b', o: '0', x: '0x', X: '0X' };
/** big.Int.Format: %b %d %o %x %X with flags, width and precision (the least number of digits). */
function formatInteger(value, verb) {
    const sign = value < 0n ? '-' : verb.plus ? '+' : verb.space ? ' ' : '';
    const prefix = verb.sharp ? (PREFIXES[verb.mode] ?? '') : '';
    let digits = (value < 0n ? -value : value).toString(BASES[verb.mode]);
    if (verb.mode === 'X')
        digits = digits.toUpperCase();
    let zeros = 0;
    if (verb.precision >= 0) {
        if (digits.length < verb.precision)
            zeros = verb.precision - digits.length;
        else if (digits === '0' && verb.precision === 0)
            return '';
    }
    let left = 0;
    let right = 0;
    const length = sign.length + prefix.length + zeros + digits.length;
    if (verb.width > length) {
        const extra = verb.width - length;
        if (verb.minus)
            right = extra;
        else if (verb.zero && verb.precision < 0)
            zeros = extra;
        else
            left = extra;
    }
    return ' '.repeat(left) + sign + prefix + '0'.repeat(zeros) + digits + ' '.repeat(right);
}
/** big.Float.Text('g', -1): how %v shows a number (1e+06 for a million, as Go does). */
const shortestG = (value) => formatFloat(value, {
    mode: 'g',
    plus: false,
    space: false,
    zero: false,
    minus: false,
    sharp: false,
    width: -1,
    precision: -1
});

;// CONCATENATED MODULE: ./src/template/hcl2/functions/format.ts
// format and formatlist: cty's printf (format.go and its Ragel scanner format_fsm.rl), verb by verb:
// %v %#v %t %s %q, the number verbs of go-numbers.ts, flags, width, precision and explicit [n] indexes.
// Offsets in messages are byte offsets into the format string, as Go reports them.




/** Go's %q of a rune: 'x'. */
const quoteRune = (rune) => `'${rune === "'" ? "\\'" : rune}'`;
function padWidth(verb, text) {
    const missing = verb.width - graphemes(text).length;
    if (verb.width < 0 || missing <= 0)
        return text;
    const pad = (verb.zero ? '0' : ' ').repeat(missing);
    return verb.minus ? text + pad : pad + text;
}
function converted(verb, value, type) {
    try {
        return (0,hcl2_value/* convert */.C6)(value, type);
    }
    catch (error) {
        throw callError(`unsupported value for ${goQuote(verb.raw)} at ${verb.offset}: ${error.message}`);
    }
}
function formatValue(verb, value) {
    if (verb.mode !== 'v' && value === null)
        throw callError(`unsupported value for ${goQuote(verb.raw)} at ${verb.offset}: null value cannot be formatted`);
    switch (verb.mode) {
        case 'v':
            if (!verb.sharp && typeof value === 'string')
                return padWidth(verb, value);
            if (!verb.sharp && typeof value === 'number')
                return padWidth(verb, shortestG(value));
            return padWidth(verb, ctyJson(value));
        case 't':
            return converted(verb, value, hcl2_value/* BOOL */.HX) ? 'true' : 'false';
        case 'b':
        case 'd':
        case 'o':
        case 'x':
        case 'X': {
            const number = converted(verb, value, hcl2_value/* NUMBER */.uk);
            if (!Number.isInteger(number))
                throw callError(`unsupported value for ${goQuote(verb.raw)} at ${verb.offset}: an integer is required`);
            return formatInteger(BigInt((0,hcl2_value/* numberToString */.um)(number)), verb);
        }
        case 'e':
        case 'E':
        case 'f':
        case 'g':
        case 'G':
            return formatFloat(converted(verb, value, hcl2_value/* NUMBER */.uk), verb);
        case 's':
        case 'q': {
            let text = converted(verb, value, hcl2_value/* STRING */.An);
            if (verb.precision > 0)
                text = graphemes(text).slice(0, verb.precision).join('');
            return padWidth(verb, verb.mode === 'q' ? ctyJson(text) : text);
        }
        default:
            throw callError(`unsupported format verb ${quoteRune(verb.mode)} in ${goQuote(verb.raw)} at offset ${verb.offset}`);
    }
}
/** Reads decimal digits at `index`: [value, next index]; value -1 when there are none. */
function digitsAt(text, index) {
    let end = index;
    while (end < text.length && text[end] >= '0' && text[end] <= '9')
        end++;
    return [end === index ? -1 : Number(text.slice(index, end)), end];
}
/** cty's formatFSM: the formatted string, or an error naming the offset where the format string went wrong. */
function formatString(format, args) {
    const runes = format; // indexes below are UTF-16; messages convert them to byte offsets
    const byteOffset = (index) => support_utf8Length(runes.slice(0, index));
    const unrecognized = (index) => {
        const rune = String.fromCodePoint(runes.codePointAt(index));
        return callError(`unrecognized format character ${quoteRune(rune)} at offset ${byteOffset(index)}`);
    };
    let out = '';
    let nextArg = 1;
    let highest = 0;
    let index = 0;
    while (index < runes.length) {
        if (runes[index] !== '%') {
            out += runes[index++];
            continue;
        }
        if (runes[index + 1] === '%') {
            out += '%';
            index += 2;
            continue;
        }
        const start = index++;
        const flags = { plus: false, space: false, zero: false, minus: false, sharp: false };
        const FLAG_NAMES = {
            '+': 'plus',
            ' ': 'space',
            '0': 'zero',
            '-': 'minus',
            '#': 'sharp'
        };
        while (index < runes.length && FLAG_NAMES[runes[index]] !== undefined)
            flags[FLAG_NAMES[runes[index++]]] = true;
        let width = -1;
        if (index < runes.length && runes[index] >= '1' && runes[index] <= '9')
            [width, index] = digitsAt(runes, index);
        let precision = -1;
        if (runes[index] === '.') {
            [precision, index] = digitsAt(runes, index + 1);
            precision = Math.max(precision, 0); // "%.f": a precision of zero
        }
        let argNumber = nextArg;
        if (runes[index] === '[') {
            index++;
            if (!(runes[index] >= '1' && runes[index] <= '9'))
                throw index >= runes.length ? unfinished() : unrecognized(index);
            [argNumber, index] = digitsAt(runes, index);
            if (runes[index] !== ']')
                throw index >= runes.length ? unfinished() : unrecognized(index);
            index++;
        }
        if (index >= runes.length)
            throw unfinished();
        const mode = runes[index];
        if (!/[A-Za-z]/.test(mode))
            throw unrecognized(index);
        index++;
        const verb = {
            ...flags,
            width,
            precision,
            mode,
            argNumber,
            raw: runes.slice(start, index),
            offset: byteOffset(start)
        };
        highest = Math.max(highest, argNumber);
        if (argNumber - 1 >= args.length)
            throw callError(`not enough arguments for ${goQuote(verb.raw)} at ${verb.offset}: need index ${argNumber} but have ${args.length} total`);
        out += formatValue(verb, args[argNumber - 1]);
        nextArg = argNumber + 1;
    }
    if (highest < args.length) {
        // Argument indexes count the format string as argument 0, so the first unused value is at highest + 1.
        if (highest === 0)
            throw support_argumentError(highest + 1, 'too many arguments; no verbs in format string');
        throw support_argumentError(highest + 1, `too many arguments; only ${highest} used by format string`);
    }
    return out;
    function unfinished() {
        return callError(`invalid format string starting at offset ${support_utf8Length(runes)}`);
    }
}
function formatlist(format, args) {
    if (args.length === 0)
        return [formatString(format, [])];
    let length = -1;
    let chooser = -1;
    args.forEach((arg, index) => {
        if (!(0,hcl2_value/* isList */.Lv)(arg))
            return;
        if (length === -1) {
            length = arg.length;
            chooser = index;
        }
        else if (arg.length !== length)
            throw support_argumentError(index + 1, `argument ${index + 1} has length ${arg.length}, which is inconsistent with argument ${chooser + 1} of length ${length}`);
    });
    if (length === 0)
        return [];
    const results = [];
    for (let iteration = 0; iteration < Math.max(length, 1); iteration++) {
        const values = args.map(arg => ((0,hcl2_value/* isList */.Lv)(arg) ? arg[iteration] : arg));
        try {
            results.push(formatString(format, values));
        }
        catch (error) {
            throw callError(`error on format iteration ${iteration}: ${error.message}`);
        }
    }
    return results;
}
const FORMAT_FUNCTIONS = {
    format: {
        params: [stringParam('format')],
        variadic: anyParam('args', true),
        run: ([format, ...args]) => formatString(format, args)
    },
    formatlist: {
        params: [stringParam('format')],
        variadic: anyParam('args', true),
        run: ([format, ...args]) => formatlist(format, args)
    }
};

;// CONCATENATED MODULE: ./src/template/hcl2/functions/maps.ts
// Map functions, as cty's stdlib defines them (keys, values, lookup, merge, zipmap). Maps and objects are
// both plain objects in the value model, read in cty's key order through entriesOf.


function keys(value) {
    if (!(0,hcl2_value/* isObject */.Gv)(value))
        throw support_argumentError(0, 'must have map or object type');
    return (0,hcl2_value/* sortedKeys */.Mf)(value);
}
function values(value) {
    if (!(0,hcl2_value/* isObject */.Gv)(value))
        throw callError('values() requires a map as the first argument');
    return (0,hcl2_value/* entriesOf */.Mc)(value).map(([, item]) => item);
}
function lookup(map, key, fallback) {
    if (!(0,hcl2_value/* isObject */.Gv)(map))
        throw support_argumentError(0, 'lookup() requires a map as the first argument');
    return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : fallback;
}
function merge(maps) {
    const merged = [];
    for (const map of maps) {
        if (map === null)
            continue;
        if (!(0,hcl2_value/* isObject */.Gv)(map))
            throw callError(`arguments must be maps or objects, got "${(0,hcl2_value/* typeName */.go)(map)}"`);
        merged.push(...(0,hcl2_value/* entriesOf */.Mc)(map));
    }
    // Later maps win: objectOf keeps the last value given for a key.
    return (0,hcl2_value/* objectOf */.Xy)(merged);
}
function zipmap(keyList, valueList) {
    if (!(0,hcl2_value/* isList */.Lv)(valueList))
        throw callError('values argument must be a list or tuple value');
    if (keyList.length !== valueList.length)
        throw callError(`number of keys (${keyList.length}) does not match number of values (${valueList.length})`);
    return (0,hcl2_value/* objectOf */.Xy)(keyList.map((key, index) => {
        if (key === null)
            throw callError(`keys list has null value at index ${index}`);
        return [key, valueList[index]];
    }));
}
const MAP_FUNCTIONS = {
    keys: { params: [anyParam('inputMap')], run: ([map]) => keys(map) },
    values: { params: [anyParam('mapping')], run: ([map]) => values(map) },
    lookup: {
        params: [anyParam('inputMap'), stringParam('key'), anyParam('default')],
        run: ([map, key, fallback]) => lookup(map, key, fallback)
    },
    merge: { params: [], variadic: anyParam('maps', true), run: merge },
    zipmap: {
        params: [{ name: 'keys', type: listOf(hcl2_value/* STRING */.An) }, anyParam('values')],
        run: ([keyList, valueList]) => zipmap(keyList, valueList)
    }
};

;// CONCATENATED MODULE: ./src/template/hcl2/functions/numeric.ts
// Numeric functions, as cty's stdlib (number.go) defines them. cty numbers are arbitrary-precision; these
// work on doubles, which is what a template's numbers fit in (parseint of more than 53 bits loses digits).

/** cty turns a NaN result into a panic (big.Float cannot hold NaN), reported as a failed call. */
function finiteOrPanic(value) {
    if (Number.isNaN(value))
        throw callError('panic in function implementation: Float.SetFloat64(NaN)');
    return value;
}
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** big.Int.SetString: an optional sign, then digits of the base (letters fold to lower case up to base 36). */
function parseInteger(text, base) {
    const match = /^([+-]?)(.+)$/s.exec(text);
    if (match === null)
        return undefined;
    let value = 0n;
    for (const char of match[2]) {
        const digit = DIGITS.indexOf(base <= 36 ? char.toLowerCase() : char);
        if (digit < 0 || digit >= base)
            return undefined;
        value = value * BigInt(base) + BigInt(digit);
    }
    return Number(match[1] === '-' ? -value : value);
}
function parseint(number, baseArg) {
    if (typeof number !== 'string')
        throw support_argumentError(0, `first argument must be a string, not ${typeNameOf(number)}`);
    const base = wholeNumber(baseArg, { argument: 1 });
    if (base < 2 || base > 62)
        throw support_argumentError(1, 'base must be a whole number between 2 and 62 inclusive');
    const parsed = parseInteger(number, base);
    if (parsed === undefined)
        throw support_argumentError(0, `cannot parse ${goQuote(number)} as a base ${base} integer`);
    return parsed;
}
const unary = (run) => ({
    params: [numberParam('num')],
    run: ([value]) => run(value)
});
function extreme(pick) {
    return {
        params: [],
        variadic: numberParam('numbers'),
        run: args => {
            if (args.length === 0)
                throw callError('must pass at least one number');
            return args.reduce((best, value) => (pick(value, best) ? value : best));
        }
    };
}
const NUMERIC_FUNCTIONS = {
    abs: unary(Math.abs),
    ceil: unary(Math.ceil),
    floor: unary(Math.floor),
    signum: unary(value => Math.sign(wholeNumber(value)) || 0),
    log: {
        params: [numberParam('num'), numberParam('base')],
        run: ([value, base]) => finiteOrPanic(Math.log(value) / Math.log(base))
    },
    pow: {
        params: [numberParam('num'), numberParam('power')],
        run: ([value, power]) => finiteOrPanic(Math.pow(value, power))
    },
    min: extreme((a, b) => a < b),
    max: extreme((a, b) => a > b),
    parseint: {
        params: [anyParam('number'), numberParam('base')],
        run: ([number, base]) => parseint(number, base)
    }
};

;// CONCATENATED MODULE: ./src/template/hcl2/functions/re2-error.ts
// Go's regexp/syntax error: a code ("missing closing )") and the fragment of the pattern it is about.
class Re2SyntaxError extends Error {
    code;
    expr;
    constructor(code, expr) {
        super(`error parsing regexp: ${code}: \`${expr}\``);
        this.code = code;
        this.expr = expr;
        this.name = 'Re2SyntaxError';
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/re2-classes.ts
// Character sets for the RE2 translation (re2.ts): POSIX and Perl classes as code point ranges, their
// complements, Go's simple case folding, Unicode classes, and how a set is written in a JavaScript class.

const MAX_CODE_POINT = 0x10ffff;
const POSIX = {
    alnum: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x61, 0x7a]
    ],
    alpha: [
        [0x41, 0x5a],
        [0x61, 0x7a]
    ],
    ascii: [[0, 0x7f]],
    blank: [
        [0x09, 0x09],
        [0x20, 0x20]
    ],
    cntrl: [
        [0, 0x1f],
        [0x7f, 0x7f]
    ],
    digit: [[0x30, 0x39]],
    graph: [[0x21, 0x7e]],
    lower: [[0x61, 0x7a]],
    print: [[0x20, 0x7e]],
    punct: [
        [0x21, 0x2f],
        [0x3a, 0x40],
        [0x5b, 0x60],
        [0x7b, 0x7e]
    ],
    space: [
        [0x09, 0x0d],
        [0x20, 0x20]
    ],
    upper: [[0x41, 0x5a]],
    word: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x5f, 0x5f],
        [0x61, 0x7a]
    ],
    xdigit: [
        [0x30, 0x39],
        [0x41, 0x46],
        [0x61, 0x66]
    ]
};
const PERL = {
    d: POSIX.digit,
    w: POSIX.word,
    s: [
        [0x09, 0x0a],
        [0x0c, 0x0d],
        [0x20, 0x20]
    ]
};
function complement(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    let next = 0;
    for (const [low, high] of sorted) {
        if (low > next)
            out.push([next, low - 1]);
        next = Math.max(next, high + 1);
    }
    if (next <= MAX_CODE_POINT)
        out.push([next, MAX_CODE_POINT]);
    return out;
}
const classChar = (code) => `\\u{${code.toString(16)}}`;
const rangeText = (ranges) => ranges
    .map(([low, high]) => (low === high ? classChar(low) : `${classChar(low)}-${classChar(high)}`))
    .join('');
/** The other cases of a code point, as Go's simple folding would match them (ASCII and one-rune mappings). */
function caseVariants(code) {
    const char = String.fromCodePoint(code);
    const variants = new Set([code]);
    for (const other of [char.toLowerCase(), char.toUpperCase()])
        if (Array.from(other).length === 1)
            variants.add(other.codePointAt(0));
    return [...variants];
}
function foldRanges(ranges) {
    const out = [...ranges];
    for (const [low, high] of ranges)
        for (let code = low; code <= Math.min(high, low + 0x2ff); code++)
            for (const variant of caseVariants(code))
                if (variant !== code)
                    out.push([variant, variant]);
    return out;
}
const UNICODE_CATEGORY = /^(?:[LMNPSZC][a-z]?)$/;
function unicodeClass(name, negated, expr) {
    let body;
    if (name === 'Any')
        body = '\\u{0}-\\u{10ffff}';
    else
        body = UNICODE_CATEGORY.test(name) ? `\\p{${name}}` : `\\p{Script=${name}}`;
    try {
        new RegExp(`[${body}]`, 'u');
    }
    catch {
        throw new Re2SyntaxError('invalid character class range', expr);
    }
    return negated ? (name === 'Any' ? '' : body.replace('\\p', '\\P')) : body;
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/re2-reader.ts
// Reading RE2 escapes and character classes for the translation (re2.ts), at a cursor over the pattern's
// code points: what they match, as code point ranges or as an atom already written for JavaScript.


class Re2Reader {
    chars;
    index = 0;
    constructor(pattern) {
        this.chars = Array.from(pattern);
    }
    text(from, to) {
        return this.chars.slice(from, to).join('');
    }
    /** An escape just after its backslash: code point ranges, or an atom written for JavaScript. */
    escape(inClass) {
        const start = this.index - 1;
        const c = this.chars[this.index++];
        if (c === undefined)
            throw new Re2SyntaxError('trailing backslash at end of expression', '');
        const simple = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
        if (simple[c] !== undefined)
            return { ranges: [[simple[c], simple[c]]] };
        if (/[0-7]/.test(c) && (c === '0' || /[0-7]/.test(this.chars[this.index] ?? ''))) {
            let digits = c;
            while (digits.length < 3 && /[0-7]/.test(this.chars[this.index] ?? ''))
                digits += this.chars[this.index++];
            const code = parseInt(digits, 8);
            return { ranges: [[code, code]] };
        }
        if (c === 'x') {
            let hex;
            if (this.chars[this.index] === '{') {
                const close = this.chars.indexOf('}', this.index);
                hex = close < 0 ? '' : this.text(this.index + 1, close);
                if (close < 0 || !/^[0-9A-Fa-f]+$/.test(hex) || parseInt(hex, 16) > MAX_CODE_POINT)
                    throw new Re2SyntaxError('invalid escape sequence', this.text(start, close < 0 ? this.chars.length : close + 1));
                this.index = close + 1;
            }
            else {
                hex = this.text(this.index, this.index + 2);
                if (!/^[0-9A-Fa-f]{2}$/.test(hex))
                    throw new Re2SyntaxError('invalid escape sequence', this.text(start, this.index + 2));
                this.index += 2;
            }
            const code = parseInt(hex, 16);
            return { ranges: [[code, code]] };
        }
        if (c === 'd' || c === 'w' || c === 's')
            return { ranges: PERL[c] };
        if (c === 'D' || c === 'W' || c === 'S')
            return { ranges: complement(PERL[c.toLowerCase()]) };
        if (c === 'p' || c === 'P') {
            let name = this.chars[this.index++] ?? '';
            if (name === '{') {
                const close = this.chars.indexOf('}', this.index);
                if (close < 0)
                    throw new Re2SyntaxError('invalid character class range', this.text(start, this.chars.length));
                name = this.text(this.index, close);
                this.index = close + 1;
            }
            const negated = (c === 'P') !== name.startsWith('^');
            return { atom: unicodeClass(name.replace(/^\^/, ''), negated, this.text(start, this.index)) };
        }
        if (!inClass && (c === 'A' || c === 'z' || c === 'b' || c === 'B')) {
            const assertions = {
                A: '(?:(?<![\\s\\S]))',
                z: '(?:(?![\\s\\S]))',
                b: '(?:\\b)',
                B: '(?:\\B)'
            };
            return { atom: assertions[c] };
        }
        const code = c.codePointAt(0);
        if (code < 0x80 && !/[0-9A-Za-z]/.test(c))
            return { ranges: [[code, code]] };
        throw new Re2SyntaxError('invalid escape sequence', this.text(start, this.index));
    }
    /** A [...] class at the reader, `fold` when (?i) is on. */
    charClass(fold) {
        const start = this.index++;
        const negated = this.chars[this.index] === '^';
        if (negated)
            this.index++;
        const ranges = [];
        const properties = [];
        let first = true;
        while (first || this.chars[this.index] !== ']') {
            if (this.index >= this.chars.length)
                throw new Re2SyntaxError('missing closing ]', this.text(start, this.chars.length));
            first = false;
            const itemStart = this.index;
            if (this.chars[this.index] === '[' && this.chars[this.index + 1] === ':') {
                const close = this.text(this.index, this.chars.length).indexOf(':]');
                const name = close < 0 ? '' : this.text(this.index + 2, this.index + close);
                const posix = POSIX[name.replace(/^\^/, '')];
                if (posix !== undefined) {
                    ranges.push(...(name.startsWith('^') ? complement(posix) : posix));
                    this.index += close + 2;
                    continue;
                }
            }
            let low;
            if (this.chars[this.index] === '\\') {
                this.index++;
                const escaped = this.escape(true);
                if (escaped.atom !== undefined) {
                    properties.push(escaped.atom);
                    continue;
                }
                if (escaped.ranges.length !== 1 || escaped.ranges[0][0] !== escaped.ranges[0][1]) {
                    ranges.push(...escaped.ranges);
                    continue;
                }
                low = escaped.ranges[0][0];
            }
            else
                low = this.chars[this.index++].codePointAt(0);
            let high = low;
            if (this.chars[this.index] === '-' &&
                this.chars[this.index + 1] !== ']' &&
                this.index + 1 < this.chars.length) {
                this.index++;
                if (this.chars[this.index] === '\\') {
                    this.index++;
                    const escaped = this.escape(true);
                    if (escaped.ranges?.length !== 1 || escaped.ranges[0][0] !== escaped.ranges[0][1])
                        throw new Re2SyntaxError('invalid character class range', this.text(itemStart, this.index));
                    high = escaped.ranges[0][0];
                }
                else
                    high = this.chars[this.index++].codePointAt(0);
                if (high < low)
                    throw new Re2SyntaxError('invalid character class range', this.text(itemStart, this.index));
            }
            ranges.push([low, high]);
        }
        this.index++;
        const body = rangeText(fold ? foldRanges(ranges) : ranges) + properties.join('');
        return body === '' ? (negated ? '[\\s\\S]' : '[]') : `[${negated ? '^' : ''}${body}]`;
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/re2.ts
// RE2 (Go's regexp/syntax, Perl flags) translated to a JavaScript RegExp with the same matches: named
// groups (?P<name>x), flags (?i) (?m) (?s) (?U) scoped or not, \A \z \Q...\E, POSIX classes, Go's ASCII
// \s, and `.` that stops only at \n. Every capture becomes a plain JS group; names are kept beside it, so a
// name JavaScript would refuse (Go allows "1st") still works. Syntax errors carry Go's code and fragment.




/** Translates an RE2 pattern; throws Re2SyntaxError as Go's regexp.Compile would fail. */
function translateRe2(pattern) {
    const reader = new Re2Reader(pattern);
    const groupNames = [];
    let flags = { i: false, m: false, s: false, U: false };
    const groups = []; // open groups: flags to restore, where they begin in `out`
    let out = '';
    let lastAtom = -1; // where in `out` the last repeatable atom starts; -1: nothing to repeat
    let lastRepeat = -1; // where in `pattern` the previous repetition operator began, if the last thing was one
    const emitAtom = (atom) => {
        lastAtom = out.length;
        out += atom;
        lastRepeat = -1;
    };
    const literal = (code) => {
        const variants = flags.i ? caseVariants(code) : [code];
        return variants.length > 1 ? `[${variants.map(classChar).join('')}]` : `[${classChar(code)}]`;
    };
    function repetition(op, opStart) {
        if (lastRepeat >= 0)
            throw new Re2SyntaxError('invalid nested repetition operator', reader.text(lastRepeat, reader.index));
        if (lastAtom < 0)
            throw new Re2SyntaxError('missing argument to repetition operator', reader.text(opStart, reader.index));
        let lazy = false;
        if (reader.chars[reader.index] === '?') {
            lazy = true;
            reader.index++;
        }
        if (flags.U)
            lazy = !lazy;
        out += op + (lazy ? '?' : '');
        lastRepeat = opStart;
    }
    while (reader.index < reader.chars.length) {
        const c = reader.chars[reader.index];
        const start = reader.index;
        if (c === '\\' && reader.chars[reader.index + 1] === 'Q') {
            reader.index += 2;
            while (reader.index < reader.chars.length &&
                !(reader.chars[reader.index] === '\\' && reader.chars[reader.index + 1] === 'E'))
                emitAtom(literal(reader.chars[reader.index++].codePointAt(0)));
            reader.index += 2;
            continue;
        }
        if (c === '*' || c === '+' || c === '?') {
            reader.index++;
            repetition(c, start);
            continue;
        }
        if (c === '{') {
            const match = /^\{(\d+)(,(\d*))?\}/.exec(reader.text(reader.index, reader.chars.length));
            if (match !== null) {
                const min = Number(match[1]);
                const max = match[2] === undefined ? min : match[3] === '' ? -1 : Number(match[3]);
                reader.index += Array.from(match[0]).length;
                if (min > 1000 || max > 1000 || (max >= 0 && max < min))
                    throw new Re2SyntaxError('invalid repeat count', match[0]);
                repetition(match[0], start);
                continue;
            }
        }
        reader.index++;
        if (c === '(') {
            if (reader.chars[reader.index] === '?') {
                const rest = reader.text(reader.index, reader.chars.length);
                const named = /^\?P?<([^>]*)>/.exec(rest);
                if (named !== null) {
                    if (!/^[A-Za-z0-9_]+$/.test(named[1]) || groupNames.includes(named[1]))
                        throw new Re2SyntaxError('invalid named capture', reader.text(start, reader.index + Array.from(named[0]).length));
                    reader.index += Array.from(named[0]).length;
                    groupNames.push(named[1]);
                    groups.push({ flags: { ...flags }, start: out.length });
                    out += '(';
                    lastAtom = -1;
                    lastRepeat = -1;
                    continue;
                }
                const flagGroup = /^\?(-?[imsU]+|[imsU]+-[imsU]*|)([:)])/.exec(rest);
                if (flagGroup === null || (flagGroup[1] === '' && flagGroup[2] === ')'))
                    throw new Re2SyntaxError('invalid or unsupported Perl syntax', reader.text(start, Math.min(reader.index + 2, reader.chars.length)));
                reader.index += flagGroup[0].length;
                const next = { ...flags };
                let on = true;
                for (const letter of flagGroup[1]) {
                    if (letter === '-')
                        on = false;
                    else
                        next[letter] = on;
                }
                if (flagGroup[2] === ')') {
                    flags = next;
                    continue;
                }
                groups.push({ flags: { ...flags }, start: out.length });
                flags = next;
                out += '(?:';
                lastAtom = -1;
                lastRepeat = -1;
                continue;
            }
            groupNames.push('');
            groups.push({ flags: { ...flags }, start: out.length });
            out += '(';
            lastAtom = -1;
            lastRepeat = -1;
            continue;
        }
        if (c === ')') {
            const group = groups.pop();
            if (group === undefined)
                throw new Re2SyntaxError('unexpected )', pattern);
            flags = group.flags;
            out += ')';
            lastAtom = group.start; // the group as a whole is what a following repetition applies to
            lastRepeat = -1;
            continue;
        }
        if (c === '|') {
            out += '|';
            lastAtom = -1;
            lastRepeat = -1;
            continue;
        }
        if (c === '[') {
            reader.index--;
            emitAtom(reader.charClass(flags.i));
            continue;
        }
        if (c === '.')
            emitAtom(flags.s ? '[\\s\\S]' : '[^\\n]');
        else if (c === '^')
            emitAtom(flags.m ? '(?:(?<![^\\n]))' : '(?:^)');
        else if (c === '$')
            emitAtom(flags.m ? '(?:(?![^\\n]))' : '(?:$)');
        else if (c === '\\') {
            const escaped = reader.escape(false);
            if (escaped.atom !== undefined)
                emitAtom(escaped.atom.startsWith('(') ? escaped.atom : `[${escaped.atom}]`);
            else {
                const ranges = escaped.ranges;
                const single = ranges.length === 1 && ranges[0][0] === ranges[0][1];
                emitAtom(single ? literal(ranges[0][0]) : `[${rangeText(ranges)}]`);
            }
        }
        else
            emitAtom(literal(c.codePointAt(0)));
    }
    if (groups.length > 0)
        throw new Re2SyntaxError('missing closing )', pattern);
    return { regexp: new RegExp(out, 'gu'), groupNames };
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/regex.ts
// regex, regexall and regex_replace (cty's regexp.go and string_replace.go) over patterns translated from
// RE2 (re2.ts). Matching walks the string as Go's regexp does: successive non-overlapping matches, an empty
// match right after a previous match skipped, replacement templates expanded as Go's Regexp.Expand.



/** The pattern for regex / regexall, with the shape its results take (cty's regexPatternResultType). */
function compileForMatch(pattern) {
    let translated;
    try {
        translated = translateRe2(pattern);
    }
    catch (error) {
        if (error instanceof Re2SyntaxError)
            throw support_argumentError(0, `invalid regexp pattern: ${error.code} in ${error.expr}`);
        throw support_argumentError(0, `error parsing pattern: ${error.message}`);
    }
    const named = translated.groupNames.filter(name => name !== '').length;
    const unnamed = translated.groupNames.length - named;
    if (named > 0 && unnamed > 0)
        throw support_argumentError(0, 'invalid regexp pattern: cannot mix both named and unnamed capture groups');
    return { ...translated, shape: named > 0 ? 'object' : unnamed > 0 ? 'tuple' : 'string' };
}
/** Width of the code point at `index` in UTF-16 units: how far Go steps past an empty match. */
const runeWidth = (text, index) => (text.codePointAt(index) > 0xffff ? 2 : 1);
function matchAt(regexp, text, position) {
    regexp.lastIndex = position;
    return regexp.exec(text);
}
/** Go's allMatches: every match, an empty one abutting the previous match left out. */
function allMatches(regexp, text) {
    const matches = [];
    let previousEnd = -1;
    for (let position = 0; position <= text.length;) {
        const match = matchAt(regexp, text, position);
        if (match === null)
            break;
        const end = match.index + match[0].length;
        let accept = true;
        if (end === position) {
            if (match.index === previousEnd)
                accept = false;
            position += position < text.length ? runeWidth(text, position) : 1;
        }
        else
            position = end;
        previousEnd = end;
        if (accept)
            matches.push(match);
    }
    return matches;
}
function result(match, shape, names) {
    if (shape === 'string')
        return match[0];
    const groups = match.slice(1).map(group => group ?? null);
    if (shape === 'tuple')
        return groups;
    return (0,hcl2_value/* objectOf */.Xy)(names.map((name, index) => [name, groups[index]]));
}
function regex(pattern, text) {
    const { regexp, shape, groupNames } = compileForMatch(pattern);
    const match = matchAt(regexp, text, 0);
    if (match === null)
        throw callError('pattern did not match any part of the given string');
    return result(match, shape, groupNames);
}
function regexall(pattern, text) {
    const { regexp, shape, groupNames } = compileForMatch(pattern);
    return allMatches(regexp, text).map(match => result(match, shape, groupNames));
}
/** Go's Regexp.Expand: $1, ${1}, $name, ${name}, $$; a malformed reference is copied as text. */
function expand(template, match, names) {
    let out = '';
    let rest = template;
    for (let dollar = rest.indexOf('$'); dollar >= 0; dollar = rest.indexOf('$')) {
        out += rest.slice(0, dollar);
        rest = rest.slice(dollar + 1);
        if (rest.startsWith('$')) {
            out += '$';
            rest = rest.slice(1);
            continue;
        }
        const reference = /^(?:\{([\p{L}\p{Nd}_]+)\}|([\p{L}\p{Nd}_]+))/u.exec(rest);
        if (reference === null) {
            out += '$';
            continue;
        }
        rest = rest.slice(reference[0].length);
        const name = reference[1] ?? reference[2];
        const number = /^(?:0|[1-9][0-9]{0,7})$/.test(name) ? Number(name) : -1;
        const group = number >= 0 ? number : names.indexOf(name) + 1;
        if (group > 0 || number === 0)
            out += match[group] ?? '';
    }
    return out + rest;
}
/** Go's replaceAll: every match replaced, advancing at least one rune, an empty match after a match left alone. */
function regexReplace(text, pattern, replacement) {
    let translated;
    try {
        translated = translateRe2(pattern);
    }
    catch (error) {
        throw callError(error.message);
    }
    const { regexp, groupNames } = translated;
    let out = '';
    let lastMatchEnd = 0;
    let searchPosition = 0;
    while (searchPosition <= text.length) {
        const match = matchAt(regexp, text, searchPosition);
        if (match === null)
            break;
        const end = match.index + match[0].length;
        out += text.slice(lastMatchEnd, match.index);
        if (end > lastMatchEnd || match.index === 0)
            out += expand(replacement, match, groupNames);
        lastMatchEnd = end;
        const width = searchPosition < text.length ? runeWidth(text, searchPosition) : 0;
        if (searchPosition + width > end)
            searchPosition += width;
        else if (searchPosition + 1 > end)
            searchPosition++;
        else
            searchPosition = end;
    }
    return out + text.slice(lastMatchEnd);
}
const REGEX_FUNCTIONS = {
    regex: stringFunction(['pattern', 'string'], regex),
    regexall: stringFunction(['pattern', 'string'], regexall),
    regex_replace: stringFunction(['str', 'pattern', 'replace'], regexReplace)
};

;// CONCATENATED MODULE: ./src/template/hcl2/functions/secrets.ts
// Secrets: aws_secretsmanager and aws_secretsmanager_raw read through the context (the loader resolves the
// secrets before evaluation); vault and consul_key are Packer functions this action does not support yet,
// refused with what to use instead.
//
// The request handed to context.awsSecret: aws_secretsmanager(name, key) asks for { name, key }, with a null
// or empty key as { name, key: null } (Packer reads both as "no key": a one-key JSON secret's only value);
// aws_secretsmanager_raw(name) asks for { name, raw: true }, the whole SecretString.

function awsSecret(context, request) {
    if (context.awsSecret === undefined)
        throw callError(`cannot read secret ${JSON.stringify(request.name)}: AWS Secrets Manager is not available here`);
    return context.awsSecret(request);
}
const ALTERNATIVE = 'read the secret from AWS Secrets Manager instead, with the amazon-secretsmanager data source ' +
    '(data "amazon-secretsmanager" "name" { name = "..." key = "..." }) or the aws_secretsmanager function';
const SECRET_FUNCTIONS = {
    aws_secretsmanager: {
        params: [stringParam('name'), { ...stringParam('key'), allowNull: true }],
        run: ([name, key], context) => awsSecret(context, { name: name, key: key === '' ? null : key })
    },
    aws_secretsmanager_raw: {
        params: [stringParam('name')],
        run: ([name], context) => awsSecret(context, { name: name, raw: true })
    },
    vault: {
        params: [stringParam('path'), stringParam('key')],
        run: () => {
            throw callError(`HashiCorp Vault is not supported yet; ${ALTERNATIVE}`);
        }
    },
    consul_key: {
        params: [stringParam('key')],
        run: () => {
            throw callError(`Consul is not supported yet; ${ALTERNATIVE}`);
        }
    }
};

;// CONCATENATED MODULE: ./src/template/hcl2/functions/sets.ts
// Set functions, as cty's stdlib defines them (set.go; setproduct in collection.go). Sets are arrays without
// duplicates in cty's order (setOf); every argument arrives already converted to set(any) by the evaluator,
// and the sets are then brought to one element type, as cty's setOperationReturnType does.



const SET_OF_ANY = { kind: 'set', element: hcl2_value/* ANY */.x4 };
/** Converts every set to the sets' common element type; a set that cannot be is named by its argument index. */
function commonSets(sets) {
    const elementTypes = sets.filter(set => set.length > 0).map(set => (0,unify/* unifyValues */._t)(set) ?? hcl2_value/* ANY */.x4);
    const element = (0,unify/* unifyTypes */.f3)(elementTypes);
    if (element === undefined)
        throw callError('given sets must all have compatible element types');
    return sets.map((set, index) => {
        try {
            return (0,hcl2_value/* convert */.C6)(set, { kind: 'set', element });
        }
        catch (error) {
            if (error instanceof hcl2_value/* ConversionError */.zx)
                throw support_argumentError(index, error.message);
            throw error;
        }
    });
}
function setunion(sets) {
    return (0,hcl2_value/* setOf */.s4)(commonSets(sets).flat());
}
function setintersection(sets) {
    const [first, ...others] = commonSets(sets);
    return (0,hcl2_value/* setOf */.s4)(first.filter(item => others.every(other => other.some(seen => (0,hcl2_value/* valuesEqual */.lu)(seen, item)))));
}
/** Every combination of one element from each argument, the last argument varying fastest. */
function setproduct(args) {
    if (args.length < 2)
        throw callError('at least two arguments are required');
    const lists = args.map((arg, index) => {
        if (!(0,hcl2_value/* isList */.Lv)(arg))
            throw support_argumentError(index, 'a set or a list is required');
        const element = arg.length === 0 ? hcl2_value/* ANY */.x4 : (0,unify/* unifyValues */._t)(arg);
        if (element === undefined)
            throw support_argumentError(index, 'all elements must be of the same type');
        return arg.map(item => (0,hcl2_value/* convert */.C6)(item, element));
    });
    let product = [[]];
    for (const list of lists)
        product = product.flatMap(prefix => list.map(item => [...prefix, item]));
    return product;
}
const SET_FUNCTIONS = {
    setunion: {
        params: [{ name: 'first_set', type: SET_OF_ANY }],
        variadic: { name: 'other_sets', type: SET_OF_ANY },
        run: args => setunion(args)
    },
    setintersection: {
        params: [{ name: 'first_set', type: SET_OF_ANY }],
        variadic: { name: 'other_sets', type: SET_OF_ANY },
        run: args => setintersection(args)
    },
    setproduct: { params: [], variadic: anyParam('sets'), run: setproduct }
};

;// CONCATENATED MODULE: ./src/template/hcl2/functions/string.ts
// String functions, as cty's stdlib (string.go, string_replace.go) and Packer's own (startswith, endswith,
// strcontains) define them. Go works on UTF-8 runes where JavaScript has UTF-16 units, so everything that
// walks characters here walks code points (Array.from) or grapheme clusters (graphemes).


/** Go's unicode.IsSpace: what strings.TrimSpace trims (JavaScript's trim() also trims U+FEFF, Go does not). */
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM_SPACE = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'gu');
const IS_SPACE = new RegExp(`^[${GO_SPACE}]$`, 'u');
/** Go's simple case mapping, one rune to one rune: "ß" stays "ß" in upper(), "İ" lowers to "i". */
const mapRunes = (text, map, expanding) => Array.from(text, rune => {
    const mapped = Array.from(map(rune));
    if (mapped.length === 1)
        return mapped[0];
    return expanding === 'keep' ? rune : mapped[0];
}).join('');
const toUpper = (text) => mapRunes(text, rune => rune.toUpperCase(), 'keep');
const toLower = (text) => mapRunes(text, rune => rune.toLowerCase(), 'first');
/** strings.Title's word boundaries: ASCII letters, digits and '_' join words; so do non-ASCII letters and digits. */
function isTitleSeparator(rune) {
    if (rune.codePointAt(0) <= 0x7f)
        return !/[0-9A-Za-z_]/.test(rune);
    if (/[\p{L}\p{Nd}]/u.test(rune))
        return false;
    return IS_SPACE.test(rune);
}
/** The letters whose title case is not their upper case (unicode.ToTitle): the Latin digraphs. */
const TITLE_CASE = {
    Ǆ: 'ǅ',
    ǅ: 'ǅ',
    ǆ: 'ǅ',
    Ǉ: 'ǈ',
    ǈ: 'ǈ',
    ǉ: 'ǈ',
    Ǌ: 'ǋ',
    ǋ: 'ǋ',
    ǌ: 'ǋ',
    Ǳ: 'ǲ',
    ǲ: 'ǲ',
    ǳ: 'ǲ'
};
function title(text) {
    let previous = ' ';
    return Array.from(text, rune => {
        const out = isTitleSeparator(previous) ? (TITLE_CASE[rune] ?? toUpper(rune)) : rune;
        previous = rune;
        return out;
    }).join('');
}
/** strings.Trim: drops leading and trailing runes found in the cutset. */
function trim(text, cutset) {
    const cut = new Set(Array.from(cutset));
    const runes = Array.from(text);
    let start = 0;
    let end = runes.length;
    while (start < end && cut.has(runes[start]))
        start++;
    while (end > start && cut.has(runes[end - 1]))
        end--;
    return runes.slice(start, end).join('');
}
/** strings.Replace with n = -1; an empty `search` inserts `replacement` around every rune, as Go does. */
function replaceAll(text, search, replacement) {
    if (search !== '')
        return text.split(search).join(replacement);
    return replacement + Array.from(text, rune => rune + replacement).join('');
}
/** strings.Split; an empty separator splits into runes (and an empty string into nothing). */
function split(separator, text) {
    return separator === '' ? Array.from(text) : text.split(separator);
}
/** cty's substr, quirks included: offsets and lengths count grapheme clusters; a negative offset counts from the end. */
function substr(text, offsetArg, lengthArg) {
    let offset = wholeNumber(offsetArg);
    const length = wholeNumber(lengthArg);
    const clusters = graphemes(text);
    if (offset < 0)
        offset += clusters.length;
    else if (length === 0)
        return '';
    if (offset > clusters.length)
        return '';
    const rest = offset > 0 ? clusters.slice(offset) : clusters;
    // cty counts clusters until it has `length` of them, so a zero length (reached with a negative offset) takes all.
    if (length <= 0)
        return rest.join('');
    return rest.slice(0, length).join('');
}
function indent(spacesArg, text) {
    const spaces = wholeNumber(spacesArg);
    // strings.Repeat panics on a negative count; cty reports a panic in a function as a failed call.
    if (spaces < 0)
        throw callError('panic in function implementation: strings: negative Repeat count');
    return text.replaceAll('\n', '\n' + ' '.repeat(spaces));
}
const join = {
    params: [stringParam('separator')],
    variadic: { name: 'lists', type: listOf(hcl2_value/* STRING */.An) },
    run: args => {
        const [separator, ...lists] = args;
        if (lists.length === 0)
            throw callError('at least one list is required');
        const items = [];
        lists.forEach((list, listIndex) => list.forEach((item, itemIndex) => {
            if (item === null) {
                const where = lists.length > 1 ? `element ${itemIndex} of list ${listIndex + 1}` : `element ${itemIndex}`;
                throw support_argumentError(listIndex + 1, `${where} is null; cannot concatenate null values`);
            }
            items.push(item);
        }));
        return items.join(separator);
    }
};
const STRING_FUNCTIONS = {
    upper: stringFunction(['str'], toUpper),
    lower: stringFunction(['str'], toLower),
    title: stringFunction(['str'], title),
    trimspace: stringFunction(['str'], text => text.replace(TRIM_SPACE, '')),
    trim: stringFunction(['str', 'cutset'], trim),
    trimprefix: stringFunction(['str', 'prefix'], (text, prefix) => text.startsWith(prefix) ? text.slice(prefix.length) : text),
    trimsuffix: stringFunction(['str', 'suffix'], (text, suffix) => suffix !== '' && text.endsWith(suffix) ? text.slice(0, text.length - suffix.length) : text),
    chomp: stringFunction(['str'], text => text.replace(/(?:\r\n?|\n)*$/, '')),
    indent: {
        params: [numberParam('spaces'), stringParam('str')],
        run: ([spaces, text]) => indent(spaces, text)
    },
    replace: stringFunction(['str', 'substr', 'replace'], replaceAll),
    strrev: stringFunction(['str'], text => graphemes(text).reverse().join('')),
    substr: {
        params: [stringParam('str'), numberParam('offset'), numberParam('length')],
        run: ([text, offset, length]) => substr(text, offset, length)
    },
    split: stringFunction(['separator', 'str'], split),
    join,
    startswith: stringFunction(['str', 'prefix'], (text, prefix) => text.startsWith(prefix)),
    endswith: stringFunction(['str', 'suffix'], (text, suffix) => text.endsWith(suffix)),
    strcontains: stringFunction(['str', 'substr'], (text, search) => text.includes(search))
};

;// CONCATENATED MODULE: ./src/template/hcl2/functions/uuid.ts
// uuidv4 (the run's uuid source, so a test can fix it) and uuidv5 (RFC 4122 name-based, SHA-1), as
// go-cty-funcs' uuid package defines them with google/uuid's parser for a namespace given as a UUID.


const NAMESPACES = {
    dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
    url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
    oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
    x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8'
};
/** google/uuid's Parse: 36 characters, {36}, urn:uuid:36, or 32 hex digits; its errors word for word. */
function parseUuid(text) {
    let body = text;
    const length = Buffer.byteLength(text, 'utf8');
    if (length === 45) {
        if (text.slice(0, 9).toLowerCase() !== 'urn:uuid:')
            throw new Error(`invalid urn prefix: ${JSON.stringify(text.slice(0, 9))}`);
        body = text.slice(9);
    }
    else if (length === 38)
        body = text.slice(1, 37);
    else if (length === 32) {
        if (!/^[0-9a-fA-F]{32}$/.test(text))
            throw new Error('invalid UUID format');
        return Buffer.from(text, 'hex');
    }
    else if (length !== 36)
        throw new Error(`invalid UUID length: ${length}`);
    if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(body))
        throw new Error('invalid UUID format');
    return Buffer.from(body.replaceAll('-', ''), 'hex');
}
const format = (bytes) => bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
function uuidv5(namespaceText, name) {
    let namespace;
    try {
        namespace = parseUuid(NAMESPACES[namespaceText] ?? namespaceText);
    }
    catch (error) {
        throw callError(`uuidv5() doesn't support namespace ${namespaceText} (${error.message})`);
    }
    const hash = (0,external_node_crypto_.createHash)('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
    hash[6] = (hash[6] & 0x0f) | 0x50;
    hash[8] = (hash[8] & 0x3f) | 0x80;
    return format(hash);
}
const UUID_FUNCTIONS = {
    uuidv4: { params: [], run: (_args, context) => context.uuid() },
    uuidv5: stringFunction(['namespace', 'name'], uuidv5)
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/template/hcl2/functions/yaml-encode.ts
// yamlencode: libyaml's emitter as go-cty-yaml drives it, block style. Strings are double-quoted (escapes as
// libyaml writes them, a long one folded at a space once past column 80), or a literal block when they hold
// a line break and nothing a block cannot carry; numbers plain, without exponent; empty collections in
// flow style ({} and []); a sequence inside a mapping starts at the key's column.


const BEST_WIDTH = 80;
const ESCAPES = {
    0x00: '0',
    0x07: 'a',
    0x08: 'b',
    0x09: 't',
    0x0a: 'n',
    0x0b: 'v',
    0x0c: 'f',
    0x0d: 'r',
    0x1b: 'e',
    0x22: '"',
    0x5c: '\\',
    0x85: 'N',
    0xa0: '_',
    0x2028: 'L',
    0x2029: 'P'
};
/** libyaml's is_printable, over code points (it refuses every character outside the BMP, and the BOM). */
const isPrintable = (code) => code === 0x0a ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff);
const isBreak = (code) => code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029;
function yaml_encode_escape(code) {
    const short = ESCAPES[code];
    if (short !== undefined)
        return `\\${short}`;
    const [letter, width] = code <= 0xff ? ['x', 2] : code <= 0xffff ? ['u', 4] : ['U', 8];
    return `\\${letter}${code.toString(16).toUpperCase().padStart(width, '0')}`;
}
/** A double-quoted scalar starting at `column`; past the best width, a space becomes a break to `indent`. */
function doubleQuoted(text, column, indent, allowBreaks) {
    const chars = Array.from(text);
    let out = '"';
    let col = column + 1;
    let spaces = false;
    for (let index = 0; index < chars.length; index++) {
        const char = chars[index];
        const code = char.codePointAt(0);
        if (!isPrintable(code) || isBreak(code) || char === '"' || char === '\\') {
            const escaped = yaml_encode_escape(code);
            out += escaped;
            col += escaped.length;
            spaces = false;
        }
        else if (char === ' ') {
            if (allowBreaks && !spaces && col > BEST_WIDTH && index > 0 && index < chars.length - 1) {
                out += '\n' + ' '.repeat(indent);
                col = indent;
                if (chars[index + 1] === ' ') {
                    out += '\\';
                    col++;
                }
            }
            else {
                out += ' ';
                col++;
            }
            spaces = true;
        }
        else {
            out += char;
            col++;
            spaces = false;
        }
    }
    return out + '"';
}
/** Whether libyaml may write `text` as a literal block: a break in it, and no tab, trailing space or space before a break. */
function literalAllowed(text) {
    if (!/[\n]/.test(text))
        return false;
    const codes = Array.from(text, char => char.codePointAt(0));
    if (codes.some(code => !isPrintable(code) && code !== 0x0a))
        return false;
    return !/ $/.test(text) && !/ \n/.test(text);
}
function literal(text, indent) {
    const indentHint = text.startsWith(' ') || text.startsWith('\n') ? '2' : '';
    const chomp = !text.endsWith('\n') ? '-' : text === '\n' || text.endsWith('\n\n') ? '+' : '';
    const body = text.endsWith('\n') ? text.slice(0, -1) : text;
    const lines = body.split('\n').map(line => (line === '' ? '' : ' '.repeat(indent) + line));
    return `|${indentHint}${chomp}\n${lines.join('\n')}`;
}
/** A scalar at `column`, in a container whose contents sit at `indent` (libyaml: a scalar's indent is one step in). */
function scalar(value, column, indent) {
    if (value === null)
        return 'null';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw callError('cannot serialize infinity as YAML');
        return (0,hcl2_value/* numberToString */.um)(value);
    }
    const text = value;
    return literalAllowed(text) ? literal(text, indent) : doubleQuoted(text, column, indent, true);
}
const isEmptyCollection = (value) => ((0,hcl2_value/* isList */.Lv)(value) && value.length === 0) || ((0,hcl2_value/* isObject */.Gv)(value) && Object.keys(value).length === 0);
const isBlock = (value) => ((0,hcl2_value/* isList */.Lv)(value) || (0,hcl2_value/* isObject */.Gv)(value)) && !isEmptyCollection(value);
/** A block node whose first line continues the current one (after "- " or at the start), lines at `indent`. */
function block(value, indent, column) {
    if (isEmptyCollection(value))
        return (0,hcl2_value/* isList */.Lv)(value) ? '[]' : '{}';
    if (!isBlock(value))
        return scalar(value, column, indent + 2);
    const pad = ' '.repeat(indent);
    if ((0,hcl2_value/* isList */.Lv)(value))
        return value
            .map((item, index) => {
            // A block item's lines sit two in; a scalar item's own indent is the sequence's plus two, as libyaml's.
            const content = isBlock(item) ? block(item, indent + 2, indent + 2) : block(item, indent, indent + 2);
            return `${index === 0 ? '' : pad}- ${content}`;
        })
            .join('\n');
    return (0,hcl2_value/* entriesOf */.Mc)(value)
        .map(([key, item], index) => {
        const keyText = doubleQuoted(key, indent, indent, false);
        const start = `${index === 0 ? '' : pad}${keyText}:`;
        if (!isBlock(item))
            return `${start} ${block(item, indent, indent + keyText.length + 2)}`;
        // A sequence in a mapping is not indented; a mapping in a mapping is.
        const childIndent = (0,hcl2_value/* isList */.Lv)(item) ? indent : indent + 2;
        return `${start}\n${' '.repeat(childIndent)}${block(item, childIndent, childIndent)}`;
    })
        .join('\n');
}
function yamlencodeValue(value) {
    return `${block(value, 0, 0)}\n`;
}

;// CONCATENATED MODULE: ./src/template/hcl2/functions/yaml.ts
// yamldecode and yamlencode as zclconf/go-cty-yaml does them. Decoding: the `yaml` package parses (every
// scalar kept as text), then scalars are resolved by go-cty-yaml's YAML 1.1 rules (yes/no/on/off booleans,
// 1_000, timestamps to RFC 3339 strings, hex left as a string), with its anchors, merges and errors.
// Encoding: libyaml's block style as go-cty-yaml drives it: double-quoted strings (folded past column 80),
// literal blocks for multi-line strings, sequences in mappings not indented.





const BOOLEANS = Object.fromEntries([
    ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map(word => [word, true]),
    ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map(word => [word, false])
]);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const INFINITIES = Object.fromEntries([
    ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map(word => [word, Infinity]),
    ...['-.inf', '-.Inf', '-.INF'].map(word => [word, -Infinity])
]);
const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const TAG = 'tag:yaml.org,2002:';
/** go-cty-yaml's parseTimestamp: a four-digit year, then one of its layouts; the result in RFC 3339. */
function timestamp(text) {
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(Z|[+-]\d\d:\d\d)?)?$/.exec(text);
    if (match === null ||
        (match[4] === ' ' ? match[9] !== undefined : match[4] !== undefined && match[9] === undefined))
        return undefined;
    const two = (part) => (part ?? '0').padStart(2, '0');
    const normal = `${match[1]}-${two(match[2])}-${two(match[3])}T${two(match[5])}:${two(match[6])}:${two(match[7])}${match[9] ?? 'Z'}`;
    const parsed = goParse(normal);
    return 'layoutElem' in parsed ? undefined : formatRfc3339(parsed);
}
/** go-cty-yaml's resolveScalar: the value of a scalar given its tag and whether it was quoted. */
function resolveScalar(source, tag, quoted) {
    const short = tag?.startsWith(TAG) ? `!!${tag.slice(TAG.length)}` : tag;
    if (short !== undefined &&
        !['!!str', '!!bool', '!!int', '!!float', '!!null', '!!timestamp', '!!binary', '!'].includes(short))
        throw callError(`unsupported tag ${JSON.stringify(short)}`);
    if (short === undefined ||
        short === '!!bool' ||
        short === '!!int' ||
        short === '!!float' ||
        short === '!!null' ||
        short === '!!timestamp') {
        if (quoted)
            return source;
        if (source in BOOLEANS && (short === undefined || short === '!!bool'))
            return BOOLEANS[source];
        if (NULLS.has(source) && (short === undefined || short === '!!null'))
            return null;
        if (source in INFINITIES && (short === undefined || short === '!!float'))
            return INFINITIES[source];
        if (/^\.nan$/i.test(source) && short === undefined)
            throw callError('floating point NaN is not supported');
        if (short === undefined || short === '!!timestamp') {
            const time = timestamp(source);
            if (time !== undefined)
                return time;
        }
        const plain = source.replaceAll('_', '');
        if (DECIMAL.test(plain) && short !== '!!null')
            return Number(plain);
        if (short === '!!int' || short === '!!float') {
            const integer = /^([-+]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+)$/.exec(plain);
            if (integer !== null)
                return Number(integer[1] === '-'
                    ? -BigInt(integer[2].replace(/^0(?=[0-7])/, '0o'))
                    : BigInt(integer[2].replace(/^0(?=[0-7])/, '0o')));
        }
        if (short !== undefined)
            throw callError(`cannot parse ${JSON.stringify(source)} as ${short}`);
        return source;
    }
    if (short === '!!binary' && !/^[A-Za-z0-9+/\s]*={0,2}$/.test(source))
        throw callError(`cannot parse ${JSON.stringify(source)} as ${short}: not valid base64`);
    return source;
}
function decodeNode(node, doc, anchors) {
    if (node === null)
        return null;
    if ((0,dist/* isAlias */.Vj)(node)) {
        if (anchors.pending.has(node.source))
            throw callError(`cannot refer to anchor ${JSON.stringify(node.source)} from inside its own definition`);
        if (!anchors.values.has(node.source))
            throw callError(`reference to undefined anchor ${JSON.stringify(node.source)}`);
        return anchors.values.get(node.source);
    }
    const anchor = node.anchor;
    if (anchor !== undefined)
        anchors.pending.add(anchor);
    let value;
    if ((0,dist/* isScalar */.jn)(node))
        value = resolveScalar(String(node.value), node.tag, node.type === dist/* Scalar */.X5.QUOTE_DOUBLE || node.type === dist/* Scalar */.X5.QUOTE_SINGLE);
    else if ((0,dist/* isSeq */.oP)(node)) {
        if (node.tag !== undefined && node.tag !== `${TAG}seq`)
            throw callError(`can't interpret sequence as ${node.tag}`);
        value = node.items.map(item => decodeNode(item, doc, anchors));
    }
    else if ((0,dist/* isMap */.jh)(node)) {
        if (node.tag !== undefined && node.tag !== `${TAG}map`)
            throw callError(`can't interpret mapping as ${node.tag}`);
        const entries = [];
        for (const pair of node.items) {
            const keyNode = pair.key;
            if (keyNode !== null && !(0,dist/* isScalar */.jn)(keyNode) && !(0,dist/* isAlias */.Vj)(keyNode))
                throw callError('only strings are allowed as mapping keys');
            const key = (0,dist/* isScalar */.jn)(keyNode) && keyNode.type === dist/* Scalar */.X5.PLAIN && keyNode.value === '<<'
                ? '<<'
                : decodeNode(keyNode, doc, anchors);
            const item = decodeNode(pair.value, doc, anchors);
            if (key === '<<' && !((0,dist/* isScalar */.jn)(keyNode) && keyNode.type !== dist/* Scalar */.X5.PLAIN)) {
                if (item === null || typeof item !== 'object' || (0,hcl2_value/* isList */.Lv)(item))
                    throw callError(`cannot merge ${item === null ? 'dynamic' : (0,hcl2_value/* isList */.Lv)(item) ? 'tuple' : typeof item} into mapping`);
                entries.push(...(0,hcl2_value/* entriesOf */.Mc)(item));
                continue;
            }
            if (key === null)
                throw callError('mapping key cannot be null');
            if (typeof key === 'object')
                throw callError('only strings are allowed as mapping keys');
            entries.push([typeof key === 'number' ? (0,hcl2_value/* numberToString */.um)(key) : String(key), item]);
        }
        value = (0,hcl2_value/* objectOf */.Xy)(entries);
    }
    else
        throw callError('unsupported YAML node');
    if (anchor !== undefined) {
        anchors.pending.delete(anchor);
        anchors.values.set(anchor, value);
    }
    return value;
}
function yamldecode(source) {
    const docs = (0,dist/* parseAllDocuments */.hR)(source, {
        schema: 'failsafe',
        merge: false,
        uniqueKeys: false,
        version: '1.1'
    });
    const list = Array.isArray(docs) ? docs : [];
    const problem = list.flatMap(doc => doc.errors)[0];
    if (problem !== undefined) {
        const [line, column] = problem.linePos?.[0] ? [problem.linePos[0].line, problem.linePos[0].col] : [0, 0];
        throw callError(`on line ${line}, column ${column}: ${problem.message.split(' at line ')[0]}`);
    }
    if (list.length > 1)
        throw callError('only a single document is allowed');
    if (list.length === 0)
        return null;
    return decodeNode(list[0].contents, list[0], { pending: new Set(), values: new Map() });
}
const YAML_FUNCTIONS = {
    yamldecode: stringFunction(['src'], yamldecode),
    yamlencode: { params: [anyParam('value', true)], run: ([value]) => yamlencodeValue(value) }
};

;// CONCATENATED MODULE: ./src/template/hcl2/functions/conversion.ts
// convert(value, type): HCL's typeexpr.ConvertFunc, the one Packer function whose second argument is a type
// constraint (list(string), object({...})) rather than a value. The evaluator reads that argument as a type
// expression, as it does for a variable's `type`, and calls convertFunction with it; it is therefore not in
// packerFunctions(), like try and can.


const CONVERT_FUNCTION_NAME = 'convert';
/** The value converted as cty converts it; a value that does not fit is an error about argument 0 ("value"). */
function convertFunction(value, type) {
    try {
        return convert(value, type);
    }
    catch (error) {
        if (error instanceof ConversionError)
            throw argumentError(0, error.message);
        throw error;
    }
}
/** cty's FriendlyNameForConstraint of the to*() functions' targets. */
const TARGETS = [
    ['tobool', hcl2_value/* BOOL */.HX, 'bool'],
    ['tonumber', hcl2_value/* NUMBER */.uk, 'number'],
    ['tostring', hcl2_value/* STRING */.An, 'string'],
    ['tolist', { kind: 'list', element: hcl2_value/* ANY */.x4 }, 'list of any single type'],
    ['toset', { kind: 'set', element: hcl2_value/* ANY */.x4 }, 'set of any single type'],
    ['tomap', { kind: 'map', element: hcl2_value/* ANY */.x4 }, 'map of any single type']
];
/** cty's MakeToFunc: the value converted, or its message for why it cannot be. */
function toFunction(want, wantName) {
    return {
        params: [{ name: 'v', type: hcl2_value/* ANY */.x4, allowNull: true }],
        run: ([value]) => {
            try {
                return (0,hcl2_value/* convert */.C6)(value, want);
            }
            catch {
                if (typeof value === 'string' && want === hcl2_value/* BOOL */.HX)
                    throw support_argumentError(0, `cannot convert ${JSON.stringify(value)} to bool; only the strings "true" or "false" are allowed`);
                if (typeof value === 'string' && want === hcl2_value/* NUMBER */.uk)
                    throw support_argumentError(0, `cannot convert ${JSON.stringify(value)} to number; given string must be a decimal representation of a number`);
                throw support_argumentError(0, `cannot convert ${(0,hcl2_value/* typeName */.go)(value)} to ${wantName}`);
            }
        }
    };
}
/**
 * Terraform's tobool, tonumber, tostring, tolist, toset and tomap (cty's MakeToFunc). Packer does not have
 * them (hcl2template/functions.go: a template calling one fails there with "Call to unknown function"), so
 * they are not in packerFunctions(); a caller that wants them adds this table beside it.
 */
const TERRAFORM_CONVERSION_FUNCTIONS = Object.freeze(Object.fromEntries(TARGETS.map(([name, type, wantName]) => [name, toFunction(type, wantName)])));

;// CONCATENATED MODULE: ./src/template/hcl2/functions/index.ts
// Packer's HCL2 function library (hcl2template/functions.go): every function a template may call, except
// `env` (only in variable defaults: the caller adds ENV_FUNCTION there) and `try` / `can` (they take
// expressions, not values: the evaluator's business).

















const FUNCTIONS = {
    ...STRING_FUNCTIONS,
    ...FORMAT_FUNCTIONS,
    ...REGEX_FUNCTIONS,
    ...COLLECTION_FUNCTIONS,
    ...MAP_FUNCTIONS,
    ...SET_FUNCTIONS,
    ...NUMERIC_FUNCTIONS,
    ...ENCODING_FUNCTIONS,
    ...CRYPTO_FUNCTIONS,
    ...UUID_FUNCTIONS,
    ...DATETIME_FUNCTIONS,
    ...FILESYSTEM_FUNCTIONS,
    ...CIDR_FUNCTIONS,
    ...SECRET_FUNCTIONS,
    ...YAML_FUNCTIONS
};
/** cty keeps every string in Unicode NFC (cty.StringVal normalizes), so results read from files, JSON or bytes do too. */
function nfc(value) {
    if (typeof value === 'string')
        return value.normalize('NFC');
    if ((0,hcl2_value/* isList */.Lv)(value))
        return value.map(nfc);
    if ((0,hcl2_value/* isObject */.Gv)(value))
        return (0,hcl2_value/* objectOf */.Xy)(Object.entries(value).map(([key, item]) => [key.normalize('NFC'), nfc(item)]));
    return value;
}
const LIBRARY = Object.freeze(Object.fromEntries(Object.entries(FUNCTIONS).map(([name, fn]) => [
    name,
    { ...fn, run: (args, context) => nfc(fn.run(args, context)) }
])));
/** Every function by the name templates call it. One frozen table: functions keep no state of their own. */
function packerFunctions() {
    return LIBRARY;
}
/** env(key): the variable's value, or "" when it is unset (Packer's env.go). Allowed only in variable defaults. */
const ENV_FUNCTION = {
    params: [{ name: 'key', type: hcl2_value/* STRING */.An }],
    run: ([key], context) => context.env[key] ?? ''
};
/**
 * HCL's detail line for a failed call, word for word: an error about one argument reads
 * `Invalid value for "str" parameter: <message>.` (summary "Invalid function argument"), any other
 * `Call to function "name" failed: <message>.` (summary "Error in function call").
 */
function functionErrorDetail(name, fn, error) {
    if (error.argument === undefined)
        return `Call to function "${name}" failed: ${error.message}.`;
    const param = fn.params[error.argument] ?? fn.variadic;
    return `Invalid value for "${param?.name ?? name}" parameter: ${error.message}.`;
}



;// CONCATENATED MODULE: ./src/template/hcl2/eval/index.ts
// The HCL2 evaluator: values for expressions, and what can be read from an expression without evaluating it.





;// CONCATENATED MODULE: ./src/template/hcl2/packer/environment.ts
// What every part of the HCL2 loader shares: the function tables, what functions may reach, the
// process environment, where secrets are reported, and the list every problem is added to.


/** True when `expr` reads something that already failed: its own errors would only repeat that one. */
function readsPoisoned(expr, poisoned) {
    if (poisoned.size === 0)
        return false;
    return references(expr).some(reference => {
        const [first, second] = reference.steps;
        return (poisoned.has(`${reference.root}.${String(first)}`) ||
            (reference.root === 'data' && poisoned.has(`data.${String(first)}.${String(second)}`)));
    });
}
/** Reports every string inside a sensitive value (a map of passwords, a list of keys) as a secret. */
function reportSecrets(value, secret) {
    if (typeof value === 'string')
        secret(value);
    else if (typeof value === 'number' || typeof value === 'boolean')
        secret(String(value));
    else if ((0,hcl2_value/* isList */.Lv)(value))
        value.forEach(item => reportSecrets(item, secret));
    else if ((0,hcl2_value/* isObject */.Gv)(value))
        Object.values(value).forEach(item => reportSecrets(item, secret));
}

;// CONCATENATED MODULE: ./src/template/hcl2/packer/schema.ts
// What a block may contain, checked the way HCL's Body.Content does it: every attribute and nested
// block is one the schema names, labels are as many as the block type takes, required attributes are
// there. Problems become diagnostics worded as HCL words them, and checking goes on past each.


function bodyContent(body, schema, diagnostics) {
    const attributes = new Map();
    const blocks = [];
    const knownBlocks = schema.blocks ?? [];
    for (const attribute of body.attributes) {
        if (!schema.anyAttributes && !(schema.attributes ?? []).includes(attribute.name)) {
            const isBlock = knownBlocks.some(block => block.type === attribute.name);
            diagnostics.push(errorAt(attribute.nameRange, 'Unsupported argument', isBlock
                ? `An argument named "${attribute.name}" is not expected here. Did you mean to define a block of type "${attribute.name}"?`
                : `An argument named "${attribute.name}" is not expected here.${suggestion(attribute.name, schema.attributes ?? [])}`));
            continue;
        }
        attributes.set(attribute.name, attribute);
    }
    for (const block of body.blocks) {
        const known = knownBlocks.find(candidate => candidate.type === block.type);
        if (known === undefined) {
            const isAttribute = (schema.attributes ?? []).includes(block.type);
            diagnostics.push(errorAt(block.typeRange, 'Unsupported block type', isAttribute
                ? `Blocks of type "${block.type}" are not expected here. Did you mean to define argument "${block.type}"? If so, use the equals sign to assign it a value.`
                : `Blocks of type "${block.type}" are not expected here.${suggestion(block.type, knownBlocks.map(candidate => candidate.type))}`));
            continue;
        }
        if (block.labels.length < known.labels.length) {
            const missing = known.labels[block.labels.length];
            diagnostics.push(errorAt(block.typeRange, `Missing ${missing} for ${block.type}`, `All ${block.type} blocks must have ${known.labels.length} labels (${known.labels.join(', ')}).`));
            continue;
        }
        if (block.labels.length > known.labels.length) {
            diagnostics.push(errorAt(block.labelRanges[known.labels.length], 'Extraneous label for ' + block.type, known.labels.length === 0
                ? `No labels are expected for ${block.type} blocks.`
                : `Only ${known.labels.length} labels (${known.labels.join(', ')}) are expected for ${block.type} blocks.`));
            continue;
        }
        blocks.push(block);
    }
    for (const name of schema.required ?? []) {
        if (!attributes.has(name))
            diagnostics.push(errorAt(body.range, 'Missing required argument', `The argument "${name}" is required, but no definition was found.`));
    }
    return { attributes, blocks };
}
/** " Did you mean "x"?" for a name close to a known one, as HCL suggests. */
function suggestion(name, known) {
    const closest = (0,suggest/* closestName */.N)(name, known);
    return closest === undefined ? '' : ` Did you mean "${closest}"?`;
}
const schema_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** A block's name label (`variable "x"`, `local "y"`) must be an identifier, as HCL requires. */
function checkNameLabel(block, what, diagnostics) {
    if (schema_IDENTIFIER.test(block.labels[0]))
        return;
    diagnostics.push(errorAt(block.labelRanges[0], `Invalid ${what} name`, 'A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes.'));
}

;// CONCATENATED MODULE: ./src/template/hcl2/packer/body-json.ts
// A plugin's block (a source, a provisioner, a post-processor, a data source) evaluated into the JSON
// shape the template schema readers already know, with every value's position kept: an HCL2 template
// is then read by the same code, with the same rules and messages, as its JSON twin.
//
// Nested blocks become objects (`source_ami_filter { ... }`), or lists of objects for the block types a
// plugin repeats (`launch_block_device_mappings`); `tag { key, value }` blocks join their map (`tags`);
// `dynamic "x" { for_each, iterator, content }` blocks are expanded first, as HCL's dynblock does.





/** Block types every plugin we build with repeats: they are lists in the JSON shape even when written once. */
const REPEATED_BLOCKS = new Set([
    'launch_block_device_mappings',
    'ami_block_device_mappings',
    'block_device_mappings'
]);
/** `tag { key = "a" value = "b" }` blocks and the map each adds to. */
const KEY_VALUE_BLOCKS = {
    tag: 'tags',
    run_tag: 'run_tags',
    run_volume_tag: 'run_volume_tags',
    snapshot_tag: 'snapshot_tags',
    spot_tag: 'spot_tags',
    fleet_tag: 'fleet_tags',
    volume_tag: 'volume_tags'
};
const locationOf = (range) => ({
    file: range.file,
    line: range.start.line,
    column: range.start.column
});
/** Evaluates `body` into an object node located at `at`. */
function evaluateBody(body, at, evaluation) {
    const entries = [];
    const byKey = new Map();
    const put = (entry) => {
        const index = byKey.get(entry.key);
        if (index === undefined) {
            byKey.set(entry.key, entries.length);
            entries.push(entry);
        }
        else
            entries[index] = entry;
    };
    for (const attribute of body.attributes) {
        if (evaluation.skip?.includes(attribute.name))
            continue;
        const entry = attributeEntry(attribute, evaluation);
        if (entry !== undefined)
            put(entry);
    }
    const blocks = expandDynamic(body.blocks, evaluation);
    const grouped = new Map();
    for (const { block, variables } of blocks) {
        const node = evaluateBody(block.body, block.range, {
            ...evaluation,
            variables,
            skip: undefined,
            path: `${evaluation.path}.${block.type}`
        });
        const list = grouped.get(block.type) ?? [];
        list.push({ block, node, variables });
        grouped.set(block.type, list);
    }
    for (const [type, list] of grouped) {
        const first = list[0].block;
        const target = KEY_VALUE_BLOCKS[type];
        if (target !== undefined) {
            put(mergeKeyValues(target, byKey.has(target) ? entries[byKey.get(target)].value : undefined, list, evaluation.environment.diagnostics));
            continue;
        }
        if (byKey.has(type)) {
            evaluation.environment.diagnostics.push(errorAt(first.typeRange, 'Duplicate argument', `${type} is set both as an argument and as a block; use one.`));
            continue;
        }
        if (REPEATED_BLOCKS.has(type)) {
            put({
                key: type,
                keyLoc: locationOf(first.typeRange),
                value: { kind: 'array', loc: locationOf(first.range), items: list.map(item => item.node) }
            });
            continue;
        }
        for (const extra of list.slice(1))
            evaluation.environment.diagnostics.push(errorAt(extra.block.typeRange, `Duplicate ${type} block`, `Only one ${type} block is allowed here; another was defined at ${first.range.file}:${first.range.start.line}.`));
        put({ key: type, keyLoc: locationOf(first.typeRange), value: list[0].node });
    }
    return { kind: 'object', loc: locationOf(at), entries };
}
/** The attribute's entry; none when its expression failed (or reads what failed), its path then poisoned. */
function attributeEntry(attribute, evaluation) {
    const { environment } = evaluation;
    const field = `${evaluation.path}.${attribute.name}`;
    if (readsPoisoned(attribute.expr, environment.poisoned)) {
        environment.poisoned.add(field);
        return undefined;
    }
    const result = evaluate(attribute.expr, {
        variables: evaluation.variables,
        functions: environment.functions,
        functionContext: environment.functionContext
    });
    environment.diagnostics.push(...result.diagnostics);
    if (hasErrors(result.diagnostics)) {
        environment.poisoned.add(field);
        return undefined;
    }
    return {
        key: attribute.name,
        keyLoc: locationOf(attribute.nameRange),
        value: toJsonNode(result.value, locationOf(attribute.expr.range))
    };
}
/** A value as a JSON node, every part of it located at `loc` (where its expression starts). */
function toJsonNode(value, loc) {
    if (value === null)
        return { kind: 'null', loc };
    if (typeof value === 'string')
        return { kind: 'string', loc, value };
    if (typeof value === 'number')
        return { kind: 'number', loc, value, raw: (0,hcl2_value/* numberToString */.um)(value) };
    // cty converts a bool to "true" where the plugin takes a string; mapstructure would say "1".
    if (typeof value === 'boolean')
        return { kind: 'boolean', loc, value, asText: String(value) };
    if ((0,hcl2_value/* isList */.Lv)(value))
        return { kind: 'array', loc, items: value.map(item => toJsonNode(item, loc)) };
    return {
        kind: 'object',
        loc,
        entries: Object.entries(value).map(([key, item]) => ({ key, keyLoc: loc, value: toJsonNode(item, loc) }))
    };
}
function mergeKeyValues(target, existing, list, diagnostics) {
    const first = list[0].block;
    const entries = existing?.kind === 'object' ? [...existing.entries] : [];
    for (const { block, node } of list) {
        const key = node.entries.find(entry => entry.key === 'key')?.value;
        const value = node.entries.find(entry => entry.key === 'value')?.value;
        const unknown = node.entries.find(entry => entry.key !== 'key' && entry.key !== 'value');
        if (key?.kind !== 'string' || value === undefined || unknown !== undefined) {
            diagnostics.push(errorAt(block.range, `Invalid ${block.type} block`, `A ${block.type} block takes exactly two arguments: key (a string) and value.`));
            continue;
        }
        const index = entries.findIndex(entry => entry.key === key.value);
        const entry = { key: key.value, keyLoc: key.loc, value };
        if (index >= 0)
            entries[index] = entry;
        else
            entries.push(entry);
    }
    return {
        key: target,
        keyLoc: locationOf(first.typeRange),
        value: { kind: 'object', loc: existing?.loc ?? locationOf(first.range), entries }
    };
}
const DYNAMIC_SCHEMA = {
    attributes: ['for_each', 'iterator', 'labels'],
    required: ['for_each'],
    blocks: [{ type: 'content', labels: [] }]
};
/** Blocks with every `dynamic` block replaced by the blocks it generates, each with its iterator in scope. */
function expandDynamic(blocks, evaluation) {
    const out = [];
    for (const block of blocks) {
        if (block.type !== 'dynamic') {
            out.push({ block, variables: { ...evaluation.variables } });
            continue;
        }
        out.push(...expandOne(block, evaluation));
    }
    return out;
}
function expandOne(block, evaluation) {
    const { diagnostics } = evaluation.environment;
    const type = block.labels[0];
    if (type === undefined || block.labels.length !== 1) {
        diagnostics.push(errorAt(block.typeRange, 'Invalid dynamic block', 'A dynamic block takes one label: the type of the blocks it generates.'));
        return [];
    }
    const content = bodyContent(block.body, DYNAMIC_SCHEMA, diagnostics);
    const forEach = content.attributes.get('for_each');
    const templates = content.blocks.filter(inner => inner.type === 'content');
    if (forEach === undefined)
        return [];
    if (templates.length !== 1) {
        diagnostics.push(errorAt(block.range, 'Invalid dynamic block', `A dynamic block needs exactly one content block, found ${templates.length}.`));
        return [];
    }
    const iteratorAttribute = content.attributes.get('iterator');
    const iterator = iteratorAttribute === undefined ? type : keyword(iteratorAttribute.expr);
    if (iterator === undefined) {
        diagnostics.push(errorAt(iteratorAttribute.expr.range, 'Invalid dynamic iterator name', 'The iterator must be a single name, such as iterator = device.'));
        return [];
    }
    const collection = evaluate(forEach.expr, {
        variables: evaluation.variables,
        functions: evaluation.environment.functions,
        functionContext: evaluation.environment.functionContext
    });
    diagnostics.push(...collection.diagnostics);
    const items = (0,hcl2_value/* isList */.Lv)(collection.value)
        ? collection.value.map((value, index) => [index, value])
        : (0,hcl2_value/* isObject */.Gv)(collection.value)
            ? (0,hcl2_value/* entriesOf */.Mc)(collection.value)
            : [];
    if (!(0,hcl2_value/* isList */.Lv)(collection.value) && !(0,hcl2_value/* isObject */.Gv)(collection.value) && collection.diagnostics.length === 0) {
        diagnostics.push(errorAt(forEach.expr.range, 'Invalid dynamic for_each value', 'Cannot use a value that is not a list, set, map or object in for_each.'));
    }
    const template = templates[0];
    const labelsAttribute = content.attributes.get('labels');
    return items.flatMap(([key, value]) => {
        const variables = {
            ...evaluation.variables,
            [iterator]: (0,hcl2_value/* objectOf */.Xy)([
                ['key', key],
                ['value', value]
            ])
        };
        let labels = [];
        if (labelsAttribute !== undefined) {
            const result = evaluate(labelsAttribute.expr, {
                variables,
                functions: evaluation.environment.functions,
                functionContext: evaluation.environment.functionContext
            });
            diagnostics.push(...result.diagnostics);
            if (!(0,hcl2_value/* isList */.Lv)(result.value) || !result.value.every(label => typeof label === 'string')) {
                if (result.diagnostics.length === 0)
                    diagnostics.push(errorAt(labelsAttribute.expr.range, 'Invalid dynamic block labels', 'labels must be a list of strings, such as labels = ["shell"].'));
                return [];
            }
            labels = result.value;
        }
        const labelRanges = labels.map(() => block.labelRanges[0]);
        return [
            {
                block: {
                    ...template,
                    type,
                    labels,
                    labelRanges,
                    typeRange: block.labelRanges[0],
                    range: block.range
                },
                variables
            }
        ];
    });
}
/** Every traversal in a body, nested and dynamic blocks included (for ordering data sources). */
function bodyReferences(body) {
    return [
        ...body.attributes.flatMap(attribute => references(attribute.expr)),
        ...body.blocks.flatMap(block => bodyReferences(block.body))
    ];
}

// EXTERNAL MODULE: ./src/template/build-data.ts
var build_data = __webpack_require__(8351);
;// CONCATENATED MODULE: ./src/template/hcl2/packer/scope.ts
// The variables an expression sees, by where it stands (Packer's EvalContext per block kind):
// var, local, data, path and packer everywhere after variables; source inside a build's sources and
// provisioners; build inside provisioners and post-processors.


function rootVariables(values, extra = {}) {
    return {
        var: values.variables,
        local: (0,hcl2_value/* objectOf */.Xy)(values.locals),
        data: (0,hcl2_value/* objectOf */.Xy)([...values.data].map(([type, byName]) => [type, (0,hcl2_value/* objectOf */.Xy)(byName)])),
        path: (0,hcl2_value/* objectOf */.Xy)([
            ['root', values.path.root.replaceAll('\\', '/')],
            ['cwd', values.path.cwd.replaceAll('\\', '/')]
        ]),
        packer: (0,hcl2_value/* objectOf */.Xy)([['version', values.packerVersion]]),
        ...extra
    };
}
/** `source.type` and `source.name` inside a build's use of a source. */
const sourceValue = (type, name) => (0,hcl2_value/* objectOf */.Xy)([
    ['type', type],
    ['name', name]
]);
/**
 * Build data as provisioners see it (`build.ID`, `build.Host`, `build.SourceAMI`, ...): Packer fills these in
 * once the instance exists; here each is the template action that the provisioner renders then.
 */
function buildValue(name) {
    return (0,hcl2_value/* objectOf */.Xy)([
        ['name', name],
        ...[...build_data/* PROVISIONER_BUILD_NAMES */.LK].map((key) => [key, `{{ build \`${key}\` }}`])
    ]);
}

;// CONCATENATED MODULE: ./src/template/hcl2/packer/builds.ts
// `build` blocks: which sources each builds (by `sources = [...]` or build-level `source` blocks that
// rename and extend one), and the provisioners, error-cleanup provisioner and post-processor chains each
// source gets. Everything is evaluated per source, so `source.name` and `build.name` read as in Packer.






const BUILD_SCHEMA = {
    attributes: ['name', 'description', 'sources'],
    blocks: [
        { type: 'source', labels: ['reference'] },
        { type: 'provisioner', labels: ['type'] },
        { type: 'error-cleanup-provisioner', labels: ['type'] },
        { type: 'post-processor', labels: ['type'] },
        { type: 'post-processors', labels: [] },
        { type: 'hcp_packer_registry', labels: [] },
        { type: 'dynamic', labels: ['type'] }
    ]
};
/** Attributes Packer reads on every provisioner and post-processor itself, not the plugin. */
const ONLY_EXCEPT = ['only', 'except'];
function decodeBuilds(files, values, environment) {
    const { diagnostics } = environment;
    const sources = new Map();
    for (const file of files)
        for (const block of file.blocks.filter(candidate => candidate.type === 'source')) {
            const key = `${block.labels[0]}.${block.labels[1]}`;
            const earlier = sources.get(key);
            if (earlier !== undefined)
                diagnostics.push(errorAt(block.typeRange, 'Duplicate source block', `source "${block.labels[0]}" "${block.labels[1]}" is defined twice (first at ${earlier.range.file}:${earlier.range.start.line}).`));
            else
                sources.set(key, block);
        }
    const builds = files.flatMap(file => file.blocks.filter(block => block.type === 'build'));
    if (builds.length === 0) {
        const at = files[0]?.blocks[0]?.range ?? {
            file: files[0]?.shown ?? '',
            start: { line: 1, column: 1, byte: 0 },
            end: { line: 1, column: 1, byte: 0 }
        };
        diagnostics.push(errorAt(at, 'Missing build block', 'A build block with one or more sources is required for executing a build.'));
    }
    let description;
    const uses = builds.flatMap((build, buildIndex) => {
        const decoded = decodeBuild(build, buildIndex, builds.length, sources, values, environment);
        description ??= decoded.description;
        return decoded.uses;
    });
    return { uses, ...(description === undefined ? {} : { description }) };
}
function decodeBuild(block, buildIndex, buildCount, sources, values, environment) {
    const { diagnostics } = environment;
    const content = bodyContent(block.body, BUILD_SCHEMA, diagnostics);
    const plain = (attribute) => {
        if (attribute === undefined)
            return null;
        const result = evaluate(attribute.expr, {
            variables: rootVariables(values),
            functions: environment.functions,
            functionContext: environment.functionContext
        });
        diagnostics.push(...result.diagnostics);
        return result.value;
    };
    const buildName = stringOr(plain(content.attributes.get('name')), '');
    const description = plain(content.attributes.get('description'));
    const buildPath = buildCount === 1 ? 'build' : `build[${buildIndex}]`;
    const references = [];
    const sourcesAttribute = content.attributes.get('sources');
    const listed = plain(sourcesAttribute);
    if (sourcesAttribute !== undefined) {
        if (!(0,hcl2_value/* isList */.Lv)(listed) || !listed.every(item => typeof item === 'string'))
            diagnostics.push(errorAt(sourcesAttribute.expr.range, 'Invalid sources', 'sources must be a list of source references, such as ["source.amazon-ebs.ubuntu"].'));
        else
            for (const label of listed)
                references.push({ label, range: sourcesAttribute.expr.range });
    }
    for (const source of content.blocks.filter(inner => inner.type === 'source'))
        references.push({ label: source.labels[0], range: source.labelRanges[0], override: source });
    for (const registry of content.blocks.filter(inner => inner.type === 'hcp_packer_registry'))
        diagnostics.push(errorAt(registry.typeRange, 'Unsupported block type', 'hcp_packer_registry is not supported yet: HCP Packer is a hosted service this action does not talk to. Remove the block; the image is tagged with its commit and fingerprint instead.'));
    if (references.length === 0)
        diagnostics.push(errorAt(block.typeRange, 'missing source reference', 'a build block must reference at least one source to be built'));
    const uses = [];
    for (const reference of references) {
        const ref = parseSourceReference(reference.label);
        if (ref === undefined) {
            diagnostics.push(errorAt(reference.range, 'Invalid source reference', `"${reference.label}" is not a source reference. A valid source reference looks like: \`source.type.name\`.`));
            continue;
        }
        const source = sources.get(`${ref.type}.${ref.name}`);
        if (source === undefined) {
            const known = [...sources.keys()].map(key => `source.${key}`);
            diagnostics.push(errorAt(reference.range, `Unknown source ${ref.type}.${ref.name}`, `There is no source "${ref.type}" "${ref.name}"; known sources: ${known.length === 0 ? 'none' : known.join(', ')}.`));
            continue;
        }
        const use = decodeUse(source, ref, reference.override, { buildName, buildPath, block: content }, values, environment);
        if (use !== undefined)
            uses.push(use);
    }
    return { uses, ...(typeof description === 'string' ? { description } : {}) };
}
function decodeUse(source, ref, override, build, values, environment) {
    const { diagnostics } = environment;
    const nameAttribute = override?.body.attributes.find(attribute => attribute.name === 'name');
    let name = ref.name;
    if (nameAttribute !== undefined) {
        const result = evaluate(nameAttribute.expr, {
            variables: rootVariables(values),
            functions: environment.functions,
            functionContext: environment.functionContext
        });
        diagnostics.push(...result.diagnostics);
        if (typeof result.value === 'string' && result.value !== '')
            name = result.value;
    }
    const sourceVariables = rootVariables(values, { source: sourceValue(ref.type, name) });
    const builderPath = `source.${ref.type}.${name}`;
    const evaluation = { environment, variables: sourceVariables, path: builderPath };
    const base = evaluateBody(source.body, source.range, evaluation);
    const builder = override === undefined ? base : mergeOverride(base, override, evaluation, builderPath);
    const fullType = `${ref.type}.${name}`;
    const fullName = build.buildName === '' ? fullType : `${build.buildName}.${fullType}`;
    const inBuild = {
        environment,
        variables: rootVariables(values, {
            source: sourceValue(ref.type, name),
            build: buildValue(build.buildName)
        }),
        skip: ONLY_EXCEPT,
        path: build.buildPath
    };
    const expanded = expandDynamic(build.block.blocks, inBuild);
    const scopeOf = new Map(expanded.map(item => [item.block, item.variables]));
    const plugin = (block, path) => {
        const evaluation = { ...inBuild, variables: scopeOf.get(block) ?? inBuild.variables, path };
        if (!appliesTo(block, fullType, evaluation))
            return undefined;
        const node = evaluateBody(block.body, block.range, evaluation);
        const type = block.labels[0];
        const typeEntry = {
            key: 'type',
            keyLoc: locationOf(block.labelRanges[0]),
            value: { kind: 'string', loc: locationOf(block.labelRanges[0]), value: type }
        };
        return { node: { ...node, entries: [typeEntry, ...node.entries] }, path, type };
    };
    const blocks = expanded.map(item => item.block);
    const provisionerBlocks = blocks.filter(block => block.type === 'provisioner');
    const provisioners = provisionerBlocks.flatMap((block, index) => plugin(block, `${build.buildPath}.provisioner[${index}]`) ?? []);
    const cleanupBlocks = blocks.filter(block => block.type === 'error-cleanup-provisioner');
    for (const extra of cleanupBlocks.slice(1))
        diagnostics.push(errorAt(extra.typeRange, 'Only one error-cleanup-provisioner is allowed', 'A build block takes at most one error-cleanup-provisioner.'));
    const errorCleanupProvisioner = cleanupBlocks[0] === undefined
        ? undefined
        : plugin(cleanupBlocks[0], `${build.buildPath}.error-cleanup-provisioner`);
    const postProcessors = [];
    let chainIndex = 0;
    for (const block of blocks) {
        if (block.type === 'post-processor') {
            const use = plugin(block, `${build.buildPath}.post-processor[${chainIndex++}]`);
            if (use !== undefined)
                postProcessors.push([use]);
        }
        else if (block.type === 'post-processors') {
            const content = bodyContent(block.body, { blocks: [{ type: 'post-processor', labels: ['type'] }] }, diagnostics);
            const path = `${build.buildPath}.post-processors[${chainIndex++}]`;
            const chain = content.blocks.flatMap((inner, index) => plugin(inner, `${path}.post-processor[${index}]`) ?? []);
            if (chain.length > 0)
                postProcessors.push(chain);
        }
    }
    return {
        fullName,
        name,
        type: ref.type,
        range: source.range,
        builder,
        builderPath,
        provisioners,
        ...(errorCleanupProvisioner === undefined ? {} : { errorCleanupProvisioner }),
        postProcessors
    };
}
/** The build-level source block's options over the source's: a new option is added, a set one is an error, as in Packer. */
function mergeOverride(base, override, evaluation, builderPath) {
    const extra = evaluateBody(override.body, override.range, { ...evaluation, skip: ['name'] });
    const entries = [...base.entries];
    for (const entry of extra.entries) {
        const existing = entries.find(candidate => candidate.key === entry.key);
        if (existing !== undefined) {
            const at = {
                file: entry.keyLoc.file,
                start: { line: entry.keyLoc.line, column: entry.keyLoc.column, byte: 0 },
                end: { line: entry.keyLoc.line, column: entry.keyLoc.column, byte: 0 }
            };
            evaluation.environment.diagnostics.push(errorAt(at, 'Duplicate argument', `${builderPath}: ${entry.key} is already set in the source block at ${existing.keyLoc.file}:${existing.keyLoc.line}; a build-level source block can add options, not change them.`));
            continue;
        }
        entries.push(entry);
    }
    return { ...base, entries };
}
/** A provisioner's or post-processor's only/except, matched against `type.name` as Packer does. */
function appliesTo(block, fullType, evaluation) {
    const read = (name) => {
        const attribute = block.body.attributes.find(candidate => candidate.name === name);
        if (attribute === undefined)
            return undefined;
        const result = evaluate(attribute.expr, {
            variables: evaluation.variables,
            functions: evaluation.environment.functions,
            functionContext: evaluation.environment.functionContext
        });
        evaluation.environment.diagnostics.push(...result.diagnostics);
        if ((0,hcl2_value/* isList */.Lv)(result.value) && result.value.every(item => typeof item === 'string'))
            return result.value;
        evaluation.environment.diagnostics.push(errorAt(attribute.expr.range, `Invalid ${name}`, `${name} must be a list of source names such as ["amazon-ebs.ubuntu"].`));
        return [];
    };
    const only = read('only');
    const except = read('except');
    if (only !== undefined && except !== undefined) {
        const at = block.body.attributes.find(candidate => candidate.name === 'except');
        evaluation.environment.diagnostics.push(errorAt(at.nameRange, "only one of 'only' or 'except' may be specified", 'Give only or except, not both.'));
    }
    if (only !== undefined && only.length > 0)
        return only.includes(fullType);
    if (except !== undefined)
        return !except.includes(fullType);
    return true;
}
/** `source.type.name` (or `type.name`, which Packer also accepts in a build-level source block). */
function parseSourceReference(label) {
    const parts = label.split('.');
    const [type, name] = parts.length === 3 && parts[0] === 'source' ? [parts[1], parts[2]] : parts.length === 2 ? parts : [];
    const identifier = /^[A-Za-z_][A-Za-z0-9_-]*$/;
    if (type === undefined || name === undefined || !identifier.test(type) || !identifier.test(name))
        return undefined;
    return { type, name };
}
function stringOr(value, fallback) {
    return typeof value === 'string' ? value : fallback;
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/json-string.ts
// A JSON string literal decoded, keeping where every decoded character came from: the string is then
// parsed as a template, and a problem inside it (an unknown variable in "${var.x}") must point at the
// characters in the file, escapes and all.

/** A decoded string whose characters map back to offsets of the file it was read from. */
class MappedText {
    text;
    base;
    offsets;
    file;
    constructor(text, base, 
    /** For each decoded character (and one past the end), its offset in the file's text. */
    offsets) {
        this.text = text;
        this.base = base;
        this.offsets = offsets;
        this.file = base.file;
    }
    posAt(index) {
        return this.base.posAt(this.offsets[Math.min(index, this.offsets.length - 1)]);
    }
    rangeOf(start, end) {
        return { file: this.file, start: this.posAt(start), end: this.posAt(end) };
    }
}
const json_string_ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
const json_string_isHex = (char) => char !== undefined &&
    ((char >= '0' && char <= '9') || (char >= 'a' && char <= 'f') || (char >= 'A' && char <= 'F'));
/**
 * Reads the string starting at the `"` at `start`. Returns the decoded text with its offsets and where
 * the string ends (after its closing quote); undefined text when it is broken (reported).
 */
function readJsonString(source, start, diagnostics) {
    const raw = source.text;
    let value = '';
    const offsets = [];
    let index = start + 1;
    const invalid = (at, to, detail) => {
        diagnostics.push(errorAt(source.rangeOf(at, to), 'Invalid JSON string', detail));
        return { end: to };
    };
    for (;;) {
        if (index >= raw.length)
            return invalid(start, index, 'There is a syntax error in the given JSON string: it has no closing quote.');
        const char = raw[index];
        if (char === '"') {
            offsets.push(index);
            return { text: new MappedText(value, source, offsets), end: index + 1 };
        }
        if (char === '\n' || char === '\r')
            return invalid(start, index, 'There is a syntax error in the given JSON string: a line break must be written as \\n.');
        if (char !== '\\') {
            value += char;
            offsets.push(index);
            index++;
            continue;
        }
        const selector = raw[index + 1];
        const simple = selector === undefined ? undefined : json_string_ESCAPES[selector];
        if (simple !== undefined) {
            value += simple;
            offsets.push(index);
            index += 2;
            continue;
        }
        if (selector === 'u' && [2, 3, 4, 5].every(offset => json_string_isHex(raw[index + offset]))) {
            value += String.fromCharCode(parseInt(raw.slice(index + 2, index + 6), 16));
            offsets.push(index);
            index += 6;
            continue;
        }
        if (selector === undefined || selector === '\n' || selector === '\r') {
            // A backslash ending the line or the file: the unclosed string is reported next.
            index++;
            continue;
        }
        // A bad escape is reported and read as the character after the backslash; the string goes on.
        invalid(index, index + 2, `There is a syntax error in the given JSON string: "${raw.slice(index, index + 2)}" is not a valid escape.`);
        value += selector;
        offsets.push(index);
        index += 2;
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/syntax/json-parser.ts
// HCL's JSON syntax (`.pkr.json`), as an expression tree: an object becomes an object constructor whose
// keys are literal strings with their ranges (duplicates kept, in order: repeated keys are how the JSON
// syntax repeats blocks), an array a tuple, numbers, booleans and null literals, and every string a
// template, `${}` and `%{}` included, whose positions point into the file. The Packer layer reads the
// structure (which keys are blocks) itself.






function parseJsonExpression(text, file) {
    const parser = new JsonParser(new SourceText(text, file));
    return parser.parseDocument();
}
/** Thrown to abandon the document at its first syntax error (JSON errors cascade; the first is the one to fix). */
class Abandon extends Error {
}
const json_parser_isDigit = (char) => char !== undefined && char >= '0' && char <= '9';
const isWordChar = (char) => char !== undefined &&
    ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || json_parser_isDigit(char) || char === '_');
class JsonParser {
    source;
    index;
    diagnostics = [];
    text;
    constructor(source) {
        this.source = source;
        this.text = source.text;
        this.index = this.text.startsWith('\uFEFF') ? 1 : 0;
    }
    parseDocument() {
        let expr;
        try {
            expr = this.value('Missing JSON value');
            this.skipSpace();
            if (this.index < this.text.length)
                this.fail([this.index, this.index + 1], 'Extraneous data after value', 'Extra characters appear after the JSON value.');
        }
        catch (error) {
            if (!(error instanceof Abandon))
                throw error;
            expr = { kind: 'invalid', range: this.source.rangeOf(0, this.text.length) };
        }
        return { expr, diagnostics: this.diagnostics };
    }
    /** Reports the error at the characters `[start, end)` and abandons the document. */
    fail([start, end], summary, detail) {
        this.diagnostics.push(errorAt(this.source.rangeOf(start, Math.min(end, this.text.length)), summary, detail));
        throw new Abandon(summary);
    }
    skipSpace() {
        for (;;) {
            const char = this.text[this.index];
            if (char === ' ' || char === '\t' || char === '\n' || char === '\r')
                this.index++;
            else
                return;
        }
    }
    depth = 0;
    value(missing) {
        this.skipSpace();
        const start = this.index;
        const char = this.text[start];
        if ((char === '{' || char === '[') && this.depth >= MAX_JSON_NESTING)
            this.fail([start, start + 1], 'Value too deeply nested', `JSON objects and arrays may be nested at most ${MAX_JSON_NESTING} levels deep.`);
        this.depth++;
        try {
            return this.valueAt(start, char, missing);
        }
        finally {
            this.depth--;
        }
    }
    valueAt(start, char, missing) {
        if (char === undefined)
            this.fail([start, start], 'Missing value', 'The JSON data ends prematurely.');
        if (char === '{')
            return this.object();
        if (char === '[')
            return this.array();
        if (char === '"')
            return this.string();
        if (char === '-' || json_parser_isDigit(char))
            return this.number();
        if (isWordChar(char))
            return this.keyword();
        if (char === ',' || char === ']' || char === '}')
            this.fail([start, start + 1], missing, 'A JSON value must start with a brace, a bracket, a number, a string, or a keyword.');
        return this.fail([start, start + 1], 'Invalid start of value', 'A JSON value must start with a brace, a bracket, a number, a string, or a keyword.');
    }
    object() {
        const open = this.index++;
        const items = [];
        this.skipSpace();
        if (this.text[this.index] === '}')
            return { kind: 'object', items, range: this.source.rangeOf(open, ++this.index), uniqueKeys: true };
        for (;;) {
            this.skipSpace();
            const keyStart = this.index;
            if (this.text[keyStart] !== '"') {
                if (this.text[keyStart] === '}' && items.length > 0)
                    this.fail([keyStart, keyStart + 1], 'Trailing comma in object', 'JSON does not permit a trailing comma after the final property in an object.');
                if (keyStart >= this.text.length)
                    this.unclosed(open, '{');
                this.fail([keyStart, keyStart + 1], 'Invalid object property name', 'A JSON object property name must be a string.');
            }
            const read = readJsonString(this.source, keyStart, this.diagnostics);
            if (read.text === undefined)
                throw new Abandon('string');
            this.index = read.end;
            const keyRange = this.source.rangeOf(keyStart, read.end);
            this.skipSpace();
            const colon = this.text[this.index];
            if (colon !== ':') {
                if (colon === '=')
                    this.fail([this.index, this.index + 1], 'Missing property value colon', 'JSON uses a colon as its name/value delimiter, not an equals sign.');
                if (colon === ',' || colon === '}')
                    this.fail([this.index, this.index + 1], 'Missing object value', 'A JSON object attribute must have a value, introduced by a colon.');
                this.fail([this.index, this.index + 1], 'Missing property value colon', "A colon must appear between an object property's name and its value.");
            }
            this.index++;
            const value = this.value('Missing JSON value');
            items.push({
                key: { kind: 'literal', value: read.text.text, range: keyRange },
                forceNonLiteral: false,
                value,
                range: rangeBetween(keyRange, value.range)
            });
            this.skipSpace();
            const next = this.text[this.index];
            if (next === ',') {
                this.index++;
                continue;
            }
            if (next === '}')
                return { kind: 'object', items, range: this.source.rangeOf(open, ++this.index), uniqueKeys: true };
            if (next === undefined)
                this.unclosed(open, '{');
            if (next === ']')
                this.fail([this.index, this.index + 1], 'Mismatched braces', 'A JSON object must be closed with a brace, not a bracket.');
            this.fail([this.index, this.index + 1], 'Missing attribute seperator comma', 'A comma must appear between each property definition in an object.');
        }
    }
    array() {
        const open = this.index++;
        const items = [];
        this.skipSpace();
        if (this.text[this.index] === ']')
            return { kind: 'tuple', items, range: this.source.rangeOf(open, ++this.index) };
        for (;;) {
            this.skipSpace();
            if (this.text[this.index] === ']' && items.length > 0)
                this.fail([this.index, this.index + 1], 'Trailing comma in array', 'JSON does not permit a trailing comma after the final value in an array.');
            if (this.index >= this.text.length)
                this.unclosed(open, '[');
            items.push(this.value('Missing array element value'));
            this.skipSpace();
            const next = this.text[this.index];
            if (next === ',') {
                this.index++;
                continue;
            }
            if (next === ']')
                return { kind: 'tuple', items, range: this.source.rangeOf(open, ++this.index) };
            if (next === undefined)
                this.unclosed(open, '[');
            if (next === ':')
                this.fail([this.index, this.index + 1], 'Invalid array value', 'A colon is not used to introduce values in a JSON array.');
            if (next === '}')
                this.fail([this.index, this.index + 1], 'Mismatched brackets', 'A JSON array must be closed with a bracket, not a brace.');
            this.fail([this.index, this.index + 1], 'Missing attribute seperator comma', 'A comma must appear between each value in an array.');
        }
    }
    unclosed(open, kind) {
        return this.fail([open, open + 1], kind === '{' ? 'Unclosed object' : 'Unclosed array', kind === '{'
            ? 'No closing brace was found for this JSON object.'
            : 'No closing bracket was found for this JSON array.');
    }
    string() {
        const start = this.index;
        const read = readJsonString(this.source, start, this.diagnostics);
        if (read.text === undefined)
            throw new Abandon('string');
        this.index = read.end;
        const range = this.source.rangeOf(start, read.end);
        const { expr, diagnostics } = parseTemplateText(read.text);
        this.diagnostics.push(...diagnostics);
        return { ...expr, range, json: read.text };
    }
    number() {
        const text = this.text;
        const start = this.index;
        let at = start;
        if (text[at] === '-')
            at++;
        const invalid = () => this.fail([start, Math.max(at, start + 1)], 'Invalid JSON number', 'There is a syntax error in the given JSON number.');
        if (text[at] === '0')
            at++;
        else if (json_parser_isDigit(text[at]))
            while (json_parser_isDigit(text[at]))
                at++;
        else
            invalid();
        if (text[at] === '.') {
            at++;
            if (!json_parser_isDigit(text[at]))
                invalid();
            while (json_parser_isDigit(text[at]))
                at++;
        }
        if (text[at] === 'e' || text[at] === 'E') {
            at++;
            if (text[at] === '+' || text[at] === '-')
                at++;
            if (!json_parser_isDigit(text[at]))
                invalid();
            while (json_parser_isDigit(text[at]))
                at++;
        }
        if (isWordChar(text[at]) || text[at] === '.') {
            while (isWordChar(text[at]) || text[at] === '.')
                at++;
            invalid();
        }
        this.index = at;
        return { kind: 'literal', value: Number(text.slice(start, at)), range: this.source.rangeOf(start, at) };
    }
    keyword() {
        const start = this.index;
        let at = start;
        while (isWordChar(this.text[at]))
            at++;
        const word = this.text.slice(start, at);
        this.index = at;
        const range = this.source.rangeOf(start, at);
        if (word === 'true' || word === 'false')
            return { kind: 'literal', value: word === 'true', range };
        if (word === 'null')
            return { kind: 'literal', value: null, range };
        if (word === 'undefined' || word === 'NaN' || word === 'Infinity')
            this.fail([start, at], 'Invalid JSON keyword', `The JavaScript identifier "${word}" cannot be used in JSON.`);
        const closest = (0,suggest/* closestName */.N)(word, ['true', 'false', 'null']);
        const suggestion = closest === undefined ? '' : ` Did you mean "${closest}"?`;
        return this.fail([start, at], 'Invalid JSON keyword', `"${word}" is not a valid JSON keyword.${suggestion}`);
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/packer/files.ts
// Which files make up an HCL2 template, as `packer build PATH` finds them: one `.pkr.hcl` or `.pkr.json`
// file, or a folder whose `*.pkr.hcl` files (then `*.pkr.json` files, each group in name order) form one
// template, with the folder's `*.auto.pkrvars.hcl` and `*.auto.pkrvars.json` loaded before any var-file.
// Sub-folders are not read, as in Packer.


const HCL_EXTENSION = '.pkr.hcl';
const HCL_JSON_EXTENSION = '.pkr.json';
const AUTO_VARS_HCL = '.auto.pkrvars.hcl';
const AUTO_VARS_JSON = '.auto.pkrvars.json';
/** The files, or a sentence saying why there are none (for the caller's error at the template path). */
function findTemplateFiles(templatePath) {
    const stat = external_node_fs_default().statSync(templatePath, { throwIfNoEntry: false });
    if (stat === undefined)
        return `file not found (looked for ${templatePath})`;
    if (!stat.isDirectory())
        return { root: external_node_path_default().dirname(templatePath), folder: false, configFiles: [templatePath], autoVarFiles: [] };
    const names = external_node_fs_default().readdirSync(templatePath, { withFileTypes: true })
        .filter(entry => !entry.isDirectory())
        .map(entry => entry.name)
        .sort();
    const withExtension = (extension) => names.filter(name => name.endsWith(extension)).map(name => external_node_path_default().join(templatePath, name));
    const configFiles = [...withExtension(HCL_EXTENSION), ...withExtension(HCL_JSON_EXTENSION)];
    if (configFiles.length === 0)
        return `could not find any config file in ${templatePath}: a config file must be named *.pkr.hcl or *.pkr.json`;
    return {
        root: templatePath,
        folder: true,
        configFiles,
        autoVarFiles: [...withExtension(AUTO_VARS_HCL), ...withExtension(AUTO_VARS_JSON)]
    };
}

;// CONCATENATED MODULE: ./src/template/hcl2/packer/json-body.ts
// HCL's JSON syntax (`.pkr.json`, `.pkrvars.json`) read into the same bodies the native syntax gives. In
// JSON, whether a property is an attribute or a block is known only from the schema (HCL's json package
// does the same): a block type with N labels nests N objects keyed by label, then a body object (or a list
// of them for several blocks). Plugin bodies (source, provisioner, data, ...) are all attributes here; their
// nested blocks are plain JSON objects and lists, which is what the schema readers take anyway.


const PLUGIN = {};
const CONFIG = {
    blocks: {
        packer: { labels: 0, body: { blocks: { required_plugins: { labels: 0, body: PLUGIN } } } },
        source: { labels: 2, body: PLUGIN },
        variables: { labels: 0, body: PLUGIN },
        variable: {
            labels: 1,
            body: { blocks: { validation: { labels: 0, body: PLUGIN } }, expressionStrings: ['type'] }
        },
        locals: { labels: 0, body: PLUGIN },
        local: { labels: 1, body: PLUGIN },
        data: { labels: 2, body: PLUGIN },
        hcp_packer_registry: { labels: 0, body: PLUGIN },
        communicator: { labels: 2, body: PLUGIN },
        build: {
            labels: 0,
            body: {
                blocks: {
                    source: { labels: 1, body: PLUGIN },
                    provisioner: { labels: 1, body: PLUGIN },
                    'error-cleanup-provisioner': { labels: 1, body: PLUGIN },
                    'post-processor': { labels: 1, body: PLUGIN },
                    'post-processors': {
                        labels: 0,
                        body: { blocks: { 'post-processor': { labels: 1, body: PLUGIN } } }
                    },
                    hcp_packer_registry: { labels: 0, body: PLUGIN },
                    dynamic: { labels: 1, body: { blocks: { content: { labels: 0, body: PLUGIN } } } }
                }
            }
        }
    }
};
/** A `.pkr.json` document as a config body. */
function jsonConfigBody(expr, diagnostics) {
    if (expr.kind !== 'object') {
        diagnostics.push(errorAt(expr.range, 'Invalid JSON configuration', 'The root of a .pkr.json file must be a JSON object.'));
        return undefined;
    }
    return toBody(expr, CONFIG, diagnostics);
}
/** A `.pkrvars.json` document's properties, as attributes. */
function jsonAttributes(expr, diagnostics) {
    if (expr.kind !== 'object') {
        diagnostics.push(errorAt(expr.range, 'Invalid var file', 'A .pkrvars.json file must be a JSON object of variable values.'));
        return [];
    }
    return toBody(expr, PLUGIN, diagnostics).attributes;
}
function toBody(object, schema, diagnostics) {
    const attributes = [];
    const blocks = [];
    const items = [];
    for (const item of object.items) {
        const name = keyText(item.key);
        if (name === undefined || name === '//')
            continue;
        const blockSchema = schema.blocks?.[name];
        if (blockSchema === undefined) {
            const expr = schema.expressionStrings?.includes(name)
                ? parsedString(item.value, diagnostics)
                : item.value;
            const attribute = {
                kind: 'attribute',
                name,
                nameRange: item.key.range,
                expr,
                range: item.range
            };
            attributes.push(attribute);
            items.push(attribute);
            continue;
        }
        for (const block of toBlocks(name, item.key.range, item.value, blockSchema, [], [], diagnostics)) {
            blocks.push(block);
            items.push(block);
        }
    }
    return { attributes, blocks, items, range: object.range };
}
function toBlocks(type, typeRange, value, schema, labels, labelRanges, diagnostics) {
    if (labels.length < schema.labels) {
        // A list of label objects keeps the blocks' order ("provisioner": [{"shell": {...}}, {"file": {...}}]).
        if (value.kind === 'tuple')
            return value.items.flatMap(item => toBlocks(type, typeRange, item, schema, labels, labelRanges, diagnostics));
        if (value.kind !== 'object') {
            diagnostics.push(errorAt(value.range, `Invalid ${type} block`, `Expected a JSON object keyed by the ${type} block's next label.`));
            return [];
        }
        return value.items.flatMap(item => {
            const label = keyText(item.key);
            if (label === undefined)
                return [];
            return toBlocks(type, typeRange, item.value, schema, [...labels, label], [...labelRanges, item.key.range], diagnostics);
        });
    }
    const bodies = value.kind === 'tuple' ? value.items : [value];
    return bodies.flatMap(body => {
        if (body.kind !== 'object') {
            diagnostics.push(errorAt(body.range, `Invalid ${type} block`, `Expected a JSON object for the ${type} block's body.`));
            return [];
        }
        return [
            {
                kind: 'block',
                type,
                typeRange,
                labels,
                labelRanges,
                body: toBody(body, schema.body, diagnostics),
                range: body.range
            }
        ];
    });
}
/** A property name: JSON keys are plain strings (a literal, or a template of one text part). */
function keyText(key) {
    if (key.kind === 'literal' && typeof key.value === 'string')
        return key.value;
    if (key.kind === 'template' && key.parts.length === 1 && key.parts[0].kind === 'text')
        return key.parts[0].value;
    if (key.kind === 'template' && key.parts.length === 0)
        return '';
    return undefined;
}
/** A JSON string holding an expression (`"type": "list(string)"`), parsed. */
function parsedString(value, diagnostics) {
    const text = keyText(value);
    if (text === undefined)
        return value;
    const parsed = parseExpression(text, value.range.file);
    diagnostics.push(...parsed.diagnostics.map(diagnostic => ({ ...diagnostic, range: value.range })));
    return parsed.expr;
}

;// CONCATENATED MODULE: ./src/template/hcl2/packer/config-file.ts
// One file of an HCL2 template, parsed and checked against Packer's top-level schema: only the block
// types Packer knows (packer, variable(s), local(s), data, source, build), each with its labels.







const CONFIG_SCHEMA = {
    blocks: [
        { type: 'packer', labels: [] },
        { type: 'source', labels: ['type', 'name'] },
        { type: 'variables', labels: [] },
        { type: 'variable', labels: ['name'] },
        { type: 'locals', labels: [] },
        { type: 'local', labels: ['name'] },
        { type: 'data', labels: ['type', 'name'] },
        { type: 'build', labels: [] },
        { type: 'hcp_packer_registry', labels: [] },
        { type: 'communicator', labels: ['type', 'name'] }
    ]
};
/** Reads and parses one file; undefined when it cannot be read (the problem is in `diagnostics`). */
function readConfigFile(absolute, shown, diagnostics) {
    let text;
    try {
        text = external_node_fs_default().readFileSync(absolute, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const at = { line: 1, column: 1, byte: 0 };
        diagnostics.push(errorAt({ file: shown, start: at, end: at }, 'Failed to read file', code === 'ENOENT' ? `file not found (looked for ${absolute})` : String(error)));
        return undefined;
    }
    if (text.startsWith('\uFEFF'))
        text = text.slice(1);
    const body = absolute.endsWith(HCL_JSON_EXTENSION)
        ? jsonFileBody(text, shown, diagnostics)
        : parsedHcl(text, shown, diagnostics);
    if (body === undefined)
        return undefined;
    const content = bodyContent(body, CONFIG_SCHEMA, diagnostics);
    for (const block of content.blocks) {
        if (block.type === 'communicator')
            diagnostics.push(errorAt(block.typeRange, 'Unsupported block type', 'communicator blocks are not supported yet.'));
        if (block.type === 'hcp_packer_registry')
            diagnostics.push(errorAt(block.typeRange, 'Unsupported block type', 'hcp_packer_registry is not supported yet: HCP Packer is a hosted service this action does not talk to. Remove the block; the image is tagged with its commit and fingerprint instead.'));
    }
    return {
        shown,
        absolute,
        blocks: content.blocks.filter(block => block.type !== 'communicator' && block.type !== 'hcp_packer_registry')
    };
}
function parsedHcl(text, shown, diagnostics) {
    const parsed = parseConfig(text, shown);
    diagnostics.push(...parsed.diagnostics);
    return parsed.body;
}
function jsonFileBody(text, shown, diagnostics) {
    const parsed = parseJsonExpression(text, shown);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.some(diagnostic => diagnostic.severity === 'error'))
        return undefined;
    return jsonConfigBody(parsed.expr, diagnostics);
}

// EXTERNAL MODULE: ./src/template/options-reader.ts
var options_reader = __webpack_require__(3582);
;// CONCATENATED MODULE: ./src/template/hcl2/packer/data-sources.ts
// `data "type" "name" { ... }` blocks: the options are evaluated into the JSON shape and read by the data
// source's own reader (same rules and messages as a builder's options). While the template is validated
// the outputs are unknown (so a template error costs no AWS call); once everything is valid they are
// resolved through AWS by the hooks the caller gives.





function dataSourceEvaluator(hooks, mode, environment, decodeContext, errors) {
    return async (block, values) => {
        const [type, name] = block.labels;
        const address = `data.${type}.${name}`;
        if (!hooks.types.includes(type)) {
            environment.diagnostics.push(errorAt(block.labelRanges[0], 'Unsupported data source', `data source type ${type} is not supported yet (supported: ${hooks.types.join(', ')}).`));
            return undefined;
        }
        const node = evaluateBody(block.body, block.range, {
            environment,
            variables: rootVariables(values),
            path: address
        });
        if ([...environment.poisoned].some(field => field.startsWith(`${address}.`))) {
            environment.poisoned.add(address);
            return undefined;
        }
        await hooks.prepare?.();
        let config;
        try {
            config = hooks.read(type, new options_reader/* OptionsReader */.s(node, address, decodeContext));
        }
        catch (error) {
            if (!(error instanceof src_errors/* InputError */.dz))
                throw error;
            errors.push(error);
            environment.poisoned.add(address);
            return undefined;
        }
        if (mode === 'mock') {
            // While validating, a data source's outputs are unknown (as in Packer): what reads them is checked
            // once they are resolved, and nothing is reported about them now.
            environment.poisoned.add(address);
            return undefined;
        }
        return hooks.resolve(type, config, address, environment.secret);
    };
}

;// CONCATENATED MODULE: ./src/template/hcl2/packer/locals-and-data.ts
// Locals and data sources, evaluated in the order their references ask for (Packer builds one graph of
// both: a data source may read a local and a local may read a data source). A reference to a local or
// data source that does not exist, or a cycle, is an error naming it; everything else goes on.






const LOCAL_SCHEMA = { attributes: ['expression', 'sensitive'], required: ['expression'] };
/** Fills `values.locals` and `values.data`, in dependency order. */
async function evaluateLocalsAndData(files, values, environment, evaluateData) {
    const nodes = collectNodes(files, environment.diagnostics, environment);
    const ordered = order(nodes, environment.diagnostics);
    // What a cycle left out has no value: what reads it must not report that again.
    for (const key of nodes.keys())
        if (!ordered.some(node => node.key === key))
            environment.poisoned.add(key);
    for (const node of ordered) {
        if (node.kind === 'local') {
            if (readsPoisoned(node.expr, environment.poisoned)) {
                environment.poisoned.add(node.key);
                continue;
            }
            const result = evaluate(node.expr, {
                variables: rootVariables(values),
                functions: environment.functions,
                functionContext: environment.functionContext
            });
            environment.diagnostics.push(...result.diagnostics);
            if (hasErrors(result.diagnostics)) {
                environment.poisoned.add(node.key);
                continue;
            }
            if (node.sensitive)
                reportSecrets(result.value, environment.secret);
            values.locals.set(node.name, result.value);
        }
        else {
            const outputs = await evaluateData(node.block, values);
            if (outputs === undefined) {
                environment.poisoned.add(node.key);
                continue;
            }
            const byName = values.data.get(node.type) ?? new Map();
            byName.set(node.name, outputs);
            values.data.set(node.type, byName);
        }
    }
}
function collectNodes(files, diagnostics, environment) {
    const nodes = new Map();
    const add = (node) => {
        const earlier = nodes.get(node.key);
        if (earlier !== undefined) {
            const where = `${earlier.range.file}:${earlier.range.start.line}`;
            diagnostics.push(errorAt(node.range, node.kind === 'local' ? 'Duplicate local definition' : 'Duplicate data source', node.kind === 'local'
                ? `Local variable "${node.name}" is defined twice (first at ${where}); local names must be unique.`
                : `data "${node.type}" "${node.name}" is defined twice (first at ${where}).`));
            return;
        }
        nodes.set(node.key, node);
    };
    for (const file of files) {
        for (const block of file.blocks) {
            if (block.type === 'locals') {
                const { attributes } = bodyContent(block.body, { anyAttributes: true }, diagnostics);
                for (const attribute of attributes.values())
                    add(localNode(attribute.name, attribute.expr, false, attribute.nameRange));
            }
            else if (block.type === 'local') {
                const name = block.labels[0];
                checkNameLabel(block, 'local', diagnostics);
                const content = bodyContent(block.body, LOCAL_SCHEMA, diagnostics);
                const expression = content.attributes.get('expression');
                if (expression === undefined)
                    continue;
                const sensitiveAttribute = content.attributes.get('sensitive');
                const sensitive = sensitiveAttribute !== undefined &&
                    evaluate(sensitiveAttribute.expr, {
                        variables: {},
                        functions: {},
                        functionContext: environment.functionContext
                    }).value === true;
                add(localNode(name, expression.expr, sensitive, block.labelRanges[0]));
            }
            else if (block.type === 'data') {
                const [type, name] = block.labels;
                add({
                    kind: 'data',
                    key: `data.${type}.${name}`,
                    type,
                    name,
                    block,
                    range: block.typeRange,
                    dependencies: dependenciesOf(bodyReferences(block.body))
                });
            }
        }
    }
    return nodes;
}
function localNode(name, expr, sensitive, range) {
    return {
        kind: 'local',
        key: `local.${name}`,
        name,
        expr,
        sensitive,
        range,
        dependencies: dependenciesOf(references(expr))
    };
}
function dependenciesOf(traversals) {
    return traversals.flatMap(traversal => {
        if (traversal.root === 'local' && typeof traversal.steps[0] === 'string')
            return [{ key: `local.${traversal.steps[0]}`, range: traversal.range }];
        if (traversal.root === 'data' &&
            typeof traversal.steps[0] === 'string' &&
            typeof traversal.steps[1] === 'string')
            return [{ key: `data.${traversal.steps[0]}.${traversal.steps[1]}`, range: traversal.range }];
        return [];
    });
}
/**
 * The nodes in an order where each comes after what it reads. A reference to a missing node is reported
 * (and the node still evaluated, so its own expression's problems show too); a node on a cycle is
 * reported once with the cycle spelled out, and left out.
 */
function order(nodes, diagnostics) {
    const sorted = [];
    const state = new Map();
    const visit = (node, path) => {
        const seen = state.get(node.key);
        if (seen === 'done')
            return true;
        if (seen === 'visiting') {
            const cycle = [...path.slice(path.indexOf(node.key)), node.key];
            diagnostics.push(errorAt(node.range, 'Cycle in locals and data sources', `These refer to each other in a circle: ${cycle.join(' -> ')}.`));
            return false;
        }
        state.set(node.key, 'visiting');
        let ok = true;
        for (const dependency of node.dependencies) {
            const target = nodes.get(dependency.key);
            if (target === undefined) {
                const [kind] = dependency.key.split('.');
                diagnostics.push(errorAt(dependency.range, kind === 'local' ? 'Reference to undeclared local value' : 'Reference to undeclared data source', `${dependency.key} is not declared.${kind === 'local' ? ' Declare it in a locals block.' : ' Declare it with a data block.'}`));
                continue;
            }
            if (!visit(target, [...path, node.key]))
                ok = false;
        }
        state.set(node.key, 'done');
        if (ok)
            sorted.push(node);
        return ok;
    };
    for (const node of nodes.values())
        visit(node, []);
    return sorted;
}

;// CONCATENATED MODULE: ./src/template/hcl2/packer/version-constraints.ts
// Version constraints as Packer writes them (hashicorp/go-version): ">= 1.7.0, < 2", "~> 1.2", "!= 1.5.0".
/** Whether `version` meets every constraint in `text`, or a sentence saying why `text` cannot be read. */
function satisfies(version, text) {
    const have = version_constraints_parse(version);
    if (have === undefined)
        return `cannot read the version ${JSON.stringify(version)}`;
    for (const part of text.split(',')) {
        const match = /^\s*(>=|<=|!=|~>|=|>|<)?\s*v?(\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?)\s*$/.exec(part);
        if (match === null)
            return `malformed constraint: ${part.trim()}`;
        const operator = match[1] ?? '=';
        const want = version_constraints_parse(match[2]);
        const order = compare(have.numbers, want.numbers);
        const ok = operator === '='
            ? order === 0
            : operator === '!='
                ? order !== 0
                : operator === '>'
                    ? order > 0
                    : operator === '>='
                        ? order >= 0
                        : operator === '<'
                            ? order < 0
                            : operator === '<='
                                ? order <= 0
                                : pessimistic(have.numbers, want.numbers);
        if (!ok)
            return false;
    }
    return true;
}
function version_constraints_parse(text) {
    const match = /^v?(\d+(?:\.\d+)*)/.exec(text.trim());
    return match === null ? undefined : { numbers: match[1].split('.').map(Number) };
}
function compare(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length, 3); i++) {
        const difference = (a[i] ?? 0) - (b[i] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return 0;
}
/** `~> 1.2.3` is >= 1.2.3 and < 1.3; `~> 1.2` is >= 1.2 and < 2. */
function pessimistic(have, want) {
    if (compare(have, want) < 0)
        return false;
    const fixed = Math.max(1, want.length - 1);
    return want.slice(0, fixed).every((number, index) => (have[index] ?? 0) === number);
}

;// CONCATENATED MODULE: ./src/template/hcl2/packer/packer-block.ts
// The `packer { required_version, required_plugins }` block: the template's demands on the tool. We answer
// as the Packer and the plugins we emulate; a plugin we do not implement is named in the error.





/** The plugins whose components we implement, by source address, and the version we behave as. */
const EMULATED_PLUGINS = {
    'github.com/hashicorp/amazon': {
        version: '1.8.0',
        implements: 'the amazon-ebs builder and the amazon-ami, amazon-parameterstore and amazon-secretsmanager data sources'
    },
    'github.com/hashicorp/ansible': {
        version: '1.1.2',
        implements: 'the ansible and ansible-local provisioners'
    },
    'github.com/hashicorp/puppet': { version: '1.1.1', implements: 'the puppet-masterless provisioner' },
    'github.com/hashicorp/chef': { version: '1.0.2', implements: 'the chef-solo provisioner' },
    'github.com/hashicorp/docker': { version: '1.1.1', implements: 'the docker builder' }
};
const PACKER_SCHEMA = {
    attributes: ['required_version'],
    blocks: [{ type: 'required_plugins', labels: [] }]
};
function checkPackerBlocks(files, packerVersion, environment) {
    const { diagnostics } = environment;
    const plain = { variables: {}, functions: {}, functionContext: environment.functionContext };
    for (const file of files) {
        for (const block of file.blocks.filter(candidate => candidate.type === 'packer')) {
            const content = bodyContent(block.body, PACKER_SCHEMA, diagnostics);
            const required = content.attributes.get('required_version');
            if (required !== undefined) {
                const result = evaluate(required.expr, plain);
                diagnostics.push(...result.diagnostics);
                if (typeof result.value === 'string') {
                    const ok = satisfies(packerVersion, result.value);
                    if (ok !== true)
                        diagnostics.push(errorAt(required.expr.range, 'Unsupported Packer Core version', typeof ok === 'string'
                            ? `required_version: ${ok}`
                            : `This template requires Packer ${result.value}; build-ami behaves as Packer ${packerVersion}.`));
                }
            }
            for (const plugins of content.blocks) {
                const { attributes } = bodyContent(plugins.body, { anyAttributes: true }, diagnostics);
                for (const attribute of attributes.values()) {
                    const result = evaluate(attribute.expr, plain);
                    diagnostics.push(...result.diagnostics);
                    const value = result.value;
                    if (!(0,hcl2_value/* isObject */.Gv)(value) || typeof value.source !== 'string') {
                        if (result.diagnostics.length === 0)
                            diagnostics.push(errorAt(attribute.expr.range, 'Invalid required_plugins entry', `${attribute.name} must be an object with a source (and a version), such as { source = "github.com/hashicorp/amazon", version = ">= 1.2.0" }.`));
                        continue;
                    }
                    const source = value.source.replace(/^(?!github\.com\/)/, 'github.com/');
                    const plugin = EMULATED_PLUGINS[source];
                    if (plugin === undefined) {
                        diagnostics.push(errorAt(attribute.expr.range, 'Plugin not implemented', `required_plugins names ${value.source}, which build-ami does not implement; it implements ${Object.keys(EMULATED_PLUGINS).join(', ')}. Remove ${attribute.name} from required_plugins if the template does not use it.`));
                        continue;
                    }
                    if (typeof value.version === 'string') {
                        const ok = satisfies(plugin.version, value.version);
                        if (ok !== true)
                            diagnostics.push(errorAt(attribute.expr.range, 'Unsupported plugin version', typeof ok === 'string'
                                ? `${attribute.name}.version: ${ok}`
                                : `This template requires ${value.source} ${value.version}; build-ami behaves as version ${plugin.version} of it (${plugin.implements}).`));
                    }
                }
            }
        }
    }
}

// EXTERNAL MODULE: ./src/template/schema/read-builder.ts + 11 modules
var read_builder = __webpack_require__(3157);
// EXTERNAL MODULE: ./src/template/schema/key-pair-names.ts
var key_pair_names = __webpack_require__(1737);
// EXTERNAL MODULE: ./src/template/schema/post-processors.ts + 2 modules
var post_processors = __webpack_require__(3478);
// EXTERNAL MODULE: ./src/template/schema/provisioners.ts + 8 modules
var schema_provisioners = __webpack_require__(1875);
// EXTERNAL MODULE: ./src/template/template-syntax.ts
var template_syntax = __webpack_require__(9616);
;// CONCATENATED MODULE: ./src/template/hcl2/packer/plans.ts
// From the sources each build block uses to typed build plans, through the same schema readers the JSON
// front end uses (so an HCL2 template and its JSON twin give the same plan, option by option, with the
// same rules and messages). Every reader's problem is collected, not just the first.








/** `{{user}}` is the JSON front end's: in HCL2 a variable is `var.name`. */
const noUserVariables = (name) => {
    throw new template_syntax/* TemplateError */.$({
        message: `{{user \`${name}\`}} is for JSON templates; in HCL2, use var.${name}`
    });
};
function planBuilds(uses, context) {
    const names = uses.map(use => use.name);
    const plans = [];
    const planned = [];
    for (const use of uses) {
        const plan = planOne(use, names, context);
        if (plan !== undefined) {
            plans.push(plan);
            planned.push(use);
        }
    }
    collect(context.errors, () => (0,key_pair_names/* checkTemporaryKeyPairNames */.Z)(planned.map(use => ({
        node: use.builder,
        path: use.builderPath,
        type: use.type,
        name: use.name
    })), plans));
    return plans;
}
function planOne(use, names, context) {
    const contextFor = (section, dataHint) => ({
        scope: { ...context.scope, section, buildName: use.name, buildType: use.type, user: noUserVariables },
        dataHint,
        readsFile: context.readsFile,
        secret: context.secret,
        randomInt: context.randomInt
    });
    const builder = collect(context.errors, () => (0,read_builder/* readBuilder */.k)(use.type, new options_reader/* OptionsReader */.s(use.builder, use.builderPath, contextFor('builder', build_data/* BUILDER_DATA_HINT */.vo))));
    const provisionerContext = contextFor('provisioner', build_data/* PROVISIONER_DATA_HINT */.Mx);
    const provision = (plugin) => collect(context.errors, () => (0,schema_provisioners/* instantiateProvisioner */.J)((0,schema_provisioners/* defineProvisioner */.M)(plugin.node, plugin.path, names), use.name, provisionerContext));
    const provisioners = use.provisioners.map(provision);
    const errorCleanupProvisioner = use.errorCleanupProvisioner === undefined ? undefined : provision(use.errorCleanupProvisioner);
    const postProcessorContext = contextFor('post-processor', build_data/* POST_PROCESSOR_DATA_HINT */.z6);
    const chains = use.postProcessors.map(chain => chain.map(plugin => collect(context.errors, () => (0,post_processors/* instantiatePostProcessor */.Bt)((0,post_processors/* definePostProcessor */.CE)(plugin.node, plugin.path, names), postProcessorContext))));
    if (builder === undefined ||
        provisioners.includes(undefined) ||
        chains.some(chain => chain.includes(undefined)))
        return undefined;
    if (use.errorCleanupProvisioner !== undefined && errorCleanupProvisioner === undefined)
        return undefined;
    return {
        name: use.name,
        ...builder,
        provisioners: provisioners,
        ...(errorCleanupProvisioner === undefined ? {} : { errorCleanupProvisioner }),
        postProcessors: chains
    };
}
/** Runs a reader; its InputError joins the list instead of ending the load. */
function collect(errors, read) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof src_errors/* InputError */.dz))
            throw error;
        errors.push(error);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/template/hcl2/packer/select.ts
// The `only` / `except` inputs for HCL2 templates, as `packer build -only` matches them: glob patterns
// against each build's full name (`amazon-ebs.ubuntu`, or `build-name.amazon-ebs.ubuntu`), applied before
// source types are checked, so a template that mixes builders builds its amazon-ebs part with `only`.

const BUILT_TYPES = ['amazon-ebs', 'docker'];
function selectUses(uses, only, except, diagnostics) {
    const onlyGlobs = only.map(globRegExp);
    const exceptGlobs = except.map(globRegExp);
    const selected = uses.filter(use => (onlyGlobs.length === 0 || onlyGlobs.some(glob => glob.test(use.fullName))) &&
        !exceptGlobs.some(glob => glob.test(use.fullName)));
    const at = uses[0]?.range;
    if (at !== undefined && (only.length > 0 || except.length > 0) && selected.length === 0) {
        diagnostics.push(errorAt(at, 'No build selected', `only/except leave no build to run; the builds are ${uses.map(use => use.fullName).join(', ')} (patterns such as "amazon-ebs.*" match them)`));
    }
    for (const use of selected) {
        if (!BUILT_TYPES.includes(use.type))
            diagnostics.push(errorAt(use.range, 'Unsupported source type', `source type ${use.type} is not supported yet (only amazon-ebs and docker); build the rest of the template with only = amazon-ebs.*`));
    }
    const names = new Map();
    for (const use of selected) {
        const earlier = names.get(use.name);
        if (earlier !== undefined)
            diagnostics.push(errorAt(use.range, 'Duplicate build name', `${earlier} and ${use.fullName} are both called ${use.name}; give one a name in its build-level source block`));
        names.set(use.name, use.fullName);
    }
    // Only what can be built goes on to be read.
    return selected.filter(use => BUILT_TYPES.includes(use.type)).map(use => withoutExcepted(use, exceptGlobs));
}
/**
 * `except` also names post-processors (by `name`, else type), as Packer's -except does: the one it names
 * and the rest of its chain are dropped.
 */
function withoutExcepted(use, globs) {
    if (globs.length === 0)
        return use;
    const nameOf = (plugin) => {
        const entry = plugin.node.entries.find(candidate => candidate.key === 'name');
        return entry?.value.kind === 'string' && entry.value.value !== '' ? entry.value.value : plugin.type;
    };
    const postProcessors = use.postProcessors
        .map(chain => {
        const cut = chain.findIndex(plugin => globs.some(glob => glob.test(nameOf(plugin))));
        return cut < 0 ? chain : chain.slice(0, cut);
    })
        .filter(chain => chain.length > 0);
    return { ...use, postProcessors };
}
/** A gobwas-style glob: `*` any run of characters, `?` one, `[...]` a class, `{a,b}` alternatives. */
function globRegExp(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '*')
            out += '.*';
        else if (char === '?')
            out += '.';
        else if (char === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0)
                out += '\\[';
            else {
                out += `[${pattern
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (char === '{') {
            const end = pattern.indexOf('}', i + 1);
            if (end < 0)
                out += '\\{';
            else {
                out += `(?:${pattern
                    .slice(i + 1, end)
                    .split(',')
                    .map(select_escape)
                    .join('|')})`;
                i = end;
            }
        }
        else
            out += select_escape(char);
    }
    return new RegExp(`^${out}$`);
}
const select_escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

;// CONCATENATED MODULE: ./src/template/hcl2/packer/variables.ts
// Input variables, as Packer's HCL2 front end declares and sets them (hcl2template/types.variables.go):
// - declared by `variable "name" { type, default, description, sensitive, validation {...} }` blocks, or as
//   attributes of a `variables { }` block; a default may call env() and nothing else;
// - without a type, a default gives the variable its type;
// - set, later winning, by PKR_VAR_name in the environment, then the folder's *.auto.pkrvars.* files, then
//   the var-files in order, then `name=value` pairs; values of string, number and untyped variables are
//   taken as written, others are parsed as HCL expressions;
// - a variable without a default that nothing sets is an error; so is a -var for an undeclared variable,
//   while a var-file or PKR_VAR_ for one is ignored, as in Packer;
// - every final value is converted to the type and checked by the variable's validation blocks.










const VARIABLE_SCHEMA = {
    attributes: ['description', 'default', 'type', 'sensitive'],
    blocks: [{ type: 'validation', labels: [] }]
};
const VALIDATION_SCHEMA = {
    attributes: ['condition', 'error_message'],
    required: ['condition', 'error_message']
};
function resolveVariables(files, sources, environment) {
    const variables = declareVariables(files, environment);
    assignFromEnvironment(variables, environment);
    const read = [];
    for (const file of sources.varFiles) {
        if (assignFromFile(variables, file, environment))
            read.push(file.absolute);
    }
    assignFromArguments(variables, sources, environment);
    const values = new Map();
    for (const variable of variables.values()) {
        if (variable.invalid) {
            environment.poisoned.add(`var.${variable.name}`);
            continue;
        }
        const last = variable.values.at(-1);
        if (last === undefined) {
            environment.diagnostics.push(errorAt(variable.range, `Unset variable "${variable.name}"`, 'A used variable must be set or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for details.'));
            continue;
        }
        validate(variable, last, environment);
        values.set(variable.name, last.value);
    }
    return {
        values,
        sensitiveNames: [...variables.values()]
            .filter(variable => variable.sensitive)
            .map(variable => variable.name),
        files: read
    };
}
function declareVariables(files, environment) {
    const variables = new Map();
    const declare = (name, range, make) => {
        if (variables.has(name)) {
            environment.diagnostics.push(errorAt(range, 'Duplicate variable', `Duplicate ${name} variable definition found.`));
            return;
        }
        const variable = make();
        if (variable !== undefined)
            variables.set(name, variable);
    };
    for (const file of files) {
        for (const block of file.blocks) {
            if (block.type === 'variable')
                declare(block.labels[0], block.range, () => variableBlock(block, environment));
            if (block.type === 'variables') {
                const { attributes } = bodyContent(block.body, { anyAttributes: true }, environment.diagnostics);
                for (const attribute of attributes.values())
                    declare(attribute.name, attribute.nameRange, () => legacyVariable(attribute, environment));
            }
        }
    }
    return variables;
}
function variableBlock(block, environment) {
    const { diagnostics } = environment;
    const name = block.labels[0];
    checkNameLabel(block, 'variable', diagnostics);
    const content = bodyContent(block.body, VARIABLE_SCHEMA, diagnostics);
    let type;
    const typeAttribute = content.attributes.get('type');
    if (typeAttribute !== undefined) {
        const constraint = typeConstraint(typeAttribute.expr);
        diagnostics.push(...constraint.diagnostics);
        type = constraint.type;
    }
    const sensitive = staticBool(content.attributes.get('sensitive'), environment) ?? false;
    const values = [];
    let invalid = false;
    const fallback = content.attributes.get('default');
    if (fallback !== undefined) {
        const evaluated = evaluate(fallback.expr, {
            variables: {},
            functions: environment.defaultFunctions,
            functionContext: environment.functionContext
        });
        diagnostics.push(...evaluated.diagnostics);
        if (sensitive)
            reportSecrets(evaluated.value, environment.secret);
        if (evaluated.diagnostics.length === 0) {
            const value = convertValue(evaluated.value, type, fallback.expr.range, diagnostics, {
                summary: 'Invalid default value for variable',
                detail: error => `This default value is not compatible with the variable's type constraint: ${error}.`
            });
            if (value !== undefined) {
                values.push({ from: 'default', value, range: fallback.expr.range });
                type ??= inferredType(value);
            }
            else
                invalid = true;
        }
        else
            invalid = true;
    }
    const validations = content.blocks.flatMap(validation => validationBlock(name, validation, environment));
    const textIsExpression = isStructured(type, values[0]?.value ?? null);
    return { name, range: block.range, type, textIsExpression, sensitive, validations, values, invalid };
}
function legacyVariable(attribute, environment) {
    const evaluated = evaluate(attribute.expr, {
        variables: {},
        functions: environment.defaultFunctions,
        functionContext: environment.functionContext
    });
    environment.diagnostics.push(...evaluated.diagnostics);
    if (evaluated.diagnostics.length > 0)
        return undefined;
    return {
        name: attribute.name,
        range: attribute.range,
        type: inferredType(evaluated.value),
        textIsExpression: isStructured(undefined, evaluated.value),
        sensitive: false,
        validations: [],
        values: [{ from: 'default', value: evaluated.value, range: attribute.expr.range }]
    };
}
/** A default's own type becomes the variable's, as in Packer, except for null and empty collections. */
function inferredType(value) {
    if (value === null)
        return undefined;
    if (typeof value === 'string')
        return { kind: 'string' };
    if (typeof value === 'number')
        return { kind: 'number' };
    if (typeof value === 'boolean')
        return { kind: 'bool' };
    // A default list or object fixes only that the value is a list or an object: element types vary.
    return undefined;
}
function isStructured(type, fallback) {
    if (type !== undefined)
        return !['string', 'number', 'any'].includes(type.kind);
    return fallback !== null && typeof fallback === 'object';
}
function validationBlock(name, block, environment) {
    const { diagnostics } = environment;
    const content = bodyContent(block.body, VALIDATION_SCHEMA, diagnostics);
    const condition = content.attributes.get('condition');
    const message = content.attributes.get('error_message');
    if (condition === undefined || message === undefined)
        return [];
    let ownReferences = 0;
    for (const reference of references(condition.expr)) {
        if (reference.root === 'var' && reference.steps[0] === name) {
            ownReferences++;
            continue;
        }
        diagnostics.push(errorAt(reference.range, 'Invalid reference in variable validation', `The condition for variable "${name}" can only refer to the variable itself, using var.${name}.`));
    }
    if (ownReferences === 0) {
        diagnostics.push(errorAt(condition.expr.range, 'Invalid variable validation condition', `The condition for variable "${name}" must refer to var.${name} in order to test incoming values.`));
    }
    const text = evaluate(message.expr, {
        variables: {},
        functions: {},
        functionContext: environment.functionContext
    });
    diagnostics.push(...text.diagnostics);
    if (typeof text.value !== 'string')
        return [];
    if (!looksLikeSentences(text.value)) {
        diagnostics.push(errorAt(message.expr.range, 'Invalid validation error message', text.value === ''
            ? 'An empty string is not a valid nor useful error message.'
            : 'Validation error message must be at least one full sentence starting with an uppercase letter ( if the alphabet permits it ) and ending with a period or question mark.'));
    }
    return [{ condition: condition.expr, errorMessage: text.value, range: block.range }];
}
function looksLikeSentences(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return false;
    const first = [...trimmed][0];
    const last = trimmed.at(-1);
    if (first.toLowerCase() !== first.toUpperCase() && first !== first.toUpperCase())
        return false;
    return last === '.' || last === '?' || last === '!';
}
function validate(variable, assignment, environment) {
    for (const validation of variable.validations) {
        const result = evaluate(validation.condition, {
            variables: { var: (0,hcl2_value/* objectOf */.Xy)([[variable.name, assignment.value]]) },
            functions: environment.functions,
            functionContext: environment.functionContext
        });
        environment.diagnostics.push(...result.diagnostics);
        if (result.diagnostics.length > 0)
            continue;
        if (typeof result.value !== 'boolean') {
            environment.diagnostics.push(errorAt(validation.condition.range, 'Invalid variable validation result', result.value === null
                ? 'Validation condition expression must return either true or false, not null.'
                : 'Invalid validation condition result value: a bool is required.'));
            continue;
        }
        if (!result.value) {
            const where = `${validation.range.file}:${validation.range.start.line},${validation.range.start.column}`;
            environment.diagnostics.push(errorAt(assignment.range, `Invalid value for ${assignment.from} variable`, `${validation.errorMessage}\n\nThis was checked by the validation rule at ${where}.`));
        }
    }
}
function assignFromEnvironment(variables, environment) {
    for (const [key, raw] of Object.entries(environment.env)) {
        if (!key.startsWith('PKR_VAR_') || raw === undefined)
            continue;
        const variable = variables.get(key.slice('PKR_VAR_'.length));
        if (variable === undefined)
            continue;
        assignText(variable, raw, `<value for var.${variable.name} from env>`, 1, 'env', environment);
    }
}
/** Reads one var-file; false when it could not be read at all. */
function assignFromFile(variables, file, environment) {
    const { diagnostics } = environment;
    const at = {
        file: file.shown,
        start: { line: 1, column: 1, byte: 0 },
        end: { line: 1, column: 1, byte: 0 }
    };
    const extension = external_node_path_default().extname(file.absolute);
    if (extension !== '.hcl' && extension !== '.json') {
        diagnostics.push(errorAt(at, `Could not guess format of ${file.shown}`, 'A var file must be suffixed with `.hcl` or `.json`.'));
        return false;
    }
    let text;
    try {
        text = external_node_fs_default().readFileSync(file.absolute, 'utf8');
    }
    catch (error) {
        const code = error.code;
        diagnostics.push(errorAt(at, 'Failed to read var file', code === 'ENOENT' ? `file not found (looked for ${file.absolute})` : String(error)));
        return false;
    }
    let attributes;
    if (extension === '.hcl') {
        const parsed = parseConfig(text, file.shown);
        diagnostics.push(...parsed.diagnostics);
        for (const block of parsed.body.blocks) {
            const name = block.labels[0] ?? block.type;
            diagnostics.push(errorAt(block.typeRange, block.type === 'variable'
                ? 'Variable declaration in a .pkrvar file'
                : 'Unexpected block in a var file', `A .pkrvar file is used to assign values to variables that have already been declared in .pkr files, not to declare new variables. To declare variable "${name}", place this block in one of your .pkr files, such as variables.pkr.hcl\n\nTo set a value for this variable in ${file.shown}, use the definition syntax instead:\n    ${name} = <value>`));
        }
        attributes = parsed.body.attributes;
    }
    else {
        const parsed = parseJsonExpression(text, file.shown);
        diagnostics.push(...parsed.diagnostics);
        if (parsed.diagnostics.length > 0)
            return true;
        attributes = jsonAttributes(parsed.expr, diagnostics);
    }
    for (const attribute of attributes) {
        const variable = variables.get(attribute.name);
        if (variable === undefined)
            continue;
        const evaluated = evaluate(attribute.expr, {
            variables: {},
            functions: {},
            functionContext: environment.functionContext
        });
        if (variable.sensitive)
            reportSecrets(evaluated.value, environment.secret);
        diagnostics.push(...evaluated.diagnostics);
        if (evaluated.diagnostics.length > 0)
            continue;
        variables_assign(variable, evaluated.value, attribute.expr.range, 'varfile', environment);
    }
    return true;
}
function assignFromArguments(variables, sources, environment) {
    sources.vars.forEach((entry, index) => {
        if (entry.trim() === '')
            return;
        const line = index + 1;
        const at = {
            file: sources.varsLabel,
            start: { line, column: 1, byte: 0 },
            end: { line, column: 1, byte: 0 }
        };
        const equals = entry.indexOf('=');
        if (equals <= 0) {
            environment.diagnostics.push(errorAt(at, 'Invalid -var option', `expected name=value, found ${JSON.stringify(entry)}`));
            return;
        }
        const name = entry.slice(0, equals).trim();
        const variable = variables.get(name);
        if (variable === undefined) {
            environment.diagnostics.push(errorAt(at, 'Undefined -var variable', `A "${name}" variable was passed in the command line but was not found in known variables. To declare variable "${name}", place this block in one of your .pkr files, such as variables.pkr.hcl`));
            return;
        }
        assignText(variable, entry.slice(equals + 1), sources.varsLabel, line, 'cmd', environment);
    });
}
/** A value given as text (-var, PKR_VAR_): literal for string, number and untyped variables, else HCL. */
function assignText(variable, text, file, line, from, environment) {
    if (variable.sensitive)
        environment.secret(text);
    const at = { file, start: { line, column: 1, byte: 0 }, end: { line, column: 1, byte: 0 } };
    if (!variable.textIsExpression) {
        variables_assign(variable, text, at, from, environment);
        return;
    }
    const parsed = parseExpression(text, file);
    environment.diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.length > 0)
        return;
    const evaluated = evaluate(parsed.expr, {
        variables: {},
        functions: {},
        functionContext: environment.functionContext
    });
    environment.diagnostics.push(...evaluated.diagnostics);
    if (evaluated.diagnostics.length === 0)
        variables_assign(variable, evaluated.value, at, from, environment);
}
function variables_assign(variable, raw, range, from, environment) {
    const value = convertValue(raw, variable.type, range, environment.diagnostics, {
        summary: from === 'cmd' ? 'Invalid argument value for -var variable' : 'Invalid value for variable',
        detail: error => `The value for ${variable.name} is not compatible with the variable's type constraint: ${error}.`
    });
    if (value === undefined) {
        variable.invalid = true;
        return;
    }
    if (variable.sensitive)
        reportSecrets(value, environment.secret);
    variable.values.push({ from, value, range });
}
function convertValue(value, type, range, diagnostics, message) {
    if (type === undefined)
        return value;
    try {
        return (0,hcl2_value/* convert */.C6)(value, type);
    }
    catch (error) {
        if (!(error instanceof hcl2_value/* ConversionError */.zx))
            throw error;
        diagnostics.push(errorAt(range, message.summary, message.detail(error.message)));
        return undefined;
    }
}
/** A bool written as a literal (sensitive = true); anything else is an error at it. */
function staticBool(attribute, environment) {
    if (attribute === undefined)
        return undefined;
    const name = keyword(attribute.expr);
    if (name === 'true' || name === 'false')
        return name === 'true';
    const evaluated = evaluate(attribute.expr, {
        variables: {},
        functions: {},
        functionContext: environment.functionContext
    });
    if (typeof evaluated.value === 'boolean' && evaluated.diagnostics.length === 0)
        return evaluated.value;
    environment.diagnostics.push(errorAt(attribute.expr.range, 'Unsuitable value type', `Unsuitable value: a bool is required for ${attribute.name}.`));
    return undefined;
}

;// CONCATENATED MODULE: ./src/template/hcl2/packer/load-hcl.ts
// Loads an HCL2 template (a `.pkr.hcl` / `.pkr.json` file or a folder of them) into the same frozen
// LoadedTemplate the JSON front end makes. Everything is checked first with the data sources' outputs (and
// aws_secretsmanager() results) unknown, and every problem of every file is reported together, before any
// AWS call; only a valid template has them resolved, and is then evaluated again with the real values.



















async function loadHclTemplate(options) {
    const found = findTemplateFiles(options.templatePath);
    if (typeof found === 'string')
        throw new src_errors/* InputError */.dz({
            at: { file: options.shownPath, line: 1, column: 1 },
            field: '',
            detail: `cannot read the template: ${found}`
        });
    const shown = (absolute) => external_node_path_default().relative(options.cwd, absolute) || absolute;
    const dataSources = memoized(options.dataSources);
    const run = { options, dataSources, found, shown };
    const validated = await load_hcl_evaluateTemplate({ ...run, mode: 'mock', secretValues: new Map() });
    let final = validated;
    const secrets = new Map();
    if (validated.usesAws) {
        // Valid: now resolve the data sources and secrets, and evaluate again with what they hold.
        for (const [key, request] of validated.secretRequests)
            secrets.set(key, await options.fetchSecret(request));
        final = await load_hcl_evaluateTemplate({ ...run, mode: 'resolve', secretValues: secrets });
    }
    // Once more for a fixed instant and ids (data sources answer from memory): what identifies the images.
    const stable = await load_hcl_evaluateTemplate({
        ...run,
        options: {
            ...options,
            now: plan_identity/* STABLE_RUN */.U.clock(),
            uuid: plan_identity/* STABLE_RUN */.U.uuid,
            random: plan_identity/* STABLE_RUN */.U.random,
            secrets: new src_secrets/* SecretRegistry */.ks()
        },
        mode: validated.usesAws ? 'resolve' : 'mock',
        secretValues: secrets
    });
    return (0,freeze/* deepFreeze */.o)({
        ...final.template,
        planIdentities: (0,plan_identity/* planIdentities */._)(stable.template.builds, options.cwd, options.secrets.mask)
    });
}
/** Data sources answered once per address and configuration: later evaluations ask again for the same. */
function memoized(hooks) {
    const answers = new Map();
    return {
        ...hooks,
        resolve: (type, config, address, secret) => {
            const key = JSON.stringify([address, config]);
            let answer = answers.get(key);
            if (answer === undefined)
                answers.set(key, (answer = hooks.resolve(type, config, address, secret)));
            return answer;
        }
    };
}
/** While validating, aws_secretsmanager() has no value yet: what reads it is checked once it has one. */
const SECRET_NOT_YET_READ = 'the secret is read once the whole template is valid';
async function load_hcl_evaluateTemplate(evaluation) {
    const { options, dataSources, found, shown, mode, secretValues } = evaluation;
    const diagnostics = [];
    const errors = [];
    const filesRead = new Set();
    const secretRequests = new Map();
    const secret = (value) => options.secrets.add(value);
    const functionContext = {
        now: options.now,
        uuid: options.uuid,
        // Packer resolves file(), fileset() and templatefile() paths from the template's folder (path.root).
        cwd: found.root,
        env: options.env,
        readsFile: file => filesRead.add(file),
        renderTemplate: (text, file, vars) => renderTemplate({ text, file }, vars, environment),
        awsSecret: request => {
            const id = JSON.stringify([request.name, request.key ?? null, request.raw ?? false]);
            secretRequests.set(id, request);
            if (mode === 'mock')
                throw new HclFunctionError(SECRET_NOT_YET_READ);
            const value = secretValues.get(id);
            if (value === undefined)
                throw new HclFunctionError(`the secret ${request.name} was not fetched before evaluation (its name must not depend on a data source)`);
            secret(value);
            return value;
        }
    };
    const functions = packerFunctions();
    const environment = {
        functions,
        defaultFunctions: { env: ENV_FUNCTION },
        functionContext,
        env: options.env,
        secret,
        diagnostics,
        poisoned: new Set()
    };
    const files = found.configFiles
        .map(file => readConfigFile(file, shown(file), diagnostics))
        .filter((file) => file !== undefined);
    // As in Packer, syntax errors end the load: what follows would only trip over the same mistakes.
    if (hasErrors(diagnostics))
        throw (0,src_errors/* inputErrors */.e6)(uniqueDiagnostics(diagnostics).filter(isError).map(toInputError));
    checkPackerBlocks(files, options.packerVersion, environment);
    const variables = resolveVariables(files, {
        varFiles: [
            ...found.autoVarFiles.map(absolute => ({ absolute, shown: shown(absolute) })),
            ...options.varFiles.map(file => ({ absolute: external_node_path_default().resolve(options.cwd, file), shown: file }))
        ],
        vars: options.vars,
        varsLabel: options.varsLabel
    }, environment);
    const values = {
        variables: (0,hcl2_value/* objectOf */.Xy)(variables.values),
        locals: new Map(),
        data: new Map(),
        // As Packer: path.root is the template's folder as the user named it (relative stays relative).
        path: { root: shownRoot(options.shownPath, found), cwd: options.cwd },
        packerVersion: options.packerVersion
    };
    const decodeContext = {
        scope: { ...scopeOf(options, found.root), section: 'builder', user: noUserVariables },
        dataHint: 'build data is not available in data sources',
        readsFile: (file) => filesRead.add(file),
        secret,
        randomInt: (max) => Math.floor(options.random() * max)
    };
    let dataSourceCount = 0;
    const evaluateData = dataSourceEvaluator(dataSources, mode, environment, decodeContext, errors);
    await evaluateLocalsAndData(files, values, environment, async (block, current) => {
        dataSourceCount++;
        return evaluateData(block, current);
    });
    const decoded = decodeBuilds(files, values, environment);
    const selected = selectUses(decoded.uses, options.only, options.except, diagnostics);
    const builds = planBuilds(selected, {
        scope: scopeOf(options, found.root),
        readsFile: file => filesRead.add(file),
        secret,
        randomInt: max => Math.floor(options.random() * max),
        errors
    });
    // An option whose expression failed was reported there; the readers would only call it missing (or,
    // about the object holding it, say that "one of inline, script or scripts is required").
    const consequences = (error) => [...environment.poisoned].some(field => error.field === field ||
        error.field.startsWith(`${field}.`) ||
        error.field.startsWith(`${field}[`) ||
        field.startsWith(`${error.field}.`));
    const problems = [
        ...uniqueDiagnostics(diagnostics)
            .filter(diagnostic => isError(diagnostic) && !diagnostic.detail?.includes(SECRET_NOT_YET_READ))
            .map(toInputError),
        ...errors.filter(error => !consequences(error))
    ];
    if (problems.length > 0)
        throw (0,src_errors/* inputErrors */.e6)(problems);
    const templateFiles = [...found.configFiles, ...found.autoVarFiles, ...variables.files];
    const template = {
        templatePath: options.templatePath,
        ...(decoded.description === undefined ? {} : { description: decoded.description }),
        builds,
        variables: Object.fromEntries([...variables.values].map(([name, value]) => [name, variableText(value)])),
        sensitiveVariables: [...variables.sensitiveNames],
        sensitiveValues: options.secrets.values,
        files: [...new Set([...templateFiles, ...filesRead])].sort(),
        templateFiles: [...new Set(templateFiles)].sort()
    };
    return { template, usesAws: dataSourceCount > 0 || secretRequests.size > 0, secretRequests };
}
function shownRoot(shownPath, found) {
    return found.folder ? shownPath : external_node_path_default().dirname(shownPath);
}
function scopeOf(options, root) {
    return {
        now: options.now,
        uuid: options.uuid,
        env: options.env,
        cwd: options.cwd,
        templatePath: external_node_path_default().join(root, external_node_path_default().basename(options.templatePath)),
        packerVersion: options.packerVersion
    };
}
/** A variable's value as the fingerprint and the summary read it: strings as they are, the rest as JSON. */
function variableText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
const isError = (diagnostic) => diagnostic.severity === 'error';
function toInputError(diagnostic) {
    return new src_errors/* InputError */.dz({
        at: {
            file: diagnostic.range.file,
            line: diagnostic.range.start.line,
            column: diagnostic.range.start.column
        },
        field: '',
        detail: diagnostic.detail ? `${diagnostic.summary}: ${diagnostic.detail}` : diagnostic.summary
    });
}
/** One problem per place: a reference that is missing is reported by the loader and again by the evaluator. */
function uniqueDiagnostics(diagnostics) {
    const seen = new Set();
    return diagnostics.filter(diagnostic => {
        const key = `${diagnostic.range.file}:${diagnostic.range.start.line}:${diagnostic.range.start.column}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 2595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QF: () => (/* binding */ unify),
/* harmony export */   _e: () => (/* binding */ describeMismatch),
/* harmony export */   _t: () => (/* binding */ unifyValues),
/* harmony export */   f3: () => (/* binding */ unify),
/* harmony export */   x6: () => (/* binding */ typeOfValue)
/* harmony export */ });
/* unused harmony exports typesEqual, friendlyTypeName, impliedType */
// The common type of several values, as cty's convert.Unify finds it: for a conditional's two results
// (`c ? 1 : "x"` is a string either way, `c ? [1] : [1, 2]` a list) and for the elements of a list(any)
// or map(any) (["a", 1] is a list of strings). Types are read off the values themselves: an array is a
// tuple, an object an object, null fits anything. No imports of value.ts here: it uses this module.
const ANY = { kind: 'any' };
/** The type a value has as written: tuples and objects all the way down; null fits any type. */
function typeOfValue(value) {
    if (value === null)
        return ANY;
    if (typeof value === 'string')
        return { kind: 'string' };
    if (typeof value === 'number')
        return { kind: 'number' };
    if (typeof value === 'boolean')
        return { kind: 'bool' };
    if (Array.isArray(value))
        return { kind: 'tuple', elements: value.map(typeOfValue) };
    const object = value;
    const attributes = {};
    for (const key of Object.keys(object).sort())
        attributes[key] = typeOfValue(object[key]);
    return { kind: 'object', attributes };
}
function typesEqual(a, b) {
    if (a.kind !== b.kind)
        return false;
    switch (a.kind) {
        case 'list':
        case 'set':
        case 'map':
            return typesEqual(a.element, b.element);
        case 'tuple': {
            const other = b;
            return (a.elements.length === other.elements.length &&
                a.elements.every((type, i) => typesEqual(type, other.elements[i])));
        }
        case 'object': {
            const other = b;
            const keys = Object.keys(a.attributes).sort();
            const otherKeys = Object.keys(other.attributes).sort();
            return (keys.length === otherKeys.length &&
                keys.every((key, i) => key === otherKeys[i] && typesEqual(a.attributes[key], other.attributes[key])));
        }
        default:
            return true;
    }
}
const isPrimitive = (type) => type.kind === 'string' || type.kind === 'number' || type.kind === 'bool';
/** Whether a value of `from` converts to `to` (cty's unsafe conversions: strings to numbers and bools too). */
function converts(from, to) {
    if (from.kind === 'any' || to.kind === 'any' || typesEqual(from, to))
        return true;
    if (isPrimitive(from) && isPrimitive(to))
        return to.kind === 'string' || from.kind === 'string';
    return false;
}
/** The unified type of `types`, or undefined when they have none (a number and a bool, a tuple and an object). */
function unify(types) {
    if (types.length === 0)
        return undefined;
    if (types.every(type => typesEqual(type, types[0])))
        return types[0];
    const concrete = types.filter(type => type.kind !== 'any');
    const kinds = new Set(concrete.map(type => type.kind));
    const structural = [...kinds].filter(kind => kind !== 'string' && kind !== 'number' && kind !== 'bool');
    if (structural.length > 0) {
        // A structure and an unknown type unify only as "any" (cty's unifyAllAsDynamic).
        if (concrete.length !== types.length)
            return kinds.size === 1 ? ANY : undefined;
        if (kinds.size !== structural.length)
            return undefined;
        if (structural.every(kind => kind === 'tuple' || kind === 'list'))
            return unifySequences(concrete);
        if (structural.every(kind => kind === 'object' || kind === 'map'))
            return unifyMappings(concrete);
        if (structural.every(kind => kind === 'set'))
            return unifyElements(concrete.map(type => type.element), 'set');
        return undefined;
    }
    // Only a type among the given ones can be the result, strings preferred: a number and a bool have none.
    for (const candidate of [{ kind: 'string' }, { kind: 'number' }, { kind: 'bool' }, ANY])
        if (types.some(type => type.kind === candidate.kind) && types.every(type => converts(type, candidate)))
            return candidate;
    return undefined;
}
function unifyElements(elements, kind) {
    const element = elements.length === 0 ? ANY : unify(elements);
    return element === undefined ? undefined : { kind, element };
}
function unifySequences(types) {
    const tuples = types.filter(type => type.kind === 'tuple');
    if (tuples.length === types.length &&
        tuples.every(type => type.elements.length === tuples[0].elements.length)) {
        const elements = [];
        for (let i = 0; i < tuples[0].elements.length; i++) {
            const element = unify(tuples.map(type => type.elements[i]));
            if (element === undefined)
                return undefined;
            elements.push(element);
        }
        return { kind: 'tuple', elements };
    }
    return unifyElements(types.flatMap(type => (type.kind === 'tuple' ? type.elements : [type.element])), 'list');
}
function unifyMappings(types) {
    const objects = types.filter(type => type.kind === 'object');
    const keys = objects.length > 0 ? Object.keys(objects[0].attributes).sort().join('\u0000') : '';
    if (objects.length === types.length &&
        objects.every(type => Object.keys(type.attributes).sort().join('\u0000') === keys)) {
        const attributes = {};
        for (const key of Object.keys(objects[0].attributes)) {
            const attribute = unify(objects.map(type => type.attributes[key]));
            if (attribute === undefined)
                return undefined;
            attributes[key] = attribute;
        }
        return { kind: 'object', attributes };
    }
    return unifyElements(types.flatMap(type => type.kind === 'object' ? Object.values(type.attributes) : [type.element]), 'map');
}
/** How cty names a type in messages: string, tuple, object, list of string, map of number. */
function friendlyTypeName(type) {
    switch (type.kind) {
        case 'any':
            return 'dynamic';
        case 'list':
        case 'set':
        case 'map':
            return `${type.kind} of ${friendlyTypeName(type.element)}`;
        default:
            return type.kind;
    }
}
/** Why two result types do not unify, in HCL's words (describeConditionalTypeMismatch). */
function describeMismatch(trueType, falseType) {
    if (trueType.kind === 'object' && falseType.kind === 'object') {
        for (const name of Object.keys(trueType.attributes).sort()) {
            if (!(name in falseType.attributes))
                return `The 'true' value includes object attribute "${name}", which is absent in the 'false' value`;
            if (!typesEqual(trueType.attributes[name], falseType.attributes[name]))
                return `Type mismatch for object attribute "${name}": ${describeMismatch(trueType.attributes[name], falseType.attributes[name])}`;
        }
        for (const name of Object.keys(falseType.attributes).sort())
            if (!(name in trueType.attributes))
                return `The 'false' value includes object attribute "${name}", which is absent in the 'true' value`;
    }
    if (trueType.kind === 'tuple' && falseType.kind === 'tuple') {
        if (trueType.elements.length !== falseType.elements.length)
            return `The 'true' tuple has length ${trueType.elements.length}, but the 'false' tuple has length ${falseType.elements.length}`;
        for (let i = 0; i < trueType.elements.length; i++)
            if (!typesEqual(trueType.elements[i], falseType.elements[i]))
                return `Type mismatch for tuple element ${i}: ${describeMismatch(trueType.elements[i], falseType.elements[i])}`;
    }
    const trueName = friendlyTypeName(trueType);
    const falseName = friendlyTypeName(falseType);
    if (trueName === falseName)
        return "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value";
    return `The 'true' value is ${trueName}, but the 'false' value is ${falseName}`;
}
/** unify over the values' own types (the function library's name for it). */
const unifyValues = (values) => unify(values.map(typeOfValue));
/** The function library's names for typeOfValue and unify. */



/***/ }),

/***/ 2117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ STRING),
/* harmony export */   C6: () => (/* binding */ convert),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   HX: () => (/* binding */ BOOL),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Lv: () => (/* binding */ isList),
/* harmony export */   Mc: () => (/* binding */ entriesOf),
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   Xy: () => (/* binding */ objectOf),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   lu: () => (/* binding */ valuesEqual),
/* harmony export */   s4: () => (/* binding */ setOf),
/* harmony export */   uk: () => (/* binding */ NUMBER),
/* harmony export */   um: () => (/* binding */ numberToString),
/* harmony export */   x4: () => (/* binding */ ANY),
/* harmony export */   zx: () => (/* binding */ ConversionError)
/* harmony export */ });
/* unused harmony export typeString */
/* harmony import */ var _unify_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2595);
// HCL2 values as plain JavaScript, the shape cty gives them where Packer templates can tell:
// null, booleans, numbers, strings, lists (tuples, lists and sets alike: arrays) and objects (maps
// and objects alike: plain objects). Sets are arrays without duplicates in cty's order; objects are
// read in cty's order, lexical by key (see entriesOf), whatever order JavaScript keeps them in.
// Type constraints (`type = list(string)`) and conversion follow cty's convert package.

const STRING = { kind: 'string' };
const NUMBER = { kind: 'number' };
const BOOL = { kind: 'bool' };
const ANY = { kind: 'any' };
const isList = (value) => Array.isArray(value);
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/** Go's string order: by UTF-8 bytes, which is code point order (JavaScript's < compares UTF-16 units). */
function compareStrings(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const left = a.codePointAt(i);
        const right = b.codePointAt(j);
        if (left !== right)
            return left - right;
        i += left > 0xffff ? 2 : 1;
        j += right > 0xffff ? 2 : 1;
    }
    return a.length - i - (b.length - j);
}
/** cty's order of keys: lexical by UTF-8 bytes. */
const sortedKeys = (object) => Object.keys(object).sort(compareStrings);
/** An object's entries in cty's order: what `for`, keys(), values() and jsonencode see. */
const entriesOf = (object) => sortedKeys(object).map(key => [key, object[key]]);
/** A fresh object from entries; `null` prototype so a key like `__proto__` is just a key. */
function objectOf(entries) {
    const object = Object.create(null);
    for (const [key, value] of entries)
        object[key] = value;
    return object;
}
/** How HCL names a value's type in messages: string, number, bool, tuple, object, null. */
function typeName(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return 'string';
    if (typeof value === 'number')
        return 'number';
    if (typeof value === 'boolean')
        return 'bool';
    return Array.isArray(value) ? 'tuple' : 'object';
}
/** How a type constraint reads in messages: list(string), object({name=string}). */
function typeString(type) {
    switch (type.kind) {
        case 'list':
        case 'set':
        case 'map':
            return `${type.kind}(${typeString(type.element)})`;
        case 'tuple':
            return `tuple([${type.elements.map(typeString).join(', ')}])`;
        case 'object':
            return `object({${Object.keys(type.attributes)
                .map(key => `${key}=${typeString(type.attributes[key])}`)
                .join(', ')}})`;
        default:
            return type.kind;
    }
}
/** A value that does not fit a type; `path` names where inside it (`[2].name`), empty at the top. */
class ConversionError extends Error {
    detail;
    path;
    constructor(detail, path = '') {
        super(path === '' ? detail : `${path}: ${detail}`);
        this.detail = detail;
        this.path = path;
        this.name = 'ConversionError';
    }
}
/** How cty writes a number as a string: no exponent, no trailing zeros ("1.5", "1000000", "-0.25"). */
function numberToString(value) {
    if (Number.isInteger(value) && Math.abs(value) < 1e21)
        return BigInt(value).toString();
    const text = String(value);
    if (!/e/i.test(text))
        return text;
    return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
const NUMBER_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Converts `value` to `type` as cty does (strings to numbers and bools and back), or throws a ConversionError. */
function convert(value, type, path = '') {
    if (value === null || type.kind === 'any')
        return value;
    const fail = (expected) => {
        throw new ConversionError(`${expected} required, but have ${typeName(value)}`, path);
    };
    switch (type.kind) {
        case 'string':
            if (typeof value === 'string')
                return value;
            if (typeof value === 'number')
                return numberToString(value);
            if (typeof value === 'boolean')
                return value ? 'true' : 'false';
            return fail('string');
        case 'number':
            if (typeof value === 'number')
                return value;
            if (typeof value === 'string') {
                if (NUMBER_TEXT.test(value.trim()) && value.trim() === value)
                    return Number(value);
                throw new ConversionError(`a number is required, but have string ${JSON.stringify(value)}`, path);
            }
            return fail('number');
        case 'bool':
            if (typeof value === 'boolean')
                return value;
            if (value === 'true' || value === '1')
                return true;
            if (value === 'false' || value === '0')
                return false;
            if (typeof value === 'string')
                throw new ConversionError(`a bool is required, but have string ${JSON.stringify(value)}`, path);
            return fail('bool');
        case 'list':
        case 'set': {
            if (!isList(value))
                return fail(type.kind);
            const element = elementType(value, type, path);
            const items = value.map((item, index) => convert(item, element, `${path}[${index}]`));
            return type.kind === 'set' ? setOf(items) : items;
        }
        case 'tuple': {
            if (!isList(value))
                return fail('tuple');
            if (value.length !== type.elements.length)
                throw new ConversionError(`tuple required with ${type.elements.length} elements, but have ${value.length}`, path);
            return value.map((item, index) => convert(item, type.elements[index], `${path}[${index}]`));
        }
        case 'map': {
            if (!isObject(value))
                return fail('map');
            const element = elementType(Object.values(value), type, path);
            return objectOf(entriesOf(value).map(([key, item]) => [key, convert(item, element, `${path}.${key}`)]));
        }
        case 'object': {
            if (!isObject(value))
                return fail('object');
            const optional = type.optional ?? {};
            return objectOf(Object.entries(type.attributes).map(([key, attributeType]) => {
                if (!(key in value)) {
                    if (key in optional)
                        return [
                            key,
                            optional[key].default === undefined
                                ? null
                                : convert(optional[key].default, attributeType, `${path}.${key}`)
                        ];
                    throw new ConversionError(`attribute "${key}" is required`, path);
                }
                return [key, convert(value[key], attributeType, `${path}.${key}`)];
            }));
        }
    }
}
/**
 * The element type a collection converts its elements to: the declared one, or for list(any), set(any)
 * and map(any) the type all elements unify to, as in cty (["a", 1] as list(any) is ["a", "1"]).
 */
function elementType(items, type, path) {
    if (type.element.kind !== 'any' || items.length === 0)
        return type.element;
    const unified = (0,_unify_js__WEBPACK_IMPORTED_MODULE_0__/* .unify */ .QF)(items.map(_unify_js__WEBPACK_IMPORTED_MODULE_0__/* .typeOfValue */ .x6));
    if (unified === undefined)
        throw new ConversionError(`all ${type.kind} elements must have the same type`, path);
    return unified;
}
/** Deep equality, as HCL's `==` compares (a number and a string are never equal). */
function valuesEqual(a, b) {
    if (a === b)
        return true;
    if (isList(a) && isList(b))
        return a.length === b.length && a.every((item, index) => valuesEqual(item, b[index]));
    if (isObject(a) && isObject(b)) {
        const keys = sortedKeys(a);
        const otherKeys = sortedKeys(b);
        return (keys.length === otherKeys.length &&
            keys.every((key, index) => key === otherKeys[index] && valuesEqual(a[key], b[key])));
    }
    return false;
}
/** A set: duplicates removed, in cty's order (strings lexical, numbers ascending, others as first seen). */
function setOf(items) {
    const unique = [];
    for (const item of items)
        if (!unique.some(seen => valuesEqual(seen, item)))
            unique.push(item);
    if (unique.every(item => typeof item === 'string'))
        return unique.sort(compareStrings);
    if (unique.every(item => typeof item === 'number'))
        return unique.sort((a, b) => a - b);
    return unique;
}


/***/ })

};
