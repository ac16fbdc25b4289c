# Reference side of the differential test (org.evsyn.stats.differential.MetaforDifferentialTest).
#
# Usage: Rscript --vanilla metafor_batch.R REQUESTS.csv RESULTS.csv [CORES]
#
# REQUESTS.csv holds every data set and every requested fit of one batch. Its `record` column says which:
#   study rows: record,dataset,kind,study,ai,n1i,ci,n2i,m1i,sd1i,m2i,sd2i,yi,vi   (kind: binary|continuous|generic)
#   fit rows:   record,dataset,fit,measure,method,test,level,drop00   (fit: the fit's id, echoed in the results)
# RESULTS.csv gets one row per fit (see `columns` below). Numbers are written with 17 significant digits; a fit
# that metafor refuses has its message in `error`.
#
# Every model is fitted as a user of metafor would fit it (escalc with add = 1/2, to = "only0"; rma; rma.mh;
# rma.peto), with the conformance fixtures' tighter convergence settings so that 1e-6 comparisons are
# meaningful: threshold = 1e-10 and tol = 1e-12 (maxiter = 1000), shrunk in proportion for data whose mean
# sampling variance is below 1e-4, because metafor's criteria are absolute in tau^2 (with vi near 1e-8 an
# absolute 1e-10 leaves tau^2 good to 1% only); tau2.max (PM, EB) is raised above metafor's 100 for data on a
# large scale; a fit whose Fisher scoring does not converge is refitted with stepadj = 0.5, as help(rma) advises,
# and then with criteria scaled to the median sampling variance (with vi near 1e6 an absolute 1e-10 can never
# be met).
# For ML and REML the reference is the global maximum of the (restricted) likelihood on [0, inf): besides the
# default fit, the model is refitted from every local maximum of the likelihood profile on a grid of tau^2 values
# (tau^2 = 0 itself by a fit with tau2 = 0 fixed), and the fit with the highest logLik is kept.

suppressPackageStartupMessages(library(metafor))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) stop("usage: metafor_batch.R REQUESTS.csv RESULTS.csv [CORES]")
cores <- if (length(args) >= 3) as.integer(args[3]) else 1L

# Convergence settings (see above): the fixtures' threshold = 1e-10 and tol = 1e-12, shrunk in proportion when
# the mean sampling variance m is below 1e-4 -- the rule evsyn's Fisher scoring follows, so that both stop at the
# same point of the same iteration; `scaled` gives the fallback for data on a large scale, where an absolute 1e-10
# can never be met: both criteria multiplied by the median sampling variance s.
control_for <- function(yi, vi, scaled = FALSE) {
  ok <- is.finite(vi) & vi > 0
  m <- if (any(is.finite(vi))) mean(vi[is.finite(vi)]) else 1
  s <- if (any(ok)) median(vi[ok]) else 1
  f <- if (scaled) max(1, s) else min(1, m / 1e-4)
  spread <- if (sum(is.finite(yi)) > 1) var(yi, na.rm = TRUE) else 0
  list(threshold = 1e-10 * f, tol = 1e-12 * f, maxiter = 1000,
       tau2.max = max(100, 1e3 * (spread + max(vi[is.finite(vi)], 0))))
}

columns <- c("dataset", "fit", "k", "estimate", "se", "ci_lb", "ci_ub", "pval", "tau2", "I2", "H2", "QE",
             "pi_lb", "pi_ub", "loglik", "modes", "default_tau2", "default_loglik", "default_local",
             "default_kept_lower", "threshold", "tol", "tau2_max", "stepadj", "warnings", "error")

req <- read.csv(args[1], colClasses = "character", na.strings = "")
num <- function(x) as.numeric(x)
studies <- req[req$record == "study", ]
fits <- req[req$record == "fit", ]

fmt <- function(x) {
  if (is.null(x) || length(x) == 0) return("NA")
  x <- as.numeric(x)[1]
  if (is.na(x) && !is.nan(x)) "NA" else sprintf("%.17g", x)
}
flat <- function(msgs) gsub("[\r\n\"]+", " ", paste(unique(msgs), collapse = " | "))

# Runs expr, collecting warnings; returns list(value, warnings, error).
capture <- function(expr) {
  warns <- character(0)
  value <- withCallingHandlers(
    tryCatch(expr, error = function(e) structure(conditionMessage(e), class = "fit_error")),
    warning = function(w) {
      warns <<- c(warns, conditionMessage(w))
      invokeRestart("muffleWarning")
    })
  if (inherits(value, "fit_error")) list(value = NULL, warnings = warns, error = as.character(value))
  else list(value = value, warnings = warns, error = NULL)
}

