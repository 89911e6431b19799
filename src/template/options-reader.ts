// Reads the options of one template object (a builder, a provisioner, a nested block) into typed values:
// renders template strings, applies weak decoding, and turns every problem into an InputError that points
// at the value. Unknown and not-yet-supported keys are refused up front, so nothing is silently ignored.

import fs from 'node:fs';
import { InputError } from '../errors.js';
import type { Problems } from './problems.js';
import type { Deferred } from './deferred.js';
import type { TemplateScope } from './functions.js';
import { noBuildData, renderDeferred, renderString, type DataPolicy } from './interpolate.js';
import { childPath } from './json-path.js';
import { missingLocalPath, resolveLocalPath, withoutTrailingSlash } from './local-path.js';
import { describeNode, findEntry, type JsonEntry, type JsonNode, type JsonObject } from './json-positions.js';
import { closestName } from './suggest.js';
import { TemplateError } from './template-syntax.js';
import { weakBool, weakDuration, weakInt, weakList, weakMapEntries, weakString } from './weak-decode.js';

/** What every reader of one section shares. */
export interface DecodeContext {
  readonly scope: TemplateScope;
  /** Where build data is available, for the message when a plain option uses it. */
  readonly dataHint: string;
  /** Records an absolute path the build will read (for fingerprints). */
  readonly readsFile: (absolutePath: string) => void;
  /** Records a value the caller must mask in logs. */
  readonly secret: (value: string) => void;
  /** A random whole number in [0, max): Packer picks the shell provisioner's remote file name this way. */
  readonly randomInt: (max: number) => number;
  /**
   * Where a problem with one option is recorded so reading goes on (every error in one run); without it,
   * the first problem is thrown.
   */
  readonly problems?: Problems;
}

export interface LocalPathOptions {
  /** Fail at load time when the path does not exist (Packer's validation does the same). */
  readonly mustExist: boolean;
  /** The build reads this path (else writes it): recorded for fingerprints when it exists. */
  readonly reads: boolean;
  /** Expand a leading `~/` (Packer does for SSH key files). */
  readonly expandHome?: boolean;
  /** The file must hold a private key (Packer parses SSH key files when it validates). */
  readonly privateKey?: boolean;
}

export class OptionsReader {
  readonly #plain: DataPolicy;

  /**
   * `fieldPaths` names options whose values came from elsewhere (a provisioner's override block), so that
   * messages show the path the user wrote.
   */
  constructor(
    readonly node: JsonObject,
    readonly path: string,
    readonly context: DecodeContext,
    private readonly fieldPaths: ReadonlyMap<string, string> = new Map()
  ) {
    this.#plain = noBuildData(context.dataHint);
  }

