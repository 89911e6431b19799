#!/bin/sh
set -eu
sudo mv /tmp/motd /etc/motd
