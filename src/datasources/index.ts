// The HCL2 data sources build-ami resolves, by their block type, and the aws_secretsmanager functions.
import { amazonAmi } from './amazon-ami.js';
import { amazonParameterStore } from './amazon-parameterstore.js';
import { amazonSecretsManager } from './amazon-secretsmanager.js';
import type { DataSource } from './data-source.js';
import type { HclObject } from '../template/hcl2/value.js';

import type { DataSourceType } from './data-source-types.js';
export type { DataSourceType } from './data-source-types.js';

/**
 * Each data source by its type label, for a loader that handles them alike: what `read` returns is
 * what `resolve` takes.
 */
export const DATA_SOURCES: Readonly<Record<DataSourceType, DataSource<unknown, HclObject>>> = {
  'amazon-ami': amazonAmi,
  'amazon-parameterstore': amazonParameterStore,
  'amazon-secretsmanager': amazonSecretsManager
};

export const isDataSourceType = (type: string): type is DataSourceType => Object.hasOwn(DATA_SOURCES, type);

export * from './amazon-ami.js';
export * from './amazon-parameterstore.js';
export * from './amazon-secretsmanager.js';
export * from './aws-secretsmanager.js';
export * from './data-source.js';
