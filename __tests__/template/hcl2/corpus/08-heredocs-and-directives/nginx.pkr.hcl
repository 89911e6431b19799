variable "packages" {
  type    = list(string)
  default = ["nginx", "jq", "unzip"]
}

variable "enable_swap" {
  type    = bool
  default = true
}

variable "swap_size" {
  type    = string
  default = "1G"
}

source "amazon-ebs" "nginx" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "nginx-{{timestamp}}"
  user_data     = <<EOF
#cloud-config
hostname: nginx-builder
package_update: true
EOF
}

build {
  sources = ["source.amazon-ebs.nginx"]

  provisioner "file" {
    content     = <<-EOT
      server {
        listen 80 default_server;
        root /var/www/html;
      }
    EOT
    destination = "/tmp/default.conf"
  }

  provisioner "shell" {
    inline = [
      <<-EOF
      set -eu
      sudo apt-get update
      %{ for pkg in var.packages ~}
      sudo apt-get install -y ${pkg}
      %{ endfor ~}
      echo "installed ${length(var.packages)} packages into $${HOME}"
      EOF
    ]
  }

  provisioner "shell" {
    inline = [
      "%{ if var.enable_swap }sudo fallocate -l ${var.swap_size} /swapfile%{ else }echo no swap%{ endif }",
      "sudo mv /tmp/default.conf /etc/nginx/sites-available/default",
      "echo \"%%{literal} $${HOME} \u00e9t\u00e9\" | sudo tee /etc/nginx/banner\t# tab",
    ]
  }
}
