# A web server image: Ubuntu 22.04, an app directory, a page and a version file.
# The HCL2 form of web.pkr.json (there the builder is unnamed, so its build is called amazon-ebs; here, web).

packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = ">= 1.2.0"
    }
  }
}

variable "app_version" {
  type    = string
  default = "1.0.0"
}

variable "region" {
  type    = string
  default = "us-east-1"
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}

variable "greeting" {
  type = string
}

source "amazon-ebs" "web" {
  region = var.region
  source_ami_filter {
    filters = {
      name                = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }
    owners      = ["099720109477"]
    most_recent = true
  }
  instance_type   = var.instance_type
  ssh_username    = "ubuntu"
  ami_name        = "web-${var.app_version}-{{timestamp}}"
  ami_description = "web ${var.app_version} on {{ .SourceAMIName }}"
  tags = {
    Name    = "web"
    Version = var.app_version
    Base    = "{{ .SourceAMIName }}"
  }
  run_tags = { Purpose = "ami-build" }
}

build {
  description = "A web server image: Ubuntu 22.04, an app directory, a page and a version file."
  sources     = ["source.amazon-ebs.web"]

  provisioner "shell" {
    inline = [
      "sudo mkdir -p /opt/web",
      "sudo chown ubuntu /opt/web",
      "echo \"${var.greeting}\" > /opt/web/greeting",
    ]
  }

  provisioner "file" {
    source      = "files/index.html"
    destination = "/opt/web/index.html"
  }

  provisioner "shell" {
    script           = "scripts/install.sh"
    environment_vars = ["APP_VERSION=${var.app_version}"]
  }

  post-processor "manifest" {
    output = "packer-manifest.json"
  }
}
