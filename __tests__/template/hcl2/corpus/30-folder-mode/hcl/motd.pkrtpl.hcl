Welcome to ${name}, built for ${environment}.
