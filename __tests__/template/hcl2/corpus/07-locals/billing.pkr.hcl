variable "app" {
  type    = string
  default = "billing"
}

variable "environment" {
  type    = string
  default = "staging"
}

locals {
  name_prefix = "${var.app}-${var.environment}"
  build_date  = formatdate("YYYY-MM-DD", timestamp())
  common_tags = {
    Application = var.app
    Environment = var.environment
    ManagedBy   = "packer"
  }
}

locals {
  ami_name     = "${local.name_prefix}-${local.build_date}"
  deprecate_at = timeadd(timestamp(), "8760h")
}

local "install_dir" {
  expression = "/opt/${var.app}"
}

source "amazon-ebs" "billing" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = local.ami_name
  deprecate_at  = local.deprecate_at
  tags          = local.common_tags
  run_tags      = local.common_tags
}

build {
  sources = ["source.amazon-ebs.billing"]

  provisioner "shell" {
    inline = [
      "sudo mkdir -p ${local.install_dir}",
      "sudo chown ubuntu ${local.install_dir}",
    ]
  }
}
