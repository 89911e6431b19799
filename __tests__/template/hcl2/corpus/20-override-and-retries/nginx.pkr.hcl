source "amazon-ebs" "ubuntu" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "nginx-ubuntu-{{timestamp}}"
}

source "amazon-ebs" "al2023" {
  region        = "us-east-1"
  source_ami    = "ami-0fedcba9876543210"
  instance_type = "t3.micro"
  ssh_username  = "ec2-user"
  ami_name      = "nginx-al2023-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.ubuntu", "source.amazon-ebs.al2023"]

  provisioner "shell" {
    max_retries = 3
    timeout     = "5m"
    inline      = ["sudo apt-get update", "sudo apt-get install -y nginx"]

    override = {
      al2023 = {
        inline          = ["sudo dnf install -y nginx"]
        execute_command = "sudo -S sh -c '{{ .Vars }} {{ .Path }}'"
      }
    }
  }

  provisioner "shell" {
    inline            = ["sudo reboot"]
    expect_disconnect = true
  }

  provisioner "shell" {
    pause_before = "1m30s"
    max_retries  = 5
    inline       = ["systemctl is-active nginx"]
  }
}
