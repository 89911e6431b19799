// The data source types build-ami resolves, apart from their code: the loader names them in messages
// without loading the AWS clients they need (those load only for a template that has a data block).

export const DATA_SOURCE_TYPES = ['amazon-ami', 'amazon-parameterstore', 'amazon-secretsmanager'] as const;

export type DataSourceType = (typeof DATA_SOURCE_TYPES)[number];
