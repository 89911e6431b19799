// EC2 errors as AWS sends them: an error code, a message and an HTTP status.
import { defaultStatus, ServiceError } from '../service-error.js';

export class Ec2Error extends ServiceError {
  constructor(code: string, message: string, status = defaultStatus(code)) {
    super(code, message, status);
  }
}

export const notFound = (code: string, what: string, id: string) =>
  new Ec2Error(code, `The ${what} '${id}' does not exist`);

export const invalidParameter = (message: string) => new Ec2Error('InvalidParameterValue', message);
