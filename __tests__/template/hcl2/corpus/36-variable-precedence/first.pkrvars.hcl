from_var_file        = "first-var-file"
from_second_var_file = "first-var-file"
from_cli             = "first-var-file"
