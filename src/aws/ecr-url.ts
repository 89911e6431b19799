// An ECR registry URL as packer-plugin-docker reads it (builder/docker/ecr_login.go):
// `[https://]<account>.dkr.ecr.<region>.amazonaws.com[/...]`, matched with its own pattern, so a
// login_server Packer accepts is accepted here and one it refuses fails with its message.

const ECR_URL = /(?:http:\/\/|https:\/\/|)([0-9]*)\.dkr\.ecr\.(.*)\.amazonaws\.com.*/;

export interface EcrRegistry {
  readonly account: string;
  readonly region: string;
}

/** The account and region of an ECR login_server, or undefined when it is not one. */
export function parseEcrUrl(url: string): EcrRegistry | undefined {
  const match = ECR_URL.exec(url);
  if (!match) return undefined;
  return { account: match[1]!, region: match[2]! };
}

/** Packer's message for a login_server that is not an ECR URL. */
export const ecrUrlProblem = (url: string) =>
  `Failed to parse the ECR URL: ${url} it should be on the form <account number>.dkr.ecr.<region>.amazonaws.com`;
