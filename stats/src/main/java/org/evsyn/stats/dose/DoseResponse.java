package org.evsyn.stats.dose;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.evsyn.stats.Meta;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.GenericStudy;
import org.evsyn.stats.internal.Distributions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two-stage dose-response meta-analysis (Orsini, Bellocco &amp; Greenland 2006; Orsini et al. 2012, Am J Epidemiol
 * 175:66): per study a generalised least-squares trend of the log relative risks on dose through the referent,
 * then the trends pooled.
 */
public final class DoseResponse {

    private DoseResponse() {
    }

    /**
     * One study's trend by generalised least squares, b = (XᵀC⁻¹X)⁻¹ XᵀC⁻¹ y, without intercept.
     *
     * @param study      the study
     * @param model      the trend's shape
     * @param correlated true for the Greenland–Longnecker covariance C, false for the reported variances only
     * @return the trend
     * @throws StatsException when the study has fewer exposed levels than the model has coefficients, or the
     *                        doses do not identify them
     */
    public static StudyTrend trend(DoseStudy study, TrendModel model, boolean correlated) {
        Objects.requireNonNull(model, "model");
        List<DoseLevel> exposed = study.exposed();
        int m = exposed.size();
        if (m < model.terms()) {
            throw new StatsException("study '" + study.label() + "': a " + model.name().toLowerCase(java.util.Locale.ROOT)
                    + " trend needs at least " + model.terms() + " exposed levels, it has " + m);
        }
        double d0 = study.referent().dose();
        double[][] x = new double[m][];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = model.row(exposed.get(i).dose(), d0);
            y[i] = exposed.get(i).logRr();
        }
        double[][] c;
        if (correlated) {
            c = GreenlandLongnecker.covariance(study);
        } else {
            c = new double[m][m];
            for (int i = 0; i < m; i++) {
                c[i][i] = exposed.get(i).variance();
            }
        }
        RealMatrix xm = new Array2DRowRealMatrix(x);
        RealMatrix cInv = invert(new Array2DRowRealMatrix(c), study.label());
        RealMatrix info = xm.transpose().multiply(cInv).multiply(xm);
        RealMatrix cov = invert(info, study.label());
        RealVector b = cov.multiply(xm.transpose()).multiply(cInv).operate(new ArrayRealVector(y));
        return new StudyTrend(study.label(), model, correlated, toList(b), toLists(cov));
    }

    /**
     * Linear slopes of several studies pooled by {@link Meta#rma} on GENERIC effects (slope, its variance).
     *
     * @param studies    the studies
     * @param correlated whether each study's trend uses the Greenland–Longnecker covariance
     * @param options    τ² method (FE for a common-effect model), test, level
     * @return the study slopes and the pooled fit
     */
    public static PooledLinearTrend poolLinear(List<DoseStudy> studies, boolean correlated, ModelOptions options) {
        List<StudyTrend> trends = studies.stream().map(s -> trend(s, TrendModel.LINEAR, correlated)).toList();
        List<GenericStudy> slopes = trends.stream()
                .map(t -> new GenericStudy(t.label(), t.slope(), t.slopeSe() * t.slopeSe())).toList();
        return new PooledLinearTrend(trends, Meta.rma(Meta.escalc(EffectMeasure.GENERIC, slopes), options));
    }

    /**
     * Study trends pooled by a multivariate common-effect model (no between-study covariance is estimated).
     *
     * @param studies    the studies
     * @param model      the trend's shape
     * @param correlated whether each study's trend uses the Greenland–Longnecker covariance
     * @return the pooled coefficients with Q
     * @throws StatsException when no study is given or a study cannot give the trend
     */
    public static PooledTrend poolCommonEffect(List<DoseStudy> studies, TrendModel model, boolean correlated) {
        if (studies.isEmpty()) {
            throw new StatsException("no studies to pool");
        }
        List<StudyTrend> trends = studies.stream().map(s -> trend(s, model, correlated)).toList();
        int p = model.terms();
        RealMatrix sumW = new Array2DRowRealMatrix(p, p);
        RealVector sumWb = new ArrayRealVector(p);
        List<RealMatrix> weights = new ArrayList<>();
        for (StudyTrend t : trends) {
            RealMatrix w = invert(matrix(t.covariance()), t.label());
            weights.add(w);
            sumW = sumW.add(w);
            sumWb = sumWb.add(w.operate(vector(t.coefficients())));
        }
        RealMatrix cov = invert(sumW, "pooled trend");
        RealVector beta = cov.operate(sumWb);
        double q = 0;
        for (int i = 0; i < trends.size(); i++) {
            RealVector e = vector(trends.get(i).coefficients()).subtract(beta);
            q += e.dotProduct(weights.get(i).operate(e));
        }
        int df = p * (trends.size() - 1);
        double qp = df > 0 ? Distributions.chiSquareUpperP(q, df) : Double.NaN;
        return new PooledTrend(model, trends, toList(beta), toLists(cov), q, df, qp);
    }

    private static RealMatrix invert(RealMatrix m, String what) {
        LUDecomposition lu = new LUDecomposition(m);
        if (!lu.getSolver().isNonSingular()) {
            throw new StatsException(what + ": the doses do not identify the trend (singular matrix)");
        }
        return lu.getSolver().getInverse();
    }

    private static RealMatrix matrix(List<List<Double>> rows) {
        double[][] a = new double[rows.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = rows.get(i).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return new Array2DRowRealMatrix(a);
    }

    private static RealVector vector(List<Double> v) {
        return new ArrayRealVector(v.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static List<Double> toList(RealVector v) {
        List<Double> out = new ArrayList<>();
        for (double d : v.toArray()) {
            out.add(d);
        }
        return out;
    }

    private static List<List<Double>> toLists(RealMatrix m) {
        List<List<Double>> out = new ArrayList<>();
        for (double[] row : m.getData()) {
            List<Double> r = new ArrayList<>();
            for (double d : row) {
                r.add(d);
            }
            out.add(r);
        }
        return out;
    }
}
