#!/usr/bin/env bash
# Packages the app for learning platforms (Moodle, Canvas, Blackboard, …):
#   dist-scorm/zhiyuan-wudao-scorm12.zip     SCORM 1.2
#   dist-scorm/zhiyuan-wudao-scorm2004.zip   SCORM 2004 4th edition
# each with its imsmanifest.xml and the whole app inside (nothing is fetched
# from anywhere else). The package opens one quiz, and that quiz is what the
# platform's gradebook gets: status, score, one interaction per question, and
# suspend data so a student continues on another computer.
#
#   scripts/package-scorm.sh [ROUTE] [--pass PERCENT|none] [--title TITLE] [--from DIR]
#
#   ROUTE    what the package launches (default '#/zh/quiz/challenge', the
#            mechanism challenge): a chapter quiz '#/en/quiz/ch3', or an
#            assignment link made on the teacher page, '#/zh/a/{code}' (its
#            questions, feedback mode and language are the link's).
#   --pass   the pass mark in percent written into the manifest (default 60);
#            'none' reports completed/incomplete without passed/failed.
#   --title  the title the platform shows (default: the app's name).
#   --from   package an existing release build made with '--public-url ./ --features scorm'
#            instead of building one.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$PROJECT_ROOT"

route='#/zh/quiz/challenge' pass=60 title='悟道之路 · The Road to WuDao' from=''
while [ $# -gt 0 ]; do
    case "$1" in
        --pass) pass="${2:?--pass needs a percentage or none}"; shift 2 ;;
        --title) title="${2:?--title needs a title}"; shift 2 ;;
        --from) from="${2:?--from needs a folder}"; shift 2 ;;
        '#/'*) route="$1"; shift ;;
        *) echo "unknown argument: $1 (see the top of $0)" >&2; exit 2 ;;
    esac
done
# A route the package can report on: a chapter quiz, the challenge, or an assignment.
if ! [[ "$route" =~ ^\#/(zh|en)/(quiz/[a-z0-9-]+|a/[A-Za-z0-9_-]+)$ ]]; then
    echo "the launch route must be a quiz or an assignment link, e.g. '#/zh/quiz/ch3' or '#/zh/a/{code}': got '$route'" >&2
    exit 2
fi
if [ "$pass" != none ] && ! [[ "$pass" =~ ^([0-9]|[1-9][0-9]|100)$ ]]; then
    echo "--pass takes a whole percentage from 0 to 100, or none: got '$pass'" >&2
    exit 2
fi

if ! command -v zip >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        echo "[package-scorm] installing Debian's zip (to write the packages)"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zip
    else
        echo "missing: zip: install it with 'sudo apt-get install zip'" >&2
        exit 1
    fi
fi

out=dist-scorm
build="$out/build"
if [ -n "$from" ]; then
    build="$from"
else
    scripts/setup.sh
    # Relative URLs: the platform serves the package from a path of its own.
    # The SCO glue (feature `scorm`) is only in packages, never in the web build.
    # No prerendered home page: a package opens its quiz (scripts/post-build.mjs).
    ZHIYUAN_PRERENDER=0 trunk build --release --public-url ./ --features scorm --dist "$build"
fi
[ -f "$build/index.html" ] || { echo "no index.html in $build" >&2; exit 1; }
grep -q "'\./zhiyuan-" "$build/index.html" || { echo "$build was not built with --public-url ./" >&2; exit 1; }

xml_escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' <<<"$1"; }
title_xml=$(xml_escape "$title")

# The app's files, without the precompressed copies (platforms serve files as
# they are), without the service worker, which a package never registers, and
# without the teacher's bundle (teacher.html and its files): a package only
# ever opens a student's quiz or assignment.
stage_files() {
    local dest="$1" version="$2"
    rm -rf "$dest" && mkdir -p "$dest"
    cp -R "$build/." "$dest/"
    find "$dest" -type f \( -name '*.gz' -o -name '*.br' -o -name 'sw.js' -o -name 'teacher*' \) -delete
    # The app reads its SCORM version and launch route from this element (scorm::META).
    sed -i -E "s|<meta charset=\"?utf-8\"?>|&<meta name=\"zhiyuan-scorm\" content=\"$version $route\">|" "$dest/index.html"
    grep -q 'name="zhiyuan-scorm"' "$dest/index.html" || { echo "could not mark $dest/index.html as a package" >&2; exit 1; }
}

file_entries() {
    (cd "$1" && find . -type f ! -name imsmanifest.xml | sed 's|^\./||' | LC_ALL=C sort | while read -r f; do
        printf '      <file href="%s"/>\n' "$(xml_escape "$f")"
    done)
}

manifest_12() {
    local mastery=''
    [ "$pass" != none ] && mastery="        <adlcp:masteryscore>$pass</adlcp:masteryscore>"
    cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="zhiyuan-wudao-scorm12" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="zhiyuan-org">
    <organization identifier="zhiyuan-org">
      <title>$title_xml</title>
      <item identifier="zhiyuan-item" identifierref="zhiyuan-sco" isvisible="true">
        <title>$title_xml</title>
$mastery
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="zhiyuan-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
$(file_entries "$1")
    </resource>
  </resources>
</manifest>
XML
}

manifest_2004() {
    local sequencing=''
    if [ "$pass" != none ]; then
        local measure
        measure=$(awk -v p="$pass" 'BEGIN { printf "%.2f", p / 100 }')
        sequencing="        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID=\"zhiyuan-pass\" satisfiedByMeasure=\"true\">
              <imsss:minNormalizedMeasure>$measure</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>"
    fi
    cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="zhiyuan-wudao-scorm2004" version="1.0"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="zhiyuan-org">
    <organization identifier="zhiyuan-org">
      <title>$title_xml</title>
      <item identifier="zhiyuan-item" identifierref="zhiyuan-sco">
        <title>$title_xml</title>
$sequencing
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="zhiyuan-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
$(file_entries "$1")
    </resource>
  </resources>
</manifest>
XML
}

for version in 1.2 2004; do
    name="zhiyuan-wudao-scorm${version/./}"
    stage="$out/$name"
    stage_files "$stage" "$version"
    if [ "$version" = 1.2 ]; then manifest_12 "$stage"; else manifest_2004 "$stage"; fi | grep -v '^$' >"$stage/imsmanifest.xml"
    rm -f "$out/$name.zip"
    # imsmanifest.xml at the root of the zip, as the standard requires; -X: no extra file attributes.
    (cd "$stage" && zip -q -X "../$name.zip" imsmanifest.xml && zip -q -X -r "../$name.zip" . -x imsmanifest.xml)
    printf 'package-scorm: %s (%s bytes), launches %s, pass mark %s\n' "$out/$name.zip" "$(stat -c %s "$out/$name.zip")" "$route" "$pass"
done
