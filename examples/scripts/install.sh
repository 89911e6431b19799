#!/bin/sh
set -e
echo "installing web ${APP_VERSION} as $(id -un) (build ${PACKER_BUILD_NAME}, ${PACKER_BUILDER_TYPE})"
echo "${APP_VERSION}" > /opt/web/VERSION
ls -l /opt/web
