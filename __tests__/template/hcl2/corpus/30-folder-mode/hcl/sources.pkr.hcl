source "amazon-ebs" "frontend" {
  region        = var.region
  source_ami    = "ami-0123456789abcdef0"
  instance_type = var.instance_type
  ssh_username  = "ubuntu"
  ami_name      = "${local.name}-{{timestamp}}"

  tags = {
    Name        = local.name
    Environment = var.environment
  }
}
