// ansible-playbook's command line and environment, built as packer-plugin-ansible builds them
// (createCmdArgs, Prepare): Packer's -e variables first, then --ssh-extra-args and the user's
// extra_arguments, then the key file, and `-i <inventory> <playbook>` last.

export interface PlaybookArguments {
  buildName: string;
  builderType: string;
  /** packer_http_addr, when the builder serves files over HTTP (amazon-ebs does not). */
  httpAddr?: string;
  /** The private key ansible logs in with; unset when the user brings their own (ssh_authorized_key_file). */
  privateKeyFile?: string;
  /** ansible_ssh_extra_args; default `-o IdentitiesOnly=yes`. */
  sshExtraArgs?: readonly string[];
  extraArguments?: readonly string[];
  inventory: string;
  /** Absolute. */
  playbook: string;
  /** The environment's "NAME=value" entries (ansibleEnvEntries): a password login skips host key checking unless they set it. */
  envEntries?: readonly string[];
}

export function playbookArguments(input: PlaybookArguments): string[] {
  const args: string[] = [];
  if (input.buildName) args.push('-e', `packer_build_name=${JSON.stringify(input.buildName)}`);
  args.push('-e', `packer_builder_type=${input.builderType}`);
  if (input.httpAddr) args.push('-e', `packer_http_addr=${input.httpAddr}`);
  if (input.privateKeyFile) {
    // One word, quoted the way ansible splits it (shlex): each extra argument stays whole.
    const extra = input.sshExtraArgs?.length ? input.sshExtraArgs : ['-o IdentitiesOnly=yes'];
    args.push('--ssh-extra-args', `'${extra.join("' '")}'`);
  }
  args.push(...(input.extraArguments ?? []));
  if (!hasArg('ansible_password', args) && input.privateKeyFile) {
    // -e outranks inventory and play variables, so a role cannot point ansible at another key (packer#5852).
    args.push('-e', `ansible_ssh_private_key_file=${input.privateKeyFile}`);
  }
  if (
    hasArg('ansible_password', args) &&
    !hasArg('ansible_host_key_checking', args) &&
    !hasArg('ANSIBLE_HOST_KEY_CHECKING', input.envEntries ?? [])
  ) {
    args.push('-e', 'ansible_host_key_checking=False');
  }
  args.push('-i', input.inventory, input.playbook);
  return args;
}

export interface AnsibleEnvSettings {
  /** ansible_env_vars: "NAME=value". */
  envVars?: readonly string[];
  /** Packer turns host key checking off unless the proxy has a known host key. */
  hostKeyChecking: boolean;
  useSftp: boolean;
}

/** ansible_env_vars, then what Packer appends: host key checking off, scp for file transfers. */
export function ansibleEnvEntries(settings: AnsibleEnvSettings): string[] {
  const entries = [...(settings.envVars ?? [])];
  if (!settings.hostKeyChecking) entries.push('ANSIBLE_HOST_KEY_CHECKING=False');
  if (!settings.useSftp) entries.push('ANSIBLE_SCP_IF_SSH=True');
  return entries;
}

/** The environment for ansible-playbook and ansible-galaxy: `base` and the entries; later ones win, as in Go's exec. */
export function ansibleEnvironment(base: NodeJS.ProcessEnv, entries: readonly string[]): NodeJS.ProcessEnv {
  const env = { ...base };
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    if (equals > 0) env[entry.slice(0, equals)] = entry.slice(equals + 1);
  }
  return env;
}

/**
 * The command line for the log: like Packer, values of extra_arguments whose name mentions a password
 * or a secret are shown as *****.
 */
export function describeCommand(argv: readonly string[], extraArguments: readonly string[] = []): string {
  let text = argv.join(' ');
  for (const argument of extraArguments) {
    const equals = argument.indexOf('=');
    if (equals === -1) continue;
    const name = argument.slice(0, equals).toLowerCase();
    const value = argument.slice(equals + 1);
    if (value && (name.includes('password') || name.includes('secret')))
      text = text.replaceAll(value, '*****');
  }
  return text;
}

/** Packer's checkArg: some argument, split at '=', has a part equal to `name`. */
export function hasArg(name: string, args: readonly string[]): boolean {
  return args.some(arg => arg.split('=').includes(name));
}
