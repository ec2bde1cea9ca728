# TrialScope 0.1.0: the numbers of the adverse-event view of SHI2021, reproduced with base R.
# Data: shi2021_ae_data.csv, every ADAE record of a subject in the analysis (group: TRT01A) as delivered, and one row with event = 0 for each subject without one. onset: study day of ASTDT from TRTSDT; exposed: days on treatment (TRTDURD, else TRTEDT - TRTSDT + 1).
options(digits = 15)
d <- read.csv("shi2021_ae_data.csv", stringsAsFactors = FALSE, na.strings = "")
d$group <- factor(d$group, levels = c("UC-MSC", "Control"))
n <- table(d$group[!duplicated(d$subject)])  # the denominators: subjects per group
e <- d[d$event == 1, ]
# Treatment-emergent events only where the data flag any (TRTEMFL = Y)
if (any(!is.na(e$trtemfl))) e <- e[e$trtemfl %in% "Y", ]
e$grade <- ifelse(!is.na(e$aetoxgr), e$aetoxgr, match(toupper(e$aesev), c("MILD", "MODERATE", "SEVERE")))
not_related <- c("NONE", "N", "NO", "NOT RELATED", "UNLIKELY", "UNLIKELY RELATED", "REMOTE", "UNRELATED")
e$related <- ifelse(is.na(e$aerel), "unknown", ifelse(toupper(e$aerel) %in% not_related, "not related", "related"))
# The study's scale for the worst level: toxicity grade (AETOXGR)
levels_of <- as.character(1:5)
e$level <- e$aetoxgr

# Subjects (each once) and events per group and in total (two groups or more), % of the group;
# Fisher's exact test (2 groups) or the chi-square test (more) on subjects with and without the event
counts <- function(r) table(r$group[!duplicated(r$subject)])
test <- function(x) if (length(x) == 2) fisher.test(rbind(x, n - x))$p.value else
  suppressWarnings(chisq.test(rbind(x, n - x))$p.value)

e$key <- paste(e$aebodsys, e$aedecod, "", "", sep = "|")
for (k in sort(unique(e$key))) {
  r <- e[e$key == k, ]
  x <- counts(r)
  events <- table(r$group)
  for (g in levels(d$group)) cat("row", k, g, x[g], events[g], 100 * x[g] / n[g], sep = "|", "\n")
  if (nlevels(d$group) > 1) cat("row", k, "Total", sum(x), nrow(r), 100 * sum(x) / sum(n), sep = "|", "\n")
  cat("p", k, test(x), sep = "|", "\n")
}
