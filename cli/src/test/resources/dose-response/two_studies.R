# Reference for DoseResponseCommandTest: the pooled linear slope of two_studies.csv ignoring the correlation
# (--no-correlation). Each study's slope is then the weighted least-squares slope through the referent of the
# log relative risks on dose - referent dose, weights 1/variance, variance ((log upper - log lower) / (2 z))^2;
# the two slopes are pooled by metafor's rma(method = "REML"). R 4.2.2, metafor 3.8.1.
library(metafor)
d <- read.csv("two_studies.csv")
z <- qnorm(0.975)
slopes <- do.call(rbind, lapply(split(d, factor(d$study, levels = unique(d$study))), function(s) {
  ref <- s[1, ]
  e <- s[-1, ]
  x <- e$dose - ref$dose
  y <- log(e$rr)
  v <- ((log(e$upper) - log(e$lower)) / (2 * z))^2
  fit <- lm(y ~ 0 + x, weights = 1 / v)
  data.frame(study = ref$study, yi = unname(coef(fit)), vi = 1 / sum(x^2 / v))
}))
res <- rma(yi, vi, data = slopes, method = "REML")
out <- rbind(
  data.frame(key = paste0("slope_", slopes$study), value = slopes$yi),
  data.frame(key = paste0("se_", slopes$study), value = sqrt(slopes$vi)),
  data.frame(key = c("estimate", "se", "ci_lower", "ci_upper", "tau2", "q", "q_pval", "i2"),
             value = c(res$b[1], res$se, res$ci.lb, res$ci.ub, res$tau2, res$QE, res$QEp, res$I2)))
write.csv(out, "two_studies_expected.csv", row.names = FALSE, quote = FALSE)
