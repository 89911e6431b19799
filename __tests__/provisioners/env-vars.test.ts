// {{.Vars}} and execute_command rendering, character for character as Packer writes them.
import { renderCommand } from '../../src/provisioners/command-template.js';
import { envVars, flattenEnvVars } from '../../src/provisioners/env-vars.js';

test("variables are sorted by name, single-quoted, with quotes inside written as '\"'\"'", () => {
  const vars = envVars({
    buildName: 'web',
    builderType: 'amazon-ebs',
    environment_vars: ["B=it's", 'A=1=2', 'NOVALUE'],
    env: { C: 'x', B: 'from env' }
  });
  expect(flattenEnvVars(vars)).toBe(
    "A='1=2' B='from env' C='x' NOVALUE='' PACKER_BUILDER_TYPE='amazon-ebs' PACKER_BUILD_NAME='web' "
  );
  expect(flattenEnvVars(envVars({ buildName: "o'k", builderType: 'amazon-ebs' }), "export %s='%s'\n")).toBe(
    "export PACKER_BUILDER_TYPE='amazon-ebs'\nexport PACKER_BUILD_NAME='o'\"'\"'k'\n"
  );
});

test('execute_command fields render with or without spaces; other actions are left alone', () => {
  const data = { Path: '/tmp/s.sh', Vars: "A='1' " };
  expect(renderCommand('chmod +x {{.Path}}; {{.Vars}} {{.Path}}', data)).toBe(
    "chmod +x /tmp/s.sh; A='1'  /tmp/s.sh"
  );
  expect(renderCommand("sudo -S sh -c '{{ .Vars }}{{ .Path }}' {{.Other}}", data)).toBe(
    "sudo -S sh -c 'A='1' /tmp/s.sh' {{.Other}}"
  );
  expect(renderCommand({ render: d => `rendered ${d.Path}` }, data)).toBe('rendered /tmp/s.sh');
});
