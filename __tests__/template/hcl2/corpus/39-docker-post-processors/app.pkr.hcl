variable "version" {
  type = string
}

variable "registry_password" {
  type      = string
  sensitive = true
}

source "amazon-ebs" "app" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "app-${var.version}"
}

build {
  sources = ["source.amazon-ebs.app"]

  post-processors {
    post-processor "docker-tag" {
      repository = "127.0.0.1:5000/team/app"
      tags       = [var.version, "latest"]
    }

    post-processor "docker-push" {
      login          = true
      login_server   = "127.0.0.1:5000"
      login_username = "builder"
      login_password = var.registry_password
    }
  }

  post-processor "docker-save" {
    path                = "build-output/app-${var.version}.tar"
    keep_input_artifact = false
  }

  post-processor "docker-import" {
    repository = "local/app"
    tag        = var.version
    changes    = ["ENV VERSION ${var.version}", "CMD [\"/app\"]"]
    platform   = "linux/amd64"
  }
}
