source "amazon-ebs" "hardened" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "hardened-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.hardened"]

  provisioner "shell-local" {
    inline = ["echo building ${source.name} on the runner", "mkdir -p build-output"]
  }

  provisioner "shell-local" {
    script           = "scripts/render-config.sh"
    environment_vars = ["TARGET=prod"]
    execute_command  = ["/bin/bash", "-c", "{{.Vars}} {{.Script}}"]
    only_on          = ["linux", "darwin"]
  }

  provisioner "breakpoint" {
    note    = "inspect ${source.name} before hardening"
    disable = true
  }

  provisioner "shell" {
    inline = ["sudo apt-get install -y auditd"]
  }
}
