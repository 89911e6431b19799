variable "aws_access_key" {
  type      = string
  default   = env("AWS_ACCESS_KEY_ID")
  sensitive = true
}

variable "aws_secret_key" {
  type      = string
  default   = env("AWS_SECRET_ACCESS_KEY")
  sensitive = true
}

variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d4e5f60718"
}

source "amazon-ebs" "bastion" {
  access_key             = var.aws_access_key
  secret_key             = var.aws_secret_key
  region                 = "eu-west-1"
  skip_region_validation = true

  source_ami                  = "ami-0123456789abcdef0"
  instance_type               = "t3.nano"
  vpc_id                      = var.vpc_id
  subnet_id                   = "subnet-0a1b2c3d4e5f60718"
  associate_public_ip_address = true
  security_group_ids          = ["sg-0aaaaaaaaaaaaaaaa", "sg-0bbbbbbbbbbbbbbbb"]
  iam_instance_profile        = "packer-builder"
  user_data_file              = "config/user-data.sh"
  shutdown_behavior           = "terminate"
  ebs_optimized               = true

  communicator            = "ssh"
  ssh_username            = "ec2-user"
  ssh_keypair_name        = "ci-builder"
  ssh_private_key_file    = "${path.root}/keys/builder.pem"
  ssh_interface           = "private_ip"
  ssh_port                = 2222
  ssh_timeout             = "10m"
  ssh_handshake_attempts  = 20
  ssh_pty                 = true
  pause_before_connecting = "30s"

  ami_name = "bastion-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.bastion"]

  provisioner "shell" {
    inline = ["sudo sed -i 's/^#Port 22/Port 2222/' /etc/ssh/sshd_config"]
  }
}
