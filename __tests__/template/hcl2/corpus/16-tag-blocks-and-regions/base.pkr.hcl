source "amazon-ebs" "base" {
  region        = "us-east-1"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "base-{{timestamp}}"
  ami_regions   = ["us-west-2", "eu-central-1"]

  source_ami_filter {
    filters = {
      name = "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"
    }
    owners      = ["099720109477"]
    most_recent = true
  }

  tag {
    key   = "Name"
    value = "base-{{timestamp}}"
  }

  tag {
    key   = "Base_AMI_Name"
    value = "{{ .SourceAMIName }}"
  }

  tag {
    key   = "Built-In"
    value = "{{ .BuildRegion }}"
  }

  run_tag {
    key   = "Purpose"
    value = "image-build"
  }

  run_tag {
    key   = "Name"
    value = "packer-builder-base"
  }

  run_volume_tags = {
    Name = "packer-builder-base"
  }

  snapshot_tags = {
    Source = "{{ .SourceAMI }}"
  }
}

build {
  sources = ["source.amazon-ebs.base"]

  provisioner "shell" {
    inline = ["sudo apt-get update", "sudo apt-get -y upgrade"]
  }
}
