package org.evsyn.stats;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The moderators of a meta-regression, metafor's {@code mods = ~ x + factor(g)}: numeric columns enter as they are,
 * categorical ones as dummy columns for every level but the first (in order of first appearance), which the
 * intercept absorbs. Each column holds one value per study given to {@link Meta#escalc}, in that order; the
 * values of studies without an effect size are left out with them.
 *
 * @param columns the columns, in design order after the intercept
 */
public record Moderators(List<Column> columns) {

    /** Copies the list and requires distinct names. */
    public Moderators {
        columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        for (Column c : columns) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("moderator '" + c.name() + "' is given twice");
            }
        }
    }

    /**
     * Moderators from columns.
     *
     * @param columns the columns, in design order
     * @return the moderators
     */
    public static Moderators of(Column... columns) {
        return new Moderators(List.of(columns));
    }

    /**
     * A numeric moderator.
     *
     * @param name   its name (the coefficient's name)
     * @param values one finite value per study given
     * @return the column
     */
    public static Column numeric(String name, double... values) {
        return new Numeric(name, values);
    }

    /**
     * A categorical moderator.
     *
     * @param name   its name; the dummy coefficients are named {@code name[level]}
     * @param levels one level per study given
     * @return the column
     */
    public static Column categorical(String name, List<String> levels) {
        return new Categorical(name, levels);
    }

    /**
     * The column names, in order.
     *
     * @return the names
     */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** One moderator column. */
    public sealed interface Column permits Numeric, Categorical {

        /**
         * The moderator's name.
         *
         * @return the name
         */
        String name();

        /**
         * Number of values, one per study given.
         *
         * @return the size
         */
        int size();
    }

    /**
     * A numeric moderator.
     *
     * @param name   its name
     * @param values one finite value per study given (copied)
     */
    public record Numeric(String name, double[] values) implements Column {

        /** Copies the values and requires them finite. */
        public Numeric {
            Objects.requireNonNull(name, "name");
            values = values.clone();
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("moderator '" + name + "' holds a value that is not a finite "
                            + "number (" + v + ")");
                }
            }
        }

        /**
         * The values.
         *
         * @return a copy
         */
        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Numeric n && name.equals(n.name) && Arrays.equals(values, n.values);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Numeric[" + name + ", " + values.length + " values]";
        }
    }

    /**
     * A categorical moderator.
     *
     * @param name   its name
     * @param levels one level per study given (copied; no nulls)
     */
    public record Categorical(String name, List<String> levels) implements Column {

        /** Copies the levels. */
        public Categorical {
            Objects.requireNonNull(name, "name");
            levels = List.copyOf(levels);
        }

        @Override
        public int size() {
            return levels.size();
        }
    }
}
