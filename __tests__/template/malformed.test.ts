// Malformed templates are refused before any cloud call, with the file, line, column and JSON path of the
// problem. The marker ▶ in each fixture is where the message must point.
import type { LoadTemplateOptions } from '../../src/template/index.js';
import { InputError } from '../../src/errors.js';
import { MARKER, loadError, locateMarker, tempDirs, templateText } from './fixtures.js';

const makeDir = tempDirs();

interface Case {
  readonly name: string;
  /** The whole template, or builder options over the base builder plus extra top-level sections. */
  readonly text?: string;
  readonly builder?: Readonly<Record<string, string | undefined>>;
  readonly sections?: Readonly<Record<string, string>>;
  readonly markBuilder?: boolean;
  readonly files?: Readonly<Record<string, string>>;
  readonly options?: Partial<LoadTemplateOptions>;
  readonly field: string;
  readonly detail: string | RegExp;
}

const PROVISIONER_HINT =
  "build data ({{ build `ID` }}, ...) renders only in inline commands, environment_vars, env, execute_command, extra_arguments and a breakpoint's note";
const BUILDER_HINT =
  'build data (.SourceAMIName, .BuildRegion, ...) renders only in ami_description, tags, snapshot_tags, ' +
  'run_tags and run_volume_tags';
const NO_FILE =
  /^\S+: no such file or directory \(looked for \/.+; relative paths are read from the working directory, as in Packer: use \{\{template_dir\}\} for paths next to the template\)$/;

const provisioners = (raw: string): Record<string, string> => ({ provisioners: raw });

