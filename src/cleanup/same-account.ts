// The post step deletes nothing in an account other than the one the build ran in. The main step
// recorded its account per region before creating anything; the post step asks EC2 which account
// its own credentials reach there and, on any difference or doubt, warns and deletes nothing: a
// sweep by tag with another account's credentials could only find and remove someone else's things.
import type { EC2Client } from '@aws-sdk/client-ec2';
import { accountOf } from '../aws/account.js';
import { messageOf } from '../errors.js';

export type AccountCheck = { ok: true } | { ok: false; reason: string };

export async function checkSameAccount(
  accounts: Readonly<Record<string, string>>,
  regions: readonly string[],
  ec2: (region: string) => EC2Client
): Promise<AccountCheck> {
  for (const region of regions) {
    const expected = accounts[region];
    if (!expected) return { ok: false, reason: `the main step recorded no account for ${region}` };
    let actual: string;
    try {
      actual = await accountOf(ec2(region), region);
    } catch (error) {
      return { ok: false, reason: `could not tell which account the credentials reach: ${messageOf(error)}` };
    }
    if (actual !== expected) {
      return {
        ok: false,
        reason: `the credentials reach AWS account ${actual} in ${region}, but the build ran in account ${expected}`
      };
    }
  }
  return { ok: true };
}
