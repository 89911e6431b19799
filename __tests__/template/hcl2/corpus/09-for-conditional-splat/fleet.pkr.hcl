variable "regions" {
  type    = list(string)
  default = ["us-east-1", "us-west-2", "eu-west-1"]
}

variable "build_region" {
  type    = string
  default = "us-east-1"
}

variable "share_with_accounts" {
  type    = bool
  default = true
}

variable "accounts" {
  type = map(string)
  default = {
    staging = "444455556666"
    prod    = "111122223333"
  }
}

variable "volumes" {
  type = list(object({
    device_name = string
    size        = number
  }))
  default = [
    { device_name = "/dev/sdf", size = 20 },
    { device_name = "/dev/sdg", size = 50 },
  ]
}

locals {
  copy_regions = [for r in var.regions : r if r != var.build_region]
  account_ids  = [for name, id in var.accounts : id]
  devices      = join(",", var.volumes[*].device_name)
  upper_tags   = { for key, value in { team = "core", tier = "web" } : upper(key) => value }
  numbered     = [for index, region in local.copy_regions : "${index + 1}:${region}"]
  total_size   = sum(var.volumes.*.size)
  large_fleet  = length(var.regions) >= 3 && !var.share_with_accounts == false || false
}

source "amazon-ebs" "fleet" {
  region        = var.build_region
  source_ami    = "ami-0123456789abcdef0"
  instance_type = length(var.regions) > 2 ? "t3.large" : "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "fleet-{{timestamp}}"
  ami_regions   = local.copy_regions
  ami_users     = var.share_with_accounts ? local.account_ids : []
  tags          = merge(local.upper_tags, { Devices = local.devices })
}

build {
  sources = ["source.amazon-ebs.fleet"]

  provisioner "shell" {
    environment_vars = [for name, id in var.accounts : "ACCOUNT_${upper(name)}=${id}"]
    inline = [
      "echo first device ${var.volumes[0].device_name}",
      "echo sizes ${join(" ", [for v in var.volumes : "${v.size}G"])}",
      "echo regions ${join(" ", local.numbered)}",
      "echo total ${local.total_size}G, ${local.total_size % 3} left, large fleet: ${local.large_fleet}",
    ]
  }
}
