# trialscope-cli links no Qt GUI library and hands its figure commands to the viewer binary beside
# it (app/cli/figure_commands.h). Without that binary, --help is still its own, and export says
# which file is missing, exit 2.
#   cmake -D CLI=path/to/trialscope-cli -D WORK=scratch-dir -P figures_handoff.cmake
file(STRINGS ${CLI} gui REGEX "libQt6(Gui|Widgets)\\.so")
if(gui)
  message(FATAL_ERROR "${CLI} links a Qt GUI library: ${gui}")
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(COPY ${CLI} DESTINATION ${WORK})
get_filename_component(name ${CLI} NAME)
set(alone ${WORK}/${name})
execute_process(COMMAND ${alone} --help RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "trialscope-cli \\[--db FILE\\] km" OR NOT out MATCHES "drawn by the viewer")
  message(FATAL_ERROR "--help without the viewer: rc ${rc}\n${out}${err}")
endif()
execute_process(COMMAND ${alone} --db ${WORK}/none.db export --study X --view km --out ${WORK}/x.png
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "export: not available: the viewer binary ${WORK}/trialscope draws the figures and cannot be run: No such file")
  message(FATAL_ERROR "export without the viewer: rc ${rc}\n${out}${err}")
endif()
if(EXISTS ${WORK}/none.db OR EXISTS ${WORK}/x.png)
  message(FATAL_ERROR "export without the viewer left a file behind")
endif()
