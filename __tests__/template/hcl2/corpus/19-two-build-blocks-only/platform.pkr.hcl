source "amazon-ebs" "web" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  ssh_username  = "ubuntu"
  ami_name      = "web-{{timestamp}}"
}

source "amazon-ebs" "api" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.medium"
  ssh_username  = "ubuntu"
  ami_name      = "api-{{timestamp}}"
}

source "amazon-ebs" "bastion" {
  region        = "us-east-1"
  source_ami    = "ami-0fedcba9876543210"
  instance_type = "t3.nano"
  ssh_username  = "ec2-user"
  ami_name      = "bastion-{{timestamp}}"
}

build {
  name    = "app"
  sources = ["source.amazon-ebs.web", "source.amazon-ebs.api"]

  provisioner "shell" {
    inline = ["echo ${build.name}/${source.name} > /tmp/role"]
  }

  error-cleanup-provisioner "shell-local" {
    inline = ["echo ${source.name} failed >> failures.log"]
  }

  post-processor "manifest" {
    output = "app-manifest.json"
  }
}

build {
  name    = "ops"
  sources = ["source.amazon-ebs.bastion"]

  provisioner "shell" {
    inline = ["sudo yum install -y fail2ban", "echo ${build.name}/${source.name} > /tmp/role"]
  }

  post-processor "manifest" {
    output = "ops-manifest.json"
  }
}
