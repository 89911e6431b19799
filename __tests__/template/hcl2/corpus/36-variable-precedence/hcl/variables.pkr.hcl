# Where each value comes from, lowest first: default, PKR_VAR_ environment, *.auto.pkrvars.hcl,
# -var-file (in order), -var.

variable "from_default" {
  type    = string
  default = "default"
}

variable "from_env" {
  type    = string
  default = "default"
}

variable "from_auto" {
  type    = string
  default = "default"
}

variable "from_var_file" {
  type    = string
  default = "default"
}

variable "from_second_var_file" {
  type    = string
  default = "default"
}

variable "from_cli" {
  type    = string
  default = "default"
}