# (Restricted) log-likelihood profile up to a constant, for choosing starting values only.
profile_ll <- function(yi, vi, reml, grid) {
  v <- outer(vi, grid, "+")
  w <- 1 / v
  sw <- colSums(w)
  mu <- colSums(w * yi) / sw
  r <- yi - rep(mu, each = length(yi))
  -0.5 * colSums(log(v)) - 0.5 * colSums(w * r^2) - if (reml) 0.5 * log(sw) else 0
}

# tau^2 values at the local maxima of the profile on a log-spaced grid (0 included when it is a boundary maximum).
profile_maxima <- function(yi, vi, reml) {
  scale <- max(if (length(yi) > 1) var(yi) else 0, vi)
  if (!is.finite(scale) || scale <= 0) return(numeric(0))
  grid <- scale * 10^seq(-10, 2, length.out = 241)
  if (all(vi > 0)) grid <- c(0, grid)
  ll <- profile_ll(yi, vi, reml, grid)
  if (any(!is.finite(ll))) return(numeric(0))
  n <- length(ll)
  left <- c(-Inf, ll[-n])
  right <- c(ll[-1], -Inf)
  grid[ll > left & ll >= right]
}

summarise <- function(dataset, fit_id, fit, extra, ctrl) {
  pr <- if (!is.null(fit) && inherits(fit, "rma.uni") && fit$method != "FE")
    tryCatch(predict(fit), error = function(e) NULL) else NULL
  c(dataset = dataset, fit = fit_id, k = fmt(fit$k), estimate = fmt(fit$b), se = fmt(fit$se),
    ci_lb = fmt(fit$ci.lb), ci_ub = fmt(fit$ci.ub), pval = fmt(fit$pval),
    tau2 = fmt(if (is.null(fit$tau2)) 0 else fit$tau2), I2 = fmt(fit$I2), H2 = fmt(fit$H2), QE = fmt(fit$QE),
    pi_lb = fmt(pr$pi.lb), pi_ub = fmt(pr$pi.ub),
    loglik = if (inherits(fit, "rma.uni")) fmt(logLik(fit)) else "NA", extra,
    threshold = fmt(ctrl$threshold), tol = fmt(ctrl$tol), tau2_max = fmt(ctrl$tau2.max),
    stepadj = fmt(if (is.null(ctrl$stepadj)) NA else ctrl$stepadj))
}

no_extra <- c(modes = "NA", default_tau2 = "NA", default_loglik = "NA", default_local = "NA",
              default_kept_lower = "NA")
no_ctrl <- list(threshold = NA, tol = NA, tau2.max = NA)

failure <- function(dataset, fit_id, message, warns, ctrl = no_ctrl) {
  row <- setNames(rep("NA", length(columns)), columns)
  row[c("dataset", "fit")] <- c(dataset, fit_id)
  row[c("threshold", "tol", "tau2_max")] <- c(fmt(ctrl$threshold), fmt(ctrl$tol), fmt(ctrl$tau2.max))
  if (!is.null(ctrl$stepadj)) row["stepadj"] <- fmt(ctrl$stepadj)
  row["warnings"] <- flat(warns)
  row["error"] <- flat(message)
  row
}

