# Run where the template is (packer build .): path.root is ".", so paths built on it work for file()
# as well as for provisioner scripts.

source "amazon-ebs" "banner" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "banner-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.banner"]

  provisioner "file" {
    content     = file("${path.root}/files/banner.txt")
    destination = "/tmp/banner"
  }

  provisioner "file" {
    source      = "${path.root}/files/banner.txt"
    destination = "/tmp/banner.orig"
  }

  provisioner "shell" {
    script = "${path.root}/scripts/banner.sh"
  }
}
