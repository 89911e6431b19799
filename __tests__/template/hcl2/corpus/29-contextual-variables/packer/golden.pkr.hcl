source "amazon-ebs" "golden" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "golden-{{timestamp}}"
}

build {
  name    = "nightly"
  sources = ["source.amazon-ebs.golden"]

  provisioner "shell" {
    environment_vars = [
      "BUILD_BLOCK=${build.name}",
      "SOURCE_NAME=${source.name}",
      "SOURCE_TYPE=${source.type}",
      "INSTANCE_ID=${build.ID}",
      "SOURCE_AMI=${build.SourceAMI}",
    ]
    inline = ["echo \"$BUILD_BLOCK/$SOURCE_NAME on $INSTANCE_ID (run ${build.PackerRunUUID})\""]
  }

  provisioner "shell" {
    script = "${path.root}/scripts/harden.sh"
  }

  provisioner "shell-local" {
    inline = ["echo instance ${build.ID} at ${build.Host}:${build.Port} as ${build.User}"]
  }
}
