# metafor on the inputs evsyn's statistics benchmarks use, for timing side by side (see bench/stats.sh).
#
#   Rscript bench/metafor.R INPUT.csv[.gz] OUTPUT.csv [SPLIT_COLUMN]
#
# Reads the CSV (gzip is read as it is), computes mean differences with escalc(measure = "MD"), fits
# rma(yi, vi, method = "REML") with metafor's default settings to each analysis (one per value of SPLIT_COLUMN,
# in order of first appearance; the whole file when no column is given) and writes one line per analysis:
# k, estimate, se, tau2, I2, Q, or the error of a fit that failed. The time spent in the rma() calls alone is
# printed on stderr as "model_seconds=...", with the number of analyses and of failed fits; the whole process
# is timed from outside.
suppressPackageStartupMessages(library(metafor))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) {
  stop("usage: Rscript bench/metafor.R INPUT.csv[.gz] OUTPUT.csv [SPLIT_COLUMN]")
}
input <- args[1]
output <- args[2]
split_by <- if (length(args) >= 3) args[3] else NA

d <- read.csv(input, stringsAsFactors = FALSE)
dat <- escalc(measure = "MD", m1i = treat_mean, sd1i = treat_sd, n1i = treat_n,
              m2i = ctrl_mean, sd2i = ctrl_sd, n2i = ctrl_n, data = d)
if (is.na(split_by)) {
  labels <- ""
  yi <- list(dat$yi)
  vi <- list(dat$vi)
} else {
  key <- factor(dat[[split_by]], levels = unique(dat[[split_by]]))
  labels <- levels(key)
  yi <- split(dat$yi, key)
  vi <- split(dat$vi, key)
}

n <- length(labels)
k <- integer(n)
estimate <- se <- tau2 <- I2 <- Q <- rep(NA_real_, n)
error <- rep("", n)
model_seconds <- 0
for (i in seq_len(n)) {
  started <- proc.time()[["elapsed"]]
  fit <- tryCatch(rma(yi[[i]], vi[[i]], method = "REML"), error = function(e) e)
  model_seconds <- model_seconds + (proc.time()[["elapsed"]] - started)
  k[i] <- length(yi[[i]])
  if (inherits(fit, "error")) {
    error[i] <- gsub("[\r\n]+", " ", conditionMessage(fit))
  } else {
    estimate[i] <- fit$beta[1]
    se[i] <- fit$se
    tau2[i] <- fit$tau2
    I2[i] <- fit$I2
    Q[i] <- fit$QE
  }
}

write.csv(data.frame(analysis = labels, k = k, estimate = estimate, se = se, tau2 = tau2, I2 = I2, Q = Q,
                     error = error),
          output, row.names = FALSE)
message(sprintf("model_seconds=%.3f analyses=%d failed=%d", model_seconds, n, sum(error != "")))
