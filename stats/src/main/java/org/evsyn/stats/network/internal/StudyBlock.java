package org.evsyn.stats.network.internal;

/**
 * One study as analysed: its arms with the baseline arm first, each with an arm-level quantity θ and variance
 * component u, so that contrast j (arm j versus arm 0) is θⱼ − θ₀ with variance uⱼ + u₀ and two contrasts share
 * covariance u₀.
 *
 * @param label        study label
 * @param arms         treatment indices of the arms (index 0 is the network's reference), baseline first
 * @param theta        arm quantities (log odds, log risk, mean; or contrasts with θ₀ = 0)
 * @param u            arm variance components
 * @param participants arm sizes (NaN when unknown, for contrast input)
 */
public record StudyBlock(String label, int[] arms, double[] theta, double[] u, double[] participants) {

    /** Number of arms. */
    public int armCount() {
        return arms.length;
    }

    /** Number of contrasts (arms − 1). */
    public int contrastCount() {
        return arms.length - 1;
    }

    /** Contrast j (1-based arm index) versus the baseline. */
    public double y(int arm) {
        return theta[arm] - theta[0];
    }

    /** Sampling covariance of the contrasts of arms j and l (1-based arm indices). */
    public double v(int armJ, int armL) {
        return u[0] + (armJ == armL ? u[armJ] : 0);
    }

    /** The same study with its arms' treatment indices replaced. */
    public StudyBlock withArms(int[] newArms) {
        return new StudyBlock(label, newArms, theta, u, participants);
    }
}
