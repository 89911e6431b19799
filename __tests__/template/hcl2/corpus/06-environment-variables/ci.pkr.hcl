# Values come from the CI environment: PKR_VAR_<name> sets a variable, env() reads one in a default.

variable "region" {
  type    = string
  default = env("AWS_REGION")
}

variable "build_number" {
  type    = string
  default = "local"
}

variable "git_branch" {
  type    = string
  default = env("GIT_BRANCH")
}

variable "security_group_ids" {
  type    = list(string)
  default = []
}

variable "root_volume_size" {
  type    = number
  default = 8
}

variable "home" {
  type    = string
  default = env("HOME")
}

source "amazon-ebs" "ci" {
  region             = var.region
  source_ami         = "ami-0123456789abcdef0"
  instance_type      = "t3.micro"
  ssh_username       = "ubuntu"
  ami_name           = "ci-${var.git_branch}-${var.build_number}"
  security_group_ids = var.security_group_ids

  launch_block_device_mappings {
    device_name = "/dev/sda1"
    volume_size = var.root_volume_size
  }

  tags = {
    Branch = var.git_branch
    Build  = var.build_number
  }
}

build {
  sources = ["source.amazon-ebs.ci"]

  provisioner "shell" {
    environment_vars = ["BUILD_NUMBER=${var.build_number}", "RUNNER_HOME=${var.home}"]
    inline           = ["echo build $BUILD_NUMBER"]
  }
}
