#!/bin/sh
set -eu
sudo cp /tmp/banner /etc/issue.net
