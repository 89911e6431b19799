#!/bin/sh
set -eu
sudo systemctl restart nginx
