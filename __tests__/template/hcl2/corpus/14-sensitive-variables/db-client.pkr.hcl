variable "db_password" {
  type      = string
  sensitive = true
}

variable "artifact_token" {
  type      = string
  default   = ""
  sensitive = true
}

variable "db_host" {
  type    = string
  default = "db.internal.example.com"
}

local "auth_header" {
  expression = "Authorization: Bearer ${var.artifact_token}"
  sensitive  = true
}

source "amazon-ebs" "db-client" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "db-client-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.db-client"]

  provisioner "shell" {
    inline = [
      "curl -fsS -H '${local.auth_header}' https://artifacts.example.com/app.tar.gz -o /tmp/app.tar.gz",
    ]
  }

  provisioner "shell" {
    environment_vars = [
      "DB_PASSWORD=${var.db_password}",
      "DB_HOST=${var.db_host}",
    ]
    inline = ["sudo -E /opt/app/bin/configure-db"]
  }
}
