# One source, built twice under two names with their own options.

source "amazon-ebs" "ubuntu" {
  region       = "us-east-1"
  ssh_username = "ubuntu"
  ami_name     = "${source.name}-{{timestamp}}"

  source_ami_filter {
    filters = {
      name                = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }
    most_recent = true
    owners      = ["099720109477"]
  }

  tags = {
    OS = "ubuntu-22.04"
  }
}

build {
  source "source.amazon-ebs.ubuntu" {
    name          = "web"
    instance_type = "t3.small"
  }

  source "amazon-ebs.ubuntu" {
    name          = "worker"
    instance_type = "c5.large"
    ami_regions   = ["us-west-2"]
  }

  provisioner "shell" {
    inline = ["echo building ${source.name} from ${source.type}"]
  }

  provisioner "shell" {
    only   = ["amazon-ebs.worker"]
    inline = ["sudo apt-get install -y redis-tools"]
  }

  provisioner "shell" {
    except = ["amazon-ebs.worker"]
    inline = ["sudo apt-get install -y nginx"]
  }
}
