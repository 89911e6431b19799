// Build data (.SourceAMIName, {{ build `ID` }}) waits in a Deferred until the builder knows it; the rest of
// the string is rendered at load time, and data where none is available is refused at load time.
import { AMAZON_TAG_DATA, executeCommandData, PROVISIONER_DATA } from '../../src/template/build-data.js';
import { Deferred } from '../../src/template/deferred.js';
import {
  noBuildData,
  renderDeferred,
  renderString,
  type DataPolicy
} from '../../src/template/interpolate.js';
import { TemplateError } from '../../src/template/template-syntax.js';
import { testScope } from './scope.js';

const SOURCE = {
  SourceAMI: 'ami-0aaa',
  SourceAMIName: 'debian-12-amd64-20240101',
  SourceAMIOwner: '136693071363',
  SourceAMIOwnerName: 'amazon',
  SourceAMICreationDate: '2024-01-01T00:00:00.000Z',
  SourceAMITags: { Name: 'debian', 'os:version': '12' },
  BuildRegion: 'eu-west-1'
};

function deferred(text: string, policy: DataPolicy = AMAZON_TAG_DATA): Deferred {
  return renderDeferred(text, testScope('builder'), policy);
}

describe('deferred build data', () => {
  it.each([
    ['{{ .SourceAMI }}', 'ami-0aaa'],
    ['{{.SourceAMIName}}', 'debian-12-amd64-20240101'],
    ['{{ .SourceAMIOwner }}/{{ .SourceAMIOwnerName }}', '136693071363/amazon'],
    ['{{ .SourceAMICreationDate }}', '2024-01-01T00:00:00.000Z'],
    ['{{ .SourceAMITags.Name }}', 'debian'],
    ['[{{ .SourceAMITags.Missing }}]', '[]'],
    ['{{ .BuildRegion | upper }}', 'EU-WEST-1'],
    ['{{ clean_resource_name .SourceAMICreationDate }}', '2024-01-01T00-00-00.000Z'],
    ['{{ split .SourceAMIName "-" 2 }}', 'amd64'],
    [
      '{{ user `app` }} from {{ .SourceAMIName }} at {{ timestamp }}',
      'shop from debian-12-amd64-20240101 at 1704164645'
    ]
  ])('renders %s once the source image is known', (text, expected) => {
    const value = deferred(text);
    expect(value.isStatic).toBe(false);
    expect(value.render(SOURCE)).toBe(expected);
  });

  it('renders what it can now and shows the rest as template actions', () => {
    const value = deferred('{{ user `app` }}-{{ timestamp }}-{{ .BuildRegion | upper }}');
    expect(value.toString()).toBe('shop-1704164645-{{ upper .BuildRegion }}');
    expect(JSON.stringify({ value })).toBe('{"value":"shop-1704164645-{{ upper .BuildRegion }}"}');
    expect(value.references).toEqual(['BuildRegion']);
    expect(value.source).toBe('{{ user `app` }}-{{ timestamp }}-{{ .BuildRegion | upper }}');
  });

  it('is a plain value when nothing waits for build data', () => {
    const value = deferred('web {{ user `app` }}');
    expect(value.isStatic).toBe(true);
    expect(value.references).toEqual([]);
    expect(value.render()).toBe('web shop');
    expect(Deferred.of('x').render()).toBe('x');
  });

  it('keeps {{ build }} for provisioners, with the build names Packer provides', () => {
    const value = deferred('echo {{ build `ID` }} {{ build "Host" | upper }}', PROVISIONER_DATA);
    expect(value.references).toEqual(['ID', 'Host']);
    expect(value.render({ ID: 'i-0123', Host: 'ip-10-0-0-1' })).toBe('echo i-0123 IP-10-0-0-1');
  });

  it("keeps an execute_command's own fields", () => {
    const value = deferred(
      'chmod +x {{.Path}}; {{.Vars}} {{.Path}}',
      executeCommandData(['Path', 'Vars'], true)
    );
    expect(value.render({ Path: '/tmp/s.sh', Vars: "A='1' " })).toBe("chmod +x /tmp/s.sh; A='1'  /tmp/s.sh");
  });

  it('is frozen', () => {
    const value = deferred('{{ .SourceAMI }}');
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.references)).toBe(true);
  });

  it('fails to render when the builder does not supply what it needs', () => {
    expect(() => deferred('{{ .SourceAMIName }}').render({ BuildRegion: 'x' })).toThrow(
      'build data SourceAMIName is not available'
    );
    expect(() => deferred('{{ build `ID` }}', PROVISIONER_DATA).render({})).toThrow(
      'build data ID is not available'
    );
  });

  it.each<[string, DataPolicy, string]>([
    [
      '{{ .SourceAMIName }}',
      noBuildData('build data renders only in ami_description and tags'),
      '.SourceAMIName is not available here; build data renders only in ami_description and tags'
    ],
    [
      '{{ .SourceAmiName }}',
      AMAZON_TAG_DATA,
      '.SourceAmiName is not available here (known: .BuildRegion, .SourceAMI, .SourceAMICreationDate, ' +
        '.SourceAMIName, .SourceAMIOwner, .SourceAMIOwnerName, .SourceAMITags)'
    ],
    [
      '{{ .SourceAMITags }}',
      AMAZON_TAG_DATA,
      '.SourceAMITags is a map: name one key, as in .SourceAMITags.Name'
    ],
    ['{{ .BuildRegion.Name }}', AMAZON_TAG_DATA, '.BuildRegion has no field Name'],
    ['{{ user .SourceAMIName }}', AMAZON_TAG_DATA, 'function user cannot take build data as an argument'],
    [
      '{{ build `ID` }}',
      AMAZON_TAG_DATA,
      '{{ build `ID` }} is not available here; build data (.SourceAMIName, .BuildRegion, ...) renders only in ' +
        'ami_description, tags, snapshot_tags, run_tags and run_volume_tags'
    ],
    [
      '{{ build `Nope` }}',
      PROVISIONER_DATA,
      expect.stringContaining('build data Nope is not available here (known: ID,')
    ],
    ['{{ build }}', PROVISIONER_DATA, 'build takes one string argument: {{ build `Name` }}'],
    [
      '{{ .Path }}',
      PROVISIONER_DATA,
      expect.stringContaining('.Path is not available here; build data ({{ build')
    ]
  ])('refuses %s at load time', (text, policy, message) => {
    let thrown: unknown;
    try {
      deferred(text, policy);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TemplateError);
    expect((thrown as Error).message).toEqual(message);
  });

  it('refuses build data in strings that must render completely', () => {
    expect(() => renderString('{{ .SourceAMI }}', testScope(), AMAZON_TAG_DATA)).toThrow(
      '.SourceAMI is not available here; build data (.SourceAMIName, .BuildRegion, ...) renders only in'
    );
  });
});
