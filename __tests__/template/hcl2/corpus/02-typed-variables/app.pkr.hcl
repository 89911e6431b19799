variable "region" {
  type        = string
  description = "The region the image is built in."
  default     = "eu-west-1"
}

variable "instance_type" {
  type    = string
  default = "t3.small"

  validation {
    condition     = can(regex("^(t3|m5)\\.", var.instance_type))
    error_message = "The instance_type must be a t3 or m5 type."
  }
}

variable "root_volume_size" {
  type        = number
  description = "Size of the root volume, in GiB."
  default     = 30
}

variable "encrypt_boot" {
  type    = bool
  default = true
}

variable "ami_regions" {
  type    = list(string)
  default = ["eu-central-1", "us-east-1"]
}

variable "tags" {
  type = map(string)
  default = {
    Team                 = "platform"
    CostCenter           = "1234"
    "kubernetes.io/role" = "node"
  }
}

variable "network" {
  type = object({
    vpc_id    = string
    subnet_id = string
    public_ip = bool
  })
  default = {
    vpc_id    = "vpc-0a1b2c3d4e5f60718"
    subnet_id = "subnet-0a1b2c3d4e5f60718"
    public_ip = false
  }
}

source "amazon-ebs" "app" {
  region                      = var.region
  instance_type               = var.instance_type
  source_ami                  = "ami-0123456789abcdef0"
  ssh_username                = "ec2-user"
  ami_name                    = "app-base-{{timestamp}}"
  encrypt_boot                = var.encrypt_boot
  ami_regions                 = var.ami_regions
  tags                        = var.tags
  vpc_id                      = var.network.vpc_id
  subnet_id                   = var.network.subnet_id
  associate_public_ip_address = var.network.public_ip

  launch_block_device_mappings {
    device_name           = "/dev/xvda"
    volume_size           = var.root_volume_size
    volume_type           = "gp3"
    delete_on_termination = true
  }
}

build {
  sources = ["source.amazon-ebs.app"]

  provisioner "shell" {
    inline = ["sudo yum -y update"]
  }
}