# ML/REML: the global maximum, starting from every profile maximum the default fit did not reach. Ties go to the
# default fit; the boundary fit (tau2 = 0 fixed) wins whenever its logLik is at least as high, so that a default
# fit that crept towards the boundary and stopped at a tiny positive tau^2 is replaced by the maximum itself.
global_fit <- function(default, yi, vi, method, test, level, ctrl) {
  keep <- !is.na(yi) & !is.na(vi)
  yi <- yi[keep]
  vi <- vi[keep]
  # With a zero sampling variance the likelihood is unbounded as tau^2 -> 0: there is no global maximum, and
  # metafor and evsyn both report where Fisher scoring stops.
  if (any(vi <= 0)) return(list(fit = default, modes = NA, kept_lower = FALSE))
  maxima <- profile_maxima(yi, vi, method == "REML")
  best <- default
  best_ll <- as.numeric(logLik(default))
  for (start in maxima) {
    near <- start > 0 && abs(start - default$tau2) <= 0.25 * max(start, default$tau2)
    if (near || (start == 0 && default$tau2 == 0)) next
    refit <- if (start == 0)
      capture(rma(yi, vi, method = method, test = test, level = level, tau2 = 0))$value
    else
      capture(rma(yi, vi, method = method, test = test, level = level, control = c(ctrl, list(tau2.init = start))))$value
    if (is.null(refit)) next
    ll <- as.numeric(logLik(refit))
    # A default tau^2 below the convergence threshold already is the boundary maximum (metafor's own ll0check
    # leaves it so), reached to the criterion.
    same_boundary <- start == 0 && default$tau2 <= ctrl$threshold
    if (is.finite(ll) && !same_boundary && (ll > best_ll + abs(best_ll) * 1e-12 || (start == 0 && ll >= best_ll))) {
      best <- refit
      best_ll <- ll
    }
  }
  # Another maximum, not the same one reached more exactly: tau^2 differs on the scale of the sampling variances.
  other <- abs(best$tau2 - default$tau2) > 1e-3 * median(vi[vi > 0])
  list(fit = best, modes = length(maxima), kept_lower = !identical(best, default) && other)
}

effect_sizes <- function(d, measure, drop00) {
  if (measure %in% c("RR", "OR", "RD"))
    escalc(measure = measure, ai = num(d$ai), n1i = num(d$n1i), ci = num(d$ci), n2i = num(d$n2i),
           add = 1/2, to = "only0", drop00 = drop00)
  else if (measure %in% c("MD", "SMD"))
    escalc(measure = measure, m1i = num(d$m1i), sd1i = num(d$sd1i), n1i = num(d$n1i),
           m2i = num(d$m2i), sd2i = num(d$sd2i), n2i = num(d$n2i))
  else
    data.frame(yi = num(d$yi), vi = num(d$vi))
}

# escalc once per data set, measure and drop00 rule: many fits share the same effect sizes.
effect_cache <- new.env()

one_fit <- function(d, f) {
  dataset <- f$dataset
  fit_id <- f$fit
  method <- f$method
  test <- f$test
  level <- num(f$level)
  drop00 <- f$drop00 == "TRUE"
  if (method == "MH") {
    r <- capture(rma.mh(ai = num(d$ai), n1i = num(d$n1i), ci = num(d$ci), n2i = num(d$n2i),
                        measure = f$measure, add = 1/2, to = "only0", drop00 = drop00, level = level))
    # Tables in which every participant has the event give a variance of exactly 0, which rounding can make a
    # hair negative ("NaNs produced"): that variance is 0, as rma.mh reports for a single such table.
    v <- r$value
    if (!is.null(v) && is.finite(v$beta) && is.nan(v$se) && any(grepl("NaNs produced", r$warnings))) {
      v$se <- 0
      v$ci.lb <- v$ci.ub <- c(v$beta)
      v$pval <- NA
      r$value <- v
      r$warnings <- c(r$warnings, "variance rounded below 0 read as 0")
    }
    ctrl <- no_ctrl
  } else if (method == "PETO") {
    r <- capture(rma.peto(ai = num(d$ai), n1i = num(d$n1i), ci = num(d$ci), n2i = num(d$n2i),
                          add = 1/2, to = "only0", drop00 = drop00, level = level))
    ctrl <- no_ctrl
  } else {
    key <- paste(f$measure, drop00)
    es <- effect_cache[[key]]
    if (is.null(es)) {
      es <- capture(effect_sizes(d, f$measure, drop00))
      assign(key, es, envir = effect_cache)
    }
    if (is.null(es$value)) return(failure(dataset, fit_id, es$error, es$warnings))
    yi <- as.numeric(es$value$yi)
    vi <- as.numeric(es$value$vi)
    ctrl <- control_for(yi, vi)
    r <- capture(rma(yi, vi, method = method, test = test, level = level, control = ctrl))
    if (!is.null(r$value) && method == "EB" && all(vi[is.finite(vi)] > 0)) {
      # metafor's EB steps converge linearly, and slowly on small variances; without moderators their fixed point
      # solves Q(tau^2) = k - 1, the Paule-Mandel equation, which metafor's PM solves exactly (uniroot, tol): that
      # fit is the reference, with EB's own output otherwise unchanged.
      pm <- capture(rma(yi, vi, method = "PM", test = test, level = level, control = ctrl))$value
      if (!is.null(pm)) r$value <- pm
    }
    if (is.null(r$value) && method == "EB" && grepl("Division by zero", r$error)) {
      # With a zero sampling variance, EB steps that halve down to tau^2 = 0 divide by zero; a start above the
      # root reaches it from the other side.
      ctrl$tau2.init <- 10 * max(var(yi, na.rm = TRUE), vi, na.rm = TRUE)
      r <- capture(rma(yi, vi, method = method, test = test, level = level, control = ctrl))
      r$warnings <- c("refitted from a start above the root: the default start divided by zero", r$warnings)
    }
    if (is.null(r$value) && grepl("did not converge", r$error)) {
      # help(rma)'s remedy for Fisher scoring that oscillates: shorter steps.
      ctrl$stepadj <- 0.5
      r <- capture(rma(yi, vi, method = method, test = test, level = level, control = ctrl))
      r$warnings <- c("refitted with stepadj = 0.5: the default steps did not converge", r$warnings)
    }
    if (is.null(r$value) && grepl("did not converge", r$error)) {
      # On a large scale an absolute step of 1e-10 is below double precision: criteria scaled to the variances.
      ctrl <- control_for(yi, vi, scaled = TRUE)
      r <- capture(rma(yi, vi, method = method, test = test, level = level, control = ctrl))
      r$warnings <- c("refitted with criteria scaled to the sampling variances: the fixtures' did not converge",
                      r$warnings)
    }
    r$warnings <- c(es$warnings, r$warnings)
    if (!is.null(r$value) && method %in% c("ML", "REML")) {
      default <- r$value
      g <- capture(global_fit(default, yi, vi, method, test, level, ctrl))$value
      if (is.null(g)) g <- list(fit = default, modes = NA, kept_lower = FALSE)
      warned <- any(grepl("local maximum", r$warnings))
      extra <- c(modes = fmt(g$modes), default_tau2 = fmt(default$tau2), default_loglik = fmt(logLik(default)),
                 default_local = if (warned || g$kept_lower) "TRUE" else "FALSE",
                 default_kept_lower = if (g$kept_lower) "TRUE" else "FALSE")
      return(c(summarise(dataset, fit_id, g$fit, extra, ctrl), warnings = flat(r$warnings), error = "NA"))
    }
  }
  if (is.null(r$value)) return(failure(dataset, fit_id, r$error, r$warnings, ctrl))
  c(summarise(dataset, fit_id, r$value, no_extra, ctrl), warnings = flat(r$warnings), error = "NA")
}

