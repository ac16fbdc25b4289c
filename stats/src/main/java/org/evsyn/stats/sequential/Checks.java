package org.evsyn.stats.sequential;

/** Range checks shared by the records of this package. */
final class Checks {

    private Checks() {
    }

    static void design(double alpha, int sides) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be strictly between 0 and 1, got " + alpha);
        }
        if (sides != 1 && sides != 2) {
            throw new IllegalArgumentException("sides must be 1 or 2, got " + sides);
        }
    }

    static void power(double power) {
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power must be strictly between 0 and 1, got " + power);
        }
    }
}
