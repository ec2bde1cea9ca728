# Fails when DOC differs from `CLI --help-options`; the actual output is left in OUT, to copy over
# DOC after a deliberate change of an option table or the view registry.
execute_process(COMMAND ${CLI} --help-options OUTPUT_VARIABLE actual RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${CLI} --help-options exited with ${status}")
endif()
file(WRITE ${OUT} "${actual}")
file(READ ${DOC} expected)
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "${DOC} is not the output of trialscope-cli --help-options; the output is in ${OUT}")
endif()
message(STATUS "${DOC} matches trialscope-cli --help-options")
