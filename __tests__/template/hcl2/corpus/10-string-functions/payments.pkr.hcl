variable "app_name" {
  type    = string
  default = "  Payments API  "
}

variable "branch" {
  type    = string
  default = "feature/PAY-123_new-checkout"
}

variable "build_number" {
  type    = number
  default = 7
}

locals {
  app        = lower(replace(trimspace(var.app_name), " ", "-"))
  branch     = regex_replace(lower(var.branch), "[^a-z0-9-]", "-")
  build_date = formatdate("YYYYMMDD-hhmm", timestamp())
  owners     = split(",", "platform,payments")
}

source "amazon-ebs" "payments" {
  region          = "us-east-1"
  source_ami      = "ami-0123456789abcdef0"
  instance_type   = "t3.micro"
  ssh_username    = "ubuntu"
  ami_name        = format("%s-%s-%s-%03d", local.app, local.branch, local.build_date, var.build_number)
  ami_description = "Built ${formatdate("DD MMM YYYY hh:mm ZZZ", timestamp())} from ${upper(local.branch)}"

  tags = {
    Name   = local.app
    Owners = join(" & ", local.owners)
    Branch = var.branch
  }
}

build {
  sources = ["source.amazon-ebs.payments"]

  provisioner "shell" {
    inline = ["echo ${upper(local.app)} > /tmp/app-name"]
  }
}
