// The fields Packer's puppet-masterless renders execute_command with, and its default command
// (the unix one), written out: the same string Packer's Go template gives for the same fields.
import { shellQuote } from '../env-vars.js';

export interface PuppetCommandData {
  WorkingDir: string;
  FacterVars: string;
  Sudo: boolean;
  PuppetBinDir: string;
  ModulePath: string;
  ModulePathJoiner: string;
  HieraConfigPath: string;
  ManifestDir: string;
  ManifestFile: string;
  ExtraArguments: string;
  /** Packer never sets it (its --debug is not this provisioner's). */
  Debug: boolean;
}

/**
 * cd {{.WorkingDir}} && {{if ne .FacterVars ""}}{{.FacterVars}} {{end}}{{if .Sudo}}sudo -E {{end}}
 * {{if ne .PuppetBinDir ""}}{{.PuppetBinDir}}/{{end}}puppet apply --detailed-exitcodes {{if .Debug}}--debug {{end}}
 * {{if ne .ModulePath ""}}--modulepath='{{.ModulePath}}' {{end}}{{if ne .HieraConfigPath ""}}--hiera_config='{{.HieraConfigPath}}' {{end}}
 * {{if ne .ManifestDir ""}}--manifestdir='{{.ManifestDir}}' {{end}}{{if ne .ExtraArguments ""}}{{.ExtraArguments}} {{end}}{{.ManifestFile}}
 */
export function defaultPuppetCommand(d: PuppetCommandData): string {
  const when = (value: string | boolean, text: string) => (value === '' || value === false ? '' : text);
  return (
    `cd ${d.WorkingDir} && ` +
    when(d.FacterVars, `${d.FacterVars} `) +
    when(d.Sudo, 'sudo -E ') +
    when(d.PuppetBinDir, `${d.PuppetBinDir}/`) +
    'puppet apply --detailed-exitcodes ' +
    when(d.Debug, '--debug ') +
    when(d.ModulePath, `--modulepath='${d.ModulePath}' `) +
    when(d.HieraConfigPath, `--hiera_config='${d.HieraConfigPath}' `) +
    when(d.ManifestDir, `--manifestdir='${d.ManifestDir}' `) +
    when(d.ExtraArguments, `${d.ExtraArguments} `) +
    d.ManifestFile
  );
}

/**
 * FACTER_name='value' for each fact, by name (Go's map order is random; sorted is stable), joined with
 * spaces. A quote inside a value is written '"'"' so the command still parses (Packer does not escape it).
 */
export function facterVars(facts: Readonly<Record<string, string>>): string {
  return Object.keys(facts)
    .sort()
    .map(name => `FACTER_${name}=${shellQuote(facts[name]!)}`)
    .join(' ');
}

/** The data as strings, for a template (Go prints a bool as true / false). */
export function asTemplateData(d: PuppetCommandData): Record<string, string> {
  return Object.fromEntries(Object.entries(d).map(([key, value]) => [key, String(value)]));
}
