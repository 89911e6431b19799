// Resource ids shaped like AWS's: a prefix and 17 hex digits.
import { randomBytes, randomUUID } from 'node:crypto';

export const newId = (prefix: string) => `${prefix}-${randomBytes(9).toString('hex').slice(0, 17)}`;
export const newRequestId = () => randomUUID();
