#!/bin/sh
# Build Parley.app and a drag-to-Applications disk image on macOS (not buildable on Linux).
# From the repository root, in a venv with `pip install -e '.[packaging]'`:
#   sh packaging/macos/build_dmg.sh
# gives dist/Parley.app and dist/Parley-<version>-macos-<arch>.dmg. The spec's BUNDLE step
# makes the .app (icon: build/icons/parley.icns, rendered by build.py).
set -eu
cd "$(dirname "$0")/../.."

python packaging/build.py
version=$(python -c 'import desktop_app; print(desktop_app.__version__)')
app=dist/Parley.app
[ -d "$app" ] || { echo "build_dmg.sh: $app was not built" >&2; exit 1; }

# Ad-hoc signature: enough to run on this Mac. To ship, sign with a Developer ID instead
# (codesign --options runtime --timestamp --sign "Developer ID Application: …") and notarize
# the .dmg (xcrun notarytool submit --wait, then xcrun stapler staple).
codesign --force --deep --sign - "$app"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="dist/Parley-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
hdiutil create -volname Parley -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "dmg: $dmg"
