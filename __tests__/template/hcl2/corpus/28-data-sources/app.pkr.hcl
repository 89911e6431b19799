data "amazon-ami" "ubuntu" {
  filters = {
    name                = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
    root-device-type    = "ebs"
    virtualization-type = "hvm"
  }
  most_recent = true
  owners      = ["099720109477"]
  region      = "us-east-1"
}

data "amazon-parameterstore" "golden" {
  name   = "/golden/base-ami"
  region = "us-east-1"
}

data "amazon-secretsmanager" "registry" {
  name   = "ci/registry-password"
  region = "us-east-1"
}

locals {
  base_name = data.amazon-ami.ubuntu.name
}

local "db_password" {
  expression = aws_secretsmanager("ci/app-database", "password")
  sensitive  = true
}

source "amazon-ebs" "app" {
  region        = "us-east-1"
  source_ami    = data.amazon-ami.ubuntu.id
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "app-{{timestamp}}"

  tags = {
    BaseAMIName      = local.base_name
    BaseAMICreated   = data.amazon-ami.ubuntu.creation_date
    GoldenAMI        = data.amazon-parameterstore.golden.value
    GoldenAMIVersion = data.amazon-parameterstore.golden.version
  }
}

build {
  sources = ["source.amazon-ebs.app"]

  provisioner "shell" {
    environment_vars = [
      "REGISTRY_PASSWORD=${data.amazon-secretsmanager.registry.value}",
      "DB_PASSWORD=${local.db_password}",
    ]
    inline = ["echo \"$REGISTRY_PASSWORD\" | docker login --username ci --password-stdin registry.example.com"]
  }
}
