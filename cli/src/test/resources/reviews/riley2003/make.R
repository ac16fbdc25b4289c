library(metadat); library(metafor)
d <- dat.riley2003[dat.riley2003$outcome == "OS", ]
z <- qnorm(0.975)
hr <- round(exp(d$yi), 4); lo <- round(exp(d$yi - z * d$sei), 4); hi <- round(exp(d$yi + z * d$sei), 4)
odd <- d$study %% 2 == 1
cat("trial,outcome,arm,arm_role,effect,effect_se,effect_ci_lower,effect_ci_upper,effect_ci_level,source_ref,notes\n")
for (i in seq_len(nrow(d))) {
  t <- paste("Study", d$study[i])
  if (odd[i]) cat(sprintf("%s,os,amplified,experimental,%s,,%s,%s,95,metadat,\n", t, hr[i], lo[i], hi[i]))
  else cat(sprintf("%s,os,amplified,experimental,%s,%s,,,,metadat,\n", t, hr[i], d$sei[i]))
  cat(sprintf("%s,os_log,amplified,experimental,%s,%s,,,,metadat,\n", t, d$yi[i], d$sei[i]))
}
cat("Made-up study,os,amplified,experimental,1.5,,,,,TEST,made-up test row without SE or CI\n")
# Expected values
sei <- ifelse(odd, (log(hi) - log(lo)) / (2 * z), d$sei)
r1 <- rma(yi = log(hr), sei = sei, method = "REML")
r2 <- rma(yi = d$yi, sei = d$sei, method = "REML")
write(sprintf("%.15g", c(r1$beta, r1$se, r1$ci.lb, r1$ci.ub, r1$tau2, r2$beta, r2$se, r2$ci.lb, r2$tau2)), stderr())
