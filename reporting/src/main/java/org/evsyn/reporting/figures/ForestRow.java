package org.evsyn.reporting.figures;

import java.util.List;

/** One row of a forest-style plot: a label, text cells for the data columns, and what is drawn in the plot. */
sealed interface ForestRow {

    /** Label in the first column. */
    String label();

    /** Texts of the data columns (may be shorter than the column list; missing cells stay empty). */
    List<String> cells();

    /** A bold group heading (subgroup level). */
    record Heading(String label) implements ForestRow {
        @Override
        public List<String> cells() {
            return List.of();
        }
    }

    /** A study: square sized by weight with its confidence interval. */
    record Study(String label, List<String> cells, double estimate, double lower, double upper, double weight)
            implements ForestRow {
    }

    /** A pooled estimate drawn as a point of fixed size with its interval (cumulative plots). */
    record Point(String label, List<String> cells, double estimate, double lower, double upper)
            implements ForestRow {
    }

    /** A pooled estimate drawn as a diamond spanning its confidence interval. */
    record Diamond(String label, List<String> cells, double estimate, double lower, double upper, String cssClass)
            implements ForestRow {
    }

    /** A prediction interval drawn as a bar with end caps. */
    record Prediction(String label, List<String> cells, double lower, double upper) implements ForestRow {
    }

    /** A line of small text spanning the figure (heterogeneity, tests). */
    record Note(String label) implements ForestRow {
        @Override
        public List<String> cells() {
            return List.of();
        }
    }

    /** Vertical space. */
    record Gap() implements ForestRow {
        @Override
        public String label() {
            return "";
        }

        @Override
        public List<String> cells() {
            return List.of();
        }
    }
}
