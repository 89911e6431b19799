# packer build -except=amazon-ebs.arm64,notify arch.pkr.hcl: skip the arm64 build and the notify step.

source "amazon-ebs" "amd64" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "runner-amd64-{{timestamp}}"
}

source "amazon-ebs" "arm64" {
  region        = "us-east-1"
  source_ami    = "ami-0fedcba9876543210"
  instance_type = "t4g.micro"
  ssh_username  = "ubuntu"
  ami_name      = "runner-arm64-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.amd64", "source.amazon-ebs.arm64"]

  provisioner "shell" {
    inline = ["uname -m"]
  }

  post-processor "manifest" {
    output = "runner-manifest.json"
  }

  post-processors {
    post-processor "shell-local" {
      name   = "notify"
      inline = ["echo image ready"]
    }

    post-processor "manifest" {
      name   = "after-notify"
      output = "notified-manifest.json"
    }
  }

  post-processors {
    post-processor "shell-local" {
      name   = "summary"
      inline = ["echo build finished"]
    }
  }
}
