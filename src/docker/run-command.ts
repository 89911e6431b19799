// Packer's docker builder starts its container with `docker run <run_command>` (default
// `-d -i -t --entrypoint=/bin/sh -- {{.Image}}`), after --device, --cap-add, --cap-drop,
// --privileged, --tmpfs and -v from the builder's own options. We create the container through the
// Engine instead, so the same argument list is read here into the Engine's create body: the options
// templates use are understood, and any other is refused by name rather than silently dropped.
import type { ContainerSpec } from './engine.js';

export interface RunCommandSpec {
  spec: ContainerSpec;
  name?: string;
  platform?: string;
}

export class RunCommandError extends Error {}

type Apply = (target: RunCommandSpec, value: string) => void;

const host = (t: RunCommandSpec) => (t.spec.HostConfig ??= {});
const push = (list: string[] | undefined, value: string) => [...(list ?? []), value];

/** Options that take a value, by every spelling docker run accepts. */
const WITH_VALUE: Record<string, Apply> = {
  entrypoint: (t, v) => (t.spec.Entrypoint = [v]),
  env: (t, v) => (t.spec.Env = push(t.spec.Env, v.includes('=') ? v : `${v}=${process.env[v] ?? ''}`)),
  volume: (t, v) => (host(t).Binds = push(host(t).Binds, v)),
  'cap-add': (t, v) => (host(t).CapAdd = push(host(t).CapAdd, v)),
  'cap-drop': (t, v) => (host(t).CapDrop = push(host(t).CapDrop, v)),
  user: (t, v) => (t.spec.User = v),
  workdir: (t, v) => (t.spec.WorkingDir = v),
  name: (t, v) => (t.name = v),
  label: (t, v) => {
    const eq = v.indexOf('=');
    t.spec.Labels = { ...t.spec.Labels, [eq === -1 ? v : v.slice(0, eq)]: eq === -1 ? '' : v.slice(eq + 1) };
  },
  network: (t, v) => (host(t).NetworkMode = v),
  platform: (t, v) => (t.platform = v),
  device: (t, v) => {
    const [PathOnHost, PathInContainer = PathOnHost, CgroupPermissions = 'rwm'] = v.split(':');
    host(t).Devices = [
      ...(host(t).Devices ?? []),
      { PathOnHost: PathOnHost!, PathInContainer: PathInContainer!, CgroupPermissions }
    ];
  },
  tmpfs: (t, v) => {
    const colon = v.indexOf(':');
    host(t).Tmpfs = {
      ...host(t).Tmpfs,
      [colon === -1 ? v : v.slice(0, colon)]: colon === -1 ? '' : v.slice(colon + 1)
    };
  },
  hostname: (t, v) => (t.spec.Hostname = v),
  'security-opt': (t, v) => (host(t).SecurityOpt = push(host(t).SecurityOpt, v))
};

const FLAGS: Record<string, (t: RunCommandSpec) => void> = {
  detach: () => undefined, // the container always runs in the background
  interactive: t => {
    t.spec.OpenStdin = true;
    t.spec.AttachStdin = true;
  },
  tty: t => (t.spec.Tty = true),
  privileged: t => (host(t).Privileged = true),
  rm: t => (host(t).AutoRemove = true),
  init: t => (host(t).Init = true)
};

const SHORT: Record<string, string> = {
  d: 'detach',
  i: 'interactive',
  t: 'tty',
  e: 'env',
  v: 'volume',
  u: 'user',
  w: 'workdir',
  l: 'label',
  h: 'hostname'
};
const ALIASES: Record<string, string> = { net: 'network' };

/** Reads `docker run` arguments (without `run`) into a create body; throws RunCommandError on what it cannot honour. */
export function parseRunCommand(args: readonly string[]): RunCommandSpec {
  const target: RunCommandSpec = { spec: { Image: '' } };
  let i = 0;
  const valueOf = (option: string, inline: string | undefined) => {
    if (inline !== undefined) return inline;
    if (i + 1 >= args.length) throw new RunCommandError(`${option} needs a value`);
    return args[++i]!;
  };
  for (; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const raw = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const long = ALIASES[raw] ?? raw;
      const inline = eq === -1 ? undefined : arg.slice(eq + 1);
      if (WITH_VALUE[long]) WITH_VALUE[long](target, valueOf(`--${raw}`, inline));
      else if (FLAGS[long] && (inline === undefined || inline === 'true')) FLAGS[long](target);
      else if (FLAGS[long] && inline === 'false') continue;
      else throw unsupported(`--${raw}`);
      continue;
    }
    // Short options, possibly grouped (-dit); one that takes a value ends the group.
    for (let j = 1; j < arg.length; j++) {
      const long = SHORT[arg[j]!];
      if (!long) throw unsupported(`-${arg[j]}`);
      if (WITH_VALUE[long]) {
        const rest = arg.slice(j + 1);
        WITH_VALUE[long](target, valueOf(`-${arg[j]}`, rest === '' ? undefined : rest.replace(/^=/, '')));
        break;
      }
      FLAGS[long]!(target);
    }
  }
  const image = args[i];
  if (image === undefined || image === '')
    throw new RunCommandError('no image: the arguments end before the image name');
  target.spec.Image = image;
  const cmd = args.slice(i + 1);
  if (cmd.length > 0) target.spec.Cmd = [...cmd];
  return target;
}

function unsupported(option: string): RunCommandError {
  const known = [...Object.keys(WITH_VALUE), ...Object.keys(FLAGS)].map(o => `--${o}`).sort();
  return new RunCommandError(`docker run option ${option} is not supported; use one of ${known.join(', ')}`);
}
