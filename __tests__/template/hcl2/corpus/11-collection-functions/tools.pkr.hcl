variable "extra_regions" {
  type    = list(string)
  default = ["ap-southeast-2"]
}

variable "instance_types" {
  type = map(string)
  default = {
    small = "t3.small"
    large = "m5.large"
  }
}

variable "size" {
  type    = string
  default = "large"
}

variable "custom_name" {
  type    = string
  default = ""
}

variable "min_volume_size" {
  type    = number
  default = 20
}

variable "settings" {
  type = map(string)
  default = {
    owner = "ops"
  }
}

locals {
  base_regions = ["us-west-2", "eu-west-1"]
  all_regions  = concat(local.base_regions, var.extra_regions)
  base_tags = {
    ManagedBy = "packer"
    Owner     = "unknown"
  }
  tags = merge(
    local.base_tags,
    { Owner = var.settings["owner"] },
    { CostCenter = try(var.settings["cost_center"], "unassigned") },
  )
}

source "amazon-ebs" "tools" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = lookup(var.instance_types, var.size, "t3.micro")
  ssh_username  = "ubuntu"
  ami_name      = coalesce(var.custom_name, "tools-${element(local.all_regions, 0)}-{{timestamp}}")
  ami_regions   = local.all_regions
  tags          = local.tags

  launch_block_device_mappings {
    device_name = "/dev/sda1"
    volume_size = max(var.min_volume_size, 8 * length(local.all_regions))
    iops        = ceil(var.min_volume_size * 3000 / 7)
    volume_type = "gp3"
  }
}

build {
  sources = ["source.amazon-ebs.tools"]

  provisioner "shell" {
    environment_vars = [
      "REGION_COUNT=${length(local.all_regions)}",
      "LAST_REGION=${element(local.all_regions, length(local.all_regions) - 1)}",
      "WRAPPED_REGION=${element(local.all_regions, 4)}",
    ]
    inline = ["echo copying to $REGION_COUNT regions"]
  }
}
