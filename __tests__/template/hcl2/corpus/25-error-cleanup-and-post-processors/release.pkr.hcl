variable "commit" {
  type    = string
  default = "0000000"
}

source "amazon-ebs" "release" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "release-${var.commit}"
}

build {
  sources = ["source.amazon-ebs.release"]

  provisioner "shell" {
    inline = ["sudo apt-get update", "sudo apt-get install -y --no-install-recommends python3"]
  }

  error-cleanup-provisioner "shell-local" {
    inline = ["echo '${source.name} failed at commit ${var.commit}' >> build-failures.log"]
  }

  post-processor "manifest" {
    output     = "packer-manifest.json"
    strip_path = true
    custom_data = {
      commit = var.commit
      image  = source.name
    }
  }

  post-processors {
    post-processor "manifest" {
      output = "build-output/chain-manifest.json"
    }

    post-processor "shell-local" {
      inline              = ["jq -r '.builds[-1].artifact_id' build-output/chain-manifest.json"]
      keep_input_artifact = true
    }
  }
}
