package org.evsyn.stats.analysis;

import java.util.Arrays;
import java.util.Objects;

/**
 * One numeric moderator column, one value per input row.
 *
 * @param name   the column name
 * @param values one value per input row (copied)
 */
public record Moderator(String name, double[] values) {

    /** Copies the values. */
    public Moderator {
        Objects.requireNonNull(name, "name");
        values = values.clone();
    }

    /** The values (a copy). */
    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Moderator m && name.equals(m.name) && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Moderator[" + name + ", " + values.length + " values]";
    }
}
