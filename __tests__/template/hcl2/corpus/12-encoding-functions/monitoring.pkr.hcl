variable "vpc_cidr" {
  type    = string
  default = "10.20.0.0/16"
}

locals {
  builder_cidr = cidrsubnet(var.vpc_cidr, 8, 3)
  agent_config = jsonencode({
    region     = "us-east-1"
    log_groups = ["app", "system"]
    interval   = 60
  })
  build_id = uuidv5("dns", "image-builder.example.com")
  image_id = uuidv5("url", "https://example.com/images/monitoring")
}

source "amazon-ebs" "monitoring" {
  region                                = "us-east-1"
  source_ami                            = "ami-0123456789abcdef0"
  instance_type                         = "t3.micro"
  ssh_username                          = "ubuntu"
  ami_name                              = "monitoring-${substr(local.build_id, 0, 8)}"
  temporary_security_group_source_cidrs = [local.builder_cidr, cidrsubnet(var.vpc_cidr, 4, 15)]

  tags = {
    BuildId      = local.build_id
    ImageId      = local.image_id
    ConfigDigest = sha256(local.agent_config)
  }
}

build {
  sources = ["source.amazon-ebs.monitoring"]

  provisioner "file" {
    content     = local.agent_config
    destination = "/tmp/amazon-cloudwatch-agent.json"
  }

  provisioner "shell" {
    inline = [
      "echo ${base64encode(local.agent_config)} | base64 -d | cmp - /tmp/amazon-cloudwatch-agent.json",
    ]
  }
}
