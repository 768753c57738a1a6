#!/bin/sh
# Draws the Merchant Desk app icon (a shop front with a striped awning on a blue tile) and writes every
# size and format the installers need. Needs ImageMagick 6 (`convert`); `png2icns` (icnsutils) for macOS.
# Run from anywhere: sh assets/icons/make-icons.sh
set -eu
cd "$(dirname "$0")"
CONVERT=${CONVERT:-/usr/bin/convert}
# Drawn on a 1024 grid; every other size is scaled down from it.
SHAPES=$({
  # shop body with a darker shadow, door with a knob, window with glazing bars
  echo "fill '#12357E' roundrectangle 236,520 796,820 24,24"
  echo "fill white roundrectangle 224,500 800,804 24,24"
  echo "fill '#1A48A8' roundrectangle 284,572 460,804 14,14"
  echo "fill '#FFB020' circle 430,694 430,708"
  echo "fill '#D6E6FF' roundrectangle 520,572 740,712 14,14"
  echo "fill '#1A48A8' rectangle 520,638 740,646 rectangle 626,572 634,712"
  # awning rail
  echo "fill '#12357E' roundrectangle 180,236 844,306 22,22"
  echo "fill white roundrectangle 176,228 848,300 22,22"
  # awning: 5 stripes of 128 px alternating coral and white, each ending in a half circle
  x=192; i=0
  while [ $x -lt 832 ]; do
    if [ $((i % 2)) -eq 0 ]; then c="'#FF6B5B'"; else c="white"; fi
    echo "fill $c rectangle $x,300 $((x + 127)),420 circle $((x + 64)),420 $((x + 64)),484"
    x=$((x + 128)); i=$((i + 1))
  done
})

"$CONVERT" -size 1024x1024 xc:none \
  \( -size 896x896 gradient:'#3B8BF0-#1A48A8' \
     \( -size 896x896 xc:black -fill white -draw 'roundrectangle 0,0 895,895 190,190' \) \
     -alpha off -compose CopyOpacity -composite \) \
  -geometry +64+64 -compose Over -composite \
  -draw "$SHAPES" \
  PNG32:merchant-desk-1024.png

for s in 16 32 48 64 128 256 512; do
  "$CONVERT" merchant-desk-1024.png -filter Lanczos -resize ${s}x${s} -strip "PNG32:merchant-desk-$s.png"
done
cp merchant-desk-512.png merchant-desk.png

# Windows: one .ico holding 16..256 px
"$CONVERT" merchant-desk-16.png merchant-desk-32.png merchant-desk-48.png merchant-desk-64.png \
  merchant-desk-128.png merchant-desk-256.png merchant-desk.ico
rm -f merchant-desk-64.png

# macOS: .icns from the sizes icnsutils knows
if command -v png2icns >/dev/null 2>&1; then
  png2icns merchant-desk.icns merchant-desk-16.png merchant-desk-32.png merchant-desk-48.png \
    merchant-desk-128.png merchant-desk-256.png merchant-desk-512.png merchant-desk-1024.png >/dev/null
else
  echo "png2icns not found (apt-get install icnsutils): merchant-desk.icns not rebuilt" >&2
fi
