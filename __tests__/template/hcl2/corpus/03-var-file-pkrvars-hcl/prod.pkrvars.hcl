# Production settings: packer build -var-file=prod.pkrvars.hcl .
environment   = "prod"
owner         = "team-web" # used by other templates that share this file
app_version   = "2.4.1"
instance_type = "m5.large"
volume_size   = 40
ami_users = [
  "111122223333",
  "444455556666",
]
