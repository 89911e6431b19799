build {
  description = "The frontend image, one per environment."
  sources     = ["source.amazon-ebs.frontend"]

  provisioner "file" {
    content     = file("files/nginx.conf")
    destination = "/tmp/nginx.conf"
  }

  provisioner "file" {
    content     = templatefile("motd.pkrtpl.hcl", { name = local.name, environment = var.environment })
    destination = "/tmp/motd"
  }

  provisioner "shell" {
    script = "scripts/deploy.sh"
  }
}
