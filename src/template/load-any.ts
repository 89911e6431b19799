// One entry for every template format: a Packer JSON template is loaded as it always was; an HCL2 template
// (`.pkr.hcl`, a folder, or a `.pkr.json` written in HCL's JSON syntax) goes to the HCL2 front end, loaded
// only when needed, so a JSON build does not pay for the HCL2 code at start-up. Both give one LoadedTemplate.

import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { maskError, SecretRegistry } from '../secrets.js';
import { loadTemplate, PACKER_COMPATIBLE_VERSION, type LoadTemplateOptions } from './load.js';
import type { LoadedTemplate } from './types.js';
import type { AwsSecretRequest } from './hcl2/functions/types.js';
import type { DataSourceHooks } from './hcl2/packer/data-sources.js';

export interface LoadAnyTemplateOptions extends LoadTemplateOptions {
  /** How HCL2 data sources are read, mocked and resolved (src/datasources/). */
  readonly dataSources: DataSourceHooks;
  /** aws_secretsmanager(): a secret's value, through AWS. */
  readonly fetchSecret: (request: AwsSecretRequest) => Promise<string>;
}

/** Which front end reads `absolutePath`. */
export function templateFormat(absolutePath: string): 'json' | 'hcl2' {
  if (absolutePath.endsWith('.pkr.hcl')) return 'hcl2';
  const stat = fs.statSync(absolutePath, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return 'hcl2';
  if (absolutePath.endsWith('.pkr.json') && stat?.isFile())
    return looksLikeLegacyJson(absolutePath) ? 'json' : 'hcl2';
  return 'json';
}

/**
 * Packer reads a `.pkr.json` file as HCL2 in JSON syntax; many repositories (and Packer's own early
 * docs) give the name to legacy JSON templates too. A top-level `builders` key tells them apart.
 */
function looksLikeLegacyJson(absolutePath: string): boolean {
  try {
    const document: unknown = JSON.parse(fs.readFileSync(absolutePath, 'utf8').replace(/^\uFEFF/, ''));
    return (
      typeof document !== 'object' || document === null || Array.isArray(document) || 'builders' in document
    );
  } catch {
    // Not even JSON: the JSON front end says where it breaks.
    return true;
  }
}

export async function loadAnyTemplate(options: LoadAnyTemplateOptions): Promise<LoadedTemplate> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const templatePath = path.resolve(cwd, options.path);
  if (templateFormat(templatePath) === 'json') return loadTemplate(options);
  const secrets = new SecretRegistry(options.onSecret);
  const { loadHclTemplate } = await import('./hcl2/packer/load-hcl.js');
  try {
    return await loadHclTemplate({
      templatePath,
      shownPath: options.path,
      cwd,
      varFiles: options.varFiles ?? [],
      vars: options.vars ?? [],
      varsLabel: options.varsLabel ?? 'vars',
      only: options.only ?? [],
      except: options.except ?? [],
      now: (options.clock ?? (() => new Date()))(),
      uuid: options.uuid ?? randomUUID,
      random: options.random ?? Math.random,
      env: options.env ?? process.env,
      packerVersion: options.packerVersion ?? PACKER_COMPATIBLE_VERSION,
      secrets,
      dataSources: options.dataSources,
      fetchSecret: options.fetchSecret
    });
  } catch (error) {
    throw maskError(error, secrets.mask);
  }
}
