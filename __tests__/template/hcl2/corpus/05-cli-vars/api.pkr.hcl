variable "app_version" {
  type = string
}

variable "git_sha" {
  type    = string
  default = "unknown"
}

variable "ami_regions" {
  type    = list(string)
  default = []
}

variable "volume_size" {
  type    = number
  default = 8
}

variable "force_deregister" {
  type    = bool
  default = false
}

source "amazon-ebs" "api" {
  region           = "us-east-1"
  source_ami       = "ami-0123456789abcdef0"
  instance_type    = "t3.medium"
  ssh_username     = "ubuntu"
  ami_name         = "api-${var.app_version}"
  ami_description  = "API ${var.app_version} built from ${var.git_sha}"
  ami_regions      = var.ami_regions
  force_deregister = var.force_deregister

  launch_block_device_mappings {
    device_name           = "/dev/sda1"
    volume_size           = var.volume_size
    delete_on_termination = true
  }

  tags = {
    Name    = "api-${var.app_version}"
    GitSha  = var.git_sha
    Release = var.app_version
  }
}

build {
  sources = ["source.amazon-ebs.api"]

  provisioner "shell" {
    inline = ["echo ${var.app_version} | sudo tee /etc/api-version"]
  }
}
