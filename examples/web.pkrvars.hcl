app_version = "1.2.3"
greeting    = "hello from build-ami"
