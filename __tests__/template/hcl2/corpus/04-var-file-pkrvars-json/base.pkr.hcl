variable "region" {
  type    = string
  default = "us-east-1"
}

variable "copy_regions" {
  type    = list(string)
  default = []
}

variable "data_volume_size" {
  type    = number
  default = 10
}

variable "encrypted" {
  type    = bool
  default = false
}

variable "owner" {
  type    = string
  default = "unknown"
}

source "amazon-ebs" "base" {
  region        = var.region
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "admin"
  ami_name      = "debian-base-{{timestamp}}"
  ami_regions   = var.copy_regions
  encrypt_boot  = var.encrypted

  launch_block_device_mappings {
    device_name = "/dev/xvdf"
    volume_size = var.data_volume_size
    volume_type = "gp3"
    encrypted   = var.encrypted
  }

  run_tags = {
    Owner = var.owner
  }
}

build {
  sources = ["source.amazon-ebs.base"]

  provisioner "shell" {
    inline = [
      "sudo mkfs.ext4 /dev/nvme1n1",
      "echo '/dev/nvme1n1 /data ext4 defaults,nofail 0 2' | sudo tee -a /etc/fstab",
    ]
  }
}
