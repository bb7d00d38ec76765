#!/bin/sh
# Install Parley for the current user, without root or network:
#   install.sh [ARCHIVE]     ARCHIVE: parley-<version>-linux-<arch>.tar.gz/.tar.xz or an unpacked
#                            parley/ folder; default: the folder this script sits in.
#   install.sh --uninstall   remove it again (conversations and settings are kept).
# Where: PREFIX (default ~/.local) gets lib/parley and bin/parley; XDG_DATA_HOME (default
# ~/.local/share) gets applications/parley.desktop (with a Quick ask action),
# applications/parley-quick.desktop (`parley --quick`, hidden) and icons/hicolor/*/apps/parley.*.
set -eu

PREFIX=${PREFIX:-$HOME/.local}
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$PREFIX/lib/parley
LAUNCHER=$PREFIX/bin/parley
DESKTOP_FILE=$DATA_HOME/applications/parley.desktop
QUICK_DESKTOP_FILE=$DATA_HOME/applications/parley-quick.desktop
ICON_ROOT=$DATA_HOME/icons/hicolor

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

refresh_caches() {
    # Menus pick the entry up without these too, only later; failures do not matter.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$ICON_ROOT/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$ICON_ROOT" 2>/dev/null || true
    fi
}

remove_icons() {
    for icon in "$ICON_ROOT"/*/apps/parley.png "$ICON_ROOT"/scalable/apps/parley.svg; do
        [ -e "$icon" ] && rm -f "$icon"
    done
    return 0
}

uninstall() {
    # The launcher is removed only if it is ours: a link into APP_DIR.
    if [ -L "$LAUNCHER" ] && [ "$(readlink "$LAUNCHER")" = "$APP_DIR/parley" ]; then
        rm -f "$LAUNCHER"
    fi
    rm -rf "$APP_DIR"
    rm -f "$DESKTOP_FILE" "$QUICK_DESKTOP_FILE"
    remove_icons
    refresh_caches
    say "Parley is uninstalled. Your conversations and settings are kept in"
    say "${PARLEY_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/Parley}; delete that folder to remove them."
}

# Unpack (or copy) SOURCE into a fresh folder beside APP_DIR; prints that folder.
stage() {
    source=$1
    mkdir -p "$PREFIX/lib"
    staging=$(mktemp -d "$PREFIX/lib/.parley-new.XXXXXX")
    if [ -d "$source" ]; then
        cp -R "$source/." "$staging/"
    else
        [ -f "$source" ] || { rm -rf "$staging"; die "no such archive: $source"; }
        case $source in
            *.tar.xz) decompress="xz -dc" ;;
            *.tar.gz | *.tgz) decompress="gzip -dc" ;;
            *) rm -rf "$staging"; die "not an archive or a folder: $source" ;;
        esac
        if ! $decompress "$source" | tar -xf - -C "$staging" --strip-components=1; then
            rm -rf "$staging"
            die "could not unpack $source"
        fi
    fi
    if [ ! -x "$staging/parley" ] || [ ! -d "$staging/_internal" ]; then
        rm -rf "$staging"
        die "$source does not hold a Parley build (parley and _internal/)"
    fi
    printf '%s\n' "$staging"
}

install_from() {
    staging=$(stage "$1")
    # Swap folders so a failed install never leaves half an app.
    if [ -e "$APP_DIR" ]; then
        old=$(mktemp -d "$PREFIX/lib/.parley-old.XXXXXX")
        mv "$APP_DIR" "$old/parley"
        mv "$staging" "$APP_DIR"
        rm -rf "$old"
    else
        mv "$staging" "$APP_DIR"
    fi
    chmod 755 "$APP_DIR"

    mkdir -p "$PREFIX/bin"
    ln -sfn "$APP_DIR/parley" "$LAUNCHER"

    remove_icons
    if [ -d "$APP_DIR/share/icons/hicolor" ]; then
        mkdir -p "$ICON_ROOT"
        cp -R "$APP_DIR/share/icons/hicolor/." "$ICON_ROOT/"
    fi

    mkdir -p "$(dirname "$DESKTOP_FILE")"
    cat >"$DESKTOP_FILE" <<EOF
[Desktop Entry]
Type=Application
Name=Parley
GenericName=AI Assistant
Comment=A desktop assistant for Anthropic's Claude
Exec="$APP_DIR/parley"
TryExec=$APP_DIR/parley
Icon=parley
Terminal=false
Categories=Utility;Chat;Network;
Keywords=Claude;AI;chat;assistant;
StartupNotify=true
StartupWMClass=parley
Actions=quick;

[Desktop Action quick]
Name=Quick ask
Exec="$APP_DIR/parley" --quick
EOF
    # The quick-ask window on its own, for a desktop's keyboard-shortcut settings to run.
    cat >"$QUICK_DESKTOP_FILE" <<EOF
[Desktop Entry]
Type=Application
Name=Parley Quick Ask
Comment=Ask Claude one thing in a small window
Exec="$APP_DIR/parley" --quick
TryExec=$APP_DIR/parley
Icon=parley
Terminal=false
NoDisplay=true
StartupWMClass=parley
EOF
    refresh_caches
    say "Parley is installed in $APP_DIR."
    case ":$PATH:" in
        *":$PREFIX/bin:"*) say "Start it from your menu, or run: parley" ;;
        *) say "Start it from your menu, or run: $LAUNCHER ($PREFIX/bin is not on your PATH)" ;;
    esac
}

case ${1:-} in
    --uninstall) uninstall ;;
    -h | --help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' ;;
    "")
        here=$(cd "$(dirname "$0")" && pwd)
        [ -x "$here/parley" ] || die "give the archive to install: install.sh parley-…tar.gz"
        install_from "$here"
        ;;
    -*) die "unknown option $1 (try --help)" ;;
    *) install_from "$1" ;;
esac
