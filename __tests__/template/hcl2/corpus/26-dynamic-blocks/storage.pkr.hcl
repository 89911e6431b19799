variable "data_volumes" {
  type = map(object({
    size = number
    type = string
  }))
  default = {
    "/dev/sdf" = { size = 100, type = "gp3" }
    "/dev/sdg" = { size = 500, type = "st1" }
  }
}

variable "setup_steps" {
  type = list(object({
    kind    = string
    command = string
  }))
  default = [
    { kind = "shell", command = "sudo mkfs -t xfs /dev/nvme1n1" },
    { kind = "shell-local", command = "echo volumes formatted" },
    { kind = "shell", command = "sudo mkfs -t xfs /dev/nvme2n1" },
  ]
}

locals {
  standard_tags = {
    Team      = "storage"
    ManagedBy = "packer"
  }
}

source "amazon-ebs" "storage" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "m5.large"
  ssh_username  = "ec2-user"
  ami_name      = "storage-{{timestamp}}"

  launch_block_device_mappings {
    device_name           = "/dev/xvda"
    volume_size           = 20
    delete_on_termination = true
  }

  dynamic "tag" {
    for_each = local.standard_tags
    content {
      key   = tag.key
      value = tag.value
    }
  }

  dynamic "launch_block_device_mappings" {
    for_each = var.data_volumes
    iterator = volume
    content {
      device_name           = volume.key
      volume_size           = volume.value.size
      volume_type           = volume.value.type
      delete_on_termination = true
    }
  }
}

build {
  sources = ["source.amazon-ebs.storage"]

  provisioner "shell" {
    inline = ["lsblk"]
  }

  dynamic "provisioner" {
    for_each = var.setup_steps
    labels   = [provisioner.value.kind]
    content {
      inline = ["${provisioner.value.command} # step ${provisioner.key + 1}"]
    }
  }
}
