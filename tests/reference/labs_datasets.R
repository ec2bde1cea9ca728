# Writes tests/core/stats/labs_datasets.h: the small public R datasets the lab/AE kernel tests use.
# Run: Rscript tests/reference/labs_datasets.R > tests/core/stats/labs_datasets.h
v <- function(name, x, type = "double", comment) {
  cat(sprintf("// R: %s\ninline const std::vector<%s> %s{\n", comment, type, name))
  s <- if (type == "double") format(x, digits = 15, trim = TRUE, drop0trailing = TRUE) else as.character(x)
  for (l in split(s, ceiling(seq_along(s) / 16))) cat("    ", paste(l, collapse = ", "), ",\n", sep = "")
  cat("};\n\n")
}
cat("#pragma once\n// Small public R datasets (R 4.2 datasets package), as printed by\n",
    "// tests/reference/labs_datasets.R. Factors are 0-based codes in level order.\n",
    "#include <vector>\n\nnamespace ts::testdata {\n\n", sep = "")
v("sleepExtra", sleep$extra, comment = "sleep$extra (group 1 = rows 1-10, group 2 = rows 11-20; same subjects)")
v("mtcarsMpg", mtcars$mpg, comment = "mtcars$mpg")
v("mtcarsAm", mtcars$am, "int", comment = "mtcars$am")
v("mtcarsCyl", match(mtcars$cyl, c(4, 6, 8)) - 1L, "int", comment = "match(mtcars$cyl, c(4, 6, 8)) - 1")
v("mtcarsGear", match(mtcars$gear, c(3, 4, 5)) - 1L, "int", comment = "match(mtcars$gear, c(3, 4, 5)) - 1")
v("toothLen", ToothGrowth$len, comment = "ToothGrowth$len")
v("toothSupp", as.integer(ToothGrowth$supp) - 1L, "int", comment = "as.integer(ToothGrowth$supp) - 1 (0 = OJ, 1 = VC)")
aq <- airquality[!is.na(airquality$Ozone), ]
v("ozone", aq$Ozone, comment = "airquality$Ozone[!is.na(airquality$Ozone)]")
v("ozoneMonth", aq$Month - 5L, "int", comment = "airquality$Month[!is.na(airquality$Ozone)] - 5 (0 = May .. 4 = September)")
v("insectCount", InsectSprays$count, comment = "InsectSprays$count")
v("insectSpray", as.integer(InsectSprays$spray) - 1L, "int", comment = "as.integer(InsectSprays$spray) - 1 (A..F)")
v("plantWeight", PlantGrowth$weight, comment = "PlantGrowth$weight")
v("plantGroup", as.integer(PlantGrowth$group) - 1L, "int", comment = "as.integer(PlantGrowth$group) - 1 (ctrl, trt1, trt2)")
v("warpBreaks", warpbreaks$breaks, comment = "warpbreaks$breaks")
v("warpTension", as.integer(warpbreaks$tension) - 1L, "int", comment = "as.integer(warpbreaks$tension) - 1 (L, M, H)")
cat("}  // namespace ts::testdata\n")
