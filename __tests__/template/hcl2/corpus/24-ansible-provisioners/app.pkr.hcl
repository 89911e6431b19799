packer {
  required_plugins {
    amazon = {
      version = ">= 1.2.8"
      source  = "github.com/hashicorp/amazon"
    }
    ansible = {
      version = "~> 1"
      source  = "github.com/hashicorp/ansible"
    }
  }
}

variable "app_version" {
  type    = string
  default = "1.8.0"
}

source "amazon-ebs" "app" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  ssh_username  = "ubuntu"
  ami_name      = "app-${var.app_version}-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.app"]

  provisioner "ansible" {
    playbook_file    = "./ansible/site.yml"
    user             = "ubuntu"
    groups           = ["web"]
    extra_arguments  = ["--extra-vars", "app_version=${var.app_version}", "--scp-extra-args", "'-O'"]
    ansible_env_vars = ["ANSIBLE_HOST_KEY_CHECKING=False", "ANSIBLE_NOCOLOR=True"]
    use_proxy        = false
  }

  provisioner "shell" {
    inline = ["sudo apt-get install -y ansible-core"]
  }

  provisioner "ansible-local" {
    playbook_file           = "ansible/local.yml"
    playbook_dir            = "ansible"
    group_vars              = "ansible/group_vars"
    extra_arguments         = ["--extra-vars", "\"app_version=${var.app_version}\""]
    clean_staging_directory = true
  }
}
