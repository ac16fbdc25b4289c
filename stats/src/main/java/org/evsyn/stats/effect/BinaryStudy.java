package org.evsyn.stats.effect;

/**
 * One two-arm study with a binary outcome: events and arm sizes, treatment (group 1) and control (group 2).
 *
 * @param label       unique study label
 * @param treatEvents events in the treatment arm (0 ≤ events ≤ treatN)
 * @param treatN      treatment arm size (&gt; 0)
 * @param ctrlEvents  events in the control arm (0 ≤ events ≤ ctrlN)
 * @param ctrlN       control arm size (&gt; 0)
 */
public record BinaryStudy(String label, int treatEvents, int treatN, int ctrlEvents, int ctrlN) implements Study {

    /**
     * Validates the components.
     *
     * @throws InvalidStudyException naming the study and field when a count is impossible
     */
    public BinaryStudy {
        StudyChecks.label(label);
        checkArm(label, "treatment", StudyField.TREATMENT_EVENTS, StudyField.TREATMENT_SIZE, treatEvents, treatN);
        checkArm(label, "control", StudyField.CONTROL_EVENTS, StudyField.CONTROL_SIZE, ctrlEvents, ctrlN);
    }

    private static void checkArm(String label, String arm, StudyField eventsField, StudyField sizeField, int events,
                                 int n) {
        if (n <= 0) {
            throw new InvalidStudyException(label, sizeField, "the size of the " + arm + " arm must be positive ("
                    + n + ")");
        }
        if (events < 0) {
            throw new InvalidStudyException(label, eventsField, "events in the " + arm + " arm must not be negative ("
                    + events + ")");
        }
        if (events > n) {
            throw new InvalidStudyException(label, eventsField, "events in the " + arm + " arm (" + events
                    + ") exceed its size (" + n + ")");
        }
    }

    /** Total participants. */
    public int total() {
        return treatN + ctrlN;
    }

    /** True when neither arm has an event, or both arms have only events. */
    public boolean isDoubleZero() {
        return (treatEvents == 0 && ctrlEvents == 0) || (treatEvents == treatN && ctrlEvents == ctrlN);
    }

    /** True when any of the four cells is zero. */
    public boolean hasZeroCell() {
        return treatEvents == 0 || ctrlEvents == 0 || treatEvents == treatN || ctrlEvents == ctrlN;
    }

    /** The same study with the arms exchanged. */
    public BinaryStudy swapArms() {
        return new BinaryStudy(label, ctrlEvents, ctrlN, treatEvents, treatN);
    }
}
