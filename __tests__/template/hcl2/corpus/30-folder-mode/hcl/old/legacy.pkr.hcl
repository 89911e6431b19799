# Kept for reference; packer build hcl/ does not read sub-folders, so this source is not defined twice.
source "amazon-ebs" "frontend" {
  region        = "us-east-1"
  source_ami    = "ami-00000000000000000"
  instance_type = "t2.micro"
  ssh_username  = "ubuntu"
  ami_name      = "frontend-legacy"
}
