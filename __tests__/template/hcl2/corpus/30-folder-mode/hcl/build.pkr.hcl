build {
  description = "The frontend image, one per environment."
  sources     = ["source.amazon-ebs.frontend"]

  provisioner "file" {
    content     = file("files/nginx.conf")
    destination = "/tmp/nginx.conf"
  }

  provisioner "shell" {
    script = "scripts/deploy.sh"
  }
}
