# packer build packer/web.pkr.hcl: path.root is the template's folder as given ("packer"), path.cwd where packer runs.

source "amazon-ebs" "web" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "web-{{timestamp}}"

  tags = {
    Template = "${path.root}/web.pkr.hcl"
  }

  run_tags = {
    WorkDir = path.cwd
  }
}

build {
  sources = ["source.amazon-ebs.web"]

  provisioner "shell-local" {
    inline = ["ls ${path.root}"]
  }
}
