#!/bin/bash
echo "booted" > /var/tmp/booted