  /**
   * Refuses keys outside `known`: a key in `unsupported` (a Packer option we do not implement) is
   * "not supported yet"; one in `elsewhere` (another builder's option) gets its explanation; anything else
   * is unknown, with the closest known name as a hint.
   */
  checkKeys(
    known: readonly string[],
    unsupported: readonly string[],
    what: string,
    elsewhere: Readonly<Record<string, string>> = {}
  ): void {
    for (const entry of this.node.entries) {
      if (known.includes(entry.key)) continue;
      const field = this.field(entry.key);
      this.guard(() => {
        // A real option of another builder: say so, and what to do instead, rather than "unknown".
        if (Object.hasOwn(elsewhere, entry.key)) {
          throw new InputError({ at: entry.keyLoc, field: field, detail: elsewhere[entry.key]! });
        }
        if (unsupported.includes(entry.key)) {
          throw new InputError({
            at: entry.keyLoc,
            field: field,
            detail: `${entry.key} is not supported yet`
          });
        }
        const suggestion = closestName(entry.key, [...known, ...unsupported]);
        const hint = suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`;
        throw new InputError({
          at: entry.keyLoc,
          field: field,
          detail: `unknown option ${entry.key} for ${what}${hint}`
        });
      }, undefined);
    }
  }

  /** A check across options (one of two required, not both): its error is recorded like an option's. */
  check(verify: () => void): void {
    this.guard(verify, undefined);
  }

  /** Runs one option's read: with a Problems, a mistake is recorded and `fallback` stands in for the value. */
  private guard<T>(read: () => T, fallback: T): T {
    return this.context.problems === undefined ? read() : this.context.problems.attempt(read, fallback);
  }

  /** The option's entry, unless it is absent or null (which Packer treats as unset). */
  entry(name: string): JsonEntry | undefined {
    const found = findEntry(this.node, name);
    return found === undefined || found.value.kind === 'null' ? undefined : found;
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  field(name: string): string {
    return this.fieldPaths.get(name) ?? childPath(this.path, name);
  }

  /** An error about option `name`: at its value when present, else at this object. */
  error(name: string, detail: string): InputError {
    return new InputError({
      at: this.entry(name)?.value.loc ?? this.node.loc,
      field: this.field(name),
      detail: detail
    });
  }

  /** An error about a required option that is not there: at this object, with the option's path. */
  missing(name: string, detail = 'is required'): InputError {
    return new InputError({ at: this.node.loc, field: this.field(name), detail: detail });
  }

  /** An error about the object as a whole (a conflict between options, nothing given of several). */
  objectError(detail: string): InputError {
    return new InputError({ at: this.node.loc, field: this.path, detail: detail });
  }

  /** A string option; empty after rendering counts as unset, as Packer's zero value does. */
  string(name: string): string | undefined {
    return this.guard(() => {
      const entry = this.entry(name);
      if (entry === undefined) return undefined;
      const text = weakString(this.rendered(entry.value, this.field(name)), this.field(name));
      return text === '' ? undefined : text;
    }, undefined);
  }

  /** A string option that must be given; `detail` completes the option's path in the message. */
  requiredString(name: string, detail = 'is required'): string {
    return this.guard(() => {
      const value = this.string(name);
      if (value !== undefined) return value;
      throw this.has(name) ? this.error(name, detail) : this.missing(name, detail);
    }, '');
  }

  /** A string that must be one of `allowed`. */
  choice<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    return this.guard(() => {
      const value = this.string(name);
      if (value === undefined || (allowed as readonly string[]).includes(value))
        return value as T | undefined;
      throw this.error(name, `must be one of ${allowed.join(', ')}, found ${JSON.stringify(value)}`);
    }, undefined);
  }

  bool(name: string): boolean | undefined {
    return this.guard(() => {
      const entry = this.entry(name);
      if (entry === undefined) return undefined;
      const node = this.rendered(entry.value, this.field(name));
      return node.kind === 'string' && node.value === '' ? undefined : weakBool(node, this.field(name));
    }, undefined);
  }

  int(name: string, range: { min?: number; max?: number } = {}): number | undefined {
    return this.guard(() => {
      const entry = this.entry(name);
      if (entry === undefined) return undefined;
      const node = this.rendered(entry.value, this.field(name));
      if (node.kind === 'string' && node.value === '') return undefined;
      const value = weakInt(node, this.field(name));
      if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
        const bounds =
          range.max === undefined ? `at least ${range.min}` : `between ${range.min ?? '-∞'} and ${range.max}`;
        throw this.error(name, `must be ${bounds}, found ${value}`);
      }
      return value;
    }, undefined);
  }

  /** A Go duration option, in milliseconds. */
  duration(name: string): number | undefined {
    return this.guard(() => {
      const entry = this.entry(name);
      if (entry === undefined) return undefined;
      const node = this.rendered(entry.value, this.field(name));
      return node.kind === 'string' && node.value === '' ? undefined : weakDuration(node, this.field(name));
    }, undefined);
  }

  /** A list of strings; a single string is a list of one, and a single empty string an empty list. */
  stringList(name: string): string[] {
    return this.guard(() => {
      const entry = this.entry(name);
      if (entry === undefined) return [];
      if (entry.value.kind !== 'array') {
        const single = weakString(this.rendered(entry.value, this.field(name)), this.field(name));
        return single === '' ? [] : [single];
      }
      return entry.value.items.map((item, index) => {
        const field = childPath(this.field(name), index);
        return weakString(this.rendered(item, field), field);
      });
    }, []);
  }

  intList(name: string): number[] | undefined {
    return this.guard(() => {
      const entry = this.entry(name);
      if (entry === undefined) return undefined;
      return weakList(entry.value).map((item, index) => {
        const field = entry.value.kind === 'array' ? childPath(this.field(name), index) : this.field(name);
        return weakInt(this.rendered(item, field), field);
      });
    }, undefined);
  }

  /** A map of strings to strings (keys are rendered too); a list of maps is merged. */
  stringMap(name: string): Record<string, string> {
    return this.guard(() => {
      // Object.fromEntries keeps a key such as "__proto__" as data; assigning it would not.
      return Object.fromEntries(
        this.mapEntries(name).map(([key, node, field]) => [
          key,
          weakString(this.rendered(node, field), field)
        ])
      );
    }, {});
  }

  /** A string that may use build data allowed by `policy`, rendered later by the builder. */
  deferred(name: string, policy: DataPolicy): Deferred | undefined {
    return this.guard(() => {
      const entry = this.entry(name);
      if (entry === undefined) return undefined;
      return this.deferredValue(entry.value, this.field(name), policy);
    }, undefined);
  }

  deferredList(name: string, policy: DataPolicy): Deferred[] {
    return this.guard(() => {
      const entry = this.entry(name);
      if (entry === undefined) return [];
      return weakList(entry.value).map((item, index) =>
        this.deferredValue(
          item,
          entry.value.kind === 'array' ? childPath(this.field(name), index) : this.field(name),
          policy
        )
      );
    }, []);
  }

  /** A map whose keys render now and whose values may use build data (tags). */
  deferredMap(name: string, policy: DataPolicy): Record<string, Deferred> {
    return this.guard(() => {
      return Object.fromEntries(
        this.mapEntries(name).map(([key, node, field]) => [key, this.deferredValue(node, field, policy)])
      );
    }, {});
  }

  /** A nested block such as source_ami_filter; a list holding one block is accepted, as mapstructure does. */
  object(name: string): OptionsReader | undefined {
    return this.guard(() => {
      const entry = this.entry(name);
      if (entry === undefined) return undefined;
      const items = weakList(entry.value);
      const block = items[0];
      if (items.length !== 1 || block?.kind !== 'object') {
        throw this.error(name, `expected an object, found ${describeNode(entry.value)}`);
      }
      return new OptionsReader(block, this.field(name), this.context);
    }, undefined);
  }

  /** A list of blocks; a single block stands for a list of one. */
  objectList(name: string): OptionsReader[] {
    return this.guard(() => {
      const entry = this.entry(name);
      if (entry === undefined) return [];
      return weakList(entry.value).map((item, index) => {
        const field = entry.value.kind === 'array' ? childPath(this.field(name), index) : this.field(name);
        if (item.kind !== 'object')
          throw new InputError({
            at: item.loc,
            field: field,
            detail: `expected an object, found ${describeNode(item)}`
          });
        return new OptionsReader(item, field, this.context);
      });
    }, []);
  }

  /** A local path option, made absolute by the one rule in local-path.ts (from the working directory). */
  localPath(name: string, options: LocalPathOptions): string | undefined {
    return this.guard(() => {
      const text = this.string(name);
      const node = this.entry(name)?.value;
      return text === undefined || node === undefined
        ? undefined
        : this.resolveLocalPath(text, node, this.field(name), options);
    }, undefined);
  }

  localPathList(name: string, options: LocalPathOptions): string[] {
    return this.guard(() => {
      const entry = this.entry(name);
      if (entry === undefined) return [];
      const isArray = entry.value.kind === 'array';
      const nodes = entry.value.kind === 'array' ? entry.value.items : [entry.value];
      return this.stringList(name).map((text, index) =>
        this.resolveLocalPath(
          text,
          nodes[index]!,
          isArray ? childPath(this.field(name), index) : this.field(name),
          options
        )
      );
    }, []);
  }

  private resolveLocalPath(text: string, node: JsonNode, field: string, options: LocalPathOptions): string {
    const resolved = resolveLocalPath(this.context.scope.cwd, text, options);
    const absolute = withoutTrailingSlash(resolved);
    const exists = fs.existsSync(absolute);
    if (options.mustExist && !exists) {
      throw new InputError({ at: node.loc, field: field, detail: missingLocalPath(text, resolved) });
    }
    if (options.privateKey && exists && !looksLikePrivateKey(absolute)) {
      throw new InputError({
        at: node.loc,
        field: field,
        detail: `${text} is not a private key: expected a PEM or OpenSSH private key file, as ssh-keygen writes`
      });
    }
    if (options.reads && exists) this.context.readsFile(absolute);
    return resolved;
  }

  /** The rendered entries of a map option: [rendered key, value node, field path]. */
  private mapEntries(name: string): [string, JsonNode, string][] {
    const entry = this.entry(name);
    if (entry === undefined) return [];
    return weakMapEntries(entry.value, this.field(name)).map(item => {
      const field = childPath(this.field(name), item.key);
      const key = this.renderText(item.key, item.keyLoc, field);
      return [key, item.value, field];
    });
  }

  private deferredValue(node: JsonNode, field: string, policy: DataPolicy): Deferred {
    const text = weakString(node, field);
    try {
      return renderDeferred(text, this.context.scope, policy);
    } catch (error) {
      throw this.wrap(error, node, field);
    }
  }

  /** The node with its string value rendered; other kinds are returned as they are. */
  private rendered(node: JsonNode, field: string): JsonNode {
    if (node.kind !== 'string') return node;
    return { ...node, value: this.renderText(node.value, node.loc, field) };
  }

  private renderText(text: string, loc: JsonNode['loc'], field: string): string {
    try {
      return renderString(text, this.context.scope, this.#plain);
    } catch (error) {
      throw this.wrap(error, { loc }, field);
    }
  }

  private wrap(error: unknown, node: { loc: JsonNode['loc'] }, field: string): unknown {
    if (!(error instanceof TemplateError)) return error;
    return new InputError({ at: node.loc, field: field, detail: error.message, cause: error });
  }
}

/** A key file's armour ("-----BEGIN OPENSSH PRIVATE KEY-----", "... RSA PRIVATE KEY-----"); a directory is not one. */
function looksLikePrivateKey(absolute: string): boolean {
  try {
    return /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(fs.readFileSync(absolute, 'latin1'));
  } catch {
    return false;
  }
}
