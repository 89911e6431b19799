# A bool where the plugin takes a string: HCL converts true to "true" (cty's conversion, which Packer's
# decoder applies to every map(string) and string option), unlike a JSON template's weak decoding ("1").

variable "encrypted" {
  type    = bool
  default = true
}

variable "debug" {
  type    = bool
  default = false
}

source "amazon-ebs" "secure" {
  region        = "us-east-1"
  source_ami    = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  ssh_username  = "ubuntu"
  ami_name      = "secure-{{timestamp}}"
  encrypt_boot  = var.encrypted

  tags = {
    Encrypted = var.encrypted
  }
}

build {
  sources = ["source.amazon-ebs.secure"]

  provisioner "shell" {
    env = {
      DEBUG = var.debug
    }
    inline = ["echo debug=$DEBUG"]
  }

  post-processor "manifest" {
    custom_data = {
      encrypted = var.encrypted
    }
  }
}
