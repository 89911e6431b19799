// ecr_login and its AWS options, shared by the docker builder and docker-push (packer-plugin-docker's
// AwsAccessConfig): login_server must be given (Packer: "ECR login requires login server to be
// provided.") and must be an ECR URL, which Packer finds out only at the login and is refused here at
// its line, with Packer's message. aws_secret_key and aws_token are secrets. ECR Public
// (public.ecr.aws, aws_force_use_public_ecr) is not built yet and is refused at its line.
import { ecrUrlProblem, parseEcrUrl } from '../../aws/ecr-url.js';
import type { OptionsReader } from '../options-reader.js';
import { secretString } from './secret-option.js';

/** The registry login options the docker builder and docker-push share, as Packer names them. */
export const REGISTRY_LOGIN_OPTIONS = [
  'login',
  'login_server',
  'login_username',
  'login_password',
  'ecr_login',
  'aws_access_key',
  'aws_secret_key',
  'aws_token',
  'aws_profile'
];

/** The credentials ECR's GetAuthorizationToken is signed with; none given means the standard chain. */
export interface EcrAccess {
  readonly accessKey?: string;
  /** Secret. */
  readonly secretKey?: string;
  /** Secret. */
  readonly token?: string;
  readonly profile?: string;
}

/** The ECR access when ecr_login is true, else undefined (the AWS options are still read and checked). */
export function readEcrAccess(options: OptionsReader): EcrAccess | undefined {
  const access: EcrAccess = {
    secretKey: secretString(options, 'aws_secret_key'),
    token: secretString(options, 'aws_token'),
    accessKey: options.string('aws_access_key'),
    profile: options.string('aws_profile')
  };
  const forcePublic = options.has('aws_force_use_public_ecr') && options.bool('aws_force_use_public_ecr');
  if (!(options.bool('ecr_login') ?? false)) return undefined;
  const server = options.string('login_server');
  options.check(() => {
    if (server === undefined || server === '')
      throw options.missing(
        'login_server',
        'is required when ecr_login is true (ECR login requires login server to be provided)'
      );
    if (forcePublic || server.includes('public.ecr.aws/'))
      throw options.error(
        forcePublic ? 'aws_force_use_public_ecr' : 'login_server',
        'ecr_login to ECR Public (public.ecr.aws) is not supported yet; log in with login, login_username and login_password instead'
      );
    if (!parseEcrUrl(server)) throw options.error('login_server', ecrUrlProblem(server));
  });
  return access;
}
