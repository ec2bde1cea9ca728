# Installation and the Debian package (CPack DEB): `cpack -G DEB` in a build folder, or
# scripts/package.sh, which also checks it (dpkg-deb --contents, lintian, a scratch install).
#   /usr/bin/trialscope, /usr/bin/trialscope-cli
#   /usr/share/applications/trialscope.desktop, the icon (hicolor, scalable)
#   /usr/share/mime/packages/trialscope.xml   .xpt (application/x-sas-xport), .trialscope sessions
#   /usr/share/man/man1/trialscope.1.gz, trialscope-cli.1.gz   generated from --help by help2man
#   /usr/share/doc/trialscope/copyright, changelog.gz
include(GNUInstallDirs)
set(docdir ${CMAKE_INSTALL_DATADIR}/doc/trialscope)

install(TARGETS trialscope trialscope-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/trialscope.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/trialscope.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/trialscope-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME trialscope.xml)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION ${docdir})

# Compressed as Debian policy asks (gzip -9n: no name, no time stamp, so the bytes are reproducible).
set(packaging ${CMAKE_BINARY_DIR}/packaging)
add_custom_command(
  OUTPUT ${packaging}/changelog.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging}
  COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/packaging/changelog > ${packaging}/changelog.gz
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog)
set(pages)
foreach(program trialscope trialscope-cli)
  if(program STREQUAL "trialscope")
    set(summary "viewer of clinical-trial results: survival, labs, adverse events, liver safety")
  else()
    set(summary "TrialScope without the viewer: import, analyses as JSON, figure export")
  endif()
  add_custom_command(
    OUTPUT ${packaging}/${program}.1.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging}
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${packaging}
            help2man --no-info --section=1 --name=${summary} --output=${packaging}/${program}.1 $<TARGET_FILE:${program}>
    COMMAND gzip -9nf ${packaging}/${program}.1
    DEPENDS ${program} trialscope
    VERBATIM)
  list(APPEND pages ${packaging}/${program}.1.gz)
endforeach()
add_custom_target(package_files ALL DEPENDS ${pages} ${packaging}/changelog.gz)
install(FILES ${pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${packaging}/changelog.gz DESTINATION ${docdir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME trialscope)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "TrialScope team <team@trialscope.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "viewer of clinical-trial results")
# The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "TrialScope opens clinical-trial studies (CDISC ADaM datasets as CSV or SAS\n"
    " transport files, or published summaries) and shows their Kaplan-Meier curves\n"
    " with risk tables and tests, laboratory values by visit, adverse-event\n"
    " tables, baseline characteristics and liver-safety views (eDISH, Hy's law),\n"
    " compares studies side by side and exports figures that carry their own\n"
    " provenance. trialscope-cli runs the same analyses from the command line\n"
    " and prints JSON.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
# The package's own files are root's, with the modes Debian expects.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
