variable "environment" {
  type = string
}

variable "app_version" {
  type = string
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}

variable "volume_size" {
  type    = number
  default = 8
}

variable "ami_users" {
  type    = list(string)
  default = []
}

source "amazon-ebs" "web" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = var.instance_type
  ssh_username  = "ubuntu"
  ami_name      = "web-${var.environment}-${var.app_version}"
  ami_users     = var.ami_users

  launch_block_device_mappings {
    device_name           = "/dev/sda1"
    volume_size           = var.volume_size
    volume_type           = "gp3"
    delete_on_termination = true
  }

  tags = {
    Environment = var.environment
    Version     = var.app_version
  }
}

build {
  sources = ["source.amazon-ebs.web"]

  provisioner "shell" {
    environment_vars = [
      "APP_VERSION=${var.app_version}",
      "APP_ENV=${var.environment}",
    ]
    inline = ["echo deploying $APP_VERSION to $APP_ENV"]
  }
}
