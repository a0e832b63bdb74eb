#!/bin/sh
# Install ShipCheck 发货考核助手 from the unpacked Linux tarball.
#
#   ./install.sh            for the current user: ~/.local/opt, ~/.local/bin, ~/.local/share
#   sudo ./install.sh --system    for everyone: /opt, /usr/local/bin, /usr/local/share
#   ./install.sh --uninstall [--system]
#
# It copies the ShipCheck/ folder, links the `shipcheck` command, and adds the menu entry and icons.
# Nothing is downloaded; the app needs no Python and no network.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
scope=user
action=install
for arg in "$@"; do
    case "$arg" in
        --system) scope=system ;;
        --uninstall) action=uninstall ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

if [ "$scope" = system ]; then
    opt=/opt/shipcheck
    bin=/usr/local/bin
    share=/usr/local/share
else
    opt="$HOME/.local/opt/shipcheck"
    bin="$HOME/.local/bin"
    share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
apps="$share/applications"
icons="$share/icons/hicolor"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
}

if [ "$action" = uninstall ]; then
    rm -rf "$opt"
    rm -f "$bin/shipcheck" "$apps/shipcheck.desktop"
    find "$icons" -name shipcheck.png -path '*/apps/*' -delete 2>/dev/null || true
    refresh
    echo "ShipCheck removed. Your data (orders database, settings) is kept in your data folder."
    exit 0
fi

mkdir -p "$opt" "$bin" "$apps"
rm -rf "$opt/ShipCheck"
cp -a "$here/ShipCheck" "$opt/ShipCheck"
ln -sf "$opt/ShipCheck/ShipCheck" "$bin/shipcheck"
for dir in "$here"/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$icons/$size/apps"
    cp "$dir/shipcheck.png" "$icons/$size/apps/shipcheck.png"
done
sed "s|@EXEC@|$opt/ShipCheck/ShipCheck|g" "$here/shipcheck.desktop" > "$apps/shipcheck.desktop"
chmod 644 "$apps/shipcheck.desktop"
refresh
echo "ShipCheck installed in $opt/ShipCheck"
echo "Start it from the applications menu (发货考核助手), or run: $bin/shipcheck"
