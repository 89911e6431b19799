# Numbers where the plugin takes strings (Packer converts them as HCL does: 2.5 becomes "2.5"), a null
# that leaves an option unset, and a set(string) variable (sorted, without duplicates; Packer has no toset()).

variable "encrypted" {
  type    = bool
  default = true
}

variable "volume_size" {
  type    = number
  default = 40
}

variable "subnet_id" {
  type    = string
  default = null
}

variable "regions" {
  type    = set(string)
  default = ["us-west-2", "eu-west-1", "us-west-2"]
}

variable "instance_profile" {
  type        = string
  description = "Leave unset to build without an instance profile."
  default     = null
}

source "amazon-ebs" "worker" {
  region               = "us-east-1"
  source_ami           = "ami-0123456789abcdef0"
  instance_type        = "c5.large"
  ssh_username         = "ubuntu"
  ami_name             = "worker-{{timestamp}}"
  encrypt_boot         = var.encrypted
  subnet_id            = var.subnet_id
  iam_instance_profile = var.instance_profile
  ami_regions          = var.regions

  launch_block_device_mappings {
    device_name           = "/dev/sda1"
    volume_size           = var.volume_size
    delete_on_termination = true
  }

  tags = {
    SizeGiB = var.volume_size
    Stripes = var.volume_size / 16
  }
}

build {
  sources = ["source.amazon-ebs.worker"]

  provisioner "shell" {
    env = {
      VOLUME_SIZE = var.volume_size
    }
    inline = ["echo size=$VOLUME_SIZE"]
  }
}