const CASES: Case[] = [
  // The document
  {
    name: 'broken JSON inside a builder',
    text: '{\n  "builders": [\n    {"type": "amazon-ebs", ▶}\n  ]\n}\n',
    field: 'builders[0]',
    detail: "invalid JSON: expected a quoted key, found '}' (a trailing comma is not allowed in JSON)"
  },
  {
    name: 'a template that is a list',
    text: '▶[{"type": "amazon-ebs"}]',
    field: '',
    detail: 'a template must be a JSON object, found a list'
  },
  {
    name: 'an unknown top-level key',
    sections: { [`${MARKER}provisioner`]: '[]' },
    field: 'provisioner',
    detail: 'unknown top-level key provisioner (did you mean provisioners?)'
  },
  {
    name: 'a comment that is not a string',
    sections: { _comment: '▶["a"]' },
    field: '_comment',
    detail: 'a comment must be a string, found a list'
  },
  {
    name: 'a description that is not a string',
    sections: { description: '▶42' },
    field: 'description',
    detail: 'expected a string, found a number (42)'
  },
  {
    name: 'a template that needs a newer Packer',
    sections: { min_packer_version: '▶"2.0.0"' },
    field: 'min_packer_version',
    detail: 'this template requires Packer 2.0.0 or newer; build-ami behaves as Packer 1.11.0'
  },
  {
    name: 'a template without builders',
    text: '▶{\n  "variables": {}\n}\n',
    field: 'builders',
    detail: 'at least one builder must be defined'
  },
  {
    name: 'an empty builders list',
    text: '{\n  "builders": ▶[]\n}\n',
    field: 'builders',
    detail: 'at least one builder must be defined'
  },
  {
    name: 'builders given as an object',
    text: '{\n  "builders": ▶{"type": "amazon-ebs"}\n}\n',
    field: 'builders',
    detail: 'expected a list of builders, found an object'
  },
  // Builders
  {
    name: 'a builder type other than amazon-ebs and docker',
    builder: { type: '▶"googlecompute"' },
    field: 'builders[0].type',
    detail: 'builder type googlecompute is not supported (only amazon-ebs and docker)'
  },
  // EC2's tag limits, checked before any call
  {
    name: 'a tag key over 128 characters',
    builder: {
      tags: '{▶"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk": "v"}'
    },
    field:
      'builders[0].tags.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk',
    detail: 'the tag key is 129 characters long; EC2 allows at most 128'
  },
  {
    name: 'a tag key with the reserved aws: prefix',
    builder: { run_tags: '{▶"AWS:owner": "me"}' },
    field: 'builders[0].run_tags["AWS:owner"]',
    detail: 'a tag key may not start with "aws:", which AWS reserves for itself'
  },
  {
    name: 'a tag value over 256 characters',
    builder: {
      snapshot_tags:
        '{"note": ▶"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv"}'
    },
    field: 'builders[0].snapshot_tags.note',
    detail: 'the tag value is 257 characters long; EC2 allows at most 256'
  },
  {
    name: 'more than 50 tags on the image, counting the action own eight',
    builder: {
      tags: '▶{"t0": "v", "t1": "v", "t2": "v", "t3": "v", "t4": "v", "t5": "v", "t6": "v", "t7": "v", "t8": "v", "t9": "v", "t10": "v", "t11": "v", "t12": "v", "t13": "v", "t14": "v", "t15": "v", "t16": "v", "t17": "v", "t18": "v", "t19": "v", "t20": "v", "t21": "v", "t22": "v", "t23": "v", "t24": "v", "t25": "v", "t26": "v", "t27": "v", "t28": "v", "t29": "v", "t30": "v", "t31": "v", "t32": "v", "t33": "v", "t34": "v", "t35": "v", "t36": "v", "t37": "v", "t38": "v", "t39": "v", "t40": "v", "t41": "v", "t42": "v"}'
    },
    field: 'builders[0].tags',
    detail:
      "the image would carry 51 tags (tags, plus the action's own 8: build-ami:commit, build-ami:repository, " +
      'build-ami:ref, build-ami:run-url, build-ami:fingerprint, build-ami:build-id, build-ami:family, ' +
      'build-ami:complete); EC2 allows 50 per resource'
  },
  {
    name: 'an ami_description over 255 characters',
    builder: {
      ami_description:
        '▶"dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd"'
    },
    field: 'builders[0].ami_description',
    detail: 'is 256 characters long; EC2 allows at most 255'
  },
  {
    name: 'a builder without a type',
    builder: { type: undefined },
    markBuilder: true,
    field: 'builders[0]',
    detail: 'type is required'
  },
  {
    name: 'two builders with the same name',
    text: '{\n  "builders": [\n    {"type": "amazon-ebs", "name": "web"},\n    {"type": "amazon-ebs", "name": ▶"web"}\n  ]\n}\n',
    field: 'builders[1].name',
    detail: 'builders[0] already has the name web; builder names must be unique'
  },
  {
    name: 'a builder without a region',
    builder: { region: undefined },
    markBuilder: true,
    field: 'builders[0].region',
    detail: 'is required: set "region" in the builder, or AWS_REGION or AWS_DEFAULT_REGION in the environment'
  },
  {
    name: 'a builder without an instance type',
    builder: { instance_type: undefined },
    markBuilder: true,
    field: 'builders[0].instance_type',
    detail: 'is required (or spot_instance_types)'
  },
  {
    name: 'a builder without an image name',
    builder: { ami_name: undefined },
    markBuilder: true,
    field: 'builders[0].ami_name',
    detail: 'is required'
  },
  {
    name: 'an image name that is a list',
    builder: { ami_name: '▶["web"]' },
    field: 'builders[0].ami_name',
    detail: 'expected a string, found a list'
  },
  {
    name: 'an image name that is too short',
    builder: { ami_name: '▶"{{user `short`}}"' },
    sections: { variables: '{"short": "ab"}' },
    field: 'builders[0].ami_name',
    detail: 'must be 3 to 128 characters long, found 2: "ab"'
  },
  {
    name: 'an image name with characters EC2 refuses',
    builder: { ami_name: '▶"web:{{timestamp}}"' },
    field: 'builders[0].ami_name',
    detail:
      '"web:1704164645" may only contain letters, digits and ()[] ./-\'@_ (the clean_resource_name function replaces the others)'
  },
  {
    name: 'build data in the image name',
    builder: { ami_name: '▶"web {{ .SourceAMIName }}"' },
    field: 'builders[0].ami_name',
    detail: `.SourceAMIName is not available here; ${BUILDER_HINT}`
  },
  {
    name: '{{env}} outside the variables section',
    builder: { region: '▶"{{env `AWS_REGION`}}"' },
    field: 'builders[0].region',
    detail: 'function env is only available in the variables section (as in Packer)'
  },
  {
    name: 'an unknown template function',
    builder: { ami_name: '▶"web-{{ timestmp }}"' },
    field: 'builders[0].ami_name',
    detail: 'unknown function timestmp'
  },
  {
    name: 'an unclosed template action',
    builder: { ami_name: '▶"web-{{ timestamp"' },
    field: 'builders[0].ami_name',
    detail: 'unclosed action: "{{" has no matching "}}"'
  },
  {
    name: 'neither source_ami nor source_ami_filter',
    builder: { source_ami: undefined },
    markBuilder: true,
    field: 'builders[0]',
    detail: 'source_ami or source_ami_filter is required'
  },
  {
    name: 'both source_ami and source_ami_filter',
    builder: { source_ami_filter: '▶{"owners": ["self"]}' },
    field: 'builders[0].source_ami_filter',
    detail: 'give source_ami or source_ami_filter, not both'
  },
  {
    name: 'a source_ami_filter without owners',
    builder: { source_ami: undefined, source_ami_filter: '▶{"filters": {"name": "debian-*"}}' },
    field: 'builders[0].source_ami_filter.owners',
    detail: 'is required: name the accounts the image may come from (Packer requires it)'
  },
  {
    name: 'a misspelt source_ami_filter option',
    builder: { source_ami: undefined, source_ami_filter: '{"owners": ["self"], ▶"most_recnt": true}' },
    field: 'builders[0].source_ami_filter.most_recnt',
    detail: 'unknown option most_recnt for source_ami_filter (did you mean most_recent?)'
  },
  {
    name: 'a Packer option that is not supported yet',
    builder: { [`${MARKER}fast_launch`]: '{}' },
    field: 'builders[0].fast_launch',
    detail: 'fast_launch is not supported yet'
  },
  {
    name: 'a bastion host without a way to log in to it',
    builder: { ssh_bastion_host: '▶"bastion.example.com"', ssh_bastion_username: '"jump"' },
    field: 'builders[0].ssh_bastion_host',
    detail:
      'ssh_bastion_password or ssh_bastion_private_key_file must be specified (or ssh_bastion_agent_auth)'
  },
  {
    name: 'bastion keyboard-interactive login, not supported yet',
    builder: { [`${MARKER}ssh_bastion_interactive`]: 'true' },
    field: 'builders[0].ssh_bastion_interactive',
    detail: 'ssh_bastion_interactive is not supported yet'
  },
  {
    name: 'a misspelt option',
    builder: { [`${MARKER}instance_typ`]: '"t3.small"' },
    field: 'builders[0].instance_typ',
    detail: 'unknown option instance_typ for amazon-ebs (did you mean instance_type?)'
  },
  {
    name: 'an option that is nothing like a Packer option',
    builder: { [`${MARKER}colour`]: '"blue"' },
    field: 'builders[0].colour',
    detail: 'unknown option colour for amazon-ebs'
  },
  {
    name: 'security_group_id with security_group_ids',
    builder: { security_group_id: '"sg-1"', security_group_ids: '▶["sg-2"]' },
    field: 'builders[0].security_group_ids',
    detail: 'give security_group_id or security_group_ids, not both'
  },
  {
    name: 'user_data with user_data_file',
    builder: { user_data: '"#!/bin/sh"', user_data_file: '▶"init.sh"' },
    files: { 'init.sh': '#!/bin/sh' },
    field: 'builders[0].user_data_file',
    detail: 'give user_data or user_data_file, not both'
  },
  {
    name: 'a user_data_file that does not exist',
    builder: { user_data_file: '▶"cloud-init.yaml"' },
    field: 'builders[0].user_data_file',
    detail: NO_FILE
  },
  {
    name: 'an ssh_private_key_file that does not exist',
    builder: { ssh_private_key_file: '▶"keys/missing.pem"' },
    field: 'builders[0].ssh_private_key_file',
    detail: NO_FILE
  },
  {
    name: 'a port that is not a number',
    builder: { ssh_port: '▶"ssh"' },
    field: 'builders[0].ssh_port',
    detail: 'expected a whole number, found a string ("ssh")'
  },
  {
    name: 'a port out of range',
    builder: { ssh_port: '▶70000' },
    field: 'builders[0].ssh_port',
    detail: 'must be between 1 and 65535, found 70000'
  },
  {
    name: 'a fractional port',
    builder: { ssh_port: '▶22.5' },
    field: 'builders[0].ssh_port',
    detail: 'expected a whole number, found a number (22.5)'
  },
  {
    name: 'a timeout in words',
    builder: { ssh_timeout: '▶"5 minutes"' },
    field: 'builders[0].ssh_timeout',
    detail: 'expected a duration such as "30s", "5m" or "1h30m", found a string ("5 minutes")'
  },
  {
    name: 'a timeout as a bare number (Go would read nanoseconds)',
    builder: { ssh_timeout: '▶300' },
    field: 'builders[0].ssh_timeout',
    detail: 'expected a duration such as "30s", "5m" or "1h30m", found a number (300)'
  },
  {
    name: 'a boolean written as yes',
    builder: { ssh_pty: '▶"yes"' },
    field: 'builders[0].ssh_pty',
    detail: 'expected a boolean (true or false), found a string ("yes")'
  },
  {
    name: 'the winrm communicator',
    builder: { communicator: '▶"winrm"' },
    field: 'builders[0].communicator',
    detail: 'communicator winrm is not supported yet'
  },
  {
    name: 'an ssh communicator without a username',
    builder: { ssh_username: undefined },
    markBuilder: true,
    field: 'builders[0].ssh_username',
    detail: 'is required with the ssh communicator'
  },
  {
    name: 'a key pair name without its private key',
    builder: { ssh_keypair_name: '▶"deploy"' },
    field: 'builders[0].ssh_keypair_name',
    detail: 'ssh_private_key_file must be given with ssh_keypair_name (or ssh_agent_auth set)'
  },
  {
    name: 'session manager connections without an instance profile',
    builder: { ssh_interface: '▶"session_manager"' },
    field: 'builders[0].ssh_interface',
    detail:
      'no iam_instance_profile defined; session_manager connectivity requires a valid instance profile with AmazonSSMManagedInstanceCore permissions. Alternatively a temporary_iam_instance_profile_policy_document can be used.'
  },
  {
    name: 'an unknown ssh_interface',
    builder: { ssh_interface: '▶"public"' },
    field: 'builders[0].ssh_interface',
    detail: 'must be one of public_ip, private_ip, public_dns, private_dns, session_manager, found "public"'
  },
  {
    name: 'an unknown shutdown behaviour',
    builder: { shutdown_behavior: '▶"halt"' },
    field: 'builders[0].shutdown_behavior',
    detail: 'must be one of stop, terminate, found "halt"'
  },
  {
    name: 'an unknown http_tokens setting',
    builder: { metadata_options: '{"http_tokens": ▶"mandatory"}' },
    field: 'builders[0].metadata_options.http_tokens',
    detail: 'must be one of optional, required, found "mandatory"'
  },
  {
    name: 'a hop limit over 64',
    builder: { metadata_options: '{"http_put_response_hop_limit": ▶"100"}' },
    field: 'builders[0].metadata_options.http_put_response_hop_limit',
    detail: 'must be between 1 and 64, found 100'
  },
  {
    name: 'a block device without a device name',
    builder: { launch_block_device_mappings: '[{"device_name": "/dev/sda1"}, ▶{"volume_size": 8}]' },
    field: 'builders[0].launch_block_device_mappings[1].device_name',
    detail: 'is required for every block device mapping'
  },
  {
    name: 'a misspelt block device option',
    builder: { launch_block_device_mappings: '[{"device_name": "/dev/sda1", ▶"volume_sise": 8}]' },
    field: 'builders[0].launch_block_device_mappings[0].volume_sise',
    detail: 'unknown option volume_sise for a block device mapping (did you mean volume_size?)'
  },
  {
    name: 'throughput on a gp2 volume',
    builder: {
      launch_block_device_mappings: '[{"device_name": "/dev/sda1", "volume_type": "gp2", "throughput": ▶300}]'
    },
    field: 'builders[0].launch_block_device_mappings[0].throughput',
    detail: 'is only valid for gp3 volumes, not gp2'
  },
  {
    name: 'a KMS key on a device that is explicitly unencrypted',
    builder: {
      launch_block_device_mappings:
        '[{"device_name": "/dev/sda1", "encrypted": false, "kms_key_id": ▶"alias/x"}]'
    },
    field: 'builders[0].launch_block_device_mappings[0].kms_key_id',
    detail: 'device /dev/sda1 must also have "encrypted": true when kms_key_id is set'
  },
  {
    name: 'tags given as a list of strings',
    builder: { tags: '[{"a": "1"}, ▶"b=2"]' },
    field: 'builders[0].tags',
    detail: 'expected a map, found a string ("b=2")'
  },
  {
    name: 'a builder name that is not a string',
    builder: { name: '▶1' },
    field: 'builders[0].name',
    detail: 'expected a string, found a number (1)'
  },
  {
    name: 'a builder name with an unknown function',
    builder: { name: '▶"web-{{ nam }}"' },
    field: 'builders[0].name',
    detail: 'unknown function nam'
  },
  {
    name: 'tags given as a string',
    builder: { tags: '▶"Name=web"' },
    field: 'builders[0].tags',
    detail: 'expected a map of names to values, found a string ("Name=web")'
  },
  {
    name: 'a misspelt build data field in a tag',
    builder: { tags: '{"Base": ▶"{{ .SourceAmiName }}"}' },
    field: 'builders[0].tags.Base',
    detail:
      '.SourceAmiName is not available here (known: .BuildRegion, .SourceAMI, .SourceAMICreationDate, ' +
      '.SourceAMIName, .SourceAMIOwner, .SourceAMIOwnerName, .SourceAMITags)'
  },
  {
    name: 'a tag value that is a list, under a key that needs quoting',
    builder: { run_tags: '{"aws:owner": ▶["ops"]}' },
    field: 'builders[0].run_tags["aws:owner"]',
    detail: 'expected a string, found a list'
  },
  {
    name: 'regions given as an object',
    builder: { ami_regions: '▶{"us-west-2": true}' },
    field: 'builders[0].ami_regions',
    detail: 'expected a string, found an object'
  },
  {
    name: 'an invalid CIDR block',
    builder: { temporary_security_group_source_cidrs: '▶["10.0.0.0/33"]' },
    field: 'builders[0].temporary_security_group_source_cidrs',
    detail: '"10.0.0.0/33" is not a CIDR block'
  },
  {
    name: 'a deprecation time that is not UTC',
    builder: { deprecate_at: '▶"2030-01-31 00:00"' },
    field: 'builders[0].deprecate_at',
    detail: 'expected a UTC time such as 2030-01-31T00:00:00Z, found "2030-01-31 00:00"'
  },
  {
    name: 'zero polling attempts',
    builder: { aws_polling: '{"delay_seconds": 2, "max_attempts": ▶0}' },
    field: 'builders[0].aws_polling.max_attempts',
    detail: 'must be at least 1, found 0'
  },
  // Provisioners
  {
    name: 'provisioners given as an object',
    sections: provisioners('▶{"type": "shell"}'),
    field: 'provisioners',
    detail: 'expected a list, found an object'
  },
  {
    name: 'a provisioner given as a string',
    sections: provisioners('[▶"shell"]'),
    field: 'provisioners[0]',
    detail: 'expected an object, found a string ("shell")'
  },
  {
    name: 'a provisioner without a type',
    sections: provisioners('[▶{"inline": ["echo"]}]'),
    field: 'provisioners[0]',
    detail: 'type is required'
  },
  {
    name: 'a provisioner type not supported yet',
    sections: provisioners('[{"type": ▶"windows-restart"}]'),
    field: 'provisioners[0].type',
    detail: 'provisioner type windows-restart is not supported yet'
  },
  {
    name: 'a shell provisioner with inline and script',
    sections: provisioners('[{"type": "shell", "inline": ["echo"], "script": ▶"setup.sh"}]'),
    files: { 'setup.sh': 'echo' },
    field: 'provisioners[0].script',
    detail: 'give inline or script, not both'
  },
  {
    name: 'a shell provisioner with script and scripts',
    sections: provisioners('[{"type": "shell", "script": "a.sh", "scripts": ▶["b.sh"]}]'),
    field: 'provisioners[0].scripts',
    detail: 'give script or scripts, not both'
  },
  {
    name: 'a shell provisioner with nothing to run',
    sections: provisioners('[▶{"type": "shell", "inline": []}]'),
    field: 'provisioners[0]',
    detail: 'one of inline, script or scripts is required'
  },
  {
    name: 'a script that does not exist',
    sections: provisioners('[{"type": "shell", "scripts": ["ok.sh", ▶"missing.sh"]}]'),
    files: { 'ok.sh': 'echo' },
    field: 'provisioners[0].scripts[1]',
    detail: NO_FILE
  },
  {
    name: 'only naming a builder that does not exist',
    sections: provisioners('[{"type": "shell", "inline": "echo", "only": [▶"wbe"]}]'),
    field: 'provisioners[0].only[0]',
    detail: 'there is no builder named wbe (builders: amazon-ebs)'
  },
  {
    name: 'both only and except',
    sections: provisioners(
      '[{"type": "shell", "inline": "echo", "only": "amazon-ebs", ▶"except": "amazon-ebs"}]'
    ),
    field: 'provisioners[0].except',
    detail: 'give only or except, not both'
  },
  {
    name: 'an override for a builder that does not exist',
    sections: provisioners('[{"type": "shell", "inline": "echo", "override": {▶"web": {}}}]'),
    field: 'provisioners[0].override.web',
    detail: 'there is no builder named web to override'
  },
  {
    name: 'an override that breaks the provisioner, reported at the override',
    sections: provisioners(
      '[{"type": "shell", "inline": "echo", "override": {"amazon-ebs": {"skip_clean": ▶"maybe"}}}]'
    ),
    field: 'provisioners[0].override.amazon-ebs.skip_clean',
    detail: 'expected a boolean (true or false), found a string ("maybe")'
  },
  {
    name: 'a misspelt shell option',
    sections: provisioners('[{"type": "shell", "inline": "echo", ▶"enviroment_vars": ["A=1"]}]'),
    field: 'provisioners[0].enviroment_vars',
    detail: 'unknown option enviroment_vars for the shell provisioner (did you mean environment_vars?)'
  },
  {
    name: 'a shell option not supported yet',
    sections: provisioners('[{"type": "shell", "inline": "echo", ▶"use_env_var_file": true}]'),
    field: 'provisioners[0].use_env_var_file',
    detail: 'use_env_var_file is not supported yet'
  },
  {
    name: 'an environment variable without a name',
    sections: provisioners('[{"type": "shell", "inline": "echo", "environment_vars": ▶["=1"]}]'),
    field: 'provisioners[0].environment_vars',
    detail: 'expected NAME=value, found "=1"'
  },
  {
    name: 'build data in a script path',
    sections: provisioners('[{"type": "shell", "script": ▶"{{ build `ID` }}.sh"}]'),
    field: 'provisioners[0].script',
    detail: `{{ build \`ID\` }} is not available here; ${PROVISIONER_HINT}`
  },
  {
    name: 'clean_resource_name in a provisioner',
    sections: provisioners('[{"type": "shell", "inline": [▶"echo {{ clean_resource_name `a:b` }}"]}]'),
    field: 'provisioners[0].inline[0]',
    detail: 'function clean_resource_name is only available in amazon-ebs builder options'
  },
  {
    name: 'a pause that is not a duration',
    sections: provisioners('[{"type": "shell", "inline": "echo", "pause_before": ▶"10"}]'),
    field: 'provisioners[0].pause_before',
    detail: 'expected a duration such as "30s", "5m" or "1h30m", found a string ("10")'
  },
  {
    name: 'a file provisioner without a destination',
    sections: provisioners('[▶{"type": "file", "content": "x"}]'),
    field: 'provisioners[0].destination',
    detail: 'is required'
  },
  {
    name: 'a file provisioner with content and source',
    sections: provisioners('[{"type": "file", "source": "a", "content": ▶"x", "destination": "/tmp/x"}]'),
    field: 'provisioners[0].content',
    detail: 'give content or source(s), not both'
  },
  {
    name: 'a file provisioner with nothing to transfer',
    sections: provisioners('[▶{"type": "file", "destination": "/tmp/"}]'),
    field: 'provisioners[0]',
    detail: 'source, sources or content is required'
  },
  {
    name: 'content to download',
    sections: provisioners(
      '[{"type": "file", "content": ▶"x", "destination": "x", "direction": "download"}]'
    ),
    field: 'provisioners[0].content',
    detail: 'content can only be uploaded (direction upload)'
  },
  {
    name: 'a file transfer direction that does not exist',
    sections: provisioners(
      '[{"type": "file", "content": "x", "destination": "/x", "direction": ▶"sideways"}]'
    ),
    field: 'provisioners[0].direction',
    detail: 'must be one of upload, download, found "sideways"'
  },
  {
    name: 'shell-local only_on an unknown system',
    sections: provisioners('[{"type": "shell-local", "inline": "echo", "only_on": ▶["linux", "beos"]}]'),
    field: 'provisioners[0].only_on',
    detail: 'unknown operating system beos; use darwin, freebsd, linux, openbsd, solaris, windows'
  },
  {
    name: 'an error-cleanup-provisioner of a type not supported yet',
    sections: { 'error-cleanup-provisioner': '{"type": ▶"powershell", "inline": ["x"]}' },
    field: 'error-cleanup-provisioner.type',
    detail: 'provisioner type powershell is not supported yet'
  },
  // Post-processors
  {
    name: 'a post-processor type not supported yet, by name',
    sections: { 'post-processors': '[▶"amazon-import"]' },
    field: 'post-processors[0]',
    detail: 'post-processor type amazon-import is not supported yet'
  },
  {
    name: 'a chain inside a chain',
    sections: { 'post-processors': '[["manifest", ▶["manifest"]]]' },
    field: 'post-processors[0][1]',
    detail: 'a chain of post-processors cannot contain another list'
  },
  {
    name: 'a number in a chain',
    sections: { 'post-processors': '[["manifest", ▶1]]' },
    field: 'post-processors[0][1]',
    detail: 'expected a post-processor (a type name or an object), found a number (1)'
  },
  {
    name: 'a misspelt manifest option',
    sections: { 'post-processors': '[{"type": "manifest", ▶"outptu": "m.json"}]' },
    field: 'post-processors[0].outptu',
    detail: 'unknown option outptu for the manifest post-processor (did you mean output?)'
  },
  {
    name: 'a post-processor limited to a builder that does not exist',
    sections: { 'post-processors': '[{"type": "manifest", "except": ▶"web"}]' },
    field: 'post-processors[0].except',
    detail: 'there is no builder named web (builders: amazon-ebs)'
  },
  // Selection
  {
    name: 'only naming a builder the template does not have',
    text: templateText().replace('"builders"', '▶"builders"'),
    options: { only: ['web'] },
    field: 'builders',
    detail: 'only names web, which is not a builder here (builders: amazon-ebs)'
  }
];

describe('malformed templates', () => {
  it('has at least forty cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('reports $name', testCase => {
    const source = testCase.text ?? templateText(testCase.builder, testCase.sections, testCase.markBuilder);
    const marked = locateMarker(source);
    const error = loadError(makeDir, {
      files: { 'packer/web.pkr.json': marked.text, ...testCase.files },
      options: testCase.options
    });
    expect(error).toBeInstanceOf(InputError);
    expect({ file: error.file, line: error.line, column: error.column, field: error.field }).toEqual({
      file: 'packer/web.pkr.json',
      line: marked.line,
      column: marked.column,
      field: testCase.field
    });
    const prefix = `packer/web.pkr.json:${marked.line}:${marked.column}: ${testCase.field === '' ? '' : `${testCase.field}: `}`;
    expect(error.message.startsWith(prefix)).toBe(true);
    if (typeof testCase.detail === 'string') expect(error.message).toBe(prefix + testCase.detail);
    else expect(error.detail).toMatch(testCase.detail);
  });
});
