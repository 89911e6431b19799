# Packer's Go template functions still work inside HCL2 strings, as in JSON templates.

variable "branch" {
  type    = string
  default = "main"
}

source "amazon-ebs" "ci" {
  region          = "us-east-1"
  source_ami      = "ami-0123456789abcdef0"
  instance_type   = "t3.micro"
  ssh_username    = "ubuntu"
  ami_name        = "ci-${var.branch} {{isotime | clean_resource_name}}"
  ami_description = "Built from {{ .SourceAMIName }} ({{ .SourceAMI }}) in {{ .BuildRegion }} at {{timestamp}}"

  run_tags = {
    BuildUUID = "{{uuid}}"
  }

  snapshot_tags = {
    Base = "{{ .SourceAMIName }}"
    Team = "{{ .SourceAMITags.Team }}"
  }
}

build {
  sources = ["source.amazon-ebs.ci"]

  provisioner "shell" {
    execute_command = "{{ .Vars }} sudo -E sh '{{ .Path }}'"
    inline          = ["echo built on {{ build `ID` }} for {{ build_name }}/{{ build_type }}", "echo {{ upper `done` }}"]
  }
}
