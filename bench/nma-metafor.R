# metafor's rma.mv on the network that bench/nma.sh times evsyn nma on, for timing side by side.
#
#   Rscript bench/nma-metafor.R INPUT.csv REFERENCE OUTPUT.csv
#
# INPUT is the arm-level CSV of evsyn nma (study,treatment,events,n). The model is the one of the network
# conformance fixtures (their README, section 3; their "calls" field is the template): per study the log odds ratio
# of every arm versus its baseline arm (the reference's arm if the study has one, else its first arm), 0.5 added to
# every arm of a study with a zero cell, studies with no events (or only events) in every arm dropped; V
# block-diagonal with the baseline arm's variance between the contrasts of a study; then
#   rma.mv(yi, V, mods = ~ `T02` + ... - 1, random = ~ comp | study, struct = "CS", rho = 0.5, method = "REML")
# Writes the effects versus the reference (treatment, estimate, se) and tau2 to OUTPUT. The time spent in the
# rma.mv() call alone is printed on stderr as "model_seconds=..."; the whole process is timed from outside.
suppressPackageStartupMessages(library(metafor))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 3) {
  stop("usage: Rscript bench/nma-metafor.R INPUT.csv REFERENCE OUTPUT.csv")
}
input <- args[1]
reference <- args[2]
output <- args[3]

d <- read.csv(input, stringsAsFactors = FALSE, check.names = FALSE)
by_study <- split(seq_len(nrow(d)), factor(d$study, levels = unique(d$study)))
rows <- vector("list", length(by_study))
blocks <- vector("list", length(by_study))
for (s in seq_along(by_study)) {
  i <- by_study[[s]]
  x <- d$events[i]
  n <- d$n[i]
  tr <- d$treatment[i]
  if (all(x == 0) || all(x == n)) next
  add <- if (any(x == 0 | x == n)) 0.5 else 0
  b <- if (reference %in% tr) which(tr == reference) else 1
  others <- setdiff(seq_along(i), b)
  xa <- x + add
  na <- n + 2 * add
  theta <- log(xa / (na - xa))
  u <- 1 / xa + 1 / (na - xa)
  V <- matrix(u[b], length(others), length(others))
  diag(V) <- u[others] + u[b]
  rows[[s]] <- data.frame(study = names(by_study)[s], treatment = tr[others], baseline = tr[b],
                          yi = theta[others] - theta[b], stringsAsFactors = FALSE)
  blocks[[s]] <- V
}
keep <- !vapply(rows, is.null, logical(1))
dat <- do.call(rbind, rows[keep])
V <- bldiag(blocks[keep])
treatments <- c(reference, sort(setdiff(unique(d$treatment), reference), method = "radix"))
coefs <- treatments[-1]
X <- matrix(0, nrow(dat), length(coefs), dimnames = list(NULL, coefs))
X[cbind(seq_len(nrow(dat)), match(dat$treatment, coefs))] <- 1
base <- match(dat$baseline, coefs)
X[cbind(which(!is.na(base)), base[!is.na(base)])] <- -1
dat <- cbind(dat, X)
dat$comp <- paste(dat$treatment, "vs", dat$baseline)
mods <- as.formula(paste("~", paste0("`", coefs, "`", collapse = " + "), "- 1"))

started <- proc.time()[["elapsed"]]
res <- rma.mv(yi, V, mods = mods, random = ~ comp | study, struct = "CS", rho = 0.5, data = dat, method = "REML")
model_seconds <- proc.time()[["elapsed"]] - started

write.csv(data.frame(treatment = coefs, estimate = as.vector(coef(res)), se = res$se, tau2 = res$tau2,
                     QE = res$QE),
          output, row.names = FALSE)
message(sprintf("model_seconds=%.3f k=%d treatments=%d tau2=%.6g", model_seconds, res$k, length(treatments),
                res$tau2))
