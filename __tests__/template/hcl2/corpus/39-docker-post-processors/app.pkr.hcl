variable "version" {
  type = string
}

variable "registry_password" {
  type      = string
  sensitive = true
}

source "docker" "app" {
  image   = "127.0.0.1:5000/debian:minimal"
  commit  = true
  changes = ["LABEL version=${var.version}"]
}

build {
  sources = ["source.docker.app"]

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
