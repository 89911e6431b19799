packer {
  required_version = ">= 1.7.0"
  required_plugins {
    amazon = {
      version = ">= 1.3.0"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

source "amazon-ebs" "docker-host" {
  ami_name      = "docker-host-{{timestamp}}"
  instance_type = "m5.large"
  region        = "us-east-1"
  ssh_username  = "ec2-user"

  source_ami_filter {
    filters = {
      name                = "al2023-ami-2023.*-x86_64"
      architecture        = "x86_64"
      virtualization-type = "hvm"
    }
    owners             = ["amazon"]
    most_recent        = true
    include_deprecated = false
  }

  launch_block_device_mappings {
    device_name           = "/dev/xvda"
    volume_size           = 30
    volume_type           = "gp3"
    iops                  = 3000
    throughput            = 250
    encrypted             = true
    delete_on_termination = true
  }

  launch_block_device_mappings {
    device_name           = "/dev/xvdb"
    volume_size           = 100
    volume_type           = "gp3"
    delete_on_termination = true
  }

  launch_block_device_mappings {
    device_name  = "/dev/sdc"
    virtual_name = "ephemeral0"
  }

  ami_block_device_mappings {
    device_name = "/dev/sdd"
    no_device   = true
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
    instance_metadata_tags      = "enabled"
  }

  aws_polling {
    delay_seconds = 30
    max_attempts  = 120
  }
}

build {
  sources = ["source.amazon-ebs.docker-host"]

  provisioner "shell" {
    inline = [
      "sudo dnf install -y docker",
      "sudo systemctl enable docker",
    ]
  }
}
