# Only read when passed with -var-file: not an auto var-file.
environment   = "prod"
instance_type = "m5.xlarge"