ids <- unique(fits$dataset)
# Contiguous chunks: each worker filters the request table once per chunk, not once per data set.
size <- max(1L, ceiling(length(ids) / (cores * 8L)))
chunks <- split(ids, ceiling(seq_along(ids) / size))
run_chunk <- function(chunk) {
  sub_studies <- studies[studies$dataset %in% chunk, ]
  sub_fits <- fits[fits$dataset %in% chunk, ]
  by_study <- split(sub_studies, factor(sub_studies$dataset, levels = chunk))
  by_fit <- split(sub_fits, factor(sub_fits$dataset, levels = chunk))
  out <- lapply(chunk, function(id) {
    d <- as.list(by_study[[id]])
    fs <- by_fit[[id]]
    rm(list = ls(effect_cache), envir = effect_cache)
    rows <- lapply(seq_len(nrow(fs)), function(i) one_fit(d, lapply(fs, `[`, i)))
    do.call(rbind, rows)
  })
  do.call(rbind, out)
}
# Chunks go to whichever worker is free: data sets differ a lot in cost (k from 1 to 200).
parts <- if (cores > 1) {
  parallel::mclapply(chunks, run_chunk, mc.cores = cores, mc.preschedule = FALSE)
} else {
  lapply(chunks, run_chunk)
}
failed <- vapply(parts, function(p) inherits(p, "try-error"), logical(1))
if (any(failed)) stop("a worker failed: ", as.character(parts[[which(failed)[1]]]))
table <- do.call(rbind, parts)

quote_cell <- function(x) ifelse(grepl("[\",]", x) | x == "", paste0("\"", gsub("\"", "\"\"", x), "\""), x)
lines <- apply(table[, columns, drop = FALSE], 1, function(r) paste(quote_cell(r), collapse = ","))
tmp <- paste0(args[2], ".part")
writeLines(c(paste(columns, collapse = ","), lines), tmp, useBytes = TRUE)
invisible(file.rename(tmp, args[2]))
