locals {
  stamp = formatdate("YYYYMMDDhhmmss", timestamp())
}

source "amazon-ebs" "ubuntu" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "golden-ubuntu-${local.stamp}"
}

source "amazon-ebs" "debian" {
  region        = "us-east-1"
  source_ami    = "ami-0fedcba9876543210"
  instance_type = "t3.micro"
  ssh_username  = "admin"
  ami_name      = "golden-debian-${local.stamp}"
}

build {
  sources = [
    "source.amazon-ebs.ubuntu",
    "source.amazon-ebs.debian",
  ]

  provisioner "shell" {
    inline = ["sudo apt-get update", "sudo apt-get -y install curl ca-certificates"]
  }

  provisioner "shell" {
    only   = ["amazon-ebs.ubuntu"]
    inline = ["sudo snap install amazon-ssm-agent --classic"]
  }

  provisioner "shell" {
    except = ["amazon-ebs.ubuntu"]
    inline = ["sudo apt-get -y install unattended-upgrades"]
  }

  post-processor "manifest" {
    output     = "manifest-${source.name}.json"
    strip_path = true
  }
}
