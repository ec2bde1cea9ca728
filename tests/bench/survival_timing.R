# Shared by survival_bench.R and km_process_bench.R: the best CPU seconds (user + system) of `reps`
# runs of survfit (KM per arm) + survdiff (log-rank) + coxph (Efron) on d$time, d$status, d$arm
# (the work `trialscope-cli km` does); the last run's log-rank and Cox fits are returned with it.
suppressMessages(library(survival))
best_survival_cpu <- function(d, reps) {
  best <- Inf
  for (i in seq_len(reps)) {
    st <- system.time({
      km <- survfit(Surv(time, status) ~ arm, data = d)
      lr <- survdiff(Surv(time, status) ~ arm, data = d)
      cx <- coxph(Surv(time, status) ~ arm, data = d, ties = "efron")
    })
    best <- min(best, st[["user.self"]] + st[["sys.self"]])
  }
  list(seconds = best, logrank = lr, cox = cx)
}
