source "amazon-ebs" "base" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "base-{{timestamp}}"
}

// Three shell provisioners: a script run with sudo, two scripts with their own environment,
// and inline commands under bash.
build {
  sources = ["source.amazon-ebs.base"] # the only source

  /* The first script upgrades every package; it needs root. */
  provisioner "shell" {
    script           = "scripts/base.sh"
    environment_vars = ["DEBIAN_FRONTEND=noninteractive"]
    execute_command  = "echo 'packer' | sudo -S sh -c '{{ .Vars }} {{ .Path }}'"
  }

  provisioner "shell" {
    scripts = [
      "scripts/users.sh",
      "scripts/cleanup.sh",
    ]
    env = {
      APP_USER = "app"
    }
    execute_command     = "chmod +x {{ .Path }}; sudo env {{ .Vars }} {{ .Path }}"
    remote_folder       = "/var/tmp"
    valid_exit_codes    = [0, 2]
    skip_clean          = true
    start_retry_timeout = "10m"
    pause_after         = "5s"
  }

  provisioner "shell" {
    inline_shebang = "/bin/bash -ex"
    inline         = ["whoami", "uptime"]
    remote_path    = "/home/ubuntu/inline.sh"
  }
}
