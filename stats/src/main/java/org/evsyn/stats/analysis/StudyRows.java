package org.evsyn.stats.analysis;

import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.GenericStudy;

import java.util.List;

/** The study rows of one analysis, in input order: 2×2 tables, arm means, or effects given directly. */
public sealed interface StudyRows {

    /** Number of rows. */
    int size();

    /** The label of row {@code i}. */
    String label(int i);

    /**
     * Two-arm binary studies.
     *
     * @param studies the tables
     */
    record Binary(List<BinaryStudy> studies) implements StudyRows {
        /** Copies the list. */
        public Binary {
            studies = List.copyOf(studies);
        }

        @Override
        public int size() {
            return studies.size();
        }

        @Override
        public String label(int i) {
            return studies.get(i).label();
        }
    }

    /**
     * Two-arm continuous studies.
     *
     * @param studies the studies
     */
    record Continuous(List<ContinuousStudy> studies) implements StudyRows {
        /** Copies the list. */
        public Continuous {
            studies = List.copyOf(studies);
        }

        @Override
        public int size() {
            return studies.size();
        }

        @Override
        public String label(int i) {
            return studies.get(i).label();
        }
    }

    /**
     * Effects and variances given directly.
     *
     * @param studies the studies
     */
    record Generic(List<GenericStudy> studies) implements StudyRows {
        /** Copies the list. */
        public Generic {
            studies = List.copyOf(studies);
        }

        @Override
        public int size() {
            return studies.size();
        }

        @Override
        public String label(int i) {
            return studies.get(i).label();
        }
    }
}
