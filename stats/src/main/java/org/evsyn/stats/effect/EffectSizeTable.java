package org.evsyn.stats.effect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The per-study effect sizes of metafor's {@code escalc}: the studies that enter a model, and apart from them the
 * studies that cannot, each with its reason. Every study given appears in exactly one of the two lists, which both
 * keep the order in which the studies were given. Ratio measures are on the log scale.
 *
 * @param measure  the effect measure
 * @param studies  the studies with an effect size, in input order
 * @param excluded the studies without one, in input order
 */
public record EffectSizeTable(EffectMeasure measure, List<EffectSize> studies, List<ExcludedStudy> excluded) {

    /**
     * Copies the lists and checks that the positions number the studies given, 0 to n − 1, each once.
     */
    public EffectSizeTable {
        Objects.requireNonNull(measure, "measure");
        studies = List.copyOf(studies);
        excluded = List.copyOf(excluded);
        int n = studies.size() + excluded.size();
        boolean[] seen = new boolean[n];
        int last = -1;
        for (EffectSize s : studies) {
            last = place(seen, s.position(), last, s.label());
        }
        last = -1;
        for (ExcludedStudy s : excluded) {
            last = place(seen, s.position(), last, s.label());
        }
    }

    private static int place(boolean[] seen, int position, int previous, String label) {
        if (position >= seen.length || seen[position] || position <= previous) {
            throw new IllegalArgumentException("study '" + label + "': position " + position + " is out of order, "
                    + "repeated or beyond the " + seen.length + " studies given");
        }
        seen[position] = true;
        return position;
    }

    /**
     * Number of studies with an effect size (metafor's k).
     *
     * @return k
     */
    public int k() {
        return studies.size();
    }

    /**
     * Number of studies given to {@code escalc}, excluded ones included.
     *
     * @return the number of studies given
     */
    public int given() {
        return studies.size() + excluded.size();
    }

    /**
     * Labels of the studies with an effect size.
     *
     * @return the labels, in input order
     */
    public List<String> labels() {
        return studies.stream().map(EffectSize::label).toList();
    }

    /**
     * Effect sizes of the studies that enter a model.
     *
     * @return a new array, in input order
     */
    public double[] yi() {
        // Loops, not streams: called several times per analysis, where a stream pipeline costs more than the copy.
        double[] yi = new double[studies.size()];
        for (int i = 0; i < yi.length; i++) {
            yi[i] = studies.get(i).yi();
        }
        return yi;
    }

    /**
     * Sampling variances of the studies that enter a model.
     *
     * @return a new array, in input order
     */
    public double[] vi() {
        double[] vi = new double[studies.size()];
        for (int i = 0; i < vi.length; i++) {
            vi[i] = studies.get(i).vi();
        }
        return vi;
    }

    /**
     * Every adjustment and exclusion as a sentence ("study B: 0.5 added to all cells (zero cell)", "study D: dropped
     * (no events in either arm)"), in input order.
     *
     * @return the notes, empty when the data were used as given
     */
    public List<String> notes() {
        String[] byPosition = new String[given()];
        for (EffectSize s : studies) {
            s.adjustment().ifPresent(a -> byPosition[s.position()] = "study " + s.label() + ": " + a);
        }
        for (ExcludedStudy s : excluded) {
            byPosition[s.position()] = "study " + s.label() + ": " + s.reason();
        }
        List<String> notes = new ArrayList<>();
        for (String note : byPosition) {
            if (note != null) {
                notes.add(note);
            }
        }
        return List.copyOf(notes);
    }
}
