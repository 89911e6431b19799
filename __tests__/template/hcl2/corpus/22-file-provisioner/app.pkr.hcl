source "amazon-ebs" "app" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "app-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.app"]

  provisioner "file" {
    source      = "files/app.conf"
    destination = "/tmp/app.conf"
  }

  provisioner "file" {
    source      = "files/static/"
    destination = "/tmp/static"
  }

  provisioner "file" {
    sources     = ["files/certs/ca.pem", "files/certs/intermediate.pem"]
    destination = "/tmp/certs/"
  }

  provisioner "file" {
    content     = "APP_ENV=production\nLOG_LEVEL=info\n"
    destination = "/tmp/app.env"
  }

  provisioner "shell" {
    inline = ["sudo install -d /opt/app", "sudo cp -r /tmp/static /tmp/app.conf /tmp/app.env /opt/app/", "dpkg -l > /tmp/packages.txt"]
  }

  provisioner "file" {
    direction   = "download"
    source      = "/tmp/packages.txt"
    destination = "build-output/packages.txt"
  }
}
