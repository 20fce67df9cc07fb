#!/usr/bin/env bash
# Builds a self-contained Concord application image with jpackage (JDK 17+):
#   installer/build.sh [app-image|deb|rpm]       (default: app-image)
# Output: target/installer/Concord (app-image) or a package in target/installer/.
# The image bundles a Java runtime; the app starts with no arguments, and `Concord/bin/Concord ingest ...`
# runs the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-app-image}
version=$(sed -n 's:.*<version>\([0-9][^<]*\)</version>.*:\1:p' pom.xml | head -1)
[ -f target/concord.jar ] || mvn -B -q -DskipTests package
rm -rf target/installer target/installer-input
mkdir -p target/installer-input
cp target/concord.jar target/installer-input/
jpackage --type "$type" \
  --name Concord \
  --app-version "$version" \
  --vendor "Concord" \
  --description "Turns AI agent logs into eval and training data people can trust" \
  --input target/installer-input \
  --main-jar concord.jar \
  --main-class dev.concord.Launcher \
  --java-options "-Xmx2g" \
  --dest target/installer
echo "built target/installer ($type)"
