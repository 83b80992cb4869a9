# CPack settings for the Debian package. Included from packaging/CMakeLists.txt.
# Usage, from the build directory:  cpack -G DEB

set(CPACK_PACKAGE_NAME "rubric")
set(CPACK_PACKAGE_VENDOR "The Rubric authors")
set(CPACK_PACKAGE_CONTACT "Rubric maintainers <rubric@example.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Editor for scored review documents")
set(CPACK_PACKAGE_DESCRIPTION
    "Rubric edits review documents written as Markdown with YAML front matter.
It shows the front matter as a form, the ratings as editors and a radar
chart, and keeps them in step with the Markdown text and its preview.
A command line interface shows and sets fields without a window.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "rubric")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")

# Debian specifics.
set(CPACK_DEBIAN_PACKAGE_NAME "rubric")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)            # rubric_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
# Description: CPACK_PACKAGE_DESCRIPTION_SUMMARY is the synopsis line and
# CPACK_PACKAGE_DESCRIPTION the extended text (CPack's defaults).
set(CPACK_DEBIAN_PACKAGE_SECTION "editors")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Depends: computed by dpkg-shlibdeps (package dpkg-dev) from the executable.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Added to the computed list: the window icon is an SVG, which Qt loads through
# the iconengines/imageformats plugins in libqt6svg6. The executable links no
# QtSvg symbols (--as-needed drops it), so dpkg-shlibdeps cannot see this one.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6 (>= 6.4)")
# CJK glyphs for the Japanese UI and documents; Qt's own Japanese strings (standard
# dialog buttons, context menus: qtbase_ja.qm, loaded in app/gui.cpp).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
# Native Wayland windows (without it Qt runs through XWayland).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

include(CPack)
