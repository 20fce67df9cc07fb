#!/usr/bin/env bash
# Builds Concord's installers with the JDK's jlink and jpackage (JDK 17+). Run by `mvn -Pinstaller package`
# after target/concord.jar is built, or by hand:
#   installer/build.sh                 app image and, where dpkg-deb and fakeroot exist, a .deb
#   installer/build.sh app-image       the app image only
# Output in target/installer/: runtime/ (the jlink-trimmed Java runtime), Concord/ (the app image:
# bin/Concord, lib/app/concord.jar, lib/runtime) and concord_VERSION_amd64.deb.
# The runtime holds only the JDK modules jdeps finds in concord.jar plus those loaded by name at run time;
# JavaFX (with its Linux native libraries) travels inside concord.jar on the class path.
set -euo pipefail
cd "$(dirname "$0")/.."
types=${1:-all}
version=$(sed -n 's:.*<version>\([0-9][^<]*\)</version>.*:\1:p' pom.xml | head -1)
jar=target/concord.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package
# The JDK's tools: from JAVA_HOME, else from the JDK that javac belongs to (PATH may lack jpackage).
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin}
[ -n "$jdk_bin" ] && [ -x "$jdk_bin/jpackage" ] || jdk_bin=$(dirname "$(readlink -f "$(command -v javac)")")
jdeps="$jdk_bin/jdeps" jlink="$jdk_bin/jlink" jpackage="$jdk_bin/jpackage"
out=target/installer
rm -rf "$out" target/installer-input
mkdir -p "$out" target/installer-input
cp "$jar" target/installer-input/

# JDK modules concord.jar uses, as jdeps reads them, plus those only named at run time: TLS to a team
# PostgreSQL server (jdk.crypto.ec), System.Logger output (java.logging), and jar-in-zip reads (jdk.zipfs).
found=$("$jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$jar")
modules="$found,jdk.crypto.ec,java.logging,jdk.zipfs"
echo "$modules" > "$out/modules.txt"
echo "jlink modules: $modules"
"$jlink" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=2 \
  --output "$out/runtime"

"$jpackage" --type app-image \
  --name Concord \
  --app-version "$version" \
  --vendor "Concord" \
  --description "Turns AI agent logs into eval and training data people can trust" \
  --input target/installer-input \
  --main-jar concord.jar \
  --main-class dev.concord.Launcher \
  --runtime-image "$out/runtime" \
  --java-options "-Xmx2g" \
  --dest "$out"
echo "app image: $out/Concord ($(du -sh "$out/Concord" | cut -f1), runtime $(du -sh "$out/Concord/lib/runtime" | cut -f1))"

if [ "$types" = app-image ]; then
  exit 0
fi
if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
  echo "SKIPPED the .deb: jpackage needs dpkg-deb and fakeroot (apt-get install dpkg-dev fakeroot)"
  exit 0
fi
# gzip instead of dpkg-deb's default xz: a few MB larger, minutes faster to build. GTK is named by hand: its
# glass library travels inside concord.jar, where jpackage's dependency scan does not look.
DPKG_DEB_COMPRESSOR_TYPE=gzip "$jpackage" --type deb \
  --name concord \
  --app-version "$version" \
  --vendor "Concord" \
  --description "Turns AI agent logs into eval and training data people can trust" \
  --app-image "$out/Concord" \
  --linux-package-name concord \
  --linux-app-category devel \
  --linux-shortcut \
  --linux-package-deps libgtk-3-0 \
  --dest "$out"
deb=$(ls "$out"/*.deb)
echo "deb: $deb ($(du -h "$deb" | cut -f1))"
