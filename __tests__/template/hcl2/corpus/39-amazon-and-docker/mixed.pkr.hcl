variable "registry_token" {
  type      = string
  default   = "registry-token-123"
  sensitive = true
}

source "amazon-ebs" "web" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "web-image"
}

source "docker" "app" {
  image          = "registry.example/base:1"
  commit         = true
  changes        = ["ENV APP_ENV=production", "LABEL team=web"]
  run_command    = ["-d", "-i", "-t", "--entrypoint=/bin/sh", "--", "{{.Image}}"]
  volumes        = { "/srv/cache" = "/cache" }
  cap_add        = ["NET_ADMIN"]
  exec_user      = "root"
  author         = "ci"
  message        = "built by build-ami"
  login          = true
  login_server   = "registry.example"
  login_username = "ci"
  login_password = var.registry_token
}

build {
  sources = ["source.amazon-ebs.web", "source.docker.app"]

  provisioner "shell" {
    inline = ["echo built by ${source.type}"]
  }

  post-processor "manifest" {
    output = "manifest.json"
  }
}
