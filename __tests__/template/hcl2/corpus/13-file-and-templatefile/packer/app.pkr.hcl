# Run from the repository root: packer build packer/app.pkr.hcl
# file() and templatefile() read next to this file, so their paths do not start with path.root (Packer would
# join the two: packer/packer/files/...); provisioner scripts are relative to where packer runs.

variable "team" {
  type    = string
  default = "platform"
}

variable "support_email" {
  type    = string
  default = "platform@example.com"
}

source "amazon-ebs" "app" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "app-{{timestamp}}"
  user_data     = file("files/user-data.yaml")
}

build {
  sources = ["source.amazon-ebs.app"]

  provisioner "file" {
    content = templatefile("files/motd.tpl", {
      team     = var.team
      email    = var.support_email
      packages = ["git", "curl"]
    })
    destination = "/tmp/motd"
  }

  provisioner "shell" {
    script = "scripts/bootstrap.sh"
  }
}
