# Reference numbers for adverse events by organ class: metafor 3.8.1, R 4.2.2. The data are a small synthetic set
# built for this test (organ_classes.csv). Per organ class: escalc(OR) with metafor's defaults (0.5 added to
# tables with a zero cell), rma REML, rstudent (studentized deleted residuals), and regtest(model = "lm"), the classic Egger test evsyn runs,
# and ranktest.
# Run: Rscript organ_classes.R > organ_classes_expected.csv
suppressMessages(library(metafor))
d <- read.csv("organ_classes.csv", check.names = FALSE)
cat("organ_class,key,value\n")
for (oc in unique(d$organ_class)) {
  s <- d[d$organ_class == oc, ]
  es <- escalc(measure = "OR", ai = treat_events, n1i = treat_n, ci = ctrl_events, n2i = ctrl_n, data = s)
  fit <- rma(yi, vi, data = es, method = "REML")
  w <- function(k, v) cat(sprintf("\"%s\",%s,%.10f\n", oc, k, v))
  w("k", fit$k); w("estimate", fit$beta[1]); w("se", fit$se); w("tau2", fit$tau2); w("QE", fit$QE)
  if (fit$k >= 3) {
    r <- rstudent(fit)
    for (i in seq_len(fit$k)) w(paste0("rstudent_", s$study[i]), r$z[i])
  }
  if (fit$k >= 10) {
    eg <- regtest(fit, model = "lm"); w("egger_z", eg$zval); w("egger_p", eg$pval)
    rk <- ranktest(fit); w("begg_tau", rk$tau); w("begg_p", rk$pval)
  }
}
