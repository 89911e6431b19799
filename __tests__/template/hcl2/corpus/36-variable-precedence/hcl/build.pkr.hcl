source "amazon-ebs" "precedence" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "precedence-{{timestamp}}"

  tags = {
    FromDefault       = var.from_default
    FromEnv           = var.from_env
    FromAuto          = var.from_auto
    FromVarFile       = var.from_var_file
    FromSecondVarFile = var.from_second_var_file
    FromCli           = var.from_cli
  }
}

build {
  sources = ["source.amazon-ebs.precedence"]

  provisioner "shell" {
    inline = ["echo ${var.from_cli}"]
  }
}
