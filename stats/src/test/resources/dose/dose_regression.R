# Reference numbers for the dose meta-regressions: metafor 3.8.1 on dat.bcg (log risk ratios), the absolute
# latitude standing in for a study-level dose. The restricted cubic spline basis is Harrell's with three knots at
# the 10th, 50th and 90th percentiles (R's default quantile), the nonlinear term divided by (t3 - t1)^2 as
# rms::rcspline.eval(norm = 2) does; written out here because rms is not installed.
# Run: Rscript dose_regression.R > dose_regression_expected.csv
suppressMessages(library(metafor))
dat <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
x <- dat$ablat
t <- unname(quantile(x, c(0.1, 0.5, 0.9)))
pos <- function(v) pmax(v, 0)^3
rcs <- function(v) (pos(v - t[1]) - pos(v - t[2]) * (t[3] - t[1]) / (t[3] - t[2]) +
                    pos(v - t[3]) * (t[2] - t[1]) / (t[3] - t[2])) / (t[3] - t[1])^2
out <- function(model, fit, extra = list()) {
  for (j in seq_along(fit$beta)) {
    cat(sprintf("%s,b%d,%.10f\n", model, j - 1, fit$beta[j]))
    cat(sprintf("%s,se%d,%.10f\n", model, j - 1, fit$se[j]))
  }
  cat(sprintf("%s,tau2,%.10f\n", model, fit$tau2))
  cat(sprintf("%s,QM,%.10f\n", model, fit$QM))
  cat(sprintf("%s,QE,%.10f\n", model, fit$QE))
  for (n in names(extra)) cat(sprintf("%s,%s,%.10f\n", model, n, extra[[n]]))
}
cat("model,key,value\n")
lin <- rma(yi, vi, mods = ~ x, data = dat, method = "REML")
out("linear", lin, list(pred30 = predict(lin, newmods = 30)$pred, ci_lb30 = predict(lin, newmods = 30)$ci.lb))
lg <- rma(yi, vi, mods = ~ log10(x), data = dat, method = "REML")
out("log10", lg)
sp <- rma(yi, vi, mods = ~ x + rcs(x), data = dat, method = "REML")
p <- predict(sp, newmods = cbind(30, rcs(30)))
out("spline", sp, list(knot1 = t[1], knot2 = t[2], knot3 = t[3], pred30 = p$pred, ci_ub30 = p$ci.ub))
spk <- rma(yi, vi, mods = ~ x + rcs(x), data = dat, method = "DL", test = "knha")
p <- predict(spk, newmods = cbind(30, rcs(30)))
out("spline_dl_knha", spk, list(pred30 = p$pred, ci_ub30 = p$ci.ub))
